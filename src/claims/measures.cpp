// Measures and tallies: a number with a unit of measure ("about 40 feet", "29km", "a 17-foot
// surge", "86 mph"), typed by its dimension and converted to the dimension's metric unit from
// rules/lists/units.txt (derived from convert-units); and a vote or score ("voted 5-2", "a 7 to 2
// decision", grammars/tallies.hpp).
#include "claims/extract.hpp"

#include "grammars/durations.hpp"
#include "grammars/quantities.hpp"
#include "grammars/tallies.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace claimlint::claims {

namespace {

bool unit_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' ||
         static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xB2 ||
         static_cast<unsigned char>(c) == 0xB3;
}

std::string_view word_before(std::string_view s, std::size_t p) {
  while (p > 0 && s[p - 1] == ' ') --p;
  std::size_t e = p;
  while (p > 0 && ((s[p - 1] >= 'a' && s[p - 1] <= 'z') || (s[p - 1] >= 'A' && s[p - 1] <= 'Z')))
    --p;
  return s.substr(p, e - p);
}

} // namespace

std::size_t Extractor::measure_unit(std::string_view s, std::size_t e,
                                    const ClaimLexicon::Unit*& unit) const {
  unit = nullptr;
  if (e >= s.size()) return 0;
  std::size_t p = e;
  enum { glued, spaced, hyphenated } how = glued;
  if (s[p] == ' ') {
    how = spaced;
    ++p;
  } else if (s[p] == '-') {
    how = hyphenated;
    ++p;
  }
  // Up to three words: "miles per hour", "square feet", "degrees Fahrenheit".
  std::array<std::size_t, 3> ends{};
  std::size_t words = 0, q = p;
  while (words < std::min<std::size_t>(3, lex_.longest_unit_words) && q < s.size()) {
    std::size_t b = q;
    while (q < s.size() && (unit_char(s[q]) || (q > b && s[q] >= '0' && s[q] <= '9'))) ++q;
    if (q == b) break;
    ends[words++] = q;
    if (q >= s.size() || s[q] != ' ') break;
    ++q;
  }
  for (std::size_t n = words; n-- > 0;) {
    std::size_t end = ends[n];
    if (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) continue;
    std::string form = fold_case(s.substr(p, end - p));
    auto it = lex_.units.find(form);
    if (it == lex_.units.end()) continue;
    bool abbreviation = form.size() <= 3 && form.find(' ') == std::string::npos;
    // "5m" is five million as often as five metres, "12 in" a preposition: a unit written as a
    // single letter, or a short one that is also an English word, is not read apart.
    std::size_t letters =
        std::count_if(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (letters < 2) continue;
    // ("mph", "kg", "ft": no vowel, no English word whatever the dictionary lists)
    bool vowel = form.find_first_of("aeiou") != std::string::npos;
    if (how == spaced && abbreviation && vowel && lex_.dictionary.contains(form)) continue;
    if (how == hyphenated && abbreviation) continue;
    unit = &it->second;
    return end - e;
  }
  return 0;
}

std::size_t Extractor::add_measure(const Sentence& sen, std::string_view s, std::size_t i,
                                   std::size_t end, double amount, const std::string& approx,
                                   const ClaimLexicon::Unit& unit, double scale) {
  (void)s;
  Claim c;
  c.scale = scale;
  c.kind = ClaimKind::measure;
  c.amount = amount;
  c.approx = approx;
  c.unit = unit.symbol;
  c.dimension = unit.dimension;
  if (unit.dimension == "temperature")
    c.si = unit.symbol == "F"   ? (amount - 32) * 5 / 9
           : unit.symbol == "K" ? amount - 273.15
                                : amount;
  else
    c.si = amount * unit.factor;
  c.span = {sen.span.begin + static_cast<std::uint32_t>(i),
            sen.span.begin + static_cast<std::uint32_t>(end)};
  add(sen, std::move(c));
  return end - i;
}

std::size_t Extractor::try_tally(const Sentence& sen, std::string_view s, std::size_t i,
                                 std::size_t number_at) {
  auto t = grammar::tallies::match(s.substr(number_at));
  if (!t) return 0;
  std::size_t end = number_at + t->length;
  // The words of a vote or a result, before or after the pair (a closed class of the
  // construction, like the approximation words).
  static constexpr std::array<std::string_view, 30> kWords = {
      "vote",  "voted",     "votes",   "voting",   "decision", "ruling",   "verdict", "win",
      "won",   "wins",      "victory", "defeat",   "defeated", "lost",     "loss",    "beat",
      "score", "scoreline", "margin",  "majority", "approved", "rejected", "passed",  "split",
      "tally", "draw",      "lead",    "led",      "triumph",  "result"};
  auto is_vote_word = [&](std::string_view w) {
    std::string f = fold_case(w);
    return std::find(kWords.begin(), kWords.end(), f) != kWords.end();
  };
  std::string_view before = word_before(s, i);
  std::size_t p = i;
  if (before == "a" || before == "an" || before == "the" || before == "by" || before == "of") {
    p -= std::min(p, before.size() + 1);
    before = word_before(s, p);
  }
  std::size_t ae = end;
  while (ae < s.size() && s[ae] == ' ') ++ae;
  std::size_t we = ae;
  while (we < s.size() && std::isalpha(static_cast<unsigned char>(s[we]))) ++we;
  std::string_view after = s.substr(ae, we - ae);
  // "a 3-0 home defeat": the word after may follow one modifier
  std::size_t ae2 = we;
  while (ae2 < s.size() && s[ae2] == ' ') ++ae2;
  std::size_t we2 = ae2;
  while (we2 < s.size() && std::isalpha(static_cast<unsigned char>(s[we2]))) ++we2;
  std::string_view after2 = s.substr(ae2, we2 - ae2);
  if (!is_vote_word(before) && !is_vote_word(after) && !is_vote_word(after2)) return 0;
  // "3-5 years" or "5-10%" are ranges, whatever word precedes them.
  if (grammar::durations::match_unit(s.substr(end)) ||
      grammar::quantities::match_percent_suffix(s.substr(end)))
    return 0;
  Claim c;
  c.kind = ClaimKind::tally;
  c.amount = t->value.first;
  c.amount_high = t->value.second;
  c.span = {sen.span.begin + static_cast<std::uint32_t>(i),
            sen.span.begin + static_cast<std::uint32_t>(end)};
  add(sen, std::move(c));
  return end - i;
}

} // namespace claimlint::claims
