// hyphen-as-dash: a hyphen standing for a dash between words ("control-a key sticking point",
// "Moscow-the first", "Miami-talks that ended").
//
// Compounds are the hard part ("Moscow-backed", "U.S.-supplied", "state-of-the-art",
// "re-election"). A two-part "X-Y" is flagged when Y is a closed-class word that never ends a
// compound (`function-words`: a, the, that, which, especially, ...), when X is a capitalised
// name and Y a lower-case plural noun followed by a clause word ("Miami-talks that ended"), or
// when X ends a multi-word name the dictionary does not know and Y ends in "-ing"
// ("von der Leyen-demonstrating"; "the Emmental-loving despot" is a compound).
// Chains of three or more parts, words with digits, and compounds whose second part is in
// `compound-ends` ("-backed", "-based", ...) are never flagged.
// A hyphen with a space on each side between words ("the council - and the mayor - agreed")
// is a typed dash too: in Markdown always, in plain text where the draft writes spaced real
// dashes more often; its fix is the rule's `dash` (an em dash). "--" is left alone.
#include "checks/check.hpp"
#include "rules/word_set.hpp"
#include "source/utf8.hpp"
#include "util/text.hpp"

#include <unicode/uchar.h>

#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 2> kPlaceholders = {"before", "after"};

bool is_letter_cp(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c));
}

class HyphenAsDash final : public Check {
public:
  explicit HyphenAsDash(RuleParams& p) {
    for (const std::string& w : p.list("function-words")) function_words_.insert(w);
    for (const std::string& w : p.list("compound-ends")) compound_ends_.insert(w);
    for (const std::string& w : p.list("clause-words")) clause_words_.insert(w);
    for (const std::string& w : p.list("name-particles")) particles_.insert(w);
    if (auto words = p.word_set("dictionary")) dictionary_ = std::move(*words);
    if (p.has("dash")) dash_ = p.string("dash");
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    // A spaced hyphen is a slip in Markdown, whose typography is the writer's. In plain text it
    // is a slip where the draft writes spaced real dashes more often ("calcium – and
    // cholesterol – levels ... obesity - partly"): the less used form is the slip. Plain text
    // that mostly uses it follows an ASCII convention (wire copy and feeds), as "--" does.
    // Decided at the first spaced hyphen: most drafts have none.
    int spaced_is_slip = -1;
    for (Span span : doc.prose) {
      std::string_view s = doc.text(span);
      for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        if (s[i] != '-') continue;
        if (s[i - 1] == ' ') {
          if (spaced_is_slip < 0)
            spaced_is_slip = doc.source().dialect() == Dialect::markdown ||
                             spaced_hyphens_are_fewer(doc.source().text());
          if (spaced_is_slip) i = spaced(doc, span, s, i, sink);
          continue;
        }
        std::size_t l = i, r = i + 1;
        char32_t before = prev_code_point(s, l);
        std::size_t rr = r;
        char32_t after = next_code_point(s, rr);
        if (!is_letter_cp(before) || !is_letter_cp(after)) continue;
        // The whole chain of letters, digits, dots, apostrophes and hyphens around the hyphen.
        std::size_t cb = i, ce = i + 1;
        while (cb > 0) {
          std::size_t q = cb;
          char32_t c = prev_code_point(s, q);
          if (!(u_isalnum(static_cast<UChar32>(c)) || c == '-' || c == '.' || c == '\'' ||
                c == 0x2019))
            break;
          cb = q;
        }
        while (ce < s.size()) {
          std::size_t q = ce;
          char32_t c = next_code_point(s, q);
          if (!(u_isalnum(static_cast<UChar32>(c)) || c == '-' || c == '\'' || c == 0x2019)) break;
          ce = q;
        }
        std::string_view chain = s.substr(cb, ce - cb);
        while (!chain.empty() && chain.back() == '.') chain.remove_suffix(1);
        if (std::count(chain.begin(), chain.end(), '-') != 1) {
          i = ce;
          continue;
        }
        std::string_view x = s.substr(cb, i - cb), y = s.substr(i + 1, ce - i - 1);
        if (doc.in_verbatim(span.begin + static_cast<std::uint32_t>(i)) ||
            !flag(x, y, word_before(s, cb), word_after(s, ce))) {
          i = ce;
          continue;
        }
        std::uint32_t at = span.begin + static_cast<std::uint32_t>(i);
        sink.report({at, at + 1}, {{"before", x}, {"after", y}});
        i = ce;
      }
    }
  }

