// repeated-word: the same word twice in a row with only white space between ("the the"),
// across a line break too. Some doublings are English ("had had", "that that") or
// interjections ("bye bye"): those come from the rule's `allowed` list.
#include "checks/check.hpp"
#include "rules/word_set.hpp"
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
    for (const std::string& w : p.list("particles")) particles_.insert(fold_case(w));
    for (const std::string& w : p.list("time-words")) time_words_.insert(fold_case(w));
    for (const std::string& w : p.list("determiners")) determiners_.insert(fold_case(w));
    if (auto words = p.word_set("dictionary")) dictionary_ = std::move(*words);
    if (auto words = p.word_set("phrasal-verbs")) phrasal_verbs_ = std::move(*words);
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    std::string a, before, after;
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      for (std::size_t i = 1; i < toks.size(); ++i) {
        const Token& prev = toks[i - 1];
        const Token& cur = toks[i];
        if (prev.kind != TokenKind::word || cur.kind != TokenKind::word) continue;
        // Different words first (the hashes say so at once), then the gap between them.
        if (prev.folded_hash != cur.folded_hash) continue;
        std::string_view gap = doc.text({prev.span.end, cur.span.begin});
        if (gap.empty() || gap.find_first_not_of(" \t\r\n") != std::string_view::npos) continue;
        std::string_view pw = doc.text(prev.span), cw = doc.text(cur.span);
        if (doc.folded(prev) != doc.folded(cur)) continue;
        a = doc.folded(prev);
        fold_case_into(before, i >= 2 ? doc.text(toks[i - 2].span) : std::string_view());
        fold_case_into(after,
                       i + 1 < toks.size() ? doc.text(toks[i + 1].span) : std::string_view());
        if (!is_repetition(a, pw, cw, before, after, i >= 2 ? &toks[i - 2] : nullptr, prev))
          continue;
        // "in in-school": the second word starts a compound; "a.k.a a": the first ends one.
        if (i + 1 < toks.size() && toks[i + 1].span.begin == cur.span.end &&
            doc.text(toks[i + 1].span) == "-")
          continue;
        if (i >= 2 && toks[i - 2].span.end == prev.span.begin) continue;
        // "did did n't": a contraction split off in tokenized text.
        if (doc.text({cur.span.end, std::min(cur.span.end + 5, doc.source().size())})
                .starts_with(" n")) {
          std::string_view rest =
              doc.text({cur.span.end, std::min(cur.span.end + 6, doc.source().size())});
          if (rest.starts_with(" n't") || rest.starts_with(" n\xE2\x80\x99")) continue;
        }
        if (doc.in_verbatim(prev.span.begin)) continue;
        sink.report({prev.span.begin, cur.span.end}, {{"word", cw}},
                    Fix{{prev.span.end, cur.span.end}, ""});
      }
    }
  }

private:
  std::unordered_set<std::string> allowed_, function_words_, particles_, time_words_, determiners_;
  WordSet dictionary_, phrasal_verbs_;

  // "what is going on on the ground", "filled in in a hurry", "turned it off off the coast",
  // "waiting for for years": a particle (or a stranded preposition) and then a preposition.
  // The verb before pairs with the particle in WordNet, or a pronoun stands between them, or
  // the second word starts a time phrase. "spending on on homes" pairs with nothing: a slip.
  bool particle_then_preposition(const std::string& w, const std::string& before,
                                 const std::string& after) const {
    if (!particles_.count(w)) return false;
    if (before == "it" || before == "them" || before == "him" || before == "her" ||
        before == "me" || before == "us" || before == "you")
      return true;
    // Rules run on several files at once: no shared scratch buffer. A doubled word is rare.
    if (phrasal_verbs_.contains(before + " " + w)) return true;
    return !after.empty() &&
           (time_words_.count(after) || after.find_first_not_of("0123456789") == std::string::npos);
  }

  bool is_repetition(const std::string& w, std::string_view first, std::string_view second,
                     const std::string& before, const std::string& after, const Token* before_token,
                     const Token& first_token) const {
    (void)first_token;
    (void)before_token;
    // "that that", "had had" are English, except where no grammar allows them: "that that
    // this", "The had had", a sentence that is only "That that".
    if (w == "that")
      return after.empty() || after == "this" || after == "these" || after == "those";
    if (w == "had") return before == "the" || before == "a" || before == "an";
    // Words English doubles only in set phrases: "the can can hold" but "I can can do it",
    // "the wild wild west", "Wait wait!", "hip hip hooray".
    if (w == "can")
      return before == "i" || before == "you" || before == "we" || before == "they" ||
             before == "he" || before == "she" || before == "it";
    if (w == "wild") return after != "west";
    if (w == "hip") return after != "hooray" && after != "hurrah";
    if (w == "wait" || w == "ok" || w == "okay")
      return !before.empty() && after != "!" && after != ",";
    if (particle_then_preposition(w, before, after)) return false;
    if (allowed_.count(w)) return false;
    // "IS is" (Islamic State), "US us": an abbreviation beside the word.
    if (is_all_upper(first) != is_all_upper(second) && w.size() >= 2 && w.size() <= 3) return false;
    // Single letters other than "a" and "I" are spelled-out text ("b a s i c a l l y").
    if (w.size() == 1 && w != "a" && w != "i") return false;
    bool cap1 = starts_upper(first), cap2 = starts_upper(second);
    // "Qiang Qiang", "Walla Walla", "Sing Sing": a capitalised pair of words other than
    // function words is a name unless the dictionary has it as a proper noun.
    // An all-capitals pair is a name only when the word is none ("CRUDE CRUDE" is a slip).
    // A known proper noun doubled is a slip ("That is May May"); a pair the dictionary knows
    // only as a common word, or not at all, is a name of its own ("Sing Sing", "Walla Walla").
    // An all-capitals pair is a name only when the word is none ("CRUDE CRUDE" is a slip).
    if (cap1 && cap2 && !function_words_.count(w)) {
      if (before.empty()) return false; // "May May is my friend": a name opens the sentence
      bool shouting = is_all_upper(first) && is_all_upper(second) && first.size() > 1;
      if (shouting ? !dictionary_.contains(w) : !dictionary_.contains(first)) return false;
    }
    // "May may", "Will will": a name-word beside the ordinary word.
    if (cap1 != cap2 && !function_words_.count(w) && !before.empty() &&
        dictionary_.contains(capitalize_first(w)))
      return false;
    if (cap1 != cap2 && before.empty() && cap1 && dictionary_.contains(capitalize_first(w)) &&
        !function_words_.count(w))
      return false;
    return true;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<RepeatedWord>(p);
}

} // namespace

CheckKind repeated_word_check_kind() {
  return {"repeated-word", "the same word twice in a row", kPlaceholders, &make};
}

} // namespace claimlint
