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
  // (and the bytes of "²", "³", "µ" and "μ")
  const auto b = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || b == 0xC2 || b == 0xB2 ||
         b == 0xB3 || b == 0xB5 || b == 0xCE || b == 0xBC;
}

// Does the sentence turn something ("rotate", "turned", "tilt", "angle")?
bool turning(std::string_view s) {
  static constexpr std::string_view kStems[] = {"rotat", "turn", "tilt", "angle",  "inclin",
                                                "slope", "spin", "spun", "swivel", "veer",
                                                "bend",  "bent", "pitch"};
  std::string folded = fold_case(s);
  for (std::string_view stem : kStems)
    for (std::size_t at = folded.find(stem); at != std::string::npos;
         at = folded.find(stem, at + 1))
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(folded[at - 1]))) return true;
  return false;
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
  // "20 (kg)", "20 [kg]": a unit in brackets after the figure, as tables and forms write it
  char close = 0;
  if (s[p] == ' ') {
    how = spaced;
    ++p;
    if (p + 1 < s.size() && (s[p] == '(' || s[p] == '[' || s[p] == '{' || s[p] == '<')) {
      close = s[p] == '(' ? ')' : s[p] == '[' ? ']' : s[p] == '{' ? '}' : '>';
      ++p;
    }
  } else if (s[p] == '-') {
    how = hyphenated;
    ++p;
  }
  // An inch mark: '10" long', 'a 65 " panel' is a size only where the sentence says so.
  if (how != hyphenated && p < s.size() && s[p] == '"' && size_context(s, e, p + 1)) {
    if (auto inch = lex_.units.find("in"); inch != lex_.units.end()) {
      unit = &inch->second;
      return p + 1 - e;
    }
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
    if (close && (end >= s.size() || s[end] != close)) continue;
    std::string form = fold_case(s.substr(p, end - p));
    auto it = lex_.units.find(form);
    if (it == lex_.units.end()) continue;
    // An abbreviation is a short form that is no word ("ft", "kg") or the unit's own symbol
    // ("in"); "ton" and "bit" are words, and may be hyphenated: "a three-ton satellite".
    bool abbreviation = form.size() <= 3 && form.find(' ') == std::string::npos &&
                        (!lex_.dictionary.contains(form) ||
                         (form.size() <= 2 && form == fold_case(it->second.symbol)));
    // "5m" is five million as often as five metres, "12 in" a preposition: a unit written as a
    // single letter, or a short one that is also an English word, is not read apart; spaced
    // "12 m" and "5 g" are SI style, and "24703m2" holds a power.
    std::size_t letters = std::count_if(form.begin(), form.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0; // "μg"
    });
    bool power = how == glued && (form.ends_with('2') || form.ends_with('3'));
    bool si_style = how == spaced && (form == "m" || form == "g") &&
                    (end >= s.size() || !std::isalpha(static_cast<unsigned char>(s[end])));
    bool sized = how == glued && (form == "m" || form == "t") && size_context(s, e, end);
    if (letters < 2 && !power && !si_style && !sized) continue;
    // "turn left 45 degrees": degrees of an angle only where something turns (a temperature
    // names its scale, "degrees Celsius"; a bare "24 degrees" of weather is not read)
    if (it->second.dimension == "angle" && form.starts_with("deg") && !turning(s)) continue;
    // ("mph", "kg", "ft": no vowel, no English word whatever the dictionary lists)
    bool vowel = form.find_first_of("aeiou") != std::string::npos;
    if (how == spaced && abbreviation && vowel && lex_.dictionary.contains(form)) continue;
    if (how == hyphenated && abbreviation) continue;
    unit = &it->second;
    return end - e + (close ? 1 : 0);
  }
  return 0;
}

std::size_t Extractor::add_measure(const Sentence& sen, std::string_view s, std::size_t i,
                                   std::size_t end, double amount, const std::string& approx,
                                   const ClaimLexicon::Unit& unit, double scale) {
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
  // "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches": one length, in feet.
  if (unit.symbol == "ft") {
    std::size_t p = end;
    if (s.substr(p).starts_with(" and ")) p += 4;
    if (p + 1 < s.size() && s[p] == ' ' && std::isdigit(static_cast<unsigned char>(s[p + 1]))) {
      std::size_t q = p + 1;
      double inches = 0;
      for (; q < s.size() && std::isdigit(static_cast<unsigned char>(s[q])); ++q)
        inches = inches * 10 + (s[q] - '0');
      std::string_view rest = s.substr(q);
      // (spaced or glued: "5 feet 7 inches", "6ft 2in")
      std::size_t unit_length = rest.starts_with(" inches") ? 7
                                : rest.starts_with(" inch") ? 5
                                : rest.starts_with(" in")   ? 3
                                : rest.starts_with("ins")   ? 3
                                : rest.starts_with("in")    ? 2
                                                            : 0;
      if (unit_length && inches < 12 &&
          (q + unit_length >= s.size() ||
           !std::isalpha(static_cast<unsigned char>(s[q + unit_length])))) {
        c.amount += inches / 12;
        c.si = c.amount * unit.factor;
        end = q + unit_length;
      }
    }
  }
  // "300 metres or more"
  {
    std::string bound = approx;
    if (std::size_t more = open_bound(s, end, bound)) {
      end += more;
      c.approx = bound;
    }
  }
  c.span = {sen.span.begin + static_cast<std::uint32_t>(i),
            sen.span.begin + static_cast<std::uint32_t>(end)};
  add(sen, std::move(c));
  return end - i;
}

