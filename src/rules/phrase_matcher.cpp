#include "rules/phrase_matcher.hpp"

#include "util/text.hpp"

namespace claimlint {

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
    auto it = nodes_[static_cast<std::size_t>(node)].next.find(key);
    if (it == nodes_[static_cast<std::size_t>(node)].next.end()) {
      int created = static_cast<int>(nodes_.size());
      nodes_[static_cast<std::size_t>(node)].next.emplace(key, created);
      nodes_.emplace_back();
      node = created;
    } else {
      node = it->second;
    }
  }
  if (nodes_[static_cast<std::size_t>(node)].id < 0) ++count_;
  nodes_[static_cast<std::size_t>(node)].id = id;
  return true;
}

int PhraseMatcher::match_exact(std::string_view text, std::span<const Token> tokens) const {
  thread_local std::string key;
  int node = 0;
  for (const Token& t : tokens) {
    std::string_view w = text.substr(t.span.begin, t.span.end - t.span.begin);
    const Node& n = nodes_[static_cast<std::size_t>(node)];
    if (ignore_case_) {
      fold_case_into(key, w);
      auto it = n.next.find(std::string_view(key));
      if (it == n.next.end()) return -1;
      node = it->second;
    } else {
      auto it = n.next.find(w);
      if (it == n.next.end()) return -1;
      node = it->second;
    }
  }
  return nodes_[static_cast<std::size_t>(node)].id;
}

void PhraseMatcher::find(std::string_view text, std::span<const Token> tokens,
                         const std::function<void(const Match&)>& on_match) const {
  std::string key;
  for (std::uint32_t i = 0; i < tokens.size();) {
    int node = 0, best_id = -1;
    std::uint32_t best_end = 0;
    for (std::uint32_t j = i; j < tokens.size(); ++j) {
      std::string_view w =
          text.substr(tokens[j].span.begin, tokens[j].span.end - tokens[j].span.begin);
      const Node& n = nodes_[static_cast<std::size_t>(node)];
      decltype(n.next.find(w)) it;
      if (ignore_case_) {
        fold_case_into(key, w);
        it = n.next.find(std::string_view(key));
      } else {
        it = n.next.find(w);
      }
      if (it == n.next.end()) break;
      node = it->second;
      if (nodes_[static_cast<std::size_t>(node)].id >= 0) {
        best_id = nodes_[static_cast<std::size_t>(node)].id;
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
                                  const std::function<void(Span span, int id)>& on_match) const {
  std::string_view text = doc.source().text();
  for (const Sentence& sen : doc.sentences) {
    auto toks = doc.tokens_of(sen);
    find(text, toks, [&](const Match& m) {
      Span span{toks[m.first_token].span.begin, toks[m.last_token].span.end};
      if (!doc.in_verbatim(span.begin)) on_match(span, m.id);
    });
  }
}

} // namespace claimlint
