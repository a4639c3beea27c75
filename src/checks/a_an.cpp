// a-an: "a important", "an union", "a 8-year-old", "an U.S. official" — the article must match
// the sound of the next word, not its spelling.
//
// The sound is decided in this order: words in the rule's `either` list accept both articles
// ("a/an historic"); acronyms the pronouncing dictionary (`sounds`, from the CMU Pronouncing
// Dictionary) says as words ("a NASA probe"); initialisms and all-capital abbreviations not in
// `word-acronyms` are read letter by letter ("an FBI agent", "a U.S. envoy", "an MEP"), those in it
// as words ("a NATO summit", "an OPEC meeting"); numbers by how they are spoken ("an 8", "an 11",
// "an 18,000", "a 100"); then the pronouncing dictionary ("an hour", "a Uruguayan"); then the
// `an-words` and `a-words` lists, for words it lacks (entries ending in "*" are prefixes: "hour*",
// "uni*"); then the first letter. Capitalised "A"/"An" is only an article at the start of a
// sentence, and after words such as "vitamin" or "plan" a letter is a name, not an article.
#include "checks/check.hpp"
#include "rules/word_set.hpp"
#include "util/text.hpp"

#include <array>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 3> kPlaceholders = {"article", "written", "word"};

class WordMatcher {
public:
  void add(std::string w) {
    w = fold_case(w);
    if (!w.empty() && w.back() == '*') {
      w.pop_back();
      prefixes_.push_back(std::move(w));
    } else {
      exact_.insert(std::move(w));
    }
  }
  bool matches(const std::string& folded) const {
    if (exact_.count(folded)) return true;
    for (const std::string& p : prefixes_)
      if (folded.starts_with(p)) return true;
    return false;
  }

private:
  std::unordered_set<std::string> exact_;
  std::vector<std::string> prefixes_;
};

enum class Sound { vowel, consonant, either, unknown };

bool is_opening(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "'" || t == "(" ||
         t == "[" || t == "*" || t == "_";
}

class AAn final : public Check {
public:
  explicit AAn(RuleParams& p) {
    for (std::string& w : p.list("an-words")) an_words_.add(std::move(w));
    for (std::string& w : p.list("a-words")) a_words_.add(std::move(w));
    for (std::string& w : p.list("either")) either_.add(std::move(w));
    for (std::string& w : p.list("word-acronyms")) word_acronyms_.insert(fold_case(w));
    for (std::string& w : p.list("letter-names-after")) letter_context_.insert(fold_case(w));
    if (auto words = p.word_set("dictionary")) dictionary_ = std::move(*words);
    for (std::string& line : p.list("sounds")) {
      std::size_t sp = line.find(' ');
      if (sp == std::string::npos) continue;
      std::string_view tag = std::string_view(line).substr(sp + 1);
      Sound s = tag == "vowel"       ? Sound::vowel
                : tag == "consonant" ? Sound::consonant
                : tag == "either"    ? Sound::either
                                     : Sound::unknown;
      if (s == Sound::unknown) {
        p.error("sounds", "'" + line + "' must end in vowel, consonant or either");
        continue;
      }
      sounds_.emplace(line.substr(0, sp), s);
    }
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    std::string folded;
    for (const Sentence& sen : doc.sentences) {
      auto toks = doc.tokens_of(sen);
      for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
        if (toks[i].kind != TokenKind::word) continue;
        std::string_view art = doc.text(toks[i].span);
        bool is_a = art == "a" || (art == "A" && i == 0);
        bool is_an = art == "an" || ((art == "An" || art == "AN") && i == 0);
        if (!is_a && !is_an) continue;
        // "3.a", "(a)": a letter glued to what comes before is a label, not an article.
        if (i > 0 && toks[i - 1].span.end == toks[i].span.begin &&
            !is_opening(doc.text(toks[i - 1].span)))
          continue;
        if (i > 0) {
          fold_case_into(folded, doc.text(toks[i - 1].span));
          if (letter_context_.count(folded)) continue;
          if (doc.text(toks[i - 1].span) == "-" || doc.text(toks[i - 1].span) == "/") continue;
        }
        std::size_t j = i + 1;
        while (j < toks.size() && is_opening(doc.text(toks[j].span))) ++j;
        if (j >= toks.size()) continue;
        const Token& next = toks[j];
        if (next.kind != TokenKind::word && next.kind != TokenKind::number) continue;
        // "a-" or "a/an": not an article.
        if (toks[i + 1].span.begin == toks[i].span.end) continue;
        std::string_view word = doc.text(next.span);
        if (doc.in_verbatim(next.span.begin)) continue;
        // "a and b", "a or b": a letter used as a name. "a an", "an the": two articles, a
        // slip of another kind (one is deleted, not swapped: prose/repeated-word's business).
        if (word == "and" || word == "or" || word == "nor") continue;
        if (word == "a" || word == "an" || word == "the" || word == "A" || word == "An" ||
            word == "The")
          continue;
        Sound s = sound_of(word, next.kind);
        if (s == Sound::either || s == Sound::unknown) continue;
        bool want_an = s == Sound::vowel;
        if (want_an == is_an) continue;
        std::string_view right =
            want_an ? (starts_upper(art) ? "An" : "an") : (starts_upper(art) ? "A" : "a");
        sink.report(toks[i].span, {{"article", right}, {"written", art}, {"word", word}},
                    Fix{toks[i].span, std::string(right)});
      }
    }
  }

