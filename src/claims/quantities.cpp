// Quantity, duration and date claims: the grammars in grammars/ composed around each number.
//
// At every word start of a sentence the extractor tries, in order: an absolute date
// (grammars/dates.hpp), an ordinal duration ("third week"), a relative date ("last year"),
// then an optional approximation, an optional currency before the number, the number, and
// what follows it: a percent suffix, a currency after it, a duration unit, or a noun that
// makes it a count. A four-digit number between 1900 and 2099 with nothing that makes it a
// quantity is a year.
#include "claims/extract.hpp"

#include "grammars/dates.hpp"
#include "grammars/durations.hpp"
#include "grammars/numbers.hpp"
#include "grammars/quantities.hpp"
#include "grammars/tallies.hpp"
#include "source/utf8.hpp"
#include "util/text.hpp"

#include <unicode/uchar.h>

#include <array>
#include <bitset>
#include <cctype>
#include <cmath>
#include <fmt/format.h>

namespace claimlint::claims {

namespace {

namespace q = grammar::quantities;
namespace n = grammar::numbers;
namespace d = grammar::durations;
namespace g = grammar::dates;

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

std::string singular(std::string_view w) {
  std::string s = fold_case(w);
  if (s == "people") return "person";
  if (s == "children") return "child";
  if (s == "men") return "man";
  if (s == "women") return "woman";
  if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 4 &&
      (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("sses") || s.ends_with("xes")))
    return s.substr(0, s.size() - 2);
  if (s.size() > 3 && s.ends_with("s") && !s.ends_with("ss") && !s.ends_with("us") &&
      !s.ends_with("is"))
    return s.substr(0, s.size() - 1);
  return s;
}

// Nouns that count people or things without a plural "s".
bool is_collective(std::string_view w) {
  static const char* kWords[] = {"people", "police", "staff",  "personnel", "troops",   "children",
                                 "men",    "women",  "cattle", "crew",      "aircraft", "data",
                                 "sheep",  "fish",   "deer",   "clergy"};
  std::string f = fold_case(w);
  for (const char* k : kWords)
    if (f == k) return true;
  return false;
}

bool is_stop_word(std::string_view w) {
  static const char* kWords[] = {"that", "which", "who",  "of",    "and",  "or",    "the",   "a",
                                 "an",   "to",    "in",   "on",    "at",   "is",    "was",   "are",
                                 "were", "has",   "have", "had",   "by",   "for",   "with",  "as",
                                 "its",  "his",   "her",  "their", "this", "these", "those", "than",
                                 "more", "less",  "per",  "you",   "me",   "him",   "them",  "us",
                                 "it",   "they",  "we",   "i",     "she",  "he"};
  std::string f = fold_case(w);
  for (const char* k : kWords)
    if (f == k) return true;
  return false;
}

std::string format_amount(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
    return fmt::format("{}", static_cast<long long>(std::llround(v)));
  return fmt::format("{}", v);
}

} // namespace

// What an amount is per, after it at s[e]: " per share", " per tonne" (any noun after "per"),
// "/kg" (a unit), " a litre", " a pound", " a head" (a unit of measure, or a word that counts
// people or things sold one by one). The unit's symbol or the noun goes in `per`.
std::size_t Extractor::rate_denominator(std::string_view s, std::size_t e, Atom& per) const {
  std::size_t p = e, we = 0;
  bool after_per = false;
  if (s.substr(p).starts_with("/")) {
    ++p;
  } else {
    std::string lead = fold_case(word_after(s, p, we));
    if (lead != "per" && lead != "a" && lead != "an") return 0;
    after_per = lead == "per";
    p = we;
  }
  std::string_view w = word_after(s, p, we);
  if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) return 0;
  std::string folded = fold_case(w);
  if (auto u = lex_.units.find(folded); u != lex_.units.end() && folded.size() > 1) {
    per = u->second.symbol;
    return we - e;
  }
  static constexpr std::string_view kCounted[] = {"head",   "person", "piece", "share", "night",
                                                  "seat",   "ticket", "unit",  "item",  "visit",
                                                  "capita", "pop",    "plate", "meal"};
  bool counted = std::find(std::begin(kCounted), std::end(kCounted), folded) != std::end(kCounted);
  if ((after_per && starts_lower(w) && !is_stop_word(w) && folded != "cent") || counted) {
    per = singular(w);
    return we - e;
  }
  return 0;
}

