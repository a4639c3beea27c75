// A large, read-only set of words (a dictionary or lexicon) kept as one buffer with an
// open-addressing hash index of string_views: loading 100,000 words costs one pass and no
// allocation per word, and a lookup is one hash and usually one comparison (the dictionary is
// asked about nearly every word of every draft, several times).
#pragma once

#include "document/document.hpp"

#include <cstdint>
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
  // Whether a document's token, case-folded, is in the set: the token carries its folded form
  // and that form's hash, so this is one probe.
  bool contains(const Document& doc, const Token& token) const;
  std::size_t size() const;

  // Words with their hash index; shared between every WordSet made from the same text.
  struct Table {
    std::vector<std::string_view> words;
    std::vector<std::uint32_t> hashes; // low 32 bits of each word's hash
    std::vector<std::uint32_t> slots;  // 0 = empty, else index + 1 into words
    void insert(std::string_view word);
    bool contains(std::string_view word, std::uint64_t hash) const;
    void rehash(std::size_t capacity);
  };

private:
  bool contains(std::string_view word, std::uint64_t hash) const;
  std::shared_ptr<const std::string> text_;
  std::shared_ptr<const Table> base_;
  std::vector<std::unique_ptr<std::string>> extra_words_;
  std::shared_ptr<Table> extra_;
};

} // namespace claimlint
