// The claim model: what a sentence asserts, normalised so claims from different drafts can be
// compared (PRODUCT.md §4). Every claim points back at its span in the file's buffer.
//
// One flat struct serves every kind; the fields a kind does not use stay empty, and the JSON
// writer prints only the fields of the claim's kind.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "util/atom.hpp"
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class Document;
class ClaimLexicon;

enum class ClaimKind {
  money,
  percent,
  count,
  number,
  date,
  duration,
  person,
  attribution,
  age,
  tally,
  measure
};
std::string_view claim_kind_name(ClaimKind k);

struct Claim {
  ClaimKind kind = ClaimKind::number;
  Span span;
  std::uint32_t sentence = 0;
  Atom approx; // about, nearly, more-than, less-than, at-least, up-to, at-most

  // money, percent, count, number, duration
  double amount = 0;
  std::optional<double> amount_high; // ranges: "3 to 5 percent"
  Atom currency;                     // ISO 4217
  Atom per;                          // rates: day, week, month, year, hour
  bool points = false;               // percentage points
  Atom noun;                         // count: the counted thing, singular
  Atom purpose;                      // money: what it is for ("budget", "fine", "cost")
  int linked = -1;                   // index of a linked claim: "£50 billion ($65 billion USD)"
  bool subunit = false;              // written in cents or pence (internal)
  double scale = 1;                  // the scale word the figure ends with (internal): 1e6
  bool part = false;                 // a part of a whole: "nine of the injured", "17 of them"

  // date
  int year = 0, month = 0, day = 0, weekday = -1;
  Atom relative; // yesterday, last-year, this-month, on-weekday, ago, ...
  Atom modifier; // since, before, after, by, until, by-end
  Atom resolved; // ISO date or period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn)

  // duration
  Atom unit;       // ISO designator Y, M, W, D, H, MIN, S
  int ordinal = 0; // "third week"
  Atom iso;        // P4Y, PT3H; empty for ordinals

  // person. The role is an office model: `title` is the office as written, normalised
  // ("deputy fire chief"), `head` its head noun ("chief"), `modifiers` its rank and time words
  // (deputy, vice, former, then, elect); `office` says it is an office someone holds rather than
  // a description ("a farmer"). `org` is the organisation the role belongs to ("Corran Valley
  // Coaches"), `party` a political party ("democratic").
  Atom name, key, title, affiliation;
  std::vector<std::string> modifiers; // former, acting, deputy, ...
  Atom mention;                       // full, title, apposition, family-name, pronoun
  Atom head, org, party;
  Atom kinds; // what else the head is (rules/lists/person-kinds.txt): "legislator leader"
  bool office = false;
  bool kin = false; // introduced as a relative of a namesake: "Sokol's daughter, Irina Sokol"
  int until = 0;    // "who was deputy mayor until 2021": the role ended that year

  // tally: a vote or score "5-2", "7 to 2" (amount = for, amount_high = against)

  // measure: amount in `unit` ("ft"), `dimension` ("length"); `si` the amount in SI units
  Atom dimension;
  double si = 0;

  // attribution
  Atom speaker; // a person key when resolvable, else the written speaker
  Atom verb;
  Span quote;

  // what the claim is about
  Atom subject, predicate;

  // The claim's signature (figures, dates, durations, ages, tallies, measures): the governing
  // verb's lemma (`verb`), the counted noun (`noun`), the content lemmas of its clause
  // (`context`, sorted) and the names in its sentence (`entities`, folded, sorted). Claims of
  // different drafts are aligned by these (docs/claims.md).
  std::vector<Atom> context, entities;
  // The names in the claim's own clause, not a speaker's (folded, sorted): "appear before
  // Taunton Crown Court on 19 August" -> crown, court, taunton.
  std::vector<Atom> clause_names;
};

struct ExtractedClaims {
  std::vector<Claim> claims; // sorted by span
};

// Where the extractor tries its grammars. `words` (the default) skips a word that no claim can
// start with (claims/start_words.cpp) and a leading word ("a", "about", "last") not followed by
// one; `prefixes` only looks at the first letters. Both find the same claims, `words` with a
// fifth of the grammar attempts; a unit test compares them.
enum class StartFilter { words, prefixes };

ExtractedClaims extract_claims(const Document& doc, const ClaimLexicon& lexicon,
                               StartFilter filter = StartFilter::words);

// Output: one JSON object per line (schema docs/claims.md), or one readable line per claim.
std::string render_claims_jsonl(const Document& doc, const ExtractedClaims& claims);
std::string render_claims_text(const Document& doc, const ExtractedClaims& claims);

} // namespace claimlint
