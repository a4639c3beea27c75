#include "rules/word_set.hpp"

#include <algorithm>
#include <cstring>

namespace claimlint {

WordSet::WordSet(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {
  std::string_view t = *text_;
  words_.reserve(t.size() / 8);
  std::size_t p = 0;
  while (p < t.size()) {
    std::size_t e = t.find('\n', p);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(p, e - p);
    p = e + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    words_.push_back(line);
  }
  if (!std::is_sorted(words_.begin(), words_.end())) std::sort(words_.begin(), words_.end());
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
