// Ranges and changes: two figures of one sentence read as one claim.
//
// The grammars read each end of a range as its own figure ("$40" and "$45 billion"); this pass
// joins neighbours of one sentence when what lies between them joins a range:
//
// * two ends: "20 to 30", "3-5%", "1000–5000", "20~100", "between 3% and 4%", "from $20 to
//   $25 billion", "two or three days". The low end must be below the high end ("3-2" is a
//   score, "from 6.1 to 5.9" a fall). A scale word on the high end only is carried back ("$40
//   to $45 billion" is 40 to 45 billion) when that keeps the order.
// * two bounds: "more than 10 and less than 20", "at most 100 and at least 20".
//
// "rose from 5.9 to 6.1": after a verb, "from ... to" is a change, not a range; the first figure
// is marked `modifier: from` (the value it changed from), compared only with others of its kind.
#include "claims/extract.hpp"

#include "grammars/numbers.hpp"
#include "grammars/quantities.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace claimlint::claims {

namespace {

bool is_figure(ClaimKind k) {
  return k == ClaimKind::number || k == ClaimKind::count || k == ClaimKind::percent ||
         k == ClaimKind::money || k == ClaimKind::measure;
}

// The word that ends right before s[p] (spaces skipped), and where it starts.
std::string_view word_ending_at(std::string_view s, std::size_t p, std::size_t& begin) {
  while (p > 0 && s[p - 1] == ' ') --p;
  std::size_t e = p;
  while (p > 0 && std::isalpha(static_cast<unsigned char>(s[p - 1]))) --p;
  begin = p;
  return s.substr(p, e - p);
}

bool lower_bound(std::string_view a) {
  return a == "more-than" || a == "at-least";
}
bool upper_bound(std::string_view a) {
  return a == "less-than" || a == "at-most" || a == "up-to";
}

} // namespace

// What joins the two ends of a range at s[e]: " to ", " through ", "-", "–", "~", " and ", " or "
// followed by a figure; its length, or 0.
std::size_t range_joiner(std::string_view s, std::size_t e) {
  static constexpr std::string_view kJoiners[] = {
      " to ", " through ", " thru ", " - ", " \xE2\x80\x93 ", "\xE2\x80\x93", " ~ ", "~", " and ",
      " or ", " -",        "- ",     "-"};
  for (std::string_view j : kJoiners) {
    if (!s.substr(e).starts_with(j)) continue;
    std::size_t p = e + j.size();
    if (p >= s.size()) return 0;
    if (std::isdigit(static_cast<unsigned char>(s[p])) ||
        grammar::quantities::match_currency_prefix(s.substr(p)) ||
        (j != "-" && grammar::numbers::match(s.substr(p))))
      return j.size();
    return 0;
  }
  return 0;
}

