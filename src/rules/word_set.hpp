// A large, read-only set of words (a dictionary or lexicon) kept as one buffer with a sorted
// index of string_views, so loading 100,000 words costs one pass and no allocation per word.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class WordSet {
public:
  WordSet() = default;
  // One entry per line; "#" comments and blank lines are skipped; entries are exact (case kept).
  explicit WordSet(std::string text);
  void add(std::string_view word); // extra entries, e.g. from a list in the rule file
  bool contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

private:
  std::shared_ptr<const std::string> text_;
  std::vector<std::shared_ptr<const std::string>> extra_;
  std::vector<std::string_view> words_; // sorted
};

} // namespace claimlint
