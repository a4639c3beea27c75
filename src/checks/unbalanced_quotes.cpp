// unbalanced-quotes: an opening quotation mark without its closing partner, or a closing one
// without an opening one, within a paragraph (across its line breaks).
//
// Opening and closing double quotes (curly, straight by position, or doubled single quotes) are
// paired as a stack. A quotation may run over paragraphs: a mark left open is matched with a
// stray closing mark in one of the next four paragraphs, and it may stay open when the next
// paragraph opens with a quotation mark (how news copy continues a quote).
#include "checks/check.hpp"

#include "source/utf8.hpp"
#include "util/byte_scan.hpp"

#include <algorithm>
#include <array>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 2> kPlaceholders = {"mark", "problem"};

// digit_closing: a '"' right after a digit closes an open quotation ("Apollo 13"), and is an
// inch or seconds mark when none is open (a 55" screen).
enum class Role { none, opening, closing, either, digit_closing };

bool is_space_or_open(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '[' || c == 0x2014 || c == 0x2013 ||
         c == '-' || c == 0x2018 || c == '/';
}

// Curly quotes say what they are; a straight '"' opens after a space or an opening bracket and
// closes otherwise; one glued to a colon or comma and a word (said:"We) opens unless a
// quotation is open.
// Doubled single quotes ("’’", "‘‘", "``") stand for double ones. A '"' after a digit closes
// an open quotation or is an inch mark. Curly and straight quotes pair with each other: mixing
// them is a matter of style, not of balance.
Role role_of(std::string_view s, std::size_t at, std::size_t& end, char32_t c) {
  if (c == 0x201C) return Role::opening;
  if (c == 0x201D) return Role::closing;
  if ((c == 0x2019 || c == 0x2018 || c == '`' || c == '\'') && end < s.size()) {
    std::size_t q = end;
    char32_t d = next_code_point(s, q);
    if (d != c) return Role::none;
    end = q;
    if (c != '\'') return c == 0x2019 ? Role::closing : Role::opening;
    // "''" is a straight double quote: its position says which.
  } else if (c != '"') {
    return Role::none;
  }
  if (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9') return Role::digit_closing;
  if (at == 0) return Role::opening;
  if ((s[at - 1] == ':' || s[at - 1] == ',') && end < s.size() &&
      ((s[end] >= 'A' && s[end] <= 'Z') || (s[end] >= 'a' && s[end] <= 'z') ||
       (s[end] >= '0' && s[end] <= '9')))
    return Role::either; // glued on both sides: opens unless a quotation is open
  std::size_t b = at;
  char32_t before = prev_code_point(s, b);
  bool after_space = is_space_or_open(before);
  bool before_space = end >= s.size() || s[end] == ' ' || s[end] == '\n';
  if (after_space && !before_space) return Role::opening;
  if (after_space && before_space) return Role::either; // '" ' between spaces: decided by the stack
  return Role::closing;
}

class UnbalancedQuotes final : public Check {
public:
  explicit UnbalancedQuotes(RuleParams&) {}

  void check(const Document& doc, DiagnosticSink& sink) const override {
    struct Mark {
      std::uint32_t begin, end;
    };
    struct Unit {
      std::vector<Mark> unclosed, unopened;
    };
    std::vector<Unit> units(doc.prose.size());
    for (std::size_t u = 0; u < doc.prose.size(); ++u) {
      Span unit = doc.prose[u];
      std::string_view s = doc.text(unit);
      // Script and style code pasted into an article has its own quoting.
      if (std::any_of(s.begin(), s.end(), [](char c) { return c == '{' || c == '}'; }) ||
          s.find("();") != std::string_view::npos || s.find("=\"") != std::string_view::npos ||
          s.find("<!--") != std::string_view::npos)
        continue;
      std::vector<Mark>& open = units[u].unclosed;
      std::size_t p = 0;
      while (p < s.size()) {
        // Jump to the next byte that can begin a quotation mark (U+2018..U+201D start with
        // 0xE2); everything between is text.
        p = find_byte_of<'"', '\'', '`', 0xE2>(s, p);
        if (p == std::string_view::npos) break;
        std::size_t at = p;
        char32_t c = next_code_point(s, p);
        Role role = role_of(s, at, p, c);
        if (role == Role::none || doc.in_verbatim(unit.begin + static_cast<std::uint32_t>(at)))
          continue;
        if (role == Role::either) role = open.empty() ? Role::opening : Role::closing;
        if (role == Role::digit_closing) {
          if (open.empty()) continue;
          role = Role::closing;
        }
        Mark m{unit.begin + static_cast<std::uint32_t>(at),
               unit.begin + static_cast<std::uint32_t>(p)};
        if (role == Role::opening)
          open.push_back(m);
        else if (open.empty())
          units[u].unopened.push_back(m);
        else
          open.pop_back();
      }
    }
    // A quotation may run over several paragraphs: an unclosed mark is closed by a stray
    // closing mark in one of the next paragraphs, or continued by a paragraph that opens with
    // a quotation mark (news style).
    for (std::size_t u = 0; u < units.size(); ++u) {
      if (units[u].unclosed.empty()) continue;
      for (std::size_t k = u + 1; k < units.size() && k <= u + kQuoteParagraphs; ++k) {
        std::string_view next = doc.text(doc.prose[k]);
        bool opens = next.starts_with("\xE2\x80\x9C") || next.starts_with("\"");
        if (opens) {
          units[u].unclosed.pop_back(); // continued: the next paragraph carries the quotation
          break;
        }
        if (!units[k].unopened.empty()) {
          units[k].unopened.erase(units[k].unopened.begin());
          units[u].unclosed.pop_back();
          break;
        }
      }
    }
    for (const Unit& unit : units) {
      for (const Mark& m : unit.unopened)
        report(doc, {m.begin, m.end}, "closing quotation mark without an opening one", sink);
      if (!unit.unclosed.empty())
        report(doc, {unit.unclosed.front().begin, unit.unclosed.front().end},
               "quotation mark is never closed", sink);
    }
  }

private:
  static constexpr std::size_t kQuoteParagraphs = 4;

  static void report(const Document& doc, Span span, std::string_view problem,
                     DiagnosticSink& sink) {
    sink.report(span, {{"mark", doc.text(span)}, {"problem", problem}});
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<UnbalancedQuotes>(p);
}

} // namespace

CheckKind unbalanced_quotes_check_kind() {
  return {"unbalanced-quotes", "a quotation mark without its partner", kPlaceholders, &make};
}

} // namespace claimlint
