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
// The word at or after s[p] (its end in `end`), and the word that ends before s[p], with the
// hyphens inside them, and the apostrophes inside the word after. Inline: they run at every
// figure.
inline bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '\'';
}
inline std::string_view word_after(std::string_view s, std::size_t p, std::size_t& end) {
  while (p < s.size() && s[p] == ' ') ++p;
  std::size_t b = p;
  while (p < s.size() && word_byte(s[p])) ++p;
  end = p;
  return s.substr(b, p - b);
}
inline std::string_view word_before_at(std::string_view s, std::size_t p) {
  while (p > 0 && s[p - 1] == ' ') --p;
  std::size_t e = p;
  while (p > 0 && word_byte(s[p - 1]) && s[p - 1] != '\'') --p;
  return s.substr(p, e - p);
}
// Is `w` a number word ("three", "Twelve", "hundred"), in any case? (context.cpp)
bool is_number_word(std::string_view w);
// Does "in" before s[i] look back over a span ("the first time in three decades", "passed in 20
// years") rather than ahead to a date ("in three weeks")? (context.cpp)
bool looks_back(std::string_view s, std::size_t i);
// Is `w` the lower-case ASCII word `lower`, in any case? (No folding, no allocation.)
inline bool is_word(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if ((w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] + 32) : w[k]) != lower[k])
      return false;
  return true;
}
// The open end of a figure at s[e] (" or more", " or fewer", " or equal to" after a bound): its
// length, with `approx` set to the bound it makes; 0 when there is none (quantities.cpp).
std::size_t open_bound(std::string_view s, std::size_t e, std::string& approx);
// The extractor's prefilter: can a claim start at s[0]? (start_words.cpp)
bool may_start_claim(std::string_view s, StartFilter filter);
// What joins the two ends of a range at s[e] (" to ", "-", "–", " and ", ...) when a figure
// follows it: its length, or 0 (quantities.cpp).
std::size_t range_joiner(std::string_view s, std::size_t e);

class Extractor {
public:
  Extractor(const Document& doc, const ClaimLexicon& lex, StartFilter filter = StartFilter::words)
      : doc_(doc), lex_(lex), filter_(filter) {}

  std::vector<Claim> run();

  // quantities.cpp
  void quantities(const Sentence& sen);
  std::size_t try_at(const Sentence& sen, std::string_view s, std::size_t i);
  std::size_t vague_duration(const Sentence& sen, std::string_view s, std::size_t i, std::size_t p,
                             const std::string& approx);
  void merge_compound_durations();
  // The claims of one sentence from `first` on: two ends joined by "to", a dash, "between ...
  // and", or two bounds ("more than 10 and less than 20") become one range claim; "rose from 5
  // to 7" marks the 5 as the figure changed from (ranges.cpp).
  void merge_ranges(const Sentence& sen, std::size_t first);

  // What a money amount is per, after it at s[e] (" per share", "/kg", " a litre"): its length,
  // with `per` set; 0 when there is none (quantities.cpp).
  std::size_t rate_denominator(std::string_view s, std::size_t e, Atom& per) const;
  // currencies.cpp: a currency of ICU's table before a figure at s[p] ("₡", "CHF ", "MUSD ")
  // or after one at s[e] (" Costa Rican colóns", "元", "USD"): its length, with the ISO code
  // and the factor ("MUSD" is a million dollars); 0 when there is none.
  std::size_t currency_before(std::string_view s, std::size_t p, std::string& code,
                              double& factor) const;
  std::size_t currency_after(std::string_view s, std::size_t e, std::string& code,
                             double& factor) const;
  bool million_code(std::string_view token, std::string& code, double& factor) const;

  // measures.cpp
  // The unit of measure written at s[e] (glued "29km", spaced "40 feet", hyphenated "17-foot"):
  // the length it takes, with `unit` set; 0 when there is none.
  std::size_t measure_unit(std::string_view s, std::size_t e,
                           const ClaimLexicon::Unit*& unit) const;
  std::size_t add_measure(const Sentence& sen, std::string_view s, std::size_t i, std::size_t end,
                          double amount, const std::string& approx, const ClaimLexicon::Unit& unit,
                          double scale = 1);
  // Does the sentence say a figure at s[b, e) is a size: a size word after it ("1.8m tall", "a
  // 48m drop") or a dimension noun shortly before it ("its height is 48m", "a capacity of
  // 100t")? Then a glued "m" is metres and a glued "t" tonnes.
  bool size_context(std::string_view s, std::size_t b, std::size_t e) const;
  // Is "pounds" at s[number_end, unit_end) a weight, not sterling? Hyphenated ("a 180-pound
  // linebacker"), after a verb of losing or gaining weight ("shed 25 pounds"), "pounds of" a
  // thing, or in a sentence that weighs or names another unit of mass; never beside "£".
  bool pounds_of_weight(std::string_view s, std::size_t i, std::size_t number_end,
                        std::size_t unit_end) const;
  // A tally at s[number_at] ("5-2" after "voted"): the length from i it takes, or 0.
  std::size_t try_tally(const Sentence& sen, std::string_view s, std::size_t i,
                        std::size_t number_at);

