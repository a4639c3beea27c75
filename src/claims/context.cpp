// What the words around a number or a date say about it: a future tense that points a bare
// weekday forward, a time of day that makes a number no quantity, a word that introduces a
// year, a word that makes "NUMBER-word" an age or a time rather than a count.
#include "claims/extract.hpp"

#include "util/static_words.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace claimlint::claims {

namespace {

std::string_view word_before(std::string_view s, std::size_t i) {
  std::size_t p = i;
  while (p > 0 && s[p - 1] == ' ') --p;
  std::size_t b = p;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(b, p - b);
}

} // namespace

// Does the clause of the word at `i` speak of the future? A word right before it ("until
// Saturday", "through Friday", "by Monday", "next Tuesday", "starting Wednesday") or a future
// form earlier in the sentence ("will", "would", "is expected to", "plans to", "is due", "is
// scheduled").
bool future_tense(std::string_view s, std::size_t i) {
  std::string before = fold_case(word_before(s, i));
  for (std::string_view w : {"until", "through", "by", "next", "starting", "till", "before"})
    if (before == w) return true;
  // (the words looked for are ASCII: lower-casing ASCII letters is enough, and cheap)
  std::string lead(s.substr(0, i));
  for (char& ch : lead)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  auto has_word = [&](std::string_view w) {
    std::size_t at = 0;
    while ((at = lead.find(w, at)) != std::string::npos) {
      bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(lead[at - 1]));
      bool right = at + w.size() >= lead.size() ||
                   !std::isalpha(static_cast<unsigned char>(lead[at + w.size()]));
      if (left && right) return true;
      at += w.size();
    }
    return false;
  };
  // the clause: after the last sentence-internal full stop, semicolon or colon
  std::size_t cut = lead.find_last_of(";:");
  if (cut != std::string::npos) lead = lead.substr(cut + 1);
  // ("would" in reported speech: "said the town would open a fund on Thursday")
  for (std::string_view w : {"will", "shall", "would", "\xE2\x80\x99ll", "'ll", "expected",
                             "scheduled", "planned", "plans", "due", "upcoming", "going to"})
    if (has_word(w)) return true;
  return false;
}

bool time_of_day_after(std::string_view after) {
  for (std::string_view m :
       {" a.m", " p.m", "a.m", "p.m", " am ", " pm ", " GMT", " UTC", " local time"})
    if (after.starts_with(m)) return true;
  return false;
}

bool introduces_year(std::string_view w) {
  for (std::string_view m :
       {"in", "since", "from", "until", "of", "circa", "before", "after", "by"})
    if (w == m) return true;
  return false;
}

bool is_age_or_time_word(std::string_view w) {
  return w == "old" || w == "year";
}

bool age_suffix(std::string_view after) {
  return after.starts_with("-year-old");
}

std::size_t old_after(std::string_view s, std::size_t e) {
  if (e + 4 > s.size() || (s[e] != '-' && s[e] != ' ')) return 0;
  std::string_view w = s.substr(e + 1, 3);
  if (!((w[0] == 'o' || w[0] == 'O') && (w[1] == 'l' || w[1] == 'L') &&
        (w[2] == 'd' || w[2] == 'D')))
    return 0;
  std::size_t end = e + 4;
  if (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) return 0; // "older"
  return end - e;
}

