// The words a quantity, date or duration claim can start with, for the extractor's prefilter.
//
// The claim grammars (grammars/) and the extractor's own word tests (src/claims/dates.cpp,
// quantities.cpp) match only these words and digits, so a claim whose first word is none of
// them cannot exist: the prefilter skips such words without running any grammar. The list is
// every word of every literal in those sources, which is more than the starts (harmless: a
// word too many only costs a grammar attempt). tests/unit/claims/start_words_test.cpp reads
// the sources again and fails when a literal's word is missing here, and compares the claims
// found with and without this filter.
//
// may_start_claim is the prefilter itself: three looks at a word (its first letters, the whole
// word, the word after it) before any grammar runs.
#include "claims/extract.hpp"
#include "rules/word_set.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <bitset>

#include <array>
#include <string_view>

namespace claimlint::claims {

namespace {

constexpr auto kClaimWords = [] {
  std::array<std::string_view, 521> words = {
      "a",         "abo",        "about",       "after",     "ago",        "aircraft",
      "all",       "alm",        "almost",      "an",        "and",        "annually",
      "annum",     "ano",        "another",     "app",       "apple",      "approximately",
      "apr",       "april",      "are",         "aro",       "around",     "as",
      "at",        "au",         "aud",         "aug",       "august",     "australian",
      "before",    "bel",        "below",       "between",   "bey",        "beyond",
      "bil",       "bill",       "billion",     "bitcoin",   "bitcoins",   "bn",
      "british",   "brl",        "btc",         "by",        "c",          "ca",
      "cad",       "canadian",   "cattle",      "cent",      "cents",      "centuries",
      "century",   "ches",       "chf",         "child",     "children",   "chinese",
      "clergy",    "clo",        "close",       "cny",       "com",        "coming",
      "committee", "company",    "cou",         "could",     "country",    "couple",
      "court",     "crew",       "d",           "daily",     "danish",     "data",
      "date",      "day",        "days",        "dec",       "decade",     "decades",
      "december",  "deer",       "dem",         "deutsche",  "dkk",        "dollar",
      "dollars",   "dou",        "doz",         "dozen",     "duration",   "dutch",
      "each",      "ear",        "earlier",     "early",     "eig",        "eight",
      "eighteen",  "eighteenth", "eighth",      "eighty",    "ele",        "eleven",
      "eleventh",  "end",        "ent",         "entire",    "esp",        "estimate",
      "estimated", "eur",        "euro",        "euros",     "every",      "exc",
      "exceeding", "excess",     "ext",         "feb",       "february",   "few",
      "fewer",     "fif",        "fifteen",     "fifteenth", "fifth",      "fifty",
      "fim",       "finnish",    "fir",         "first",     "fish",       "fiv",
      "five",      "for",        "former",      "fortnight", "fortnights", "forty",
      "fou",       "found",      "four",        "fourteen",  "fourteenth", "fourth",
      "fr",        "francs",     "fri",         "friday",    "from",       "ful",
      "full",      "gbp",        "guilders",    "h",         "had",        "hal",
      "half",      "has",        "have",        "he",        "her",        "him",
      "his",       "hk",         "hkd",         "hour",      "hours",      "hr",
      "hrs",       "hryvnia",    "hryvnias",    "hun",       "hundred",    "hundredth",
      "i",         "ies",        "ils",         "in",        "inr",        "is",
      "it",        "itl",        "its",         "jan",       "january",    "jpy",
      "jul",       "july",       "jun",         "june",      "jus",        "just",
      "k",         "krone",      "kroner",      "kronor",    "krw",        "las",
      "last",      "lat",        "late",        "later",     "least",      "les",
      "less",      "lira",       "lire",        "m",         "man",        "many",
      "mar",       "march",      "markka",      "marks",     "may",        "me",
      "men",       "mex",        "mexican",     "mid",       "mil",        "million",
      "min",       "mins",       "minus",       "minute",    "minutes",    "mn",
      "mo",        "mon",        "monday",      "month",     "months",     "mor",
      "more",      "mos",        "most",        "much",      "mx",         "mxn",
      "nd",        "nea",        "nearly",      "nex",       "next",       "nin",
      "nine",      "nineteen",   "nineteenth",  "ninety",    "ninth",      "nlg",
      "nov",       "november",   "now",         "nt",        "number",     "nz",
      "nzd",       "oct",        "october",     "of",        "on",         "one",
      "or",        "ove",        "over",        "p",         "pas",        "past",
      "pc",        "pence",      "pennies",     "penny",     "people",     "per",
      "percent",   "percentage", "percents",    "person",    "personnel",  "peseta",
      "pesetas",   "pesos",      "pln",         "point",     "points",     "police",
      "post",      "pound",      "pounds",      "pre",       "pt",         "ptx",
      "px",        "q",          "qua",         "quantity",  "quarter",    "r",
      "rand",      "rd",         "renminbi",    "riyal",     "riyals",     "rmb",
      "rou",       "rouble",     "roubles",     "roughly",   "rub",        "ruble",
      "rubles",    "rupee",      "rupees",      "s",         "sa",         "sar",
      "sat",       "saturday",   "sec",         "second",    "seconds",    "secs",
      "security",  "sek",        "sep",         "sept",      "september",  "sev",
      "seven",     "seventeen",  "seventeenth", "seventh",   "seventy",    "several",
      "sg",        "sgd",        "she",         "sheep",     "shekel",     "shekels",
      "shes",      "since",      "six",         "sixteen",   "sixteenth",  "sixth",
      "sixty",     "som",        "some",        "ss",        "sses",       "st",
      "staff",     "sterling",   "su",          "sun",       "sunday",     "swedish",
      "swiss",     "ten",        "tenth",       "th",        "than",       "that",
      "the",       "their",      "them",        "then",      "there",      "these",
      "they",      "thi",        "third",       "thirteen",  "thirteenth", "thirtieth",
      "thirty",    "this",       "those",       "thousand",  "thr",        "three",
      "through",   "thu",        "thur",        "thurs",     "thursday",   "tn",
      "to",        "tod",        "today",       "tom",       "tomorrow",   "tri",
      "trillion",  "troops",     "try",         "tu",        "tue",        "tues",
      "tuesday",   "turkish",    "twd",         "twe",       "twelfth",    "twelve",
      "twentieth", "twenty",     "two",         "u",         "uah",        "und",
      "under",     "until",      "up",          "us",        "usd",        "w",
      "was",       "we",         "wed",         "wednesday", "week",       "weekday",
      "weekend",   "weeks",      "were",        "which",     "who",        "whole",
      "with",      "within",     "wks",         "woman",     "women",      "won",
      "xes",       "y",          "year",        "years",     "yen",        "yes",
      "yesterday", "you",        "yr",          "yrs",       "yuan",       "zar",
      "zer",       "zero",       "zloty",       "zlotys",    "greater",    "larger",
      "bigger",    "higher",     "lower",       "smaller",   "surpass",    "surpasses",
      "surpassed", "surpassing", "exceed",      "exceeds",   "exceeded",   "no",
      "not",       "equal",      "equals",      "equaling",  "equalling",  "exactly",
      "upwards",   "minimum",    "maximum",     "age",       "aged",       "yo",
      "gre",       "lar",        "big",         "hig",       "low",        "sma",
      "sur",       "equ",        "upw",         "max",       "exa",        "above",
      "negative",  "neg",        "o",           "thru",      "crore",      "lac",
      "lakh",      "b",          "lb",          "capita",    "head",       "item",
      "meal",      "night",      "piece",       "plate",     "pop",        "seat",
      "share",     "ticket",     "unit",        "visit",     "quarters",
  };
  return words;
}();

} // namespace

namespace {

// A claim that starts with a letter starts with one of a few hundred words: month and weekday
// names, relative-date words, number and ordinal words, approximations, currency codes. This
// filter on the first three letters keeps the grammars off every other word, which is most of
// the text.
//
// A second look at the whole word follows for the most frequent words of news text that share a
// prefix with a starter: "the" starts a claim only before a day ("the 5th of May", "the day
// before yesterday"), "in" only in "in excess of", "at" only in "at least" / "at most", and
// words such as "for", "they" or "court" never do. On the news corpus "the", "in", "on" and
// "for" alone were 88,130 grammar attempts that started 6 claims (the claims are unchanged).
//
// With StartFilter::words a third look follows: the word must be a claim word (one the grammars
// or the extractor's tests name), and a word that only leads into a claim ("a", "about", "last")
// must be followed by another claim word, a digit or a symbol. "a", "this", "about" and words
// that only share three letters with a starter ("marriage", "election", "think") were four in
// five grammar attempts on the news corpus, and none started a claim.

// Words that start a claim only together with the word after them.
bool leads_into_claim(std::string_view word) {
  static constexpr std::string_view kLeading[] = {
      "a",       "an",     "this",   "about",  "over",  "all",     "more",  "some", "up",
      "just",    "under",  "first",  "us",     "last",  "next",    "past",  "no",   "not",
      "greater", "larger", "bigger", "higher", "lower", "smaller", "equal", "above"};
  return std::find(std::begin(kLeading), std::end(kLeading), word) != std::end(kLeading);
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Room for the folded letters of a word: every claim word is shorter, and a longer word is let
// through untested (it costs a grammar attempt, nothing else).
constexpr std::size_t kMaxLetters = 24;
using Letters = char[kMaxLetters];

// The folded letters of the word at `b` (longer words than kMaxLetters give an empty view and
// `long_word`), and its end in `e`.
std::string_view letters_at(std::string_view s, std::size_t b, std::size_t& e, Letters& out,
                            bool& long_word) {
  e = b;
  while (e < s.size() && is_letter(s[e])) ++e;
  long_word = e - b > kMaxLetters;
  if (long_word) return {};
  for (std::size_t k = b; k < e; ++k) out[k - b] = static_cast<char>(s[k] | 0x20);
  return {out, e - b};
}

bool whole_word_may_start_claim(std::string_view s, StartFilter filter) {
  std::size_t e = 0;
  Letters folded;
  bool long_word = false;
  std::string_view word = letters_at(s, 0, e, folded, long_word);
  if (long_word) return true;
  // Every word the tests below let through is a claim word ("the", "in" and "at" among them),
  // so a word that is not one is refused at once.
  if (filter == StartFilter::words && !is_claim_word(word)) return false;
  // The next word starts after the spaces that follow this one (b), if a space does follow.
  const bool spaced = e < s.size() && s[e] == ' ';
  std::size_t b = e;
  while (b < s.size() && s[b] == ' ') ++b;
  Letters next_letters;
  auto next_word = [&] {
    std::size_t n = 0;
    return letters_at(s, b, n, next_letters, long_word);
  };
  if (word == "the" || word == "in" || word == "at") {
    if (!spaced) return true;
    if (b < s.size() && !is_letter(s[b])) return word == "the";
    std::string_view next = next_word(); // a word longer than kMaxLetters: none of those below
    if (word == "in") return next == "excess";
    if (word == "at") return next == "least" || next == "most";
    return next == "day" || (b < s.size() && may_start_claim(s.substr(b), filter));
  }
  // Bounds: "no fewer than", "not more than"; "above 170", "higher than", "lower or equal";
  // "aged 71", "age 87". Otherwise these frequent words start nothing.
  if (word == "as") { // "as many as 600", "as much as $2 billion"
    if (!spaced) return false;
    std::string_view next = next_word();
    return next == "many" || next == "much";
  }
  if (word == "no" || word == "not") {
    if (!spaced) return false;
    std::string_view next = next_word();
    return next == "less" || next == "more" || next == "fewer";
  }
  if (word == "above" || word == "higher" || word == "lower" || word == "smaller" ||
      word == "greater" || word == "larger" || word == "bigger") {
    if (!spaced) return false;
    if (b < s.size() && !is_letter(s[b])) return true;
    std::string_view next = next_word();
    return next == "than" || next == "or";
  }
  static constexpr std::string_view kNever[] = {
      "on",        "for",   "who",      "they",   "their", "there",   "them",
      "then",      "these", "through",  "could",  "court", "country", "company",
      "committee", "apple", "security", "former", "found", "bill"};
  for (std::string_view never : kNever)
    if (word == never) return false;
  if (filter == StartFilter::prefixes) return true;
  if (!leads_into_claim(word) || !spaced || b >= s.size() || !is_letter(s[b])) return true;
  std::string_view next = next_word();
  return long_word || is_claim_word(next);
}

} // namespace

bool may_start_claim(std::string_view s, StartFilter filter) {
  unsigned char c0 = static_cast<unsigned char>(s[0]);
  // U+2000..U+203F (quotes, dashes, spaces) never start a claim; currency signs do.
  if (c0 == 0xE2 && s.size() > 1 && static_cast<unsigned char>(s[1]) == 0x80) return false;
  if (c0 >= 0x80 || c0 == '$' || c0 == '.' || (c0 >= '0' && c0 <= '9')) return true;
  // A minus sign before a figure: "-2.4%".
  if (c0 == '-') return s.size() > 1 && s[1] >= '0' && s[1] <= '9';
  // A comparison: "> 30", "<=100".
  if (c0 == '<' || c0 == '>')
    return s.size() > 1 &&
           (s[1] == ' ' || s[1] == '=' || s[1] == '-' || (s[1] >= '0' && s[1] <= '9'));
  // A currency code before a figure: "CHF 500", "MAUD 60".
  {
    std::size_t n = 0;
    while (n < s.size() && n < 5 && s[n] >= 'A' && s[n] <= 'Z') ++n;
    if (n >= 3 && n <= 4 && n + 1 < s.size() && s[n] == ' ' && s[n + 1] >= '0' && s[n + 1] <= '9')
      return true;
  }
  // A dollar glued to its country's letters: "NZ$", "HK$", "S$", "R$", "NT$".
  {
    std::size_t n = 0;
    while (n < s.size() && n < 4 && is_letter(s[n])) ++n;
    if (n >= 1 && n <= 3 && n < s.size() && s[n] == '$') return true;
  }
  // The key is the first three letters folded to 1..26 (0 = the word is shorter), packed
  // base 27; a bitset of the starts makes the filter one lookup instead of 96 comparisons.
  auto pack = [](std::string_view w) {
    unsigned key = 0;
    for (std::size_t n = 0; n < 3; ++n)
      key = key * 27 + (n < w.size() ? static_cast<unsigned>(w[n] - 'a' + 1) : 0u);
    return key;
  };
  static const std::bitset<27 * 27 * 27> kStarts = [&] {
    std::bitset<27 * 27 * 27> bits;
    for (std::string_view st :
         {"a",   "abo", "all", "alm", "an",  "ano", "apr", "aro", "at",  "aug", "bel", "bey", "c",
          "clo", "cny", "com", "cou", "dec", "dou", "doz", "ear", "eig", "ele", "ent", "eur", "exc",
          "feb", "few", "fif", "fir", "fiv", "for", "fou", "fri", "ful", "gbp", "hal", "hun", "in",
          "jan", "jpy", "jul", "jun", "jus", "las", "lat", "les", "mar", "may", "mid", "mil", "min",
          "mon", "mor", "nea", "nex", "nin", "nov", "oct", "on",  "one", "ove", "pas", "per", "rmb",
          "rou", "sat", "sec", "sep", "sev", "six", "som", "sun", "ten", "the", "thi", "thr", "thu",
          "tod", "tom", "tue", "twe", "two", "und", "up",  "us",  "as",  "usd", "wed", "who", "yes",
          "zer", "app", "tri", "bil", "qua", "ext", "gre", "lar", "big", "hig", "low", "sma", "sur",
          "no",  "not", "equ", "upw", "max", "exa", "neg"})
      bits.set(pack(st));
    return bits;
  }();
  char k[3];
  std::size_t len = 0;
  for (; len < 3; ++len) {
    if (len >= s.size()) return false;
    char ch = s[len];
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch < 'a' || ch > 'z') {
      if (len >= 1) break; // short words such as "a", "an"
      return false;
    }
    k[len] = ch;
  }
  return kStarts.test(pack(std::string_view(k, len))) && whole_word_may_start_claim(s, filter);
}

bool is_claim_word(std::string_view folded) {
  static const WordSet words = [] {
    WordSet set;
    for (std::string_view w : kClaimWords) set.add(w);
    return set;
  }();
  return words.contains(folded);
}

} // namespace claimlint::claims
