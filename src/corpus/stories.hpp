// Stories: which drafts of a run belong together, so cross-draft rules compare a draft only
// with the drafts of its own story (PRODUCT.md §8).
//
// Membership, in order of precedence:
//   1. the front-matter key `story:` ("story: port-strike-2026"): drafts with the same value
//      are one story;
//   2. otherwise automatic grouping: two drafts are linked when the distinctive names they
//      share weigh enough and their dates (when both have one) are close; the stories are the
//      connected groups. A draft that links to no other is a story of its own, except in a
//      run of a few drafts where nothing links at all (`small_run`): those are one story.
// The names of a draft are its runs of capitalised words, folded ("kestrel ford", "vantrel",
// "marguerite dallaire"), leaving out common words ("The", "Friday", "Government": the
// dictionary) so "the strike" or "the talks" never link two drafts. A shared name weighs
// log(1 + max(drafts, typical_run) / drafts with the name): a name every draft of a large run
// has links little, one two drafts share links a lot. Two drafts are linked when the shared weight reaches
// `link_weight` and they share at least `min_shared` names. Groups join strongest link first,
// and only when at least half the pairs of drafts across them are linked: one draft that
// mentions two stories (a round-up) does not chain them into one.
#pragma once

#include "document/document.hpp"
#include "rules/word_set.hpp"
#include "source/source_file.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

// The distinctive names of a draft, as hashes of their folded text (sorted, unique); with
// `texts`, each hash's text too (for `claimlint stories`).
std::vector<std::uint64_t> story_names(const Document& doc, const WordSet& dictionary,
                                       std::vector<std::pair<std::uint64_t, std::string>>* texts =
                                           nullptr);

struct StoryOptions {
  double link_weight = 6.0;
  std::size_t min_shared = 3;
  long max_days_apart = 45;
  std::size_t typical_run = 50; // the smallest number of drafts rarity is computed against
  bool evidence = false;        // fill StoryLink::shared (for `claimlint stories`)
  // A run of at most this many drafts, none with a key and none linked by names (short drafts
  // share few), is one story: the user gave them together.
  std::size_t small_run = 5;
};

struct StoryLink {
  std::size_t a = 0, b = 0;                // drafts (indexes into the run's files)
  double weight = 0;                       // shared weight
  std::vector<std::uint64_t> shared;       // the shared names (hashes)
};

struct Stories {
  std::vector<int> story_of;               // per draft: its story
  std::vector<std::string> names;          // per story: the front-matter key, or "" (automatic)
  std::vector<StoryLink> links;            // the links that made the automatic groups
};

// `names[i]` are draft i's story_names; `dates` its reference date (nullopt when undated);
// `keys` its front-matter story key ("" when none).
Stories group_stories(const std::vector<std::vector<std::uint64_t>>& names,
                      const std::vector<std::optional<Date>>& dates,
                      const std::vector<std::string>& keys, const StoryOptions& options = {});

} // namespace claimlint
