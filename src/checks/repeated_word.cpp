// repeated-word: the same word twice in a row with only white space between ("the the"),
// across a line break too. Some doublings are English ("had had", "that that") or
// interjections ("bye bye"): those come from the rule's `allowed` list.
#include "checks/check.hpp"
#include "util/text.hpp"

#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"word"};

class RepeatedWord final : public Check {
public:
  explicit RepeatedWord(RuleParams& p) {
    for (const std::string& w : p.list("allowed")) allowed_.insert(fold_case(w));
    for (const std::string& w : p.list("function-words")) function_words_.insert(fold_case(w));
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    std::string a, b;
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      for (std::size_t i = 1; i < toks.size(); ++i) {
        const Token& prev = toks[i - 1];
        const Token& cur = toks[i];
        if (prev.kind != TokenKind::word || cur.kind != TokenKind::word) continue;
        std::string_view gap = doc.text({prev.span.end, cur.span.begin});
        if (gap.empty() || gap.find_first_not_of(" \t\r\n") != std::string_view::npos) continue;
        fold_case_into(a, doc.text(prev.span));
        fold_case_into(b, doc.text(cur.span));
        if (a != b || allowed_.count(a)) continue;
        // "IS is" (Islamic State), "US us": an abbreviation beside the word.
        if (is_all_upper(doc.text(prev.span)) != is_all_upper(doc.text(cur.span)) && a.size() <= 3) continue;
        // "Sing Sing", "Qiang Qiang", "Duran Duran": a capitalised pair is a name, unless it is a
        // function word ("The The talks").
        if (starts_upper(doc.text(prev.span)) && starts_upper(doc.text(cur.span)) && !function_words_.count(a)) continue;
        // "in in-school": the second word starts a compound.
        if (i + 1 < toks.size() && toks[i + 1].span.begin == cur.span.end && doc.text(toks[i + 1].span) == "-") continue;
        if (doc.in_verbatim(prev.span.begin)) continue;
        sink.report({prev.span.begin, cur.span.end}, {{"word", doc.text(cur.span)}},
                    Fix{{prev.span.end, cur.span.end}, ""});
      }
    }
  }

private:
  std::unordered_set<std::string> allowed_, function_words_;
};

std::unique_ptr<Check> make(RuleParams& p) { return std::make_unique<RepeatedWord>(p); }

} // namespace

CheckKind repeated_word_check_kind() {
  return {"repeated-word", "the same word twice in a row", kPlaceholders, &make};
}

} // namespace claimlint
