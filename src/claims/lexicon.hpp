// The word lists claim extraction uses (rules/lists/): titles and their modifiers and
// affiliations, speech verbs, subject synonyms, predicates, given names, and the lists derived
// from WordNet and Faker by scripts/make-word-lists (person and organisation nouns, verbs,
// inflections, pertainyms). Built once per run from the rule set's lists; users extend them
// with their own rule folders.
#pragma once

#include "rules/phrase_matcher.hpp"
#include "rules/sorted_pairs.hpp"
#include "rules/word_set.hpp"
#include "util/atom.hpp"
#include "util/hash.hpp"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimlint {

class ClaimLexicon {
public:
  // `lists` maps a list file name ("titles.txt") to its text; several texts for one name are
  // concatenated by the caller. `dictionary` is the set of english-words.txt.
  // `compiled` gives the index the build compiled for a built-in list that no user list
  // extends (nullopt otherwise): the large derived lists are then used in place.
  using CompiledList = std::function<std::optional<WordSet>(std::string_view name)>;
  static ClaimLexicon from_lists(const std::map<std::string, std::string_view>& lists,
                                 WordSet dictionary, const CompiledList& compiled = {});

  // The base form of a case-folded word: "killed" -> "kill", "passengers" -> "passenger",
  // "ran" -> "run" (inflections, then suffix rules checked against the verbs and the
  // dictionary). A word with no known base is its own lemma. `buf` holds the result when it is
  // not a part of `folded`.
  std::string_view lemma(std::string_view folded, std::string& buf) const;
  // The noun an adjective pertains to ("financial" -> "finance"), or the word itself.
  std::string_view pertainym(std::string_view folded) const;
  // The concept of a lemma ("kill" -> "die", "ballot" -> "election"), or the lemma itself.
  std::string_view concept_of(std::string_view lemma) const;

  PhraseMatcher titles{true};
  std::vector<std::string> title_forms; // canonical lower-case title per matcher id
  WordSet modifiers;                    // former, acting, deputy, ... (folded)
  WordSet affiliations;                 // u.s., german, nato, ... (folded)
  WordSet speech_verbs;                 // said, says, told, declared, ...
  WordSet given_names;                  // folded
  WordSet person_nouns;                 // farmer, treasurer, chief, officer (WordNet)
  WordSet non_office_nouns;             // brother, passenger, resident: roles that are no office
  WordSet office_nouns;                 // sheriff, chief, officer, counsel: roles that are offices
  WordSet not_people;                   // saudi arabia, new york, american: names of no person
  WordSet adjectives;                   // new, defiant, embattled: adjectives that are not nouns
  WordSet mostly_verbs;                 // see, hold, remove: words used mostly as verbs
  WordSet org_nouns;                    // federation, university, council (WordNet)
  WordSet place_nouns;                  // county, gorge, street, center (WordNet)
  WordSet verbs;                        // base forms (WordNet)
  TextMap<std::string> title_abbreviations; // "sgt" -> "sergeant", "gov" -> "governor"
  SortedPairs inflections;                  // "ran" -> "run" (WordNet exceptions)
  SortedPairs pertainyms;                   // "financial" -> "finance"
  SortedPairs concepts;                     // "killed" -> "die" (WordNet), by lemma
  SortedPairs role_synonyms;                // "chairwoman" -> "president" (WordNet)
  SortedPairs person_kinds;                 // "senator" -> "legislator politician leader"
  struct Unit {
    std::string symbol, dimension; // "ft", "length"
    double factor = 0;             // to the dimension's metric unit; 0 for temperatures
  };
  TextMap<Unit> units; // written form ("feet", "miles per hour", "km") -> unit (units.txt)
  // Currencies from ICU (currencies.txt): folded form -> ISO code, and how it is written:
  // 'c' an ISO code ("CHF"), 's' a symbol one currency owns ("₡", "元"), 'n' an English name
  // ("costa rican colóns"). The grammar's own currencies come first; these are the rest.
  struct Currency {
    std::string code;
    char how = 'c';
  };
  TextMap<Currency> currencies;
  WordSet currency_first_words; // the first word of every form: most words after a figure are none
  std::size_t longest_currency_words = 1;
  std::size_t longest_unit_words = 1;
  WordSet honorifics; // mr., mrs., dr. (not titles), each also without its dot: "Mr" is one
  WordSet name_particles;
  TextMap<std::string> subject_of;   // walkout -> strike
  TextMap<std::string> purpose_of;   // budgets -> budget (money)
  TextMap<std::string> nicknames;    // pete -> peter (folded)
  TextMap<std::string> predicate_of; // took office -> take office
  WordSet dictionary;                // rules/lists/english-words.txt
  PhraseMatcher predicates{true};
  std::vector<std::string> predicate_forms;
};

// Lemmas remembered by one thread: most words repeat from draft to draft, and a lemma costs
// several look-ups. Keys are copied; values live as long as the cache or the lexicon's lists.
// for_thread() gives the calling thread's cache for a lexicon (a new lexicon starts afresh).
class LemmaCache {
public:
  explicit LemmaCache(const ClaimLexicon& lex) : lex_(lex) {}
  static LemmaCache& for_thread(const ClaimLexicon& lex) {
    thread_local std::unique_ptr<LemmaCache> cache;
    if (!cache || &cache->lex_ != &lex || cache->map_.size() > 200000)
      cache = std::make_unique<LemmaCache>(lex);
    return *cache;
  }
  std::string_view operator()(std::string_view folded) { return entry(folded).lemma; }
  // The concept of a word's lemma, interned once ("killed" -> die).
  const Atom& concept_of(std::string_view folded) { return entry(folded).idea; }

private:
  struct Entry {
    std::string_view lemma;
    Atom idea; // the concept
  };
  const Entry& entry(std::string_view folded) {
    auto it = map_.find(folded);
    if (it != map_.end()) return it->second;
    owned_keys_.emplace_back(folded);
    std::string_view key = owned_keys_.back();
    std::string buf;
    std::string_view base = lex_.lemma(key, buf); // a view into key, into a list, or buf
    if (!buf.empty() && base.data() == buf.data()) {
      owned_.push_back(std::move(buf));
      base = owned_.back();
    }
    return map_.emplace(key, Entry{base, Atom(lex_.concept_of(base))}).first->second;
  }
  const ClaimLexicon& lex_;
  std::deque<std::string> owned_, owned_keys_;
  std::unordered_map<std::string_view, Entry, TextHash, std::equal_to<>> map_;
};

} // namespace claimlint