bool follows_a_duration(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "of",   "or",    "and",   "later", "earlier", "before", "after", "ago",     "longer",
      "more", "too",   "apart", "each",  "per",     "at",     "to",    "in",      "on",
      "the",  "a",     "an",    "when",  "while",   "that",   "as",    "then",    "so",
      "but",  "or",    "is",    "was",   "he",      "she",    "they",  "it",      "we",
      "i",    "you",   "there", "this",  "from",    "into",   "with",  "without", "by",
      "for",  "until", "since", "left",  "behind"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Whether "in" before s[i] looks back over a span rather than ahead to a date: after a
// participle ("passed in three decades", "seen in 20 years"), "time" ("the first time in five
// years") or a superlative ("the highest in a decade", "the worst in 30 years").
bool looks_back(std::string_view s, std::size_t i) {
  std::string_view in = word_before_at(s, i);
  std::size_t at = static_cast<std::size_t>(in.data() - s.data());
  std::string_view w = word_before_at(s, at);
  if (w.size() < 3) return false;
  if (is_word(w, "time") || is_word(w, "times") || is_word(w, "best") || is_word(w, "worst") ||
      is_word(w, "most") || is_word(w, "least"))
    return true;
  // (a participle; not "need", "proceed", nor "happen" or "reopen" in "reopen in two weeks")
  if (w.ends_with("ed")) return !w.ends_with("eed");
  if (is_word(w, "seen") || is_word(w, "been")) return true;
  return w.size() > 5 && w.ends_with("est"); // highest, biggest (not "rest", "test")
}

bool is_number_word(std::string_view w) {
  // the words of grammars/numbers.hpp's unit and scale words, a closed class
  static constexpr std::string_view kWords[] = {
      "zero",     "one",      "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",    "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen",  "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
      "thirty",   "forty",    "fifty",   "sixty",     "seventy",  "eighty",   "ninety",
      "hundred",  "thousand", "million", "billion",   "trillion", "dozen"};
  if (w.size() < 3 || w.size() > 9) return false;
  char first = w[0] >= 'A' && w[0] <= 'Z' ? static_cast<char>(w[0] + 32) : w[0];
  if (std::string_view("otfsenzhmbd").find(first) == std::string_view::npos) return false;
  for (std::string_view k : kWords)
    if (is_word(w, k)) return true;
  return false;
}

std::string_view duration_relation(std::string_view s, std::size_t b, std::size_t e) {
  std::size_t end;
  std::string after = fold_case(word_after(s, e, end));
  // "deliberated for two days before returning", "over two days after": the length of what
  // went on, not a gap.
  bool length = fold_case(s.substr(b, 5)) == "over ";
  for (std::size_t p = b, k = 0; k < 3 && !length; ++k) {
    std::string_view w = word_before(s, p);
    std::string f = fold_case(w);
    if (f == "for") length = true;
    if (w.empty() || (f != "only" && f != "just" && f != "barely" && f != "some")) break;
    p = static_cast<std::size_t>(w.data() - s.data());
  }
  // "four hours after the meeting began", "three days after the strike started": the length
  // of the meeting or the strike so far.
  if (!length && after == "after") {
    std::size_t p = end;
    for (int k = 0; k < 5 && !length; ++k) {
      std::size_t e2;
      std::string w = fold_case(word_after(s, p, e2));
      if (w.empty()) break;
      length = w == "began" || w == "started" || w == "opened" || w == "begun" || w == "start" ||
               w == "beginning" || w == "broke";
      p = e2;
    }
  }
  if (!length &&
      (after == "after" || after == "before" || after == "earlier" || after == "since")) {
    // (literals: `after` is a local string)
    if (after == "after" || after == "since") return "after";
    return "before";
  }
  // "in the last three days", "within a week", "the second time in a week": a window of time
  // something happened in, not the length of one thing.
  std::string w1 = fold_case(word_before(s, b));
  if (w1 == "within") return "within";
  if (w1 == "last" || w1 == "past" || w1 == "next" || w1 == "coming" || w1 == "first") {
    std::size_t p = b;
    while (p > 0 && s[p - 1] == ' ') --p;
    p -= std::min(p, w1.size());
    std::string w2 = fold_case(word_before(s, p));
    if (w2 == "the") {
      while (p > 0 && s[p - 1] == ' ') --p;
      p -= std::min(p, w2.size());
      w2 = fold_case(word_before(s, p));
    }
    if (w2 == "in" || w2 == "over" || w2 == "during" || w2 == "within" || w2 == "for")
      return "within";
  }
  if (w1 == "in" && fold_case(word_after(s, e, end)).empty()) return {};
  if (w1 == "in") return "within";
  return {};
}

// "23 mph over the posted limit", "5 points above its average", "$3 below the target": a figure
// measured from another, not a value of its own. ("20 people over the weekend" is a count in a
// time: the noun after the article is a unit of time or a season.)
std::string_view figure_relation(std::string_view s, std::size_t e) {
  std::size_t end;
  std::string w = fold_case(word_after(s, e, end));
  if (w != "over" && w != "above" && w != "below" && w != "under") return {};
  std::size_t e2;
  std::string det = fold_case(word_after(s, end, e2));
  if (det != "the" && det != "its" && det != "their" && det != "his" && det != "her" && det != "a")
    return {};
  std::size_t e3;
  std::string noun = fold_case(word_after(s, e2, e3));
  static constexpr std::string_view kTimes[] = {
      "weekend",  "week",   "weeks",  "year",   "years",  "month",   "months", "day",
      "days",     "period", "summer", "winter", "spring", "autumn",  "fall",   "holiday",
      "holidays", "night",  "course", "past",   "next",   "last",    "decade", "season",
      "hour",     "hours",  "years'", "first",  "same",   "previous"};
  if (noun.empty() || std::find(std::begin(kTimes), std::end(kTimes), noun) != std::end(kTimes))
    return {};
  return "difference";
}

// The noun of an administrative unit or a settlement, a closed class: "Orrin County", "Bukit
// Sama village", "central Aceh district" name places, not people or employers.
bool is_admin_unit(std::string_view f) {
  static const StaticWords kUnits = {
      "county",   "city",   "town",    "province", "state",        "district",   "borough",
      "township", "parish", "village", "region",   "municipality", "prefecture", "canton"};
  return kUnits.contains(f);
}

} // namespace claimlint::claims
