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
//     the dictionary: "Antonio costa";
//  4. a name of two or three words the draft capitalises in mid-sentence, written elsewhere in
//     lower case ("Elm Valley" ... "elm valley's").
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
    if (auto people = p.word_set("person-nouns")) person_nouns_ = std::move(*people);
    if (auto places = p.word_set("place-nouns")) place_nouns_ = std::move(*places);
    if (auto orgs = p.word_set("org-nouns")) org_nouns_ = std::move(*orgs);
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
    // Words capitalised at least once inside a sentence: a word seen capitalised only where
    // every word is (a sentence's start: "Papá dijo", a foreign word) is no name by itself.
    std::unordered_set<std::string_view> mid_sentence;
    for (const Sentence& sen : doc.sentences) {
      bool counts_capitals = doc.blocks[sen.block].kind != BlockKind::heading && sen.cell < 0;
      if (!counts_capitals) continue;
      auto toks = doc.tokens_of(sen);
      std::size_t first_word = 0;
      while (first_word < toks.size() && toks[first_word].kind != TokenKind::word) ++first_word;
      // The first word counts too: a word the dictionary does not know is no more a common
      // word at the start of a sentence ("Oakridge officials agreed").
      for (std::size_t i = first_word; i < toks.size(); ++i) {
        if (toks[i].kind != TokenKind::word) continue;
        std::string_view w = strip_possessive(doc.text(toks[i].span));
        // The token's shape says whether it starts upper case (a possessive ending has none).
        if (w.size() < 3 || !(toks[i].shape & kStartsUpper) || is_contraction(w) ||
            is_all_upper(w) || looks_english(w, false))
          continue;
        std::string_view folded = folded_stem(doc, toks[i]);
        ++names[folded][std::string(w)];
        if (i > first_word) mid_sentence.insert(folded);
        // Standing alone ("criticized Zelenskyy for"), not inside a longer name ("Yorkville
        // Endoscopy clinic"): a word only ever seen inside names is not itself a name.
        bool prev_cap =
            i > 0 && toks[i - 1].kind == TokenKind::word && (toks[i - 1].shape & kStartsUpper);
        bool next_cap = i + 1 < toks.size() && toks[i + 1].kind == TokenKind::word &&
                        (toks[i + 1].shape & kStartsUpper);
        if (!next_cap && (!prev_cap || (i > 0 && given_names_.contains(doc, toks[i - 1]))))
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
      if (capitals < 2 || capitals < 2 * lower_count || !standalone.count(it->first) ||
          !mid_sentence.count(it->first))
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
        auto name = names.empty() ? names.end() : names.find(folded_stem(doc, toks[i]));
        // 3. Given name + unknown lower-case word.
        bool after_given_name = i > 0 && toks[i - 1].kind == TokenKind::word &&
                                toks[i - 1].span.end + 1 == toks[i].span.begin &&
                                (toks[i - 1].shape & kStartsUpper) &&
                                given_names_.contains(doc, toks[i - 1]);
        if (name == names.end() && !after_given_name) continue;
        if (is_contraction(strip_possessive(w)) || !is_plain_word_context(doc, toks, i)) continue;
        if (name != names.end() && !allowed_.count(std::string(w))) {
          // "oakridge's": the name without its possessive ending.
          std::string_view stem = strip_possessive(w);
          report({toks[i].span.begin, toks[i].span.begin + static_cast<std::uint32_t>(stem.size())},
                 stem, most_frequent(name->second));
          continue;
        }
        if (after_given_name && !looks_english(w) && !allowed_.count(std::string(w)))
          report(toks[i].span, w, capitalize_first(w));
      }
    }
    lower_case_runs(doc, report);
  }

