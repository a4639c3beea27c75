// unbalanced-quotes: an opening quotation mark without its closing partner, or a closing one
// without an opening one, within a paragraph (across its line breaks).
//
// Opening and closing double quotes (curly, straight by position, or doubled single quotes) are
// paired as a stack. A paragraph whose quotation stays open is fine when the next paragraph
// opens with a quotation mark: that is how news copy continues a quote across paragraphs.
#include "checks/check.hpp"

#include "source/utf8.hpp"

#include <array>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 2> kPlaceholders = {"mark", "problem"};

enum class Role { none, opening, closing };

bool is_space_or_open(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '[' || c == 0x2014 || c == 0x2013 || c == '-' ||
         c == 0x2018 || c == '/';
}

// Curly quotes say what they are; a straight '"' opens after a space or an opening bracket and
// closes otherwise. Doubled single quotes ("’’", "‘‘", "``") stand for double ones. A '"'
// after a digit is an inch mark. Curly and straight quotes pair with each other: mixing them
// is a matter of style, not of balance.
Role role_of(std::string_view s, std::size_t at, std::size_t& end, char32_t c) {
  if (c == 0x201C) return Role::opening;
  if (c == 0x201D) return Role::closing;
  if ((c == 0x2019 || c == 0x2018 || c == '`') && end < s.size()) {
    std::size_t q = end;
    char32_t d = next_code_point(s, q);
    if (d == c) {
      end = q;
      return c == 0x2019 ? Role::closing : Role::opening;
    }
    return Role::none;
  }
  if (c != '"') return Role::none;
  if (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9') return Role::none;
  if (at == 0) return Role::opening;
  std::size_t b = at;
  char32_t before = prev_code_point(s, b);
  bool after_space = is_space_or_open(before);
  bool before_space = end >= s.size() || s[end] == ' ' || s[end] == '\n';
  if (after_space && !before_space) return Role::opening;
  return Role::closing;
}

class UnbalancedQuotes final : public Check {
public:
  explicit UnbalancedQuotes(RuleParams&) {}

  void check(const Document& doc, DiagnosticSink& sink) const override {
    std::vector<Span> units(doc.prose.begin(), doc.prose.end());
    for (std::size_t u = 0; u < units.size(); ++u) {
      std::string_view s = doc.text(units[u]);
      std::vector<std::pair<std::size_t, std::size_t>> open; // [begin, end) of open marks
      std::size_t p = 0;
      while (p < s.size()) {
        std::size_t at = p;
        char32_t c = next_code_point(s, p);
        Role role = role_of(s, at, p, c);
        if (role == Role::none || doc.in_verbatim(units[u].begin + static_cast<std::uint32_t>(at))) continue;
        if (role == Role::opening) {
          open.emplace_back(at, p);
        } else if (open.empty()) {
          report(doc, units[u], at, p, "closing quotation mark without an opening one", sink);
        } else {
          open.pop_back();
        }
      }
      if (open.empty()) continue;
      // News copy continues a quote into the next paragraph without closing it.
      bool continued = false;
      if (u + 1 < units.size()) {
        std::string_view next = doc.text(units[u + 1]);
        continued = next.starts_with("\xE2\x80\x9C") || next.starts_with("\"") || next.starts_with("\xE2\x80\x98\xE2\x80\x98");
      }
      if (!continued) report(doc, units[u], open.front().first, open.front().second, "quotation mark is never closed", sink);
    }
  }

private:
  static void report(const Document& doc, Span unit, std::size_t b, std::size_t e, std::string_view problem,
                     DiagnosticSink& sink) {
    Span span{unit.begin + static_cast<std::uint32_t>(b), unit.begin + static_cast<std::uint32_t>(e)};
    sink.report(span, {{"mark", doc.text(span)}, {"problem", problem}});
  }
};

std::unique_ptr<Check> make(RuleParams& p) { return std::make_unique<UnbalancedQuotes>(p); }

} // namespace

CheckKind unbalanced_quotes_check_kind() {
  return {"unbalanced-quotes", "a quotation mark without its partner", kPlaceholders, &make};
}

} // namespace claimlint
