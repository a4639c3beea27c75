// headline-case: a heading in title case with a word left in lower case ("... Seeks Global
// Backing in peace Talks"). Minor words (articles, short conjunctions, prepositions: the rule's
// `minor-words`) may be lower case in a title. A heading is taken to be in title case when at
// least `min-capitalized` ordinary dictionary words in it are capitalised (names do not count,
// so a sentence-case caption full of names is not a title) and exactly one content word is
// lower case, in a colon-separated part that has capitals of its own ("Also read: Title" is a
// label and a title). Credits and captions with "(", ";" or "@" are skipped. The other way
// round: a Markdown heading in sentence case with one ordinary word capitalised ("City
// council approves New budget for schools").
#include "checks/check.hpp"
#include "rules/word_set.hpp"
#include "util/text.hpp"

#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 3> kPlaceholders = {"word", "case", "style"};

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
      int title_words = 0;                // capitalised words that are ordinary words in lower case
      std::vector<const Token*> capitals; // those words
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
          if (is_word(folded)) {
            ++title_words;
            capitals.push_back(&t);
          }
        } else if (starts_lower(w) && !minor_.count(folded)) {
          lower = &t;
          ++lower_count;
          lower_in_part = true;
        }
      }
      if (lower_in_part) lower_part_capitalized = part_capitalized;
      if (lower_count == 1 && title_words >= min_capitalized_ && lower_part_capitalized) {
        sink.report(
            lower->span,
            {{"word", doc.text(lower->span)}, {"case", "lower case"}, {"style", "title-case"}});
        continue;
      }
      // A Markdown heading in sentence case (three or more content words in lower case) with
      // one ordinary word capitalised in it ("City council approves New budget for schools"):
      // not a name, since the dictionary has it only in lower case, it stands alone (a run of
      // capitalised words is a name: "Supreme Court", "Quality Street") and the draft's body
      // never capitalises it. Plain-text headings are guesses (captions, credits): left alone.
      if (doc.blocks[sen.block].level > 0 && lower_count >= 3 && capitals.size() == 1) {
        const Token* t = capitals.front();
        std::string_view w = doc.text(t->span);
        if (!dictionary_.contains(w) && !beside_capital(doc, toks, t) &&
            !capitalised_in_body(doc, fold_case(w)))
          sink.report(t->span, {{"word", w}, {"case", "capitalised"}, {"style", "sentence-case"}});
      }
    }
  }

private:
  std::unordered_set<std::string> minor_;

  // A dictionary word, in American or British spelling ("Harbour").
  bool is_word(const std::string& folded) const {
    if (dictionary_.contains(folded)) return true;
    std::string us = american_spelling(folded);
    return us != folded && dictionary_.contains(us);
  }

  // Whether a word beside `t` is capitalised too: then `t` is part of a name ("New York",
  // "Supreme Court"). The heading's first word counts unless it is a minor word ("The").
  bool beside_capital(const Document& doc, std::span<const Token> toks, const Token* t) const {
    std::size_t i = static_cast<std::size_t>(t - toks.data());
    std::size_t first = 0;
    while (first < toks.size() && toks[first].kind != TokenKind::word) ++first;
    for (std::size_t k : {i - 1, i + 1}) {
      if (k >= toks.size() || toks[k].kind != TokenKind::word) continue;
      if (k == first && minor_.count(std::string(doc.folded(toks[k])))) continue;
      if (starts_upper(doc.text(toks[k].span))) return true;
    }
    return false;
  }

  // Whether the draft writes `folded` capitalised inside a sentence of its body.
  static bool capitalised_in_body(const Document& doc, const std::string& folded) {
    for (const Sentence& sen : doc.sentences) {
      if (doc.blocks[sen.block].kind == BlockKind::heading) continue;
      auto toks = doc.tokens_of(sen);
      for (std::size_t i = 1; i < toks.size(); ++i)
        if ((toks[i].shape & kStartsUpper) && doc.folded(toks[i]) == folded) return true;
    }
    return false;
  }
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
