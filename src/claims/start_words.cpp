// The words a quantity, date or duration claim can start with, for the extractor's prefilter.
//
// The claim grammars (grammars/) and the extractor's own word tests (src/claims/dates.cpp,
// quantities.cpp) match only these words and digits, so a claim whose first word is none of
// them cannot exist: the prefilter skips such words without running any grammar. The list is
// every word of every literal in those sources, which is more than the starts (harmless: a
// word too many only costs a grammar attempt). tests/unit/claims/start_words_test.cpp reads
// the sources again and fails when a literal's word is missing here, and compares the claims
// found with and without this filter.
#include "claims/extract.hpp"
#include "rules/word_set.hpp"

#include <array>
#include <string_view>

namespace claimlint::claims {

namespace {

constexpr auto kClaimWords = [] {
  std::array<std::string_view, 507> words = {
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
      "lakh",      "lb",         "quarters",
  };
  return words;
}();

} // namespace

bool is_claim_word(std::string_view folded) {
  static const WordSet words = [] {
    WordSet set;
    for (std::string_view w : kClaimWords) set.add(w);
    return set;
  }();
  return words.contains(folded);
}

} // namespace claimlint::claims