private:
  std::unordered_set<std::string> function_words_, compound_ends_, clause_words_, particles_;
  std::string dash_ = "\xE2\x80\x94"; // the house dash a spaced hyphen becomes

  // "the council - and the mayor - agreed": a hyphen with a space on each side, between words,
  // is a typed dash ("--" is the typewriter's dash, left alone). Only between letters (or a closing
  // quotation mark or bracket before it), so "10 - 12", "x - y" and a list marker at the start
  // of a line are left alone. Returns where the scan goes on.
  std::size_t spaced(const Document& doc, Span span, std::string_view s, std::size_t i,
                     DiagnosticSink& sink) const {
    std::size_t end = i + 1;
    // "--" is the typewriter's dash, which wire copy and Markdown's typographers read as one.
    if (end < s.size() && s[end] == '-') {
      while (end < s.size() && s[end] == '-') ++end;
      return end;
    }
    if (end >= s.size() || s[end] != ' ') return end;
    std::size_t l = i - 1;
    char32_t before = l == 0 ? U' ' : prev_code_point(s, l);
    std::size_t r = end + 1;
    if (r >= s.size()) return end;
    char32_t after = next_code_point(s, r);
    bool closes = before == '"' || before == ')' || before == 0x201D || before == 0x2019;
    if (!(is_letter_cp(before) || closes) || !is_letter_cp(after)) return end;
    std::string_view x = word_before(s, i), y = word_after(s, end);
    // A single letter on either side is a variable or a label ("x - y", "A - B"), except the
    // words "a" and "I" after the hyphen ("hours - a record").
    auto word = [](std::string_view w, bool after) {
      return w.size() >= 2 || (after && (w == "a" || w == "I"));
    };
    if (!word(x, false) || !word(y, true)) return end;
    auto at = span.begin + static_cast<std::uint32_t>(i);
    if (doc.in_verbatim(at)) return end;
    // (Built with append: GCC 12 warns about a false overlap in operator+ here.)
    std::string shown_before, shown_after;
    shown_before.append(x).push_back(' ');
    shown_after.append(1, ' ').append(y);
    sink.report({at, span.begin + static_cast<std::uint32_t>(end)},
                {{"before", shown_before}, {"after", shown_after}},
                Fix{{at, span.begin + static_cast<std::uint32_t>(end)}, dash_});
    return end;
  }
  WordSet dictionary_;

  // Whether the text has fewer spaced hyphens between words than spaced en or em dashes.
  static bool spaced_hyphens_are_fewer(std::string_view t) {
    std::size_t dashes = 0, hyphens = 0;
    // The dashes' lead byte 0xE2 is rare in English text: look for it, then at its neighbours.
    for (std::size_t p = t.find('\xE2'); p != std::string_view::npos; p = t.find('\xE2', p + 1))
      if (p > 0 && t[p - 1] == ' ' && p + 3 < t.size() && t[p + 1] == '\x80' &&
          (t[p + 2] == '\x93' || t[p + 2] == '\x94') && t[p + 3] == ' ')
        ++dashes;
    if (dashes == 0) return false;
    for (std::size_t p = t.find(" - "); p != std::string_view::npos; p = t.find(" - ", p + 1))
      if (p > 0 && p + 3 < t.size() && is_letter_cp(static_cast<unsigned char>(t[p + 3])))
        ++hyphens;
    return hyphens < dashes;
  }

  static bool has_digit_or_dot(std::string_view w) {
    for (char c : w)
      if ((c >= '0' && c <= '9') || c == '.') return true;
    return false;
  }

  static std::string_view word_before(std::string_view s, std::size_t at) {
    std::size_t e = at;
    while (e > 0 && s[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n') --b;
    return s.substr(b, e - b);
  }
  static std::string_view word_after(std::string_view s, std::size_t at) {
    std::size_t b = at;
    while (b < s.size() && s[b] == ' ') ++b;
    std::size_t e = b;
    while (e < s.size() && s[e] != ' ' && s[e] != '\n') ++e;
    return s.substr(b, e - b);
  }

  bool flag(std::string_view x, std::string_view y, std::string_view before,
            std::string_view after) const {
    if (x.empty() || y.empty() || has_digit_or_dot(x) || has_digit_or_dot(y)) return false;
    std::string ly = fold_case(y);
    if (compound_ends_.count(ly)) return false;
    if (starts_lower(y) && function_words_.count(ly)) return true;
    if (!starts_upper(x) || is_all_upper(x) || !is_all_lower(y)) return false;
    // "Miami-talks that ended": a name, a plural noun, then a clause.
    if (ly.size() >= 4 && ly.back() == 's' && !ly.ends_with("ss") && !ly.ends_with("ous") &&
        !ly.ends_with("is"))
      return dictionary_.contains(ly) && clause_words_.count(fold_case(after));
    // "Ursula von der Leyen-demonstrating ...": the end of a multi-word name, then a participle.
    bool name_before = !before.empty() && before.find_first_of(",;:.") == std::string_view::npos &&
                       (starts_upper(before) || particles_.count(std::string(before)));
    if (ly.size() >= 6 && ly.ends_with("ing") && name_before && !dictionary_.contains(x) &&
        !dictionary_.contains(fold_case(x)))
      return true;
    return false;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<HyphenAsDash>(p);
}

} // namespace

CheckKind hyphen_as_dash_check_kind() {
  return {"hyphen-as-dash", "a hyphen standing for a dash between words", kPlaceholders, &make};
}

} // namespace claimlint
