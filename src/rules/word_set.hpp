// A large, read-only set of words (a dictionary or lexicon) kept as one buffer with an
// open-addressing hash index (word_table.hpp): loading 75,000 words costs one pass and no
// allocation per word, and a lookup is one hash and usually one comparison (the dictionary is
// asked about nearly every word of every draft, several times). A built-in list uses the index
// the build compiled, in place.
#pragma once

#include "document/document.hpp"
#include "rules/word_table.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace claimlint {

class WordSet {
public:
  WordSet() = default;
  // One entry per line; "#" comments and blank lines are skipped; entries are exact (case kept).
  explicit WordSet(std::string text);
  // A list compiled into the binary: `table` indexes `text`, and both live for the process.
  static WordSet compiled(WordTableView table);
  void add(std::string_view word); // extra entries, e.g. from a list in the rule file
  bool contains(std::string_view word) const;
  // Whether a document's token, case-folded, is in the set: the token carries its folded form
  // and that form's hash, so this is one probe. Inline: the rules and the extractor ask it
  // about nearly every word.
  bool contains(const Document& doc, const Token& token) const {
    return contains(doc.folded(token), token.folded_hash);
  }
  std::size_t size() const;
  // The compiled-in index this set uses in place, when it is one and nothing was added.
  const WordTableView* compiled_view() const {
    return base_ && base_->text.empty() && !extra_ ? &base_->view : nullptr;
  }

  // A list's text with its index; shared between every WordSet made from the same text.
  struct Base {
    std::string text; // empty for a compiled-in list
    WordTable table;  // empty for a compiled-in list
    WordTableView view;
  };

private:
  bool contains(std::string_view word, std::uint64_t hash) const {
    return (base_ && base_->view.contains(word, hash)) ||
           (extra_ && extra_->view.contains(word, hash));
  }
  std::shared_ptr<const Base> base_;
  // Words added one by one, in a buffer of their own.
  struct Extra {
    std::string text;
    WordTable table;
    WordTableView view; // of `table` over `text`, renewed by every add
  };
  std::shared_ptr<Extra> extra_; // copied before an add when another WordSet shares it
};

} // namespace claimlint
