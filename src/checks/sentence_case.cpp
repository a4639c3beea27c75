// sentence-case: a sentence, list item or table cell that starts with a lower-case letter
// ("moreover, the talks...", "- security Cooperation").
//
// Not flagged: words that are lower-case by design ("iPhone", "eBay", and the rule's
// `exceptions`, e.g. "von", "de", "e.g."), numbers, code and URLs, sentences that continue
// a quotation ("“Really?” she asked" is one sentence to a reader, two to ICU), text after an
// ellipsis, and one-word table cells of up to three letters ("yes", "n/a", "km").
#include "checks/check.hpp"
#include "util/text.hpp"

#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"word"};

bool is_leading_punct(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "'" || t == "(" || t == "[" ||
         t == "*" || t == "_" || t == "-" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "#";
}

class SentenceCase final : public Check {
public:
  explicit SentenceCase(RuleParams& p) {
    for (const std::string& w : p.list("exceptions")) exceptions_.insert(w);
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    const Sentence* prev = nullptr;
    for (const Sentence& sen : doc.sentences) {
      const Sentence* before = prev;
      prev = &sen;
      auto toks = doc.tokens_of(sen);
      std::size_t i = 0;
      while (i < toks.size() && toks[i].kind != TokenKind::word && is_leading_punct(doc.text(toks[i].span))) ++i;
      if (i >= toks.size() || toks[i].kind != TokenKind::word) continue;
      // An ellipsis before the first word: a fragment on purpose.
      if (i > 0 && doc.text(toks[i - 1].span) == "\xE2\x80\xA6") continue;
      std::string_view word = doc.text(toks[i].span);
      if (!starts_lower(word) || has_upper_after_first(word)) continue;
      if (exceptions_.count(std::string(word))) continue;
      if (doc.in_verbatim(toks[i].span.begin)) continue;
      if (sen.cell >= 0 && toks.size() == 1 && word.size() <= 3) continue;
      if (before && before->block == sen.block && before->cell == sen.cell && continues_quote(doc, *before))
        continue;
      // "e.g." style abbreviations and hashtags are not sentence starts.
      std::size_t after = toks[i].span.end;
      if (after < doc.source().size() && doc.source().text()[after] == '.' && word.size() <= 2) continue;
      sink.report(toks[i].span, {{"word", word}}, Fix{toks[i].span, capitalize_first(word)});
    }
  }

private:
  std::unordered_set<std::string> exceptions_;

  // Does the previous sentence end with "?" or "!" (and closing quotes), or an ellipsis, so
  // that a lower-case start continues it?
  static bool continues_quote(const Document& doc, const Sentence& s) {
    std::string_view t = doc.text(s.span);
    while (!t.empty()) {
      if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99")) t.remove_suffix(3);
      else if (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']') t.remove_suffix(1);
      else break;
    }
    return t.ends_with("?") || t.ends_with("!") || t.ends_with("...") || t.ends_with("\xE2\x80\xA6");
  }
};

std::unique_ptr<Check> make(RuleParams& p) { return std::make_unique<SentenceCase>(p); }

} // namespace

CheckKind sentence_case_check_kind() {
  return {"sentence-case", "a sentence, list item or table cell starting in lower case", kPlaceholders, &make};
}

} // namespace claimlint
