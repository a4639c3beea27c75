// The word lists claim extraction uses (rules/lists/): titles and their modifiers and
// affiliations, speech verbs, subject synonyms, predicates, given names. Built once per run
// from the rule set's lists; users extend them with their own rule folders.
#pragma once

#include "rules/phrase_matcher.hpp"
#include "rules/word_set.hpp"
#include "util/hash.hpp"

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimlint {

class ClaimLexicon {
public:
  // `lists` maps a list file name ("titles.txt") to its text; several texts for one name are
  // concatenated by the caller. `dictionary` is the set of english-words.txt.
  static ClaimLexicon from_lists(const std::map<std::string, std::string_view>& lists,
                                 WordSet dictionary);

  PhraseMatcher titles{true};
  std::vector<std::string> title_forms; // canonical lower-case title per matcher id
  WordSet modifiers;                    // former, acting, deputy, ... (folded)
  WordSet affiliations;                 // u.s., german, nato, ... (folded)
  WordSet speech_verbs;                 // said, says, told, declared, ...
  WordSet given_names;
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

} // namespace claimlint
