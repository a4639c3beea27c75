// Aligning claims across the drafts of a story: which figures, dates and durations of two
// drafts state the same thing. Claims are matched by their signatures (claim.hpp: the verb, the
// counted noun or unit, the concepts of the clause's words and the sentence's names), not by
// lists of subjects.
//
// Two claims of different drafts can be aligned when their kinds are comparable (`comparable`)
// and their signatures score at least a threshold:
//   score = verb_weight * [same verb]
//         + noun_weight * [same counted noun]
//         + sum of idf(word) over the clause concepts they share
//         + entity_weight * sum of idf(name) over the sentence names they share (at most 3 names)
// and they share at least `min_pieces` pieces of evidence (the counted noun, a clause concept,
// a name of the sentence), where idf(x) = log(1 + candidates / candidates that have x), over
// the candidates given (the
// figures, or the dates, of one story), so "said" or a name every sentence has weigh little and
// "founded" or "embankment" a lot. Each claim keeps its best partner in each other draft, and
// only pairs that choose each other are kept; a thing is a connected set of such pairs.
// docs/claims.md says how the weights and the threshold were chosen.
#pragma once

#include "corpus/corpus.hpp"
#include "util/function_ref.hpp"

#include <span>
#include <unordered_map>
#include <vector>

namespace claimlint {

struct AlignWeights {
  double verb = 2.0;
  double noun = 2.0;
  double entity = 0.5;
  double threshold = 3.0;
  // Independent pieces of evidence two claims must share: the counted noun, each clause concept
  // (the verb's among them), and a name of their sentences. One rare word alone aligns nothing.
  int min_pieces = 2;
  double typical_pool = 20; // the smallest number of candidates rarity is computed against
  double margin = 3.0;      // a best partner must score this much more than the next best
  // Two claims whose clauses both name something and nothing in common ("appear before Taunton
  // Crown Court", "before Taunton Deane Magistrates' Court" share "Taunton" and are aligned;
  // "fired by the Sixers" and "fired by Ohio State" are not) are not aligned.
  bool contrast_names = false;
};

class Aligner {
public:
  // Whether two claims can state one thing, and on how much evidence: 0 when they cannot, 1 on
  // the usual threshold, more for pairs that need stronger evidence (two dates with different
  // verbs: "began in 2017" and "defeated him in the Nov. 4 election" are two events unless
  // everything else matches). A predicate returning bool gives 0 or 1. The factor acts before
  // partners are chosen, so a weak cross-event pair neither links nor crowds out the right one.
  using Comparable = FunctionRef<double(const Claim&, const Claim&)>;
  Aligner(const Corpus& corpus, std::span<const ClaimRef> claims, Comparable comparable,
          const AlignWeights& weights = {});

  // Groups of claims that state one thing, each spanning at least two drafts.
  std::vector<std::vector<ClaimRef>> groups() const;
  // The score of two claims (0 when they are not comparable). With `demanding` false, a pair
  // that needs more evidence (Comparable above 1) is scored as any other: a voter in a tie.
  double score(ClaimRef a, ClaimRef b, bool demanding = true) const;
  // Whether a draft other than those of `group` states something comparable that scores at
  // least `fraction` of the threshold with a claim of the group: the thing may be stated there
  // in words the alignment did not match, so a tie between the group's two drafts is unsure.
  bool stated_elsewhere(std::span<const ClaimRef> group, double fraction) const;
  // Whether a 1:1 tie between claims a and b of `group` can be reported: the two are aligned at
  // least `strength` times the threshold, and no other draft states the thing in words that
  // score `fraction` of the threshold with it.
  // In a story of two drafts, every disagreement is a tie: the alignment itself suffices.
  bool sure_tie(std::span<const ClaimRef> group, ClaimRef a, ClaimRef b, double strength,
                double fraction) const {
    if (corpus_.files().size() <= 2) return true;
    return score(a, b) >= strength * weights_.threshold && !stated_elsewhere(group, fraction);
  }
  // A tie between a and b broken by a third draft: a claim of another draft, comparable with
  // both and scoring at least `fraction` of the threshold with one of them, that agrees
  // (`agrees`) with exactly one side. +1 when it sides with a, -1 with b, 0 when nothing does.
  // With `sole_votes`, a draft's only claim comparable with both votes on comparability alone
  // (for kinds so narrow that one per draft is the thing: a length, a speed).
  int break_tie(std::span<const ClaimRef> group, ClaimRef a, ClaimRef b, double fraction,
                FunctionRef<bool(ClaimRef, ClaimRef)> agrees, bool sole_votes = false) const;
  // Whether one draft states both values: it has a claim agreeing (`agrees`) with a and another
  // agreeing with b, each aligned with them at least `fraction` of the threshold (a and b count
  // for themselves in their own drafts). A draft that gives "23 points" and "14 points", or a
  // 6.4 and a 6.1 quake, says these are two things, not one thing written two ways.
  bool stated_together(ClaimRef a, ClaimRef b, double fraction,
                       FunctionRef<bool(ClaimRef, ClaimRef)> agrees) const;
  // How a 1:1 tie between a (the statement to report) and b ends: `skip` when a third draft
  // sides with a (b is the odd one, reported on its own turn) or the tie is unsure (sure_tie),
  // `odd` when a third draft sides with b, `tie` otherwise.
  enum class TieCall { skip, tie, odd };
  TieCall settle_tie(std::span<const ClaimRef> group, ClaimRef a, ClaimRef b, double side,
                     double strength, double fraction, FunctionRef<bool(ClaimRef, ClaimRef)> agrees,
                     bool sole_votes = false) const {
    int s = break_tie(group, a, b, side, agrees, sole_votes);
    if (s > 0) return TieCall::skip;
    if (s < 0) return TieCall::odd;
    return sure_tie(group, a, b, strength, fraction) ? TieCall::tie : TieCall::skip;
  }
  const std::vector<ClaimRef>& claims() const { return claims_; }

private:
  const Corpus& corpus_;
  std::vector<ClaimRef> claims_;
  Comparable comparable_;
  AlignWeights weights_;
  std::unordered_map<const std::string*, int> df_;
  double idf(const Atom& x) const;
  // Each claim's concepts and names as (interned pointer, idf), sorted by pointer: scoring a
  // pair is a merge of integers, with no string compared and no table looked up.
  struct Weighted {
    const std::string* atom;
    double idf;
    friend bool operator<(const Weighted& a, const Weighted& b) { return a.atom < b.atom; }
  };
  struct Signature {
    std::vector<Weighted> context, entities;
  };
  std::vector<Signature> sigs_;
  std::unordered_map<std::uint64_t, std::size_t> index_; // file << 32 | claim -> position
  double score_at(std::size_t i, std::size_t j, bool demanding = true) const;
  std::size_t index_of(ClaimRef r) const;
};

// One counted thing: the same noun, or a compound and its head ("dockworker", "worker").
bool same_noun(std::string_view a, std::string_view b);
// Whether both claims' clauses name something and nothing in common (AlignWeights).
bool different_names(const Claim& a, const Claim& b);

// The alignment score of two claims given idf weights (exposed for tests).
double alignment_score(const Claim& a, const Claim& b, FunctionRef<double(const Atom&)> idf,
                       const AlignWeights& weights);

} // namespace claimlint
