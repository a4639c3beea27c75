// claims/quantity-conflict: one measured thing given figures that differ beyond their stated
// approximation: the same subject and counted noun ("7,500 workers" vs "7,000 workers" for the
// union Jansen leads), or the same subject and money purpose in the same currency and rate
// ("a budget of €12 million" vs "the €15 million budget"). A compound noun counts as its head
// ("dockworkers" are "workers"). Figures of things that change by the day (`changing-nouns`:
// casualties, vessels waiting, cases; `changing-purposes`: costs, losses) are only compared
// between drafts of the same date. Amounts in different currencies are never compared: one is
// often a conversion of the other at some rate.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "util/date.hpp"

#include <array>
#include <map>
#include <set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 4> kPlaceholders = {"subject", "noun", "figure", "other"};

std::string head_noun(const std::string& noun, const std::vector<std::string>& heads) {
  for (const std::string& h : heads)
    if (noun.size() > h.size() && noun.ends_with(h)) return h;
  return noun;
}

class QuantityConflict final : public Check {
public:
  explicit QuantityConflict(RuleParams& p) {
    about_ = p.number("about-tolerance", 0.05);
    heads_ = p.list("noun-heads");
    for (const std::string& n : p.list("changing-nouns")) changing_.insert(n);
    for (const std::string& n : p.list("predicates")) predicates_.insert(n);
    for (const std::string& n : p.list("changing-purposes")) changing_purposes_.insert(n);
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    // One measured thing: whose it is, what it measures ("worker", "budget a year"), and for
    // money its currency (empty for counts).
    struct Thing {
      std::string subject, what, currency;
      auto operator<=>(const Thing&) const = default;
    };
    std::map<Thing, std::vector<ClaimRef>> groups;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        // Money: only amounts whose sentence says whose they are and what they are for; "a
        // $5 million contract" alone may be any of several contracts in a story.
        if (c.kind == ClaimKind::money && !c.subject.empty() && !c.purpose.empty()) {
          std::string what = c.purpose + (c.per.empty() ? "" : " a " + c.per);
          groups[{subject_key(corpus, {f, k}), what, c.currency}].push_back({f, k});
          continue;
        }
        // Only figures tied to their subject by a stative predicate (`predicates`: "Jansen, who
        // represents 7,500 workers"); "finished with 23 points" and "2,129 career points" measure
        // different things, and a figure that merely stands near a subject word says nothing.
        if (c.kind != ClaimKind::count || c.subject.empty() || c.noun.empty() ||
            !predicates_.count(c.predicate))
          continue;
        groups[{subject_key(corpus, {f, k}), head_noun(c.noun, heads_), ""}].push_back({f, k});
      }
    for (const auto& [key, refs] : groups) {
      if (refs.size() < 2) continue;
      const bool money = !key.currency.empty();
      const std::string& what = key.what;
      for (std::size_t i = 0; i < refs.size(); ++i) {
        const Claim& a = corpus.claim(refs[i]);
        // Compare with the first earlier figure it contradicts.
        for (std::size_t j = 0; j < i; ++j) {
          const Claim& b = corpus.claim(refs[j]);
          // Two amounts in one sentence are a range, a breakdown or bounds ("$800 to $1,000",
          // "$334 million ($281M in cash)", "below $5,000 ... more than $10,000"), never two
          // statements of one figure.
          if (money && refs[i].file == refs[j].file && a.sentence == b.sentence) continue;
          bool changes =
              money ? changing_purposes_.count(a.purpose) > 0 : changing_.count(what) > 0;
          if (changes && !same_day(corpus.source(refs[i]), corpus.source(refs[j]))) continue;
          if (ranges_overlap(figure_range(a.amount, a.approx, about_),
                             figure_range(b.amount, b.approx, about_)))
            continue;
          RelatedLocation rel{&corpus.source(refs[j]), b.span, "the other figure"};
          sink.report(corpus.source(refs[i]), a.span,
                      {{"subject", subject_name(corpus, key.subject)},
                       {"noun", what},
                       {"figure", corpus.source(refs[i]).slice(a.span)},
                       {"other", corpus.source(refs[j]).slice(b.span)}},
                      {rel});
          break;
        }
      }
    }
  }

private:
  double about_ = 0.05;
  std::vector<std::string> heads_;
  std::set<std::string> changing_, predicates_, changing_purposes_;

  static bool same_day(const SourceFile& a, const SourceFile& b) {
    auto da = a.reference_date(), db = b.reference_date();
    if (!da || !db) return true; // undated drafts are taken to describe the same moment
    return *da == *db;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<QuantityConflict>(p);
}

} // namespace

CheckKind quantity_conflict_check_kind() {
  return {"quantity-conflict", "one measured thing given different figures", kPlaceholders, &make};
}

} // namespace claimlint
