// Durations without digits: an article, "all", "half", "a couple of", "several" before a unit
// of time ("for an hour", "all day", "half an hour", "a couple of days", "several days"). The
// extractor tries them where no number starts (quantities.cpp), with the approximation word
// already read ("nearly a decade").
#include "claims/extract.hpp"

#include "grammars/durations.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace claimlint::claims {

// Durations without digits: "for an hour", "all day", "a full week", "half an hour", "an hour
// and a half", "another month", "a couple of days", "several days", "a month ago".
std::size_t Extractor::vague_duration(const Sentence& sen, std::string_view s, std::size_t i,
                                      std::size_t p, const std::string& approx) {
  auto span_of = [&](std::size_t b, std::size_t e) {
    return Span{sen.span.begin + static_cast<std::uint32_t>(b),
                sen.span.begin + static_cast<std::uint32_t>(e)};
  };
  std::size_t wend;
  std::string w = fold_case(word_after(s, p, wend));
  static constexpr std::string_view kStarts[] = {"a",      "an",     "all",     "full",
                                                 "whole",  "entire", "another", "half",
                                                 "couple", "few",    "several", "some"};
  if (std::find(std::begin(kStarts), std::end(kStarts), w) == std::end(kStarts)) return 0;
  std::string before = fold_case(word_before_at(s, i));
  double amount = 0;
  bool vague = false;
  std::size_t unit_at = wend;
  auto skip_word = [&](std::string_view expect) {
    std::size_t e2;
    std::string x = fold_case(word_after(s, unit_at, e2));
    if (x != expect) return false;
    unit_at = e2;
    return true;
  };
  if (w == "a" || w == "an") {
    amount = 1;
    if (skip_word("half"))
      amount = 0.5;                 // "a half hour"
    else if (skip_word("couple")) { // "a couple of days"
      if (!skip_word("of")) return 0;
      amount = 2;
    } else if (skip_word("few"))
      vague = true; // "a few days"
    else if (skip_word("full") || skip_word("whole") || skip_word("entire"))
      amount = 1;
  } else if (w == "all" || w == "full" || w == "whole" || w == "entire" || w == "another") {
    amount = 1;
  } else if (w == "half") {
    amount = 0.5;
    if (!skip_word("a")) skip_word("an");
  } else if (w == "couple") {
    if (!skip_word("of")) return 0;
    amount = 2;
  } else if (w == "few" || w == "several" || w == "some") {
    vague = true;
  } else {
    return 0;
  }
  auto u = grammar::durations::match_unit(s.substr(unit_at));
  if (!u) return 0;
  std::size_t e = unit_at + u->length;
  // "an hour and a half", "an hour and half"
  if (s.substr(e).starts_with(" and a half")) {
    amount += 0.5;
    e += 11;
  } else if (s.substr(e).starts_with(" and half")) {
    amount += 0.5;
    e += 9;
  }
  bool article_only = (w == "a" || w == "an") && amount == 1 && unit_at == wend;
  std::size_t after_end;
  std::string after = fold_case(word_after(s, e, after_end));
  // "made off in a second car", "for a second time", "another second opinion": "second" is an
  // ordinal when a word other than a function word follows it.
  if (u->value.unit == "S" && amount == 1 && !vague && !after.empty() && e < s.size() &&
      s[e] == ' ' && std::isalpha(static_cast<unsigned char>(after[0])) &&
      !follows_a_duration(after))
    return 0;
  Claim c;
  c.approx = approx;
  c.unit = std::string(u->value.unit);
  c.amount = amount * u->value.factor;
  if (after == "ago") {
    c.kind = ClaimKind::date;
    c.relative = "ago";
    c.span = span_of(i, after_end);
    if (!vague) resolve_ago(c, -1);
    add(sen, std::move(c));
    return after_end - i;
  }
  // "a day" alone is too common ("once a day", "a day earlier") to be a duration; it needs
  // "for", "in" or an approximation before it.
  if (article_only && approx.empty() && before != "for" && before != "in" && before != "within" &&
      before != "over")
    return 0;
  c.kind = ClaimKind::duration;
  c.iso = vague ? (c.unit == "H" || c.unit == "MIN" || c.unit == "S" ? "PTX" + c.unit.substr(0, 1)
                                                                     : "PX" + c.unit)
                : iso_duration(c.amount, c.unit);
  if (vague) c.amount = 0;
  c.span = span_of(i, e);
  add(sen, std::move(c));
  return e - i;
}

} // namespace claimlint::claims
