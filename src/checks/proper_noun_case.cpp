// proper-noun-case: a name written in lower case ("ukraine", "united States", "zelenskyy",
// "Antonio costa").
//
// Three sources say a word is a name:
//  1. the rule's lexicon (countries, capitals, nationalities, regions, organisations:
//     rules/lists/proper-nouns.txt), matched case-insensitively and flagged when a word that
//     the lexicon capitalises is written in lower case. Entries whose lower-case form is also a
//     common word ("china", "turkey") are not in the lexicon;
//  2. the document itself: a word that is written capitalised in mid-sentence and is not in
//     the English dictionary (rules/lists/english-words.txt) is a name there ("Zelenskyy"), so
//     its lower-case occurrences in the same document are flagged;
//  3. a given name (rules/lists/given-names.txt) followed by a lower-case word that is not in
//     the dictionary: "Antonio costa".
// Words in URLs, e-mail addresses, code, hashtags and handles are left alone.
#include "checks/check.hpp"
#include "rules/phrase_matcher.hpp"
#include "rules/word_set.hpp"
#include "util/text.hpp"

#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 2> kPlaceholders = {"word", "expected"};

class ProperNounCase final : public Check {
public:
  explicit ProperNounCase(RuleParams& p) : lexicon_(true) {
    for (const std::string& entry : p.list("lexicon")) {
      if (!lexicon_.add(entry, static_cast<int>(forms_.size()))) continue;
      forms_.push_back(entry);
    }
    if (auto words = p.word_set("dictionary")) dictionary_ = std::move(*words);
    if (auto names = p.word_set("given-names")) given_names_ = std::move(*names); // folded
    for (const std::string& w : p.list("allowed")) allowed_.insert(w);
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    std::unordered_set<std::uint32_t> reported;
    auto report = [&](Span span, std::string_view word, const std::string& expected) {
      if (!reported.insert(span.begin).second) return;
      sink.report(span, {{"word", word}, {"expected", expected}}, Fix{span, expected});
    };
    // 1. Lexicon.
    std::vector<Token> entry_tokens;
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      lexicon_.find(doc, toks, [&](const PhraseMatcher::Match& m) {
        const std::string& form = forms_[static_cast<std::size_t>(m.id)];
        entry_tokens.clear();
        tokenize_text(form, 0, entry_tokens);
        if (entry_tokens.size() != m.last_token - m.first_token + 1) return;
        bool lowered = false, all_lower = true, all_common = true;
        for (std::size_t k = 0; k < entry_tokens.size(); ++k) {
          std::string_view want = std::string_view(form).substr(
              entry_tokens[k].span.begin, entry_tokens[k].span.end - entry_tokens[k].span.begin);
          std::string_view got = doc.text(toks[m.first_token + k].span);
          if (starts_upper(want) && starts_lower(got)) lowered = true;
          if (!starts_lower(got) && entry_tokens[k].kind == TokenKind::word) all_lower = false;
          if (entry_tokens[k].kind == TokenKind::word && !dictionary_.contains(fold_case(want)))
            all_common = false;
        }
        // "may", "white house", "united states" in lower case may be ordinary words; a mixed
        // form ("united States") or an unknown word ("ukraine") is a name.
        if (all_lower && all_common) return;
        Span span{toks[m.first_token].span.begin, toks[m.last_token].span.end};
        if (!lowered || !is_plain_word_context(doc, toks, m.first_token) ||
            allowed_.count(std::string(doc.text(span))))
          return;
        report(span, doc.text(span), form);
      });
    }
    // 2. Names the document capitalises in mid-sentence and the dictionary does not know.
    // Keys are folded forms in doc.folded_text (possessive removed), so counting costs no copy.
    std::unordered_map<std::string_view, std::map<std::string, int>> names; // spellings
    std::unordered_set<std::string_view> standalone;
    for (const Sentence& sen : doc.sentences) {
      bool counts_capitals = doc.blocks[sen.block].kind != BlockKind::heading && sen.cell < 0;
      if (!counts_capitals) continue;
      auto toks = doc.tokens_of(sen);
      std::size_t first_word = 0;
      while (first_word < toks.size() && toks[first_word].kind != TokenKind::word) ++first_word;
      for (std::size_t i = first_word + 1; i < toks.size(); ++i) {
        if (toks[i].kind != TokenKind::word) continue;
        std::string_view w = strip_possessive(doc.text(toks[i].span));
        // The token's shape says whether it starts upper case (a possessive ending has none).
        if (w.size() < 3 || !(toks[i].shape & kStartsUpper) || is_contraction(w) ||
            is_all_upper(w) || looks_english(w))
          continue;
        std::string_view folded = folded_stem(doc, toks[i]);
        ++names[folded][std::string(w)];
        // Standing alone ("criticized Zelenskyy for"), not inside a longer name ("Yorkville
        // Endoscopy clinic"): a word only ever seen inside names is not itself a name.
        bool prev_cap = toks[i - 1].kind == TokenKind::word && (toks[i - 1].shape & kStartsUpper);
        bool next_cap = i + 1 < toks.size() && toks[i + 1].kind == TokenKind::word &&
                        (toks[i + 1].shape & kStartsUpper);
        if (!next_cap && (!prev_cap || given_names_.contains(doc, toks[i - 1])))
          standalone.insert(folded);
      }
    }
    // A name is a word the document capitalises at least twice in mid-sentence and at least
    // twice as often as it writes it in lower case.
    std::unordered_map<std::string_view, int> lower_counts;
    if (!names.empty())
      for (const Token& t : doc.tokens) {
        if (t.kind != TokenKind::word) continue;
        std::string_view w = strip_possessive(doc.text(t.span));
        // (A possessive ending has no capital: the token's shape is the stem's.)
        if (w.size() < 3 || !(t.shape & kAllLower)) continue;
        std::string_view folded = folded_stem(doc, t);
        if (names.count(folded) && !is_contraction(w)) ++lower_counts[folded];
      }
    for (auto it = names.begin(); it != names.end();) {
      int capitals = 0;
      for (const auto& [spelling, n] : it->second) capitals += n;
      auto lower = lower_counts.find(it->first);
      int lower_count = lower == lower_counts.end() ? 0 : lower->second;
      if (capitals < 2 || capitals < 2 * lower_count || !standalone.count(it->first))
        it = names.erase(it);
      else
        ++it;
    }
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      for (std::size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].kind != TokenKind::word) continue;
        std::string_view w = doc.text(toks[i].span);
        if (w.size() < 3 || !(toks[i].shape & kAllLower)) continue;
        // The two look-ups first: most words are neither a name of this document nor after a
        // given name, and need no closer look.
        auto name = names.empty() ? names.end() : names.find(doc.folded(toks[i]));
        // 3. Given name + unknown lower-case word.
        bool after_given_name = i > 0 && toks[i - 1].kind == TokenKind::word &&
                                toks[i - 1].span.end + 1 == toks[i].span.begin &&
                                (toks[i - 1].shape & kStartsUpper) &&
                                given_names_.contains(doc, toks[i - 1]);
        if (name == names.end() && !after_given_name) continue;
        if (is_contraction(w) || !is_plain_word_context(doc, toks, i)) continue;
        if (name != names.end() && !allowed_.count(std::string(w))) {
          report(toks[i].span, w, most_frequent(name->second));
          continue;
        }
        if (after_given_name && !looks_english(w) && !allowed_.count(std::string(w)))
          report(toks[i].span, w, capitalize_first(w));
      }
    }
  }