bool Extractor::size_context(std::string_view s, std::size_t b, std::size_t e) const {
  static constexpr std::string_view kAfter[] = {"tall", "long",  "high",   "deep", "wide",
                                                "away", "thick", "across", "drop", "x"};
  static constexpr std::string_view kBefore[] = {
      "height", "length",   "depth",    "width",  "capacity", "outreach", "reach", "span",
      "radius", "diameter", "distance", "weight", "load",     "tall",     "long",  "high"};
  std::size_t p = e;
  while (p < s.size() && s[p] == ' ') ++p;
  std::size_t q = p;
  while (q < s.size() && std::isalpha(static_cast<unsigned char>(s[q]))) ++q;
  std::string after = fold_case(s.substr(p, q - p));
  if (std::find(std::begin(kAfter), std::end(kAfter), after) != std::end(kAfter)) return true;
  // up to three words back: "the max. capacity is 100t", "a height of 48m"
  std::size_t at = b;
  for (int k = 0; k < 4 && at > 0; ++k) {
    while (at > 0 && !std::isalpha(static_cast<unsigned char>(s[at - 1]))) --at;
    std::size_t end = at;
    while (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) --at;
    std::string w = fold_case(s.substr(at, end - at));
    if (std::find(std::begin(kBefore), std::end(kBefore), w) != std::end(kBefore)) return true;
  }
  return false;
}

bool Extractor::pounds_of_weight(std::string_view s, std::size_t i, std::size_t number_end,
                                 std::size_t unit_end) const {
  std::string_view written = s.substr(number_end, unit_end - number_end);
  if (written.find("ound") == std::string_view::npos) return false; // "GBP", "sterling"
  if (s.find("\xC2\xA3") != std::string_view::npos) return false;   // "£" in the sentence
  if (s[number_end] == '-') return true;                            // "a 180-pound linebacker"
  std::string_view figure = s.substr(i, number_end - i);
  bool scaled = figure.find("illion") != std::string_view::npos;
  // "pounds of cocaine"
  if (!scaled && s.substr(unit_end).starts_with(" of ") && unit_end + 4 < s.size() &&
      std::islower(static_cast<unsigned char>(s[unit_end + 4])))
    return true;
  // The words of the sentence: a weighing word, a verb of losing or gaining before the figure,
  // another unit of mass.
  std::string_view before = word_before(s, i);
  std::string b = fold_case(before);
  static constexpr std::string_view kChange[] = {"lost", "lose",    "losing", "shed", "gained",
                                                 "gain", "dropped", "drop",   "put"};
  if (std::find(std::begin(kChange), std::end(kChange), b) != std::end(kChange)) return true;
  for (std::size_t p = 0; p < s.size();) {
    while (p < s.size() && !std::isalpha(static_cast<unsigned char>(s[p]))) ++p;
    std::size_t q = p;
    while (q < s.size() && std::isalpha(static_cast<unsigned char>(s[q]))) ++q;
    if (q == p) break;
    std::string w = fold_case(s.substr(p, q - p));
    if (p < number_end || p >= unit_end) {
      if (w.starts_with("weigh") || w == "heavy" || w == "heavier" || w == "lighter") return true;
      if (auto u = lex_.units.find(w); u != lex_.units.end() && u->second.dimension == "mass" &&
                                       u->second.symbol != "lb" && w.size() > 2)
        return true;
    }
    p = q;
  }
  return false;
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
  // "beat City 3-2", "beat Manchester City 3-2", "passed the Senate 52-48": over the name of the
  // side or the chamber (up to three words) to the verb
  bool vote_before = is_vote_word(before);
  for (int k = 0; k < 3 && !vote_before && !before.empty() &&
                  (std::isupper(static_cast<unsigned char>(before[0])) || before == "the");
       ++k) {
    before = word_before(s, static_cast<std::size_t>(before.data() - s.data()));
    vote_before = is_vote_word(before);
  }
  if (!vote_before && !is_vote_word(after) && !is_vote_word(after2)) return 0;
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