// Does a figure end right before the hyphen at s[i] ("75 - 300mm")? Then the hyphen joins two
// figures; it is no minus sign.
bool after_figure(std::string_view s, std::size_t i) {
  while (i > 0 && s[i - 1] == ' ') --i;
  return i > 0 && (std::isdigit(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '%');
}

// The open end of a figure at s[e] (" or more", " or fewer", " or equal to" after a bound):
// its length, with `approx` set to the bound it makes; 0 when there is none, or when another
// figure follows it ("200 or greater than 190" bounds 190, not 200).
std::size_t open_bound(std::string_view s, std::size_t e, std::string& approx) {
  auto b = q::match_open_bound(s.substr(e));
  if (!b) return 0;
  std::size_t len = b->length;
  std::string tag(b->tag);
  if (tag == "or-equal") {
    if (approx == "more-than")
      tag = "at-least";
    else if (approx == "less-than")
      tag = "at-most";
    else
      return 0;
  } else if (s.substr(e + len).starts_with(" than")) {
    len += 5; // "200 or greater than" at the end of a clause
  }
  std::size_t after = e + len;
  while (after < s.size() && s[after] == ' ') ++after;
  if (after < s.size() && (std::isdigit(static_cast<unsigned char>(s[after])) ||
                           n::match(s.substr(after)) || q::match_currency_prefix(s.substr(after))))
    return 0;
  // "and less or equal than 35", "and greater than or equal to 50": the start of another bound
  std::size_t next_end;
  std::string next = fold_case(word_after(s, e + len, next_end));
  if (next == "or" || next == "and" || next == "equal" || next == "than") return 0;
  if (s.substr(e + len).starts_with(" it")) len += 3; // "or equal to it"
  approx = tag;
  return len;
}

std::string iso_duration(double amount, std::string_view unit) {
  std::string a = format_amount(amount);
  if (unit == "H") return "PT" + a + "H";
  if (unit == "MIN") return "PT" + a + "M";
  if (unit == "S") return "PT" + a + "S";
  return "P" + a + std::string(unit);
}

void Extractor::quantities(const Sentence& sen) {
  std::string_view s = doc_.text(sen.span);
  const std::size_t first = claims_.size();
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    // (after a curly quote or a dash too: "“5", "1000–5000"; a comparison symbol starts one
    // even after a letter: "x>10")
    bool start = i == 0 || !is_word_char(s[i - 1]) || c == '$' || c == '<' || c == '>' ||
                 (i >= 3 && static_cast<unsigned char>(s[i - 3]) == 0xE2 &&
                  static_cast<unsigned char>(s[i - 2]) == 0x80);
    // Not inside a number: "12,34,567" and "1.111,11" do not start again after a separator.
    if (start && i >= 2 && (s[i - 1] == ',' || s[i - 1] == '.') &&
        std::isdigit(static_cast<unsigned char>(s[i - 2])))
      start = false;
    if (!start || doc_.in_verbatim(sen.span.begin + static_cast<std::uint32_t>(i)) ||
        !(is_word_char(c) || c == '$' || static_cast<unsigned char>(c) == 0xC2 ||
          static_cast<unsigned char>(c) == 0xE2 || c == '.' || c == '-' || c == '<' || c == '>')) {
      ++i;
      continue;
    }
    // "<>30", "=>30": no comparison we read, and no figure after it.
    if ((c == '<' || c == '>') && ((i > 0 && (s[i - 1] == '=' || s[i - 1] == '<')) ||
                                   (i + 1 < s.size() && (s[i + 1] == '<' || s[i + 1] == '>')))) {
      ++i;
      while (i < s.size() && (s[i] == '<' || s[i] == '>' || s[i] == '=' ||
                              std::isdigit(static_cast<unsigned char>(s[i]))))
        ++i;
      continue;
    }
    if (!may_start_claim(s.substr(i), filter_)) {
      ++i;
      while (i < s.size() && is_word_char(s[i]) && static_cast<unsigned char>(s[i]) < 0x80) ++i;
      continue;
    }
    if (std::size_t used = try_at(sen, s, i)) {
      i += used;
      continue;
    }
    // Skip the rest of this word (after a hyphen or a symbol that started nothing, the figure
    // it stood before is tried: "75 -300mm").
    ++i;
    if (c == '-' || c == '<' || c == '>') continue;
    while (i < s.size() && is_word_char(s[i]) && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  }
  merge_ranges(sen, first);
}

std::size_t Extractor::try_at(const Sentence& sen, std::string_view s, std::size_t i) {
  auto span_of = [&](std::size_t b, std::size_t e) {
    return Span{sen.span.begin + static_cast<std::uint32_t>(b),
                sen.span.begin + static_cast<std::uint32_t>(e)};
  };
  std::string_view rest = s.substr(i);
  // 1. Absolute dates.
  if (std::size_t used = try_date(sen, s, i)) return used;
  // 2. "third week", "ninth day".
  if (auto od = d::match_ordinal_duration(rest)) {
    Claim c;
    c.kind = ClaimKind::duration;
    c.span = span_of(i, i + od->length);
    c.ordinal = od->value.ordinal;
    c.unit = std::string(od->value.unit);
    add(sen, std::move(c));
    return od->length;
  }
  // 3. Relative dates.
  if (std::size_t used = try_relative_date(sen, s, i)) return used;
  // 4. Quantities. "percent of 10", "per cent of twenty-two": the inverted percent form.
  // (only a word starting with "p" can be one; the space the suffix grammar wants before it is
  // put on the stack)
  char spaced[22] = {' '};
  std::size_t spaced_length = std::min<std::size_t>(rest.size(), 20);
  std::copy_n(rest.data(), spaced_length, spaced + 1);
  if (auto pw = !rest.empty() && (rest[0] == 'p' || rest[0] == 'P')
                    ? q::match_percent_suffix(std::string_view(spaced, spaced_length + 1))
                    : std::nullopt) {
    std::size_t pl = pw->length - 1;
    if (rest.substr(pl).starts_with(" of ") && pw->tag == "percent") {
      if (auto num = n::match(rest.substr(pl + 4))) {
        Claim c;
        c.kind = ClaimKind::percent;
        c.amount = num->value.value;
        c.span = span_of(i, i + pl + 4 + num->length);
        add(sen, std::move(c));
        return pl + 4 + num->length;
      }
    }
  }
  std::size_t p = i;
  std::string approx;
  // "minus five percent", "minus-8 degrees", "-2.4%" (a hyphen only where a word could start:
  // "10-20" is a range, "3-2" a tally)
  double sign = 1;
  if (std::string m = fold_case(rest.substr(0, 6)); m == "minus " || m == "minus-") {
    sign = -1;
    p += 6;
  } else if (fold_case(rest.substr(0, 9)) == "negative ") {
    sign = -1;
    p += 9;
  } else if (std::size_t ml = rest.starts_with('-')        ? 1
                              : rest.starts_with("\u2212") ? 3
                                                           : 0;
             ml && rest.size() > ml && std::isdigit(static_cast<unsigned char>(rest[ml])) &&
             (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && !after_figure(s, i)) {
    sign = -1;
    p += ml;
  }
  if (auto a = q::match_approx(s.substr(p))) {
    approx = std::string(a->tag);
    p += a->length;
    // "<-30", "below -5": the sign after the comparison
    if (sign > 0 && p + 1 < s.size() && s[p] == '-' &&
        std::isdigit(static_cast<unsigned char>(s[p + 1]))) {
      sign = -1;
      ++p;
    }
  }
  std::string currency;
  std::size_t number_at = p;
  double currency_factor = 1;
  if (auto cp = q::match_currency_prefix(s.substr(p))) {
    currency = std::string(cp->tag);
    number_at = p + cp->length;
  } else if (std::size_t cl = currency_before(s, p, currency, currency_factor)) {
    number_at = p + cl; // "₡5,000", "CHF 500", "MAUD 60"
  }
  auto num = n::match(s.substr(number_at));
  if (!num && sign < 0) return 0;
  if (!num) {
    // "for a year", "nearly a decade": an article standing for one before a duration unit.
    return vague_duration(sen, s, i, p, approx);
  }
  const n::number_state& v = num->value;
  // "F-16", "COVID-19", "scp-173": a number after letters and a hyphen is part of a name (a
  // year keeps its reading: "pre-2014", "mid-2022").
  // ("magnitude-5.9" is a figure: the word before it is a word)
  if (!v.from_words && number_at >= 2 && number_at == i && s[number_at - 1] == '-' &&
      std::isalpha(static_cast<unsigned char>(s[number_at - 2])) && v.int_digits != 4) {
    std::string_view label = word_before_at(s, number_at - 1);
    bool upper = std::all_of(label.begin(), label.end(),
                             [](char ch) { return !std::islower(static_cast<unsigned char>(ch)); });
    if (upper || !lex_.dictionary.contains(fold_case(label))) return num->length;
  }
  // "1995-01", "2018-7-6": a month or a day after a year and a hyphen, a part of a date, not a
  // figure.
  if (!v.from_words && v.int_digits <= 2 && number_at >= 2 && s[number_at - 1] == '-' &&
      std::isdigit(static_cast<unsigned char>(s[number_at - 2]))) {
    std::size_t q = number_at - 1, groups = 0, digits = 0;
    while (q > 0 && std::isdigit(static_cast<unsigned char>(s[q - 1]))) {
      digits = 0;
      while (q > 0 && std::isdigit(static_cast<unsigned char>(s[q - 1]))) {
        --q;
        ++digits;
      }
      ++groups;
      if (digits == 4 || q < 2 || s[q - 1] != '-') break;
      --q;
    }
    if (digits == 4 && groups <= 2 &&
        (q == 0 || !std::isalnum(static_cast<unsigned char>(s[q - 1]))))
      return number_at + num->length - i;
  }
  // "+1-222-2222-2222", "978-3-16-148410-0": digits joined by hyphens three times or more, or
  // after a plus, are a telephone number or an identifier, not figures.
  if (!v.from_words) {
    // "0800 555 0199", "555-0142": a group of three digits or more written with a leading zero
    // is a number to dial or a code; the groups joined to it by spaces or hyphens go with it
    auto leading_zero = [&](std::size_t at) {
      return s[at] == '0' && at + 2 < s.size() &&
             std::isdigit(static_cast<unsigned char>(s[at + 1])) &&
             std::isdigit(static_cast<unsigned char>(s[at + 2]));
    };
    bool zero = leading_zero(number_at);
    std::size_t q = number_at, groups = 0;
    while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) {
      while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q;
      ++groups;
      bool joined = q + 1 < s.size() && (s[q] == '-' || (s[q] == ' ' && zero)) &&
                    std::isdigit(static_cast<unsigned char>(s[q + 1]));
      if (!joined) break;
      zero = zero || leading_zero(q + 1);
      ++q;
    }
    bool plus = number_at > 0 && s[number_at - 1] == '+';
    // ("2018-7-6" is a date written with hyphens: its year is read)
    bool dated = groups == 3 && v.int_digits == 4 && !plus;
    if ((groups >= 3 && !dated) || (plus && groups >= 2) || (zero && groups >= 2) ||
        (zero && groups == 1 && v.int_digits >= 4)) {
      while (q < s.size() &&
             (std::isdigit(static_cast<unsigned char>(s[q])) || s[q] == '/' || s[q] == '-'))
        ++q;
      return q - i;
    }
  }
  // "1m", "40k" and "3B" without a currency are measurements, slang or grades ("a 3B pencil"),
  // not counts; "^" starts an exponent.
  {
    std::size_t ne = number_at + num->length;
    char last = s[ne - 1];
    if (currency.empty() &&
        (last == 'm' || last == 'M' || last == 'k' || last == 'K' || last == 'B') && ne >= 2 &&
        std::isdigit(static_cast<unsigned char>(s[ne - 2])) &&
        !q::match_currency_suffix(s.substr(ne))) {
      // "1.8m tall", "its height is 48m": metres, when the sentence says it is a size
      auto metre = lex_.units.find("m");
      if (last == 'm' && metre != lex_.units.end() && size_context(s, i, ne))
        return add_measure(sen, s, i, ne, sign * num->value.value / 1e6, approx, metre->second);
      return num->length + (number_at - i);
    }
    if (ne < s.size() && s[ne] == '^') return ne - i + 1;
  }
  // Number words are only claims with something that makes them a quantity: "one of the"
  // and "two" alone are not.
  std::size_t e = number_at + num->length;
  // "two-thirds of the seats", "three-quarters": a share written in words is no count of two
  // ("two quarters of growth" is a count of quarters).
  if (v.from_words && e + 1 < s.size() && s[e] == '-') {
    std::size_t end;
    std::string_view next = word_after(s, e + 1, end);
    for (std::string_view d : {"third", "quarter", "fifth", "sixth", "eighth", "tenth"})
      if (next.size() >= d.size() && is_word(next.substr(0, d.size()), d) &&
          (next.size() == d.size() || (next.size() == d.size() + 1 && next.back() == 's')))
        return end - i;
  }
  // A number glued to letters: a measure ("180ml", "29km", "70mph", "512GB"), a duration
  // ("3hrs"), or nothing we model.
  // ("18pc" is a percent: UK business copy.)
  std::string glued_code;
  double glued_factor = 1;
  if (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e])) && !v.from_words &&
      !q::match_percent_suffix(s.substr(e)) && !currency_after(s, e, glued_code, glued_factor)) {
    if (auto u = d::match_unit(s.substr(e))) {
      (void)u;
    } else {
      const ClaimLexicon::Unit* unit = nullptr;
      std::size_t ul = currency.empty() ? measure_unit(s, e, unit) : 0;
      if (!ul || !unit) return num->length + (number_at - i);
      return add_measure(sen, s, i, e + ul, sign * v.value, approx, *unit, v.scale_factor);
    }
  }
  if (e < s.size() && s[e] == ':' && e + 1 < s.size() &&
      std::isdigit(static_cast<unsigned char>(s[e + 1])))
    return e - i + 2;                               // a time: "10:30"
  if (time_of_day_after(s.substr(e))) return e - i; // "2 a.m.", "0737 GMT"
  // A fraction: "3/4", "-4/5".
  if (e + 1 < s.size() && s[e] == '/' && std::isdigit(static_cast<unsigned char>(s[e + 1])) &&
      !v.from_words) {
    auto den = n::match(s.substr(e + 1));
    // "24/7", "the 2024/25 season", "9/11": a numerator above its denominator is no fraction
    if (den && !den->value.from_words && den->value.value <= v.value)
      return e + 1 + den->length - i;
    if (den && den->value.value != 0 && !den->value.from_words) {
      Claim f;
      f.kind = ClaimKind::number;
      f.approx = approx;
      f.amount = sign * v.value / den->value.value;
      std::size_t fe = e + 1 + den->length;
      // "1/4 mile", "1/2 cup": a fraction of a unit
      const ClaimLexicon::Unit* unit = nullptr;
      if (std::size_t ul = measure_unit(s, fe, unit); ul && unit)
        return add_measure(sen, s, i, fe + ul, f.amount, approx, *unit);
      f.span = span_of(i, fe);
      add(sen, std::move(f));
      return fe - i;
    }
  }
  // "two and a half hours": a half after the number; "10 1/2 miles" a fraction after it.
  double half = 0;
  if (!v.from_words && e + 4 < s.size() && s[e] == ' ' &&
      std::isdigit(static_cast<unsigned char>(s[e + 1])) && s[e + 2] == '/' &&
      std::isdigit(static_cast<unsigned char>(s[e + 3])) &&
      (e + 4 >= s.size() || !std::isdigit(static_cast<unsigned char>(s[e + 4]))) &&
      s[e + 1] < s[e + 3]) {
    const ClaimLexicon::Unit* unit = nullptr;
    double fraction = (s[e + 1] - '0') / static_cast<double>(s[e + 3] - '0');
    if (std::size_t ul = measure_unit(s, e + 4, unit); ul && unit)
      return add_measure(sen, s, i, e + 4 + ul, sign * (v.value + fraction), approx, *unit);
  }
  // (or hyphenated as an adjective: "a two-and-a-half-year deal")
  if (s.substr(e).starts_with(" and a half") || s.substr(e).starts_with("-and-a-half")) {
    if (auto u = d::match_unit(s.substr(e + 11))) {
      (void)u;
      half = 0.5;
      e += 11;
    }
  }
  // "the 52-year-old", "a 71-year-old man": an age of no one named (people() has already read
  // the ages it could give a name: "58-year-old Oskar Nordqvist").
  if (!v.from_words && age_suffix(s.substr(e)) && v.value >= 1 && v.value <= 120) {
    std::size_t ae = e + 9;
    if (ae < s.size() && s[ae] == 's') ++ae;
    Claim a;
    a.kind = ClaimKind::age;
    a.amount = v.value;
    a.span = span_of(number_at, ae);
    add(sen, std::move(a));
    return ae - i;
  }
  // "voted 5-2", "a 7 to 2 decision", "won 3-0": a tally.
  if (currency.empty() && !v.from_words && approx.empty() && sign > 0)
    if (std::size_t used = try_tally(sen, s, i, number_at)) return used;
  // "aged 54", "at age 87", "an 87 yo man": an age.
  if (currency.empty() && sign > 0 && v.value >= 1 && v.value <= 120 &&
      v.value == std::floor(v.value) && !q::match_percent_suffix(s.substr(e))) {
    std::string_view before = word_before_at(s, i);
    std::size_t ye;
    bool yo = is_word(word_after(s, e, ye), "yo");
    if (!yo && s.substr(e).starts_with(" y.o.")) { // "87 y.o."
      yo = true;
      ye = e + 5;
    }
    if ((is_word(before, "aged") || is_word(before, "age") || yo) && !d::match_unit(s.substr(e))) {
      Claim a;
      a.kind = ClaimKind::age;
      a.amount = v.value;
      a.approx = approx;
      a.span = span_of(i, yo ? ye : e);
      add(sen, std::move(a));
      return (yo ? ye : e) - i;
    }
  }
  // An open end right after the number: "500 or more people", "five hundred or less".
  std::size_t bound_length = open_bound(s, e, approx);
  e += bound_length;
  Claim c;
  c.approx = approx;
  c.amount = sign * v.value * currency_factor;
  c.scale = v.scale_factor;
  const ClaimLexicon::Unit* unit = nullptr;
  std::size_t unit_length = 0;
  if (!currency.empty()) {
    c.kind = ClaimKind::money;
    c.currency = currency;
    // "$65 billion USD": the code after repeats the symbol before.
    if (auto cs = q::match_currency_suffix(s.substr(e)); cs && cs->tag == currency) e += cs->length;
  } else if (auto pct = q::match_percent_suffix(s.substr(e))) {
    c.kind = ClaimKind::percent;
    c.points = pct->tag == "points";
    e += pct->length;
  } else if (auto cs = q::match_currency_suffix(s.substr(e));
             cs && cs->tag == "GBP" && pounds_of_weight(s, i, e, e + cs->length)) {
    // "lost 25 pounds", "a 180-pound linebacker", "2,204.62 pounds" in a sentence about tons
    const ClaimLexicon::Unit* unit = nullptr;
    if (auto lb = lex_.units.find("lb"); lb != lex_.units.end()) unit = &lb->second;
    if (unit)
      return add_measure(sen, s, i, e + cs->length, c.amount, approx, *unit, v.scale_factor);
  } else if (auto cs = q::match_currency_suffix(s.substr(e))) {
    c.kind = ClaimKind::money;
    c.currency = std::string(cs->tag);
    if (c.currency.ends_with("/100")) {
      c.currency = c.currency.substr(0, 3);
      c.amount /= 100;
      c.subunit = true;
    }
    e += cs->length;
  } else if (std::size_t cl =
                 currency.empty() ? currency_after(s, e, glued_code, glued_factor) : 0) {
    // "3,000 Costa Rican colóns", "100元", "115USD", "30 MUSD" (ICU's currencies)
    c.kind = ClaimKind::money;
    c.currency = glued_code;
    c.amount *= glued_factor;
    e += cl;
  } else if (!d::match_unit(s.substr(e)) && (unit_length = measure_unit(s, e, unit)) && unit) {
    // "about 40 feet", "29 inches of rain", "86 mph", "a 17-foot surge", "2,000 acres"
    return add_measure(sen, s, i, e + unit_length, c.amount, approx, *unit, v.scale_factor);
  } else if (auto u = d::match_unit(s.substr(e))) {
    std::size_t ue = e + u->length;
    std::size_t after_end;
    std::string after = fold_case(word_after(s, ue, after_end));
    if (after == "from") {
      std::size_t now_end;
      if (fold_case(word_after(s, after_end, now_end)) == "now") {
        after = "later";
        after_end = now_end;
      }
    }
    // "three-year-old", "10-Year-Old", "eight-years-old", "a six-month-old baby": an age, not
    // a length of time. In years it is an age claim; in other units it is no claim.
    if (std::size_t old = old_after(s, ue)) {
      if (u->value.factor == 1 && v.value > 0 &&
          (u->value.unit == "Y" || u->value.unit == "M" || u->value.unit == "W" ||
           u->value.unit == "D")) {
        Claim a;
        a.kind = ClaimKind::age;
        a.amount = v.value + half;
        a.approx = approx;
        if (u->value.unit != "Y") a.unit = std::string(u->value.unit);
        a.span = span_of(approx.empty() ? number_at : i, ue + old);
        add(sen, std::move(a));
      }
      return ue + old - i;
    }
    // "95 years of age", "18 months of age": an age.
    if (after == "of" && u->value.factor == 1 && v.value > 0 && v.value <= 120) {
      std::size_t age_end;
      if (fold_case(word_after(s, after_end, age_end)) == "age") {
        Claim a;
        a.kind = ClaimKind::age;
        a.amount = v.value + half;
        a.approx = approx;
        if (u->value.unit != "Y") a.unit = std::string(u->value.unit);
        a.span = span_of(i, age_end);
        add(sen, std::move(a));
        return age_end - i;
      }
    }
    if (after == "ago" || after == "later") {
      c.kind = ClaimKind::date;
      c.relative = after;
      c.amount = v.value * u->value.factor;
      c.unit = std::string(u->value.unit);
      c.span = span_of(i, after_end);
      resolve_ago(c, after == "ago" ? -1 : 1);
      add(sen, std::move(c));
      return after_end - i;
    }
    c.kind = ClaimKind::duration;
    c.amount = (v.value + half) * u->value.factor;
    c.unit = std::string(u->value.unit);
    c.iso = iso_duration(c.amount, c.unit);
    e = ue;
    // "in 3 weeks": a date that far after the story's date. After a participle, "time" or a
    // superlative it looks back over a span ("the first time in three decades", "passed in 20
    // years", "the highest in five years"): neither a date nor the length of anything.
    bool after_in = is_word(word_before_at(s, i), "in") && approx.empty();
    if (after_in && looks_back(s, i)) return e - i;
    if (after_in) {
      c.kind = ClaimKind::date;
      c.relative = "in";
      c.span = span_of(i, e);
      resolve_ago(c, +1);
      add(sen, std::move(c));
      return e - i;
    }
  } else {
    // "Category 4", "Highway 9", "Boeing 737": a number after a capitalised word is part of a
    // name or a rating; it is a number whose noun is that word, compared only with the same.
    {
      std::string_view label = word_before_at(s, number_at);
      std::size_t label_end = number_at;
      while (label_end > 0 && s[label_end - 1] == ' ') --label_end;
      bool adjacent = label_end + 1 == number_at;
      if (adjacent && !label.empty() && starts_upper(label) && approx.empty() && !v.from_words &&
          !v.grouped && v.value == std::floor(v.value) &&
          label.find('-') == std::string_view::npos && !is_stop_word(label) &&
          label_end - label.size() > 0) {
        Claim l;
        l.kind = ClaimKind::number;
        l.amount = v.value;
        l.noun = fold_case(label);
        l.span = span_of(number_at, e);
        add(sen, std::move(l));
        return e - i;
      }
    }
    // "a 460-bed hospital", "a 12-member board": a count written as an adjective.
    if (!v.from_words && e + 1 < s.size() && s[e] == '-' &&
        std::islower(static_cast<unsigned char>(s[e + 1]))) {
      std::size_t we = e + 1;
      while (we < s.size() && std::islower(static_cast<unsigned char>(s[we]))) ++we;
      std::string noun = fold_case(s.substr(e + 1, we - e - 1));
      bool another_word =
          we + 1 < s.size() && s[we] == ' ' && std::islower(static_cast<unsigned char>(s[we + 1]));
      if (another_word && noun.size() > 2 && lex_.dictionary.contains(noun) &&
          !is_age_or_time_word(noun)) {
        Claim h;
        h.kind = ClaimKind::count;
        h.amount = sign * v.value;
        h.noun = noun;
        h.approx = approx;
        h.span = span_of(i, we);
        add(sen, std::move(h));
        return we - i;
      }
    }
    // A year: 1900 to 2099, or back to 1600 after a word that introduces a date ("founded in
    // 1887", "since 1834").
    bool date_context = introduces_year(fold_case(word_before_at(s, number_at)));
    bool year_like = !v.from_words && !v.grouped && v.int_digits == 4 &&
                     v.value >= (date_context ? 1600 : 1900) && v.value <= 2099 &&
                     v.value == std::floor(v.value) && approx.empty();
    std::size_t wend;
    std::string_view w = word_after(s, e, wend);
    bool plural_noun =
        !w.empty() && starts_lower(w) && (singular(w) != fold_case(w) || is_collective(w));
    // "pre-2014 borders", "mid-2022 levels": a year, whatever follows.
    std::string_view lead = s.substr(0, number_at);
    if (lead.ends_with("pre-") || lead.ends_with("post-") || lead.ends_with("mid-") ||
        lead.ends_with("Pre-") || lead.ends_with("Mid-"))
      plural_noun = false;
    // "in the 1930's", "the late 1960’s": a decade, not a year.
    if (year_like && static_cast<long>(v.value) % 10 == 0) {
      std::string_view tail = s.substr(e);
      std::size_t apostrophe = tail.starts_with("'s")              ? 2
                               : tail.starts_with("\xE2\x80\x99s") ? 4
                                                                   : 0;
      std::string before = fold_case(word_before_at(s, number_at));
      if (apostrophe &&
          (before == "the" || before == "early" || before == "mid" || before == "late"))
        return e + apostrophe - i;
    }
    if (year_like && !plural_noun) {
      Claim y;
      y.kind = ClaimKind::date;
      y.year = static_cast<int>(v.value);
      y.span = span_of(number_at, e);
      year_modifier(s, number_at, y);
      y.resolved = fmt::format("{:04}", y.year);
      add(sen, std::move(y));
      return e - i;
    }
    if (v.from_words && v.value == 1 && fold_case(w) == "of") return e - i; // "one of the"
    // Counts: the counted noun is the first plural (or collective) word within three words;
    // names may stand between ("five Premier League clubs", "three NATO members").
    std::size_t p2 = e;
    for (int k = 0; k < 3; ++k) {
      std::size_t we;
      std::string_view cand = word_after(s, p2, we);
      if (cand.empty() || we == p2) break;
      if (!starts_lower(cand)) {
        if (k == 2 || !std::isalpha(static_cast<unsigned char>(cand[0]))) break;
        p2 = we;
        continue;
      }
      if (is_stop_word(cand)) break;
      if (singular(cand) != fold_case(cand) || is_collective(cand) ||
          (v.value == 1 && k == 0 && cand.size() > 2)) {
        c.kind = ClaimKind::count;
        c.noun = singular(cand);
        e = we;
        // "120 police officers": the head is the last of the nouns in a row.
        std::size_t we2;
        std::string_view more = word_after(s, we, we2);
        if (!more.empty() && starts_lower(more) && !is_stop_word(more) &&
            (singular(more) != fold_case(more) || is_collective(more))) {
          c.noun = singular(more);
          e = we2;
        }
        break;
      }
      p2 = we;
    }
    if (c.kind != ClaimKind::count) {
      // A bare number word is not a claim, unless it starts a range: "from one thousand to
      // fifteen hundred", "between five and ten".
      // (only when the high end is above the low end: "fifty - two" is one number written
      // apart, not a range)
      bool high_end = !claims_.empty() && claims_.back().kind == ClaimKind::number &&
                      claims_.back().sentence == sentence_index(sen) &&
                      claims_.back().span.end >= sen.span.begin &&
                      claims_.back().span.end - sen.span.begin +
                              range_joiner(s, claims_.back().span.end - sen.span.begin) ==
                          i &&
                      claims_.back().amount < v.value;
      bool low_end = false;
      if (std::size_t j = range_joiner(s, e))
        if (auto high = n::match(s.substr(e + j))) low_end = high->value.value > v.value;
      if (v.from_words && approx.empty() && !low_end && !high_end) return e - i;
      c.kind = ClaimKind::number;
    }
  }
  if (c.kind == ClaimKind::money) {
    if (auto r = q::match_rate(s.substr(e))) {
      c.per = std::string(r->tag);
      e += r->length;
    } else if (std::size_t rl = rate_denominator(s, e, c.per)) {
      e += rl; // "$210 per tonne", "€1.80 a litre", "£40 a head", "$12/kg"
    }
  }
  // An open end after the claim: "5 percent or more", "$2 million or less".
  if (!bound_length) {
    std::string bound = c.approx.str();
    if (std::size_t more = open_bound(s, e, bound)) {
      e += more;
      c.approx = bound;
    }
  }
  c.span = span_of(i, e);
  int index = add(sen, std::move(c));
  // "£50 billion ($65 billion USD)": a conversion in brackets is a linked amount.
  std::size_t b = e;
  while (b < s.size() && s[b] == ' ') ++b;
  if (index >= 0 && b < s.size() && s[b] == '(' &&
      claims_[static_cast<std::size_t>(index)].kind == ClaimKind::money) {
    std::size_t before = claims_.size();
    if (std::size_t used = try_at(sen, s, b + 1);
        used && claims_.size() > before && claims_.back().kind == ClaimKind::money) {
      claims_.back().linked = index;
      claims_[static_cast<std::size_t>(index)].linked = static_cast<int>(claims_.size() - 1);
      return b + 1 + used - i;
    }
  }
  return e - i;
}

} // namespace claimlint::claims
