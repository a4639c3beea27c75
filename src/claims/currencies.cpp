// Currencies beyond the grammar's: ICU's ISO 4217 codes, the symbols one currency owns in ICU's
// locale data, and the currencies' English names (rules/lists/currencies.txt, derived by
// scripts/make-word-lists). grammars/quantities.hpp reads the currencies of most news copy
// ("$", "£", "euros"); these lookups read the rest: "₡5,000", "100元", "CHF 500", "115USD",
// "3,000 Costa Rican colóns", and amounts in millions written with an "M" before the code
// ("30 MUSD", "MEUR 120"), as project and financial reports write them.
#include "claims/extract.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace claimlint::claims {

namespace {

bool ascii_upper(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool ascii_letters(std::string_view w) {
  for (char c : w)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return true;
}

} // namespace

// Is `written` (as it stands in the text) the currency `how` says? A code is written in
// capitals ("ALL", "CUP" and "TOP" are codes only so); a symbol of letters only starts with one
// ("Ksh", "Tk"); a name may be written in any case.
static bool written_as(std::string_view written, char how) {
  if (how == 'c') return ascii_upper(written);
  if (how == 's' && ascii_letters(written))
    return !written.empty() && std::isupper(static_cast<unsigned char>(written[0]));
  return true;
}

// "MUSD", "MEUR": an ISO code after an "M" counts millions of the currency.
bool Extractor::million_code(std::string_view token, std::string& code, double& factor) const {
  if (token.size() != 4 || token[0] != 'M' || !ascii_upper(token)) return false;
  auto it = lex_.currencies.find(fold_case(token.substr(1)));
  if (it == lex_.currencies.end() || it->second.how != 'c') return false;
  code = it->second.code;
  factor = 1e6;
  return true;
}

std::size_t Extractor::currency_before(std::string_view s, std::size_t p, std::string& code,
                                       double& factor) const {
  // (a code or a symbol of letters starts with a capital: most words start none)
  if (p >= s.size() || (s[p] >= 'a' && s[p] <= 'z')) return 0;
  // the token: up to the first space or digit
  std::size_t q = p;
  while (q < s.size() && q - p < 16 && s[q] != ' ' &&
         !std::isdigit(static_cast<unsigned char>(s[q])))
    ++q;
  if (q == p) return 0;
  std::size_t after = q;
  while (after < s.size() && s[after] == ' ') ++after;
  if (after >= s.size() || !std::isdigit(static_cast<unsigned char>(s[after]))) return 0;
  std::string_view token = s.substr(p, q - p);
  factor = 1;
  // (a code that is an English word is no currency before a figure: "ALL 5 solutions")
  if (auto it = lex_.currencies.find(fold_case(token));
      it != lex_.currencies.end() && it->second.how != 'n' && written_as(token, it->second.how) &&
      !(it->second.how == 'c' && lex_.dictionary.contains(fold_case(token)))) {
    code = it->second.code;
    return after - p;
  }
  // "MAUD 60": a million Australian dollars
  return million_code(token, code, factor) ? after - p : 0;
}

std::size_t Extractor::currency_after(std::string_view s, std::size_t e, std::string& code,
                                      double& factor) const {
  std::size_t p = e;
  bool spaced = p < s.size() && s[p] == ' ';
  if (spaced) ++p;
  factor = 1;
  // Most words after a figure start no currency: one look at the first word decides.
  {
    std::size_t w = p;
    while (w < s.size() && s[w] != ' ' && s[w] != ',' && s[w] != ';' && s[w] != ')' &&
           s[w] != '!' && s[w] != '?' && s[w] != '.' &&
           !std::isdigit(static_cast<unsigned char>(s[w])))
      ++w;
    std::string_view first = s.substr(p, w - p);
    bool m_code = first.size() == 4 && first[0] == 'M' && ascii_upper(first);
    if (first.empty()) return 0;
    // folded on the stack when it is short ASCII, as nearly every word is
    char buf[24];
    bool ascii = first.size() <= sizeof buf && std::all_of(first.begin(), first.end(), [](char ch) {
                   return static_cast<unsigned char>(ch) < 0x80;
                 });
    bool known;
    if (ascii) {
      for (std::size_t k = 0; k < first.size(); ++k)
        buf[k] = first[k] >= 'A' && first[k] <= 'Z' ? static_cast<char>(first[k] + 32) : first[k];
      known = lex_.currency_first_words.contains(std::string_view(buf, first.size()));
    } else {
      known = lex_.currency_first_words.contains(fold_case(first));
    }
    if (!m_code && !known) return 0;
  }
  // up to the longest name's words: "costa rican colóns"
  std::size_t q = p, best = 0;
  for (std::size_t words = 0; words < lex_.longest_currency_words && q < s.size(); ++words) {
    std::size_t b = q;
    while (q < s.size() && s[q] != ' ' && s[q] != ',' && s[q] != ';' && s[q] != ')' &&
           s[q] != '!' && s[q] != '?' && !std::isdigit(static_cast<unsigned char>(s[q])))
      ++q;
    if (q == b) break;
    // a trailing full stop may end the sentence rather than the symbol ("100 Rs.")
    for (std::size_t end : {q, s[q - 1] == '.' ? q - 1 : q}) {
      std::string_view written = s.substr(p, end - p);
      auto it = lex_.currencies.find(fold_case(written));
      if (it == lex_.currencies.end() || !written_as(written, it->second.how)) continue;
      if (it->second.how == 'n' && !spaced) continue;
      code = it->second.code;
      best = end;
      break;
    }
    if (best) break;
    if (q >= s.size() || s[q] != ' ') break;
    ++q;
  }
  if (best) return best - e;
  // "30 MUSD"
  std::size_t w = p;
  while (w < s.size() && std::isalpha(static_cast<unsigned char>(s[w]))) ++w;
  return million_code(s.substr(p, w - p), code, factor) ? w - e : 0;
}

} // namespace claimlint::claims
