#include "rules/phrase_matcher.hpp"

#include "util/hash.hpp"
#include "util/text.hpp"

namespace claimlint {

namespace {
std::size_t slot_of(std::uint32_t node, std::uint32_t hash, std::size_t mask) {
  return hash_combine(hash, node) & mask;
}
} // namespace

void PhraseMatcher::insert_edge(const Edge& e) {
  edges_.push_back(e);
  if (edges_.size() * 2 > slots_.size()) {
    std::size_t size = 16;
    while (size < edges_.size() * 4) size *= 2;
    slots_.assign(size, 0);
    for (std::uint32_t i = 0; i < edges_.size(); ++i) {
      std::size_t s = slot_of(edges_[i].from, edges_[i].hash, size - 1);
      while (slots_[s] != 0) s = (s + 1) & (size - 1);
      slots_[s] = i + 1;
    }
    return;
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t s = slot_of(e.from, e.hash, mask);
  while (slots_[s] != 0) s = (s + 1) & mask;
  slots_[s] = static_cast<std::uint32_t>(edges_.size());
}

int PhraseMatcher::step(int node, std::string_view key, std::uint32_t hash) const {
  if (slots_.empty()) return -1;
  const std::size_t mask = slots_.size() - 1;
  const auto from = static_cast<std::uint32_t>(node);
  for (std::size_t s = slot_of(from, hash, mask); slots_[s] != 0; s = (s + 1) & mask) {
    const Edge& e = edges_[slots_[s] - 1];
    if (e.from == from && e.hash == hash && keys_[e.key] == key) return static_cast<int>(e.to);
  }
  return -1;
}

bool PhraseMatcher::add(std::string_view phrase, int id) {
  std::vector<Token> toks;
  tokenize_text(phrase, 0, toks);
  if (toks.empty()) return false;
  int node = 0;
  std::string key;
  for (const Token& t : toks) {
    std::string_view w = phrase.substr(t.span.begin, t.span.end - t.span.begin);
    if (ignore_case_)
      fold_case_into(key, w);
    else
      key.assign(w);
    const auto hash = static_cast<std::uint32_t>(hash_text(key));
    if (node == 0) first_words_[hash & 0xFFFF] = true;
    int next = step(node, key, hash);
    if (next < 0) {
      next = static_cast<int>(node_ids_.size());
      node_ids_.push_back(-1);
      keys_.push_back(key);
      insert_edge({static_cast<std::uint32_t>(node), static_cast<std::uint32_t>(next), hash,
                   static_cast<std::uint32_t>(keys_.size() - 1)});
    }
    node = next;
  }
  if (node_ids_[static_cast<std::size_t>(node)] < 0) ++count_;
  node_ids_[static_cast<std::size_t>(node)] = id;
  return true;
}

std::string_view PhraseMatcher::key_of(const Document& doc, const Token& t,
                                       std::uint32_t& hash) const {
  if (ignore_case_) {
    hash = t.folded_hash;
    return doc.folded(t);
  }
  std::string_view w = doc.text(t.span);
  hash = static_cast<std::uint32_t>(hash_text(w));
  return w;
}

int PhraseMatcher::match_exact(const Document& doc, std::span<const Token> tokens) const {
  if (tokens.empty()) return node_ids_[0];
  if (ignore_case_ && !first_words_[tokens[0].folded_hash & 0xFFFF]) return -1;
  int node = 0;
  for (const Token& t : tokens) {
    std::uint32_t hash;
    std::string_view key = key_of(doc, t, hash);
    node = step(node, key, hash);
    if (node < 0) return -1;
  }
  return node_ids_[static_cast<std::size_t>(node)];
}

void PhraseMatcher::find(const Document& doc, std::span<const Token> tokens,
                         FunctionRef<void(const Match&)> on_match) const {
  for (std::uint32_t i = 0; i < tokens.size();) {
    if (ignore_case_ && !first_words_[tokens[i].folded_hash & 0xFFFF]) {
      ++i;
      continue;
    }
    int node = 0, best_id = -1;
    std::uint32_t best_end = 0;
    for (std::uint32_t j = i; j < tokens.size(); ++j) {
      std::uint32_t hash;
      std::string_view key = key_of(doc, tokens[j], hash);
      node = step(node, key, hash);
      if (node < 0) break;
      if (node_ids_[static_cast<std::size_t>(node)] >= 0) {
        best_id = node_ids_[static_cast<std::size_t>(node)];
        best_end = j;
      }
    }
    if (best_id >= 0) {
      on_match({i, best_end, best_id});
      i = best_end + 1;
    } else {
      ++i;
    }
  }
}

void PhraseMatcher::find_in_prose(const Document& doc,
                                  FunctionRef<void(Span span, int id)> on_match) const {
  for (const Sentence& sen : doc.sentences) {
    auto toks = doc.tokens_of(sen);
    find(doc, toks, [&](const Match& m) {
      Span span{toks[m.first_token].span.begin, toks[m.last_token].span.end};
      if (!doc.in_verbatim(span.begin)) on_match(span, m.id);
    });
  }
}

} // namespace claimlint
