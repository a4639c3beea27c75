// Stories: which drafts of a run belong together, so cross-draft rules compare a draft only
// with the drafts of its own story (PRODUCT.md §8).
//
// Membership, in order of precedence:
//   1. the front-matter key `story:` ("story: port-strike-2026"): drafts with the same value
//      are one story;
//   2. the configuration (`stories: folders`, or named globs): resolved by the caller into the
//      same per-draft keys;
//   3. otherwise automatic grouping: two drafts are linked when what they are about is alike
//      (cosine similarity of their term profiles) and they share at least one distinctive name,
//      and their dates (when both have one) are close; the stories are the connected groups.
//      A draft that links to no other is a story of its own.
// A draft's profile is its words (folded, "Arpaio's" as "arpaio", three letters or more) and
// figures of two digits or more, with their counts, plus its distinctive names: capitalised words
// the dictionary does not know
// ("Vantrel", "Dallaire"; not "The", "Friday", "Government"), so "the strike" or "the talks"
// alone never link two drafts. A term weighs (1 + log count) × log(pool / drafts with the
// term), pool being the run's size or `typical_run` if larger: a word every draft has weighs
// little, one that two drafts share a lot; words more than one draft in twenty has are left
// out. Groups join strongest link first, and only when at least half the pairs of drafts across
// them are linked: one draft that mentions two stories (a round-up) does not chain them.
#pragma once

#include "document/document.hpp"
#include "rules/word_set.hpp"
#include "source/source_file.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

// Names are hashed apart from the words they are spelled with: a name's hash is its word's
// 32-bit hash XOR this salt.
inline constexpr std::uint64_t kStoryNameSalt = 0x9e3779b97f4a7c15ULL;

// One term of a draft's profile: a word or a distinctive name (hash of its folded text; names
// are salted apart from words) and its count's weight, 1 + log(count).
struct StoryTerm {
  std::uint64_t hash = 0;
  float tf = 0;
  bool name = false;
  friend bool operator==(const StoryTerm&, const StoryTerm&) = default;
};

// The profile of a draft, sorted by hash; with `texts`, each name's text (for `claimlint
// stories`, which shows the shared names as the evidence of a link).
std::vector<StoryTerm>
story_profile(const Document& doc, const WordSet& dictionary,
              std::vector<std::pair<std::uint64_t, std::string>>* texts = nullptr);

// Cosine similarity of two profiles, each term weighted by its count weight times `weight`
// (its rarity; 0 leaves it out); `names_shared`, when given, counts the names both hold.
double profile_similarity(const std::vector<StoryTerm>& a, const std::vector<StoryTerm>& b,
                          const std::function<double(std::uint64_t)>& weight,
                          std::size_t* names_shared = nullptr);

struct StoryOptions {
  double link_cosine = 0.2;   // similarity at which two drafts are linked
  std::size_t min_shared = 1; // distinctive names two linked drafts share, at least
  long max_days_apart = 45;
  std::size_t typical_run = 50; // the smallest number of drafts rarity is computed against
  bool evidence = false;        // fill StoryLink::shared (for `claimlint stories`)
};

struct StoryLink {
  std::size_t a = 0, b = 0;          // drafts (indexes into the run's files)
  double weight = 0;                 // cosine similarity of the two profiles
  std::vector<std::uint64_t> shared; // the shared names (hashes), most telling first
};

struct Stories {
  std::vector<int> story_of;      // per draft: its story
  std::vector<std::string> names; // per story: the front-matter key, or "" (automatic)
  std::vector<StoryLink> links;   // the links that made the automatic groups
};

// `profiles[i]` is draft i's story_profile; `dates` its reference date (nullopt when undated);
// `keys` its front-matter story key ("" when none).
Stories group_stories(const std::vector<std::vector<StoryTerm>>& profiles,
                      const std::vector<std::optional<Date>>& dates,
                      const std::vector<std::string>& keys, const StoryOptions& options = {});

} // namespace claimlint
