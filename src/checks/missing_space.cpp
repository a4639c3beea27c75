// prose/missing-space: no space after ". , ; : ! ?" before a word ("conflict.The",
// "month,Washington", "U.K.Officials", "U.S.is"), or after a colon or comma before an opening
// quotation mark ('said:"We').
//
// The hard part is what is *not* a slip: initialisms ("U.S.", "U.S.A.", "Ph.D."), decimals and
// thousands ("3.5", "7,500"), times ("10:30"), lower-case abbreviations ("e.g.", "p.m."), file
// names ("report.pdf"), and anything inside a URL, e-mail address, domain or code span (those
// are verbatim spans of the Document). A full stop before a lower-case word is only flagged
// after an ordinary word of three or more letters or after an initialism, and never before a
// known file extension or a dotted name ("config.yaml.example").
#include "checks/check.hpp"

#include "source/utf8.hpp"
#include "util/byte_scan.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"punct"};

bool is_alpha(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
  return u_isupper(static_cast<UChar32>(c));
}
bool is_lower(char32_t c) {
  return u_islower(static_cast<UChar32>(c));
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_closing(char32_t c) {
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

class MissingSpace final : public Check {
public:
  explicit MissingSpace(RuleParams& p) {
    punctuation_ = p.string("punctuation", ".,;:!?");
    for (char c : punctuation_) is_punctuation_[static_cast<unsigned char>(c)] = true;
    for (std::string& e : p.list("exceptions")) exceptions_.push_back(std::move(e));
    for (std::string& e : p.list("file-extensions")) extensions_.insert(std::move(e));
    for (char c : punctuation_)
      if (std::string_view(".,;:!?").find(c) == std::string_view::npos)
        p.error("punctuation",
                std::string("unsupported punctuation '") + c + "' (choose from . , ; : ! ?)");
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    for (Span span : doc.prose) scan(doc, span, sink);
  }

private:
  std::string punctuation_;
  std::array<bool, 256> is_punctuation_{};
  std::vector<std::string> exceptions_;
  std::unordered_set<std::string> extensions_;

  void scan(const Document& doc, Span span, DiagnosticSink& sink) const {
    std::string_view s = doc.text(span);
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
      // Jump to the next mark this rule may check (a subset of these, set by the rule file).
      i = find_byte_of<'.', ',', ';', ':', '!', '?'>(s, i);
      if (i == std::string_view::npos || i + 1 >= s.size()) break;
      char p = s[i];
      if (!is_punctuation_[static_cast<unsigned char>(p)]) continue;
      std::size_t after = i + 1;
      char32_t next = next_code_point(s, after);
      if ((p == ':' || p == ',') && (next == '"' || next == 0x201C) && after < s.size() && i > 0) {
        // 'said:"We' and 'added,"It': an opening quotation mark glued to the mark before it.
        // A straight mark after an odd number of them in the paragraph closes a quotation
        // ('fiercely,"Rashad tweeted'): the space is missing after it instead.
        std::size_t q = after, b = i;
        char32_t word = next_code_point(s, q), prev = prev_code_point(s, b);
        if (!is_alpha(word) || !is_alpha(prev)) continue;
        bool closes =
            next == '"' &&
            std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(i), '"') % 2 == 1;
        std::uint32_t at = span.begin + static_cast<std::uint32_t>(closes ? i + 1 : i);
        if (!doc.in_verbatim(at))
          sink.report({at, at + 1}, {{"punct", std::string_view(&s[closes ? i + 1 : i], 1)}},
                      Fix{{at + 1, at + 1}, " "});
        continue;
      }
      if (!is_alpha(next)) continue;
      std::uint32_t at = span.begin + static_cast<std::uint32_t>(i);
      if (doc.in_verbatim(at)) continue;
      std::size_t before_pos = i;
      char32_t prev = i == 0 ? U' ' : prev_code_point(s, before_pos);
      // After a space the mark is misplaced as well as unspaced ("This ,is", "in .Los
      // Angeles"): flag commas and semicolons always, a full stop only before a capitalised
      // word.
      bool after_space = prev == ' ' || prev == '\t' || prev == '\n';
      if (after_space && !(p == ',' || p == ';' ||
                           (p == '.' && is_upper(next) && i + 2 < s.size() &&
                            is_lower(static_cast<unsigned char>(s[i + 2])))))
        continue;
      if (!after_space && !(is_alpha(prev) || is_digit(prev) || is_closing(prev))) continue;
      if (i == 0 && p != ',' && p != ';') continue;
      if (is_exception(s, i)) continue;
      if (!is_slip(s, i, prev, next)) continue;
      sink.report({at, at + 1}, {{"punct", std::string_view(&s[i], 1)}},
                  Fix{{at + 1, at + 1}, " "});
    }
  }

  bool is_exception(std::string_view s, std::size_t i) const {
    for (const std::string& e : exceptions_) {
      for (std::size_t k = e.find(s[i]); k != std::string::npos; k = e.find(s[i], k + 1)) {
        if (k > i || i - k + e.size() > s.size()) continue;
        if (s.compare(i - k, e.size(), e) == 0) return true;
      }
    }
    return false;
  }

  // The word after position i (letters only) and what follows it.
  static std::string_view word_after(std::string_view s, std::size_t i, std::size_t& end) {
    std::size_t p = i + 1;
    end = p;
    while (end < s.size()) {
      std::size_t q = end;
      if (!is_alpha(next_code_point(s, q))) break;
      end = q;
    }
    return s.substr(p, end - p);
  }

  // The run of letters, digits and dots that ends at position i (exclusive).
  static std::string_view run_before(std::string_view s, std::size_t i) {
    std::size_t b = i;
    while (b > 0) {
      std::size_t q = b;
      char32_t c = prev_code_point(s, q);
      if (!(is_alpha(c) || is_digit(c) || c == '.')) break;
      b = q;
    }
    return s.substr(b, i - b);
  }

  // "U.S" before the final dot of "U.S.is": single letters separated by dots.
  static bool is_initialism(std::string_view run) {
    if (run.size() < 3) return false;
    std::size_t p = 0;
    int letters = 0;
    while (p < run.size()) {
      char32_t c = next_code_point(run, p);
      if (!is_upper(c)) return false;
      ++letters;
      if (p == run.size()) break;
      if (run[p] != '.') return false;
      ++p;
    }
    return letters >= 2;
  }

  static bool all_upper(std::string_view w) {
    std::size_t p = 0;
    bool any = false;
    while (p < w.size()) {
      char32_t c = next_code_point(w, p);
      if (is_lower(c)) return false;
      any = true;
    }
    return any;
  }

  // The run of letters and digits that ends at position i (exclusive).
  static std::string_view word_before(std::string_view s, std::size_t i) {
    std::size_t b = i;
    while (b > 0) {
      std::size_t q = b;
      char32_t c = prev_code_point(s, q);
      if (!(is_alpha(c) || is_digit(c))) break;
      b = q;
    }
    return s.substr(b, i - b);
  }

  // Is the ';' at i the end of an HTML entity ("&amp;", "&#8217;", "&amp;lt;")?
  static bool is_entity_end(std::string_view s, std::size_t i) {
    for (std::size_t k = i; k > 0 && i - k < 12;) {
      --k;
      char c = s[k];
      if (c == '&') return k + 1 < i;
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '#' || c == ';'))
        return false;
    }
    return false;
  }

  bool is_slip(std::string_view s, std::size_t i, char32_t prev, char32_t next) const {
    std::size_t wend;
    std::string_view word = word_after(s, i, wend);
    std::string_view before = word_before(s, i);
    if (s[i] == ';' && is_entity_end(s, i)) return false; // "&amp;", "&amp;lt;" before text
    if (s[i] == '?' && (word == "s" || word == "t"))
      return false; // a mis-encoded apostrophe ("1980?s", "don?t"): another problem
    if (s[i] == '?' && wend < s.size() && s[wend] == '=')
      return false; // a query string ("jquery.min.js?v=3"): an address, not prose
    if (s[i] == ':' && all_upper(before) && all_upper(word))
      return false;                              // a ticker such as "NASDAQ:AAPL"
    if (s[i] != '.') return true;                // , ; : ! ? before a letter
    if (i >= 1 && s[i - 1] == '.') return false; // ellipsis "..."
    bool dotted_after = wend < s.size() && s[wend] == '.';
    // "U.S.A.", "Ph.D.", "J.R.R.": a single letter followed by another dot continues an
    // abbreviation.
    std::size_t one = i + 1;
    next_code_point(s, one);
    if (one == wend && dotted_after) return false;
    std::string_view run = run_before(s, i);
    // State and similar abbreviations: "W.Va.", "N.Mex.".
    if (before.size() == 1 && is_upper(prev) && dotted_after && word.size() <= 4) return false;
    // Initials without their last dot ("U.S Senate", "L.A", "J.P Morgan").
    if (before.size() == 1 && is_upper(prev) && one == wend) return false;
    // Tickers and upper-case names after a dot: "MSFT.O", "0992.HK", "Carbonated.TV".
    if (all_upper(word) && (word.size() <= 3 || all_upper(before))) return false;
    if (is_upper(next)) {
      // After a word, a number, a closing quote or an initialism: "conflict.The",
      // "2022.The", "U.K.Officials".
      return true;
    }
    if (!is_lower(next)) return false;
    if (is_initialism(run)) return word.size() >= 2; // "U.S.is"
    if (extensions_.count(std::string(word))) return false;
    // "cen.at" closing a paragraph is a bare domain with a country code, not a slip.
    if (word.size() <= 3 && wend == s.size()) return false;
    if (dotted_after ||
        (wend < s.size() && std::string_view("(/_=@-").find(s[wend]) != std::string_view::npos))
      return false;
    // An ordinary lower-case word of three or more letters before the dot.
    if (run.size() < 3 || run.find('.') != std::string_view::npos) return false;
    bool has_lower = false;
    std::size_t p = 0;
    while (p < run.size()) {
      char32_t c = next_code_point(run, p);
      if (is_digit(c)) return false;
      if (is_lower(c)) has_lower = true;
    }
    (void)prev;
    return has_lower && word.size() >= 2;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<MissingSpace>(p);
}

} // namespace

CheckKind missing_space_check_kind() {
  return {"missing-space", "no space after sentence or clause punctuation before a word",
          kPlaceholders, &make};
}

} // namespace claimlint
