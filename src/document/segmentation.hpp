// The word lists that steer sentence segmentation: abbreviations and sentence starters.
//
// The Unicode sentence rules break after "U.S." in "U.S. President Biden" and after "Dr." in
// "Dr. Marsh"; claimlint re-joins such breaks. An abbreviation either never ends a sentence
// ("Dr.", "e.g."), or may end one ("U.S.", "Inc.", a single initial): for those, a break is kept
// only when the next word is a closed-class sentence starter ("He", "The", "But", ...). So
// "in the U.S. He left" splits and "the U.S. President said" does not. The lists live in
// rules/lists/ and users extend them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

enum class AbbreviationKind { never_ends_sentence, may_end_sentence };

class Segmentation {
public:
  void add_abbreviation(std::string_view word, AbbreviationKind kind) {
    abbreviations_[std::string(word)] = kind;
  }
  void add_sentence_starter(std::string_view word) { starters_.emplace(word); }

  // `word` includes its final '.', e.g. "Dr." or "U.S.".
  std::optional<AbbreviationKind> abbreviation(std::string_view word) const;
  bool is_sentence_starter(std::string_view word) const {
    return starters_.find(std::string(word)) != starters_.end();
  }
  std::size_t abbreviation_count() const { return abbreviations_.size(); }

private:
  std::unordered_map<std::string, AbbreviationKind> abbreviations_;
  std::unordered_set<std::string> starters_;
};

} // namespace claimlint