private:
  WordMatcher an_words_, a_words_, either_;
  std::unordered_set<std::string> word_acronyms_, letter_context_;
  WordSet dictionary_;
  // From the pronouncing dictionary: words whose first sound their spelling hides, keyed in
  // lower case; acronyms said as words, keyed in capitals.
  std::unordered_map<std::string, Sound> sounds_;

  Sound listed_sound(const std::string& key) const {
    auto it = sounds_.find(key);
    return it == sounds_.end() ? Sound::unknown : it->second;
  }

  static Sound letter_sound(char32_t c) {
    switch (c) {
    case 'A':
    case 'E':
    case 'F':
    case 'H':
    case 'I':
    case 'L':
    case 'M':
    case 'N':
    case 'O':
    case 'R':
    case 'S':
    case 'X':
      return Sound::vowel;
    default:
      return (c >= 'A' && c <= 'Z') ? Sound::consonant : Sound::unknown;
    }
  }

  static Sound number_sound(std::string_view n) {
    std::string digits;
    for (char c : n) {
      if (c == '.') break;
      if (c >= '0' && c <= '9') digits += c;
    }
    if (digits.empty()) return Sound::unknown;
    if (digits[0] == '8') return Sound::vowel;
    bool eleven_or_eighteen = digits.starts_with("11") || digits.starts_with("18");
    if (digits.size() % 3 == 2 && eleven_or_eighteen) return Sound::vowel;
    // Years and four-digit numbers without a comma are said in hundreds: "an 1898 ruling".
    if (digits.size() == 4 && n.find(',') == std::string_view::npos && eleven_or_eighteen)
      return Sound::vowel;
    return Sound::consonant;
  }

  Sound sound_of(std::string_view word, TokenKind kind) const {
    if (kind == TokenKind::number) return number_sound(word);
    std::string folded = fold_case(word);
    if (either_.matches(folded)) return Sound::either;
    bool dotted = word.find('.') != std::string_view::npos;
    // Mixed-case abbreviations with two or more capitals are spelled out: "an MSc", "a PhD".
    int capitals = 0;
    for (char ch : word) capitals += ch >= 'A' && ch <= 'Z';
    if (capitals >= 2 && word.size() <= 5 && !is_all_upper(word) && starts_upper(word))
      return letter_sound(first_code_point(word));
    // An acronym the pronouncing dictionary says as a word ("a NASA probe", "a SWAT team").
    if (word.size() >= 3 && is_all_upper(word) && !dotted)
      if (Sound s = listed_sound(std::string(word)); s != Sound::unknown) return s;
    // Capitals that spell a dictionary word are that word ("A FIVE-year-old").
    // (Not three letters: "an FIR" is said as letters though "fir" is a word.)
    bool shouted_word = word.size() >= 4 && dictionary_.contains(folded);
    if (dotted ||
        (word.size() >= 2 && is_all_upper(word) && !word_acronyms_.count(folded) &&
         !shouted_word) ||
        (word.size() == 1 && starts_upper(word))) {
      return letter_sound(first_code_point(word));
    }
    if (word.size() == 1) return Sound::unknown;
    // The pronouncing dictionary: "an hour", "a union", "a Uruguayan", "a one-off".
    if (Sound s = listed_sound(folded); s != Sound::unknown) return s;
    // A capitalised word the dictionary does not know is a name whose sound we cannot tell
    // ("a Iair", Spanish for "to Iair"; "an Uber").
    if (starts_upper(word) && !dictionary_.contains(word) && !dictionary_.contains(folded))
      return Sound::unknown;
    if (an_words_.matches(folded)) return Sound::vowel;
    if (a_words_.matches(folded)) return Sound::consonant;
    char32_t c = first_code_point(folded);
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return Sound::vowel;
    if (c >= 'a' && c <= 'z') return Sound::consonant;
    return Sound::unknown;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<AAn>(p);
}

} // namespace

CheckKind a_an_check_kind() {
  return {"a-an", "'a' or 'an' that does not match the sound of the next word", kPlaceholders,
          &make};
}

} // namespace claimlint
