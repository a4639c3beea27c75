// What the words around a number or a date say about it: a future tense that points a bare
// weekday forward, a time of day that makes a number no quantity, a word that introduces a
// year, a word that makes "NUMBER-word" an age or a time rather than a count.
#include "claims/extract.hpp"

#include "util/text.hpp"

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
  for (std::string_view w : {"will", "shall", "would", "\xE2\x80\x99ll", "'ll", "expected", "scheduled",
                             "planned", "plans", "due", "upcoming", "going to"})
    if (has_word(w)) return true;
  return false;
}

bool time_of_day_after(std::string_view after) {
  for (std::string_view m : {" a.m", " p.m", "a.m", "p.m", " am ", " pm ", " GMT", " UTC",
                             " local time"})
    if (after.starts_with(m)) return true;
  return false;
}

bool introduces_year(std::string_view w) {
  for (std::string_view m : {"in", "since", "from", "until", "of", "circa", "before", "after", "by"})
    if (w == m) return true;
  return false;
}

bool is_age_or_time_word(std::string_view w) { return w == "old" || w == "year"; }

bool age_suffix(std::string_view after) { return after.starts_with("-year-old"); }

} // namespace claimlint::claims
