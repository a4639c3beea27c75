// Internal interface of the claim extractor, shared by its source files (quantities.cpp,
// dates.cpp, people.cpp, about.cpp); the public entry point is extract_claims in claim.hpp.
#pragma once

#include "claims/claim.hpp"
#include "claims/lexicon.hpp"
#include "document/document.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace claimlint::claims {

std::string iso_duration(double amount, std::string_view unit);

class Extractor {
public:
  Extractor(const Document& doc, const ClaimLexicon& lex, StartFilter filter = StartFilter::words)
      : doc_(doc), lex_(lex), filter_(filter) {}

  std::vector<Claim> run();

  // quantities.cpp
  void quantities(const Sentence& sen);
  std::size_t try_at(const Sentence& sen, std::string_view s, std::size_t i);
  std::size_t match_percent_range(std::string_view s, std::size_t e, Claim& c);
  std::size_t vague_duration(const Sentence& sen, std::string_view s, std::size_t i, std::size_t p,
                             const std::string& approx);
  void merge_compound_durations();

  // dates.cpp
  std::size_t try_date(const Sentence& sen, std::string_view s, std::size_t i);
  std::size_t try_relative_date(const Sentence& sen, std::string_view s, std::size_t i);
  void year_modifier(std::string_view s, std::size_t at, Claim& c) const;
  void resolve_ago(Claim& c, int direction = -1) const;

  // people.cpp
  void people(const Sentence& sen);
  void attributions(const Sentence& sen);

  // about.cpp
  void attach_subjects();
  // The claims of sentences first..last (inclusive). Claims are appended sentence by sentence,
  // so a binary search finds them: scanning every claim for each claim was quadratic in the
  // claims of a draft (a 50 MB draft spent 90 s there).
  std::span<const Claim> claims_of_sentences(std::uint32_t first, std::uint32_t last) const;
  void attach_purposes();

  int add(const Sentence& sen, Claim c);

private:
  const Document& doc_;
  const ClaimLexicon& lex_;
  StartFilter filter_;
  std::vector<Claim> claims_;
  std::uint32_t sentence_index(const Sentence& sen) const {
    return static_cast<std::uint32_t>(&sen - doc_.sentences.data());
  }
  // people.cpp state: full mentions by folded family name, the last person mentioned.
  struct Known {
    std::string key, name;
  };
  std::vector<std::pair<std::string, Known>> families_;
  int last_person_ = -1;
  // The first pass over the people only learns full names (families_): it skips what cannot
  // add one, a name of one part, and stores no claim.
  bool learning_names_ = false;
  std::vector<std::size_t> name_parts_; // people(): the words of the name being read
  friend struct PeopleScan;
};

// Is `folded` a word some claim grammar or extractor test names (start_words.cpp)?
bool is_claim_word(std::string_view folded);

// Case- and accent-folded key for names: "Ortíz" and "ortiz" meet.
std::string name_key(std::string_view name);

} // namespace claimlint::claims