private:
  PhraseMatcher lexicon_;
  std::vector<std::string> forms_;
  WordSet dictionary_;
  WordSet given_names_; // folded
  std::unordered_set<std::string> allowed_;

  // A word the dictionary knows, or an inflection or compound of known words ("misspoke",
  // "newsroom"): the word list is old and small, and an unknown word alone is weak evidence.
  bool looks_english(std::string_view w) const {
    if (in_dictionary(w)) return true;
    std::string lower = fold_case(w);
    for (std::string_view prefix :
         {"mis", "re", "un", "over", "under", "out", "non", "pre", "anti", "co"})
      if (lower.size() > prefix.size() + 3 && lower.starts_with(prefix) &&
          dictionary_.contains(std::string_view(lower).substr(prefix.size())))
        return true;
    for (std::string_view suffix : {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "ness", "ment"})
      if (lower.size() > suffix.size() + 3 && lower.ends_with(suffix) &&
          dictionary_.contains(std::string_view(lower).substr(0, lower.size() - suffix.size())))
        return true;
    for (std::size_t cut = 3; cut + 3 <= lower.size(); ++cut)
      if (dictionary_.contains(std::string_view(lower).substr(0, cut)) &&
          dictionary_.contains(std::string_view(lower).substr(cut)))
        return true;
    return false;
  }

  bool in_dictionary(std::string_view w) const {
    if (dictionary_.contains(w)) return true;
    std::string lower = fold_case(w);
    if (dictionary_.contains(lower)) return true;
    // Possessives and plurals of known words: "Ukraine’s", "allies".
    for (std::string_view suffix : {"\xE2\x80\x99s", "'s"})
      if (lower.ends_with(suffix))
        return in_dictionary(std::string_view(lower).substr(0, lower.size() - suffix.size()));
    return false;
  }

  // The token's folded form without a possessive ending.
  static std::string_view folded_stem(const Document& doc, const Token& t) {
    return strip_possessive(doc.folded(t));
  }

  static std::string_view strip_possessive(std::string_view w) {
    if (w.ends_with("\xE2\x80\x99s"))
      w.remove_suffix(4);
    else if (w.ends_with("'s"))
      w.remove_suffix(2);
    return w;
  }

  // "we’re", "don't", "they’ll": apostrophes inside a word.
  static bool is_contraction(std::string_view w) {
    for (std::size_t k = 0; k < w.size(); ++k)
      if (w[k] == '\'' || (w[k] == '\xE2' && w.substr(k).starts_with("\xE2\x80\x99"))) return true;
    return false;
  }

  static bool is_plain_word_context(const Document& doc, std::span<const Token> toks,
                                    std::size_t i) {
    if (doc.in_verbatim(toks[i].span.begin)) return false;
    if (i > 0) {
      std::string_view before = doc.text(toks[i - 1].span);
      if ((before == "#" || before == "@" || before == "/" || before == "_") &&
          toks[i - 1].span.end == toks[i].span.begin)
        return false;
    }
    return true;
  }

  static std::string most_frequent(const std::map<std::string, int>& spellings) {
    std::string best;
    int n = -1;
    for (const auto& [s, c] : spellings)
      if (c > n) {
        best = s;
        n = c;
      }
    return best;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<ProperNounCase>(p);
}

} // namespace

CheckKind proper_noun_case_check_kind() {
  return {"proper-noun-case", "a name written in lower case", kPlaceholders, &make};
}

} // namespace claimlint