void Extractor::merge_ranges(const Sentence& sen, std::size_t first) {
  std::string_view s = doc_.text(sen.span);
  auto at = [&](std::uint32_t offset) { return static_cast<std::size_t>(offset - sen.span.begin); };
  for (std::size_t k = first; k + 1 < claims_.size(); ++k) {
    Claim& a = claims_[k];
    const Claim& b = claims_[k + 1];
    // "20-45 minutes", "three to five years": a range of lengths of time
    bool lengths = b.kind == ClaimKind::duration && b.ordinal == 0 && b.amount > 0 &&
                   (a.kind == ClaimKind::number ||
                    (a.kind == ClaimKind::duration && a.ordinal == 0 && a.unit == b.unit));
    if (!is_figure(a.kind) && !lengths) continue;
    if ((!is_figure(b.kind) && !lengths) || a.amount_high || b.amount_high || a.linked >= 0 ||
        b.linked >= 0 || b.span.begin < a.span.end)
      continue;
    std::string_view gap = s.substr(at(a.span.end), b.span.begin - a.span.end);
    // Same kind of figure: the first end may be a bare number that takes the second's kind.
    bool bare = a.kind == ClaimKind::number;
    // "$3-5 million", "5-7 tonnes": a bare high end takes the low end's currency or unit
    // (after a dash, or with a scale word: "rose 2% to 1,450" is a change and a level)
    std::string_view joined = s.substr(at(a.span.end), b.span.begin - a.span.end);
    bool dash =
        joined == "-" || joined == " - " || joined == "\xE2\x80\x93" || joined == " \xE2\x80\x93 ";
    bool bare_high = !bare && b.kind == ClaimKind::number && b.noun.empty() && b.approx.empty() &&
                     a.kind != ClaimKind::duration && (dash || b.scale > 1);
    bool compatible =
        bare || bare_high ||
        (a.kind == b.kind && a.currency == b.currency && a.points == b.points &&
         a.dimension == b.dimension && (a.kind != ClaimKind::count || a.noun == b.noun));
    if (!compatible) continue;
    std::size_t word_begin = 0;
    std::string_view before = word_ending_at(s, at(a.span.begin), word_begin);
    double lo = a.amount, hi = b.amount;
    if (b.kind == ClaimKind::measure && a.kind == ClaimKind::measure && a.unit != b.unit &&
        b.si != 0)
      lo = a.si * b.amount / b.si; // the low end in the high end's unit
    bool two_ends = false, two_bounds = false;
    Span span{a.span.begin, b.span.end};
    std::string approx;
    if (range_joiner(s, at(a.span.end)) == gap.size() &&
        (a.approx.empty() || a.approx == "about") && b.approx.empty()) {
      bool between = is_word(before, "between");
      if (gap == " and " && !between) continue;
      // A scale word on the high end only: "$40 to $45 billion", "two to three million".
      if (a.scale == 1 && b.scale > 1 && lo * b.scale <= hi) lo *= b.scale;
      bool from = is_word(before, "from");
      if (from) {
        // "rose from", "was cut sharply from": a change after a verb (not "ranged from", "is
        // from"); so is any "from ... to" that goes down.
        std::size_t verb_begin = 0;
        std::string verb = fold_case(word_ending_at(s, word_begin, verb_begin));
        if (verb.ends_with("ly") && verb.size() > 4)
          verb = fold_case(word_ending_at(s, verb_begin, verb_begin));
        std::string buf;
        std::string lemma(lex_.lemma(verb, buf));
        bool copula = lemma == "be" || lemma == "range" || lemma == "vary" || lemma == "span" ||
                      lemma == "stretch" || lemma == "run";
        bool verb_form = (lemma != verb && lex_.verbs.contains(lemma) && !verb.ends_with("s")) ||
                         lex_.mostly_verbs.contains(verb) || verb == "up" || verb == "down";
        if ((verb_form && !copula) || lo >= hi) {
          if (a.modifier.empty()) a.modifier = std::string("from");
          continue;
        }
      }
      if (lo >= hi) continue;
      two_ends = true;
      approx = a.approx;
      if (between || from) span.begin = sen.span.begin + static_cast<std::uint32_t>(word_begin);
    } else if (gap == " and " || gap == " but " || gap == ", " || gap == ", and " ||
               gap == " and, ") {
      if (lower_bound(a.approx) && upper_bound(b.approx) && lo < hi) {
        two_bounds = true;
      } else if (upper_bound(a.approx) && lower_bound(b.approx) && hi < lo) {
        std::swap(lo, hi);
        two_bounds = true;
      }
    }
    if (!two_ends && !two_bounds) continue;
    Claim m = bare_high ? claims_[k] : claims_[k + 1];
    if (bare && b.kind == ClaimKind::number && m.noun.empty()) m.noun = a.noun;
    if (bare_high && m.kind == ClaimKind::measure && a.amount != 0) {
      m.si = a.si * lo / a.amount; // the low end's unit
      hi = b.amount;
    }
    m.amount = lo;
    m.amount_high = hi;
    m.approx = approx;
    m.span = span;
    if (m.kind == ClaimKind::measure && !bare_high && b.amount != 0) m.si = b.si * lo / b.amount;
    if (m.kind == ClaimKind::duration) m.iso = iso_duration(lo, m.unit.str()); // the low end
    claims_[k] = std::move(m);
    claims_.erase(claims_.begin() + static_cast<std::ptrdiff_t>(k + 1));
    for (std::size_t j = first; j < claims_.size(); ++j)
      if (claims_[j].linked > static_cast<int>(k + 1)) --claims_[j].linked;
  }
}

} // namespace claimlint::claims
