#include "rules/word_set.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <mutex>
#include <unordered_map>

namespace claimlint {

namespace {

// Compiled word sets by content: five rules and the claim lexicon name the same 100,000-word
// dictionary, and compiling it once instead of six times is most of the start-up time a
// five-draft run pays. Entries live for the process; a text is compared in full on a hit.
struct Compiled {
  std::shared_ptr<const std::string> text;
  std::vector<std::string_view> words;
};
std::mutex cache_mutex;
std::unordered_multimap<std::size_t, Compiled> cache;

Compiled compile(std::string text) {
  Compiled c{std::make_shared<const std::string>(std::move(text)), {}};
  std::string_view t = *c.text;
  c.words.reserve(t.size() / 8);
  std::size_t p = 0;
  while (p < t.size()) {
    std::size_t e = t.find('\n', p);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(p, e - p);
    p = e + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    c.words.push_back(line);
  }
  if (!std::is_sorted(c.words.begin(), c.words.end())) std::sort(c.words.begin(), c.words.end());
  return c;
}

} // namespace

WordSet::WordSet(std::string text) {
  std::size_t h = std::hash<std::string_view>{}(text);
  std::lock_guard lock(cache_mutex);
  auto [b, e] = cache.equal_range(h);
  for (auto it = b; it != e; ++it)
    if (*it->second.text == text) {
      text_ = it->second.text;
      words_ = it->second.words;
      return;
    }
  Compiled c = compile(std::move(text));
  text_ = c.text;
  words_ = c.words;
  cache.emplace(h, std::move(c));
}

void WordSet::add(std::string_view word) {
  extra_.push_back(std::make_shared<const std::string>(word));
  std::string_view w = *extra_.back();
  words_.insert(std::upper_bound(words_.begin(), words_.end(), w), w);
}

bool WordSet::contains(std::string_view word) const {
  return std::binary_search(words_.begin(), words_.end(), word);
}

} // namespace claimlint
