// headline-case: a heading in title case with a word left in lower case ("... Seeks Global
// Backing in peace Talks"). Minor words (articles, short conjunctions, prepositions: the rule's
// `minor-words`) may be lower case in a title. A heading is taken to be in title case when at
// least `min-capitalized` ordinary dictionary words in it are capitalised (names do not count,
// so a sentence-case caption full of names is not a title) and exactly one content word is
// lower case, in a colon-separated part that has capitals of its own ("Also read: Title" is a
// label and a title). Credits and captions with "(", ";" or "@" are skipped.
#include "checks/check.hpp"
#include "rules/word_set.hpp"
#include "util/text.hpp"

#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"word"};

class HeadlineCase final : public Check {
public:
  explicit HeadlineCase(RuleParams& p) {
    for (const std::string& w : p.list("minor-words")) minor_.insert(fold_case(w));
    min_capitalized_ = static_cast<int>(p.number("min-capitalized", 4));
    if (auto words = p.word_set("dictionary")) dictionary_ = std::move(*words);
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    for (const Sentence& sen : doc.sentences) {
      if (doc.blocks[sen.block].kind != BlockKind::heading) continue;
      std::string_view whole = doc.text(sen.span);
      // Credits, captions and link lists: "(Reporting by ...; editing by ...)", "@handle".
      if (whole.find_first_of("(;@") != std::string_view::npos) continue;
      auto toks = doc.tokens_of(sen);
      int title_words = 0; // capitalised words that are ordinary words in lower case
      const Token* lower = nullptr;
      int lower_count = 0;
      // Per colon-separated part: does it have a capitalised word after its first one?
      bool part_capitalized = false, lower_in_part = false, lower_part_capitalized = false;
      bool first = true;
      for (std::size_t i = 0; i < toks.size(); ++i) {
        const Token& t = toks[i];
        std::string_view w = doc.text(t.span);
        if (t.kind == TokenKind::punct && w == ":") {
          if (lower_in_part) lower_part_capitalized = part_capitalized;
          part_capitalized = lower_in_part = false;
          first = true; // a title starts again after a colon
          continue;
        }
        if (t.kind != TokenKind::word) continue;
        bool skip_first = first;
        first = false;
        if (skip_first) continue;
        if (w.size() < 2 || has_upper_after_first(w) || doc.in_verbatim(t.span.begin)) continue;
        if (w.find_first_of("0123456789") != std::string_view::npos) continue; // "h1", "G7"
        // Glued to a hyphen or a number: part of a compound ("war-torn", "21st").
        if (i > 0 && toks[i - 1].span.end == t.span.begin)
          continue; // "war-torn", "21st", "F**king"
        std::string folded = fold_case(w);
        if (starts_upper(w)) {
          part_capitalized = true;
          if (dictionary_.contains(folded)) ++title_words;
        } else if (starts_lower(w) && !minor_.count(folded)) {
          lower = &t;
          ++lower_count;
          lower_in_part = true;
        }
      }
      if (lower_in_part) lower_part_capitalized = part_capitalized;
      if (lower_count != 1 || title_words < min_capitalized_ || !lower_part_capitalized) continue;
      sink.report(lower->span, {{"word", doc.text(lower->span)}});
    }
  }

private:
  std::unordered_set<std::string> minor_;
  int min_capitalized_ = 4;
  WordSet dictionary_;
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<HeadlineCase>(p);
}

} // namespace

CheckKind headline_case_check_kind() {
  return {"headline-case", "a title-case heading with one word left in lower case", kPlaceholders,
          &make};
}

} // namespace claimlint
