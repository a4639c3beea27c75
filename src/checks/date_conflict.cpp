// claims/date-conflict: one event given different dates: the same subject and predicate
// ("ortiz" + "take office", "strike" + "begin") with dates that differ at the precision both
// give ("January 2023" vs "January 2024"; "2022" and "February 2022" agree). Each date that
// differs from the most frequent one (on a tie, the earliest) is reported, pointing at it.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"

#include <array>
#include <map>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 4> kPlaceholders = {"subject", "predicate", "date", "other"};

// A date at the precision it was given: "2023", "2023-01", "2023-01-05". A day without a year
// ("March 2", "on Monday") counts once the draft's date has resolved it; vaguer relative dates
// ("two years ago", "last month") are approximate and left out.
std::string written_precision(const Claim& c) {
  if (!c.modifier.empty() && c.modifier != "since") return {};
  if (!c.year) {
    bool to_the_day = c.resolved.size() == 10 && c.relative != "ago"; // "3 days ago" is rough
    return to_the_day ? c.resolved.str() : std::string();
  }
  if (c.month && c.day) return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
  if (c.month) return fmt::format("{:04}-{:02}", c.year, c.month);
  return fmt::format("{:04}", c.year);
}

bool compatible(const std::string& a, const std::string& b) {
  std::size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) == 0;
}

class DateConflict final : public Check {
public:
  explicit DateConflict(RuleParams&) {}

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<ClaimRef, std::string>>>
        groups;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        if (c.kind != ClaimKind::date || c.subject.empty() || c.predicate.empty()) continue;
        std::string value = written_precision(c);
        if (value.empty()) continue;
        // "after the Sept. 11 attacks in 2001": a year in the same sentence says the day was
        // not resolved into the right year, so the resolution is not trusted.
        if (!c.year) {
          bool year_nearby = false;
          for (const Claim& o : corpus.files()[f].claims)
            year_nearby |= o.kind == ClaimKind::date && o.sentence == c.sentence && o.year != 0;
          if (year_nearby) continue;
        }
        groups[{subject_key(corpus, {f, k}), c.predicate}].push_back({{f, k}, value});
      }
    for (const auto& [key, dates] : groups) {
      std::map<std::string, int> counts;
      for (const auto& d : dates) ++counts[d.second];
      std::string majority;
      int best = 0;
      for (const auto& [v, n] : counts)
        if (n > best) {
          best = n;
          majority = v;
        }
      const std::pair<ClaimRef, std::string>* example = nullptr;
      for (const auto& d : dates)
        if (d.second == majority) {
          example = &d;
          break;
        }
      for (const auto& d : dates) {
        if (compatible(d.second, majority)) continue;
        RelatedLocation rel{&corpus.source(example->first), corpus.claim(example->first).span,
                            fmt::format("dated {} here", majority)};
        sink.report(corpus.source(d.first), corpus.claim(d.first).span,
                    {{"subject", subject_name(corpus, key.first)},
                     {"predicate", key.second},
                     {"date", d.second},
                     {"other", majority}},
                    {rel});
      }
    }
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<DateConflict>(p);
}

} // namespace

CheckKind date_conflict_check_kind() {
  return {"date-conflict", "one event given different dates", kPlaceholders, &make};
}

} // namespace claimlint
