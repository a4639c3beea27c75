// html-residue: HTML left behind by a CMS or generator ("p>", "h 3 >", "< p >", a lone "</p>",
// "&nbsp;").
//
// In plain-text drafts any tag is residue, and so is a character reference ("&nbsp;", "&amp;",
// "&#8217;"): a reader sees the letters, not the character. In Markdown, well-formed inline HTML
// and references are allowed (they render), but mangled tags (spaces around the name, a missing
// '<') are still residue, and so are HTML fragment lines that the structurer set apart.
#include "grammars/html_residue.hpp"
#include "checks/check.hpp"

#include <array>
#include <optional>
#include <utility>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"tag"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// A character reference at s[i] ('&'): its length, or 0. Named ones are letters (2 to 8),
// numeric ones decimal or hexadecimal: "&nbsp;", "&#8217;", "&#x2014;". ("AT&T", "R&D" and
// "Tom & Jerry" have no ';' where one would end.)
std::size_t reference_at(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto hex = [&](char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool x = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (x) ++j;
    std::size_t b = j;
    while (j < s.size() && j - b < 7 && (x ? hex(s[j]) : digit(s[j]))) ++j;
    if (j == b) return 0;
  } else {
    std::size_t b = j;
    while (j < s.size() && j - b <= 8 && letter(s[j])) ++j;
    if (j - b < 2 || j - b > 8) return 0;
  }
  return j < s.size() && s[j] == ';' ? j + 1 - i : 0;
}

// The character a common named reference stands for, for the fix; empty when not known.
std::string_view reference_text(std::string_view r) {
  static constexpr std::pair<std::string_view, std::string_view> kKnown[] = {
      {"&nbsp;", " "},        {"&amp;", "&"},        {"&quot;", "\""},      {"&apos;", "'"},
      {"&lt;", "<"},          {"&gt;", ">"},         {"&mdash;", "\u2014"}, {"&ndash;", "\u2013"},
      {"&hellip;", "\u2026"}, {"&rsquo;", "\u2019"}, {"&lsquo;", "\u2018"}, {"&rdquo;", "\u201D"},
      {"&ldquo;", "\u201C"}};
  for (const auto& [name, text] : kKnown)
    if (r == name) return text;
  return {};
}

class HtmlResidue final : public Check {
public:
  explicit HtmlResidue(RuleParams&) {}

  void check(const Document& doc, DiagnosticSink& sink) const override {
    bool markdown = doc.source().dialect() == Dialect::markdown;
    for (const Block& b : doc.blocks) {
      if (b.kind == BlockKind::html && !markdown)
        scan(doc, b.content, false, sink);
      else if (b.kind == BlockKind::html)
        scan(doc, b.content, true, sink);
    }
    for (Span s : doc.prose) {
      scan(doc, s, markdown, sink);
      if (!markdown) scan_references(doc, s, sink);
    }
  }

private:
  // A cheap look for the shape of a broken tag at `i` ("p>", "/div >", "h 3>"): an optional
  // '/', one name of at most ten letters or digits (or "h" and a digit apart), blanks, '>'.
  // Most words fail it at once, and only the rest go to the grammar.
  static bool may_be_broken_tag(std::string_view s, std::size_t i) {
    auto alnum = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    auto blanks = [&](std::size_t j) {
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
      return j;
    };
    std::size_t j = i;
    if (j < s.size() && s[j] == '/') ++j;
    std::size_t name = j;
    while (j < s.size() && alnum(s[j]) && j - name <= 10) ++j;
    if (j == name || j - name > 10) return false;
    std::size_t k = blanks(j);
    if (k < s.size() && s[k] == '>') return true;
    // "h 3>": a heading name with blanks before its digit.
    bool h = j - name == 1 && (s[name] == 'h' || s[name] == 'H');
    if (!h || k == j || k >= s.size() || s[k] < '1' || s[k] > '6') return false;
    k = blanks(k + 1);
    return k < s.size() && s[k] == '>';
  }

  // Character references in a plain-text span, each with its character as the fix ("&nbsp;"
  // next to a space, or at either end, is removed instead).
  static void scan_references(const Document& doc, Span span, DiagnosticSink& sink) {
    std::string_view s = doc.text(span);
    for (std::size_t i = 0; (i = s.find('&', i)) != std::string_view::npos; ++i) {
      std::size_t n = reference_at(s, i);
      if (!n) continue;
      std::uint32_t b = span.begin + static_cast<std::uint32_t>(i);
      Span hit{b, b + static_cast<std::uint32_t>(n)};
      if (doc.in_verbatim(hit.begin)) continue;
      std::string_view ref = s.substr(i, n), text = reference_text(ref);
      std::optional<Fix> fix;
      if (!text.empty()) {
        bool spaced = i == 0 || s[i - 1] == ' ' || i + n >= s.size() || s[i + n] == ' ';
        fix = Fix{hit, std::string(text == " " && spaced ? "" : text)};
      }
      sink.report(hit, {{"tag", ref}}, std::move(fix));
      i += n - 1;
    }
  }

  static void scan(const Document& doc, Span span, bool markdown, DiagnosticSink& sink) {
    std::string_view s = doc.text(span);
    // Every shape needs a '<' (a tag) or a '>' (a broken tag); most paragraphs have neither.
    if (!std::memchr(s.data(), '<', s.size()) && !std::memchr(s.data(), '>', s.size())) return;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      bool at_tag = c == '<';
      bool at_word = (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
                     (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n');
      if (!at_tag && !at_word) continue;
      if (!at_tag && !may_be_broken_tag(s, i)) {
        while (i + 1 < s.size() && is_word_char(s[i + 1])) ++i;
        continue;
      }
      auto m = grammar::html::match(s.substr(i));
      if (!m) {
        if (at_word)
          while (i + 1 < s.size() && is_word_char(s[i + 1])) ++i;
        continue;
      }
      if (at_word && m->kind != grammar::html::shape::broken_tag) continue;
      // Residue is lower case ("p>", "h 3 >"); "A > B" in prose is a comparison. A one-letter
      // name with a space before '>' ("a > b") is one too.
      if (m->kind == grammar::html::shape::broken_tag) {
        std::string_view t = s.substr(i, m->length);
        if (t[0] != '/' && !(t[0] >= 'a' && t[0] <= 'z')) continue;
        if (t.find_first_of(" \t") != std::string_view::npos &&
            std::string_view("abiu").find(t[0]) != std::string_view::npos &&
            (t.size() < 2 || t[1] == ' ' || t[1] == '\t'))
          continue;
      }
      // A broken tag must stand alone: "p>" after a space or at the start, and followed by
      // the end or white space or more text, never glued to a word before it.
      if (markdown && m->kind == grammar::html::shape::tag) {
        i += m->length - 1;
        continue;
      }
      std::uint32_t b = span.begin + static_cast<std::uint32_t>(i);
      Span hit{b, b + static_cast<std::uint32_t>(m->length)};
      if (doc.in_verbatim(hit.begin) && !(markdown && m->kind != grammar::html::shape::tag)) {
        i += m->length - 1;
        continue;
      }
      sink.report(hit, {{"tag", doc.text(hit)}});
      i += m->length - 1;
    }
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<HtmlResidue>(p);
}

} // namespace

CheckKind html_residue_check_kind() {
  return {"html-residue", "HTML left in the text by a CMS or generator", kPlaceholders, &make};
}

} // namespace claimlint