private:
  PhraseMatcher lexicon_;
  std::vector<std::string> forms_;
  WordSet dictionary_;
  WordSet given_names_;  // folded
  WordSet person_nouns_; // roles and offices, whose capitals vary by style ("Prime Minister")
  WordSet place_nouns_, org_nouns_; // the heads of place and organisation names

  // 4. Names of places and organisations of several words that the draft writes capitalised
  // in mid-sentence ("the Elm Valley council", "the Harlow Road depot") and elsewhere in lower
  // case ("residents of elm valley", "elm valley's mayor"). A run is two or three capitalised
  // words between lower-case ones whose last word is a place or an organisation (WordNet:
  // "valley", "road", "council"; not "Saturated Fat" or "Climate Change", which are topics
  // written either way); none may be a role ("Prime Minister" and "prime minister" are both
  // right). As for single words, the draft must capitalise the run at least twice and twice
  // as often as it writes it in lower case; after "a" or "an" a lower-case run is generic.
  template <typename Report> void lower_case_runs(const Document& doc, Report&& report) const {
    struct Run {
      std::string written;
      int capitals = 0, lower = 0;
      std::uint32_t first_hash = 0; // the first word's folded_hash
    };
    std::unordered_map<std::string, Run> runs; // folded words -> written form and counts
    for (const Sentence& sen : doc.sentences) {
      if (doc.blocks[sen.block].kind == BlockKind::heading || sen.cell >= 0) continue;
      auto toks = doc.tokens_of(sen);
      std::size_t first_word = 0;
      while (first_word < toks.size() && toks[first_word].kind != TokenKind::word) ++first_word;
      for (std::size_t i = first_word + 1; i < toks.size();) {
        // Most tokens start no capitalised run: the shape bit says so without a look at text.
        if (!(toks[i].shape & kStartsUpper) || toks[i].kind != TokenKind::word) {
          ++i;
          continue;
        }
        std::size_t j = i;
        while (j < toks.size() && j - i < 4 && title_word(doc, toks[j]) &&
               (j == i || toks[j - 1].span.end + 1 == toks[j].span.begin))
          ++j;
        std::size_t n = j - i;
        bool closed = j == toks.size() || !title_word(doc, toks[j]);
        // The first word of the sentence is capitalised by position: "The Elm Valley council".
        bool opened = !title_word(doc, toks[i - 1]) ||
                      (i - 1 == first_word && dictionary_.contains(doc.folded(toks[i - 1])));
        if (n >= 2 && n <= 3 && closed && opened) {
          std::string key, written;
          bool role = false;
          for (std::size_t k = i; k < j; ++k) {
            std::string_view stem = folded_stem(doc, toks[k]);
            role = role || person_nouns_.contains(stem);
            key.append(k > i ? " " : "").append(stem);
            written.append(k > i ? " " : "").append(strip_possessive(doc.text(toks[k].span)));
          }
          std::string_view head = folded_stem(doc, toks[j - 1]);
          if (!role && (place_nouns_.contains(head) || org_nouns_.contains(head))) {
            Run& run = runs[key];
            if (run.written.empty()) run.written = std::move(written);
            run.first_hash = toks[i].folded_hash;
            ++run.capitals;
          }
        }
        i = std::max(j, i + 1);
      }
    }
    if (runs.empty()) return;
    // The hashes of the runs' folded first words: most lower-case words start none, and are
    // passed over with one look-up and no key built.
    std::unordered_set<std::uint32_t> firsts;
    for (const auto& [k, run] : runs) firsts.insert(run.first_hash);
    std::string key;
    std::vector<std::pair<Span, const Run*>> found;
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
        if (!(toks[i].shape & kAllLower) || toks[i].kind != TokenKind::word) continue;
        if (!firsts.count(toks[i].folded_hash)) continue;
        if (i > 0 && (doc.folded(toks[i - 1]) == "a" || doc.folded(toks[i - 1]) == "an")) continue;
        key.assign(folded_stem(doc, toks[i]));
        for (std::size_t j = i + 1; j < toks.size() && j - i < 3; ++j) {
          if (toks[j].kind != TokenKind::word || !(toks[j].shape & kAllLower) ||
              toks[j - 1].span.end + 1 != toks[j].span.begin)
            break;
          // Only the last word may carry a possessive ending ("elm valley's").
          if (strip_possessive(doc.folded(toks[j - 1])).size() != doc.folded(toks[j - 1]).size())
            break;
          key.append(" ").append(folded_stem(doc, toks[j]));
          auto it = runs.find(key);
          if (it == runs.end()) continue;
          bool longer = j + 1 < toks.size() && toks[j + 1].kind == TokenKind::word &&
                        (toks[j + 1].shape & kAllLower) &&
                        runs.count(key + " " + std::string(folded_stem(doc, toks[j + 1])));
          if (longer || !is_plain_word_context(doc, toks, i)) continue;
          Span span{toks[i].span.begin,
                    toks[j].span.begin + static_cast<std::uint32_t>(
                                             strip_possessive(doc.text(toks[j].span)).size())};
          ++it->second.lower;
          found.emplace_back(span, &it->second);
          i = j;
          break;
        }
      }
    }
    for (const auto& [span, run] : found)
      if (run->capitals >= 2 && run->capitals >= 2 * run->lower)
        report(span, doc.text(span), run->written);
  }

  // A word in title case: a capital, then not only capitals ("Valley", not "NATO").
  static bool title_word(const Document& doc, const Token& t) {
    return t.kind == TokenKind::word && (t.shape & kStartsUpper) && !is_all_upper(doc.text(t.span));
  }
  std::unordered_set<std::string> allowed_;

  // A word the dictionary knows, or an inflection or compound of known words ("misspoke",
  // "newsroom"): the word list is old and small, and an unknown word alone is weak evidence.
  // With `compounds`, two dictionary words written as one count too ("newsroom"); a word the
  // draft capitalises is judged without them, since place names are often made so
  // ("Oakridge", "Fenwick").
  bool looks_english(std::string_view w, bool compounds = true) const {
    if (in_dictionary(w)) return true;
    std::string lower = fold_case(w);
    // The dictionary is American: "criticised", "centre", "travelled", "defence", "analysed"
    // are its words in British spelling.
    if (std::string us = american_spelling(lower); us != lower && looks_english(us, compounds))
      return true;
    for (std::string_view prefix :
         {"mis", "re", "un", "over", "under", "out", "non", "pre", "anti", "co"})
      if (lower.size() > prefix.size() + 3 && lower.starts_with(prefix) &&
          dictionary_.contains(std::string_view(lower).substr(prefix.size())))
        return true;
    for (std::string_view suffix : {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "ness", "ment"})
      if (lower.size() > suffix.size() + 3 && lower.ends_with(suffix) &&
          dictionary_.contains(std::string_view(lower).substr(0, lower.size() - suffix.size())))
        return true;
    for (std::size_t cut = 3; compounds && cut + 3 <= lower.size(); ++cut)
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
