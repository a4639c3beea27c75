#include "rules/word_set.hpp"

#include "util/hash.hpp"

#include <functional>
#include <mutex>
#include <unordered_map>

namespace claimlint {

void WordSet::Table::rehash(std::size_t capacity) {
  std::size_t size = 16;
  while (size < capacity * 2) size *= 2;
  slots.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    std::size_t s = hashes[i] & mask; // tables stay below 2^32 slots: the low bits suffice
    while (slots[s] != 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
}

void WordSet::Table::insert(std::string_view word) {
  std::uint64_t h = hash_text(word);
  if (contains(word, h)) return;
  words.push_back(word);
  hashes.push_back(static_cast<std::uint32_t>(h));
  if (words.size() * 2 > slots.size()) { // keep the table at most half full
    rehash(words.size());
    return;
  }
  const std::size_t mask = slots.size() - 1;
  std::size_t s = h & mask;
  while (slots[s] != 0) s = (s + 1) & mask;
  slots[s] = static_cast<std::uint32_t>(words.size());
}

bool WordSet::Table::contains(std::string_view word, std::uint64_t h) const {
  if (slots.empty()) return false;
  const std::size_t mask = slots.size() - 1;
  const auto tag = static_cast<std::uint32_t>(h);
  for (std::size_t s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
    std::uint32_t i = slots[s] - 1;
    if (hashes[i] == tag && words[i] == word) return true;
  }
  return false;
}

namespace {

// Compiled word sets by content: five rules and the claim lexicon name the same 100,000-word
// dictionary, and compiling it once instead of six times is most of the start-up time a
// five-draft run pays. Entries live for the process; a text is compared in full on a hit.
struct Compiled {
  std::shared_ptr<const std::string> text;
  std::shared_ptr<const WordSet::Table> table;
};
std::mutex cache_mutex;
std::unordered_multimap<std::size_t, Compiled> cache;

Compiled compile(std::string text) {
  auto table = std::make_shared<WordSet::Table>();
  Compiled c{std::make_shared<const std::string>(std::move(text)), nullptr};
  std::string_view t = *c.text;
  table->words.reserve(t.size() / 8);
  std::size_t p = 0;
  while (p < t.size()) {
    std::size_t e = t.find('\n', p);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(p, e - p);
    p = e + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    table->words.push_back(line);
  }
  // Build the index in one pass. Lines are not checked for repeats (a repeated word is found
  // either way), which keeps compiling the 100,000-word dictionary to one probe per word.
  table->hashes.reserve(table->words.size());
  for (std::string_view w : table->words)
    table->hashes.push_back(static_cast<std::uint32_t>(hash_text(w)));
  table->rehash(table->words.size());
  c.table = std::move(table);
  return c;
}

} // namespace

WordSet::WordSet(std::string text) {
  // The cache key samples the text (its size, start and end); a hit is confirmed by comparing
  // the whole text, which is cheaper than hashing it.
  constexpr std::size_t kSample = 4096;
  std::string_view t(text);
  std::size_t h = hash_text(t.substr(0, kSample)) ^
                  (hash_text(t.substr(t.size() > kSample ? t.size() - kSample : 0)) * 31) ^
                  t.size();
  std::lock_guard lock(cache_mutex);
  auto [b, e] = cache.equal_range(h);
  for (auto it = b; it != e; ++it)
    if (*it->second.text == text) {
      text_ = it->second.text;
      base_ = it->second.table;
      return;
    }
  Compiled c = compile(std::move(text));
  text_ = c.text;
  base_ = c.table;
  cache.emplace(h, std::move(c));
}

void WordSet::add(std::string_view word) {
  if (contains(word)) return;
  if (!extra_) extra_ = std::make_shared<Table>();
  extra_words_.push_back(std::make_unique<std::string>(word));
  extra_->insert(*extra_words_.back());
}

bool WordSet::contains(std::string_view word) const {
  return contains(word, hash_text(word));
}

bool WordSet::contains(const Document& doc, const Token& token) const {
  return contains(doc.folded(token), token.folded_hash);
}

bool WordSet::contains(std::string_view word, std::uint64_t hash) const {
  return (base_ && base_->contains(word, hash)) || (extra_ && extra_->contains(word, hash));
}

std::size_t WordSet::size() const {
  return (base_ ? base_->words.size() : 0) + (extra_ ? extra_->words.size() : 0);
}

} // namespace claimlint