  // signature.cpp
  void attach_signatures();
  // The concepts of a table cell's row label and column header (signature.cpp).
  void table_context(const Sentence& sen, std::vector<Atom>& words) const;
  void label_context(const Sentence& sen, std::uint32_t claim_begin,
                     std::vector<Atom>& words) const;
  void add_label_words(std::string_view label, std::vector<Atom>& words) const;

  // dates.cpp
  std::size_t try_date(const Sentence& sen, std::string_view s, std::size_t i);
  std::size_t try_relative_date(const Sentence& sen, std::string_view s, std::size_t i);
  void year_modifier(std::string_view s, std::size_t at, Claim& c) const;
  void resolve_ago(Claim& c, int direction = -1) const;

  // people.cpp
  void people(const Sentence& sen);
  void attributions(const Sentence& sen);
  // A title of someone as they were, not as they are (people.cpp): quoted, "under President
  // X", or in a sentence about an earlier year.
  bool historical_mention(const Sentence& sen, Span title) const;
  // Does an organisation read with a role name a person ("Speaker John A. Boehner", "Mr.
  // Mitchell", "Nixon" when the draft names a Nixon)?
  bool org_is_person(std::string_view org) const;
  // Family names read before the draft named the person in full ("Hegseth" in a headline):
  // their keys, and the keys that copied them (ages, speakers), once every full name is known.
  void resolve_family_names();
  // The person a description stands for in this draft: "the sheriff" is the one person whose
  // title has that head; -1 when none or several.
  int person_with_head(std::string_view head) const;

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
  // people.cpp state: full mentions by folded family name (Known.name unused), the last person
  // mentioned.
  struct Known {
    std::string key, name;
    bool relative = false; // "Sokol's daughter, Irina Sokol": not who "Sokol" alone means
  };
  std::vector<std::pair<std::string, Known>> families_;
  int last_person_ = -1;
  std::vector<int> speech_candidates_; // one-word candidates read only by a speech verb
  // Office heads of the draft's people, for descriptions ("the sheriff said").
  std::vector<std::pair<std::string, std::string>> heads_; // title head -> person key
  std::vector<std::size_t> name_parts_; // people(): the words of the name being read
  friend struct PeopleScan;
};

// context.cpp: what the words around a number or a date say (kept apart from the grammars'
// own words, which start_words.cpp lists).
bool future_tense(std::string_view sentence, std::size_t at);
bool time_of_day_after(std::string_view after);     // " a.m.", " GMT" after a number
bool introduces_year(std::string_view folded_word); // "in", "since", "circa" 1887
bool is_age_or_time_word(std::string_view folded);  // "58-year-old", not a count of years
bool age_suffix(std::string_view after);            // "-year-old" after a number
// "-old" or " old" at e, right after a unit of time ("three-year-old", "six months old"): its
// length, or 0.
std::size_t old_after(std::string_view s, std::size_t e);
// A function word that may follow a length of time ("a second or two", "a second later"); any
// other word after "a second" makes it an ordinal ("a second car").
bool follows_a_duration(std::string_view w);
// The noun of an administrative unit or a settlement ("county", "district", "village"), a
// closed class: "Orrin County", "Bukit Sama village" name places, not people or employers.
bool is_admin_unit(std::string_view folded);
// How a length of time at s[b, e) relates to its clause: "after" ("five days after the vote",
// "since"), "before" ("two weeks before", "earlier"), "within" ("in the last three days",
// "within a week", "in a week"), or "" for the length of a thing.
std::string_view duration_relation(std::string_view s, std::size_t b, std::size_t e);
// "difference" when the figure ending at s[e] is measured from another ("23 mph over the
// limit", "5 points above its average"), else "".
std::string_view figure_relation(std::string_view s, std::size_t e);

// Is `folded` a word some claim grammar or extractor test names (start_words.cpp)?
bool is_claim_word(std::string_view folded);

// Case- and accent-folded key for names: "Ortíz" and "ortiz" meet.
std::string name_key(std::string_view name);

} // namespace claimlint::claims
