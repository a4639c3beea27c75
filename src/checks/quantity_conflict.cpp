// claims/quantity-conflict: one measured thing given figures that cannot both hold.
//
// The figures of a story's drafts (counts, bare numbers with a clause, money, percentages,
// measures, tallies) are aligned by their signatures (src/corpus/align.hpp): "killing 12 people"
// and "at least 21 people were killed" state one thing, "injuring 31" another. Ages are grouped
// by the person they belong to. Two figures of one thing are compatible when the ranges they
// stand for overlap: an approximation word widens a figure ("about 7,500" is ±`about-tolerance`,
// "more than 300" is 300 to 600, "up to 19" is 0 to 19), a range is its two ends, and measures
// are compared in metric units (40 feet and 12 metres agree). Money in different currencies is
// never compared (one is often a conversion), nor percentages with percentage points. Figures
// of things that grow or shrink by the day (`changing`: deaths, cases, arrests, damage, matched
// against the figure's verb, counted noun and clause) must agree between drafts of the same date;
// across dates an earlier draft may give a smaller figure, not a larger one. Ages may differ by
// one between drafts more than a few months apart.
//
// The odd figure is reported (src/checks/claim_groups.hpp, find_odd), naming the figures it
// contradicts; a 1:1 tie is reported on both sides.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "corpus/align.hpp"
#include "util/date.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 5> kPlaceholders = {"figure", "other", "what", "where",
                                                           "tie"};

bool is_figure(const Claim& c) {
  switch (c.kind) {
  case ClaimKind::count:
    return !c.part;
  case ClaimKind::money:
  case ClaimKind::percent:
  case ClaimKind::measure:
  case ClaimKind::tally:
    return true;
  case ClaimKind::number:
    return (!c.verb.empty() || !c.noun.empty()) && !c.part;
  default:
    return false;
  }
}

// "an 86-yard run", "a 47-page report", "the 640-bed hospital": the figure describes one thing
// of the kind, where "226 yards" or "300 pages" is an amount; it does not change by the day.
bool is_attributive(const Corpus& corpus, ClaimRef r) {
  const Claim& c = corpus.claim(r);
  std::string_view w = corpus.source(r).slice(c.span);
  std::size_t h = w.find('-');
  if (h != std::string_view::npos && h + 1 < w.size() && h > 0 &&
      std::isdigit(static_cast<unsigned char>(w[h - 1])) &&
      std::isalpha(static_cast<unsigned char>(w[h + 1])))
    return true;
  // "an 80 yard touchdown", "a 10 mile race": a unit word in the singular ("yard", not "yards"
  // or "feet") after an amount other than one, before a lower-case word that is no function word.
  if (c.kind != ClaimKind::measure || c.amount == 1) return false;
  std::size_t sp = w.rfind(' ');
  std::string_view unit = sp == std::string_view::npos ? std::string_view() : w.substr(sp + 1);
  if (unit.size() < 4 || unit.ends_with('s') || unit == "feet" ||
      !std::all_of(unit.begin(), unit.end(),
                   [](char ch) { return std::islower(static_cast<unsigned char>(ch)); }))
    return false;
  const SourceFile& f = corpus.source(r);
  std::string_view rest = f.text().substr(c.span.end, 24);
  if (rest.size() < 2 || rest[0] != ' ' || !std::islower(static_cast<unsigned char>(rest[1])))
    return false;
  std::size_t e = 1;
  while (e < rest.size() && std::isalpha(static_cast<unsigned char>(rest[e]))) ++e;
  std::string_view next = rest.substr(1, e - 1);
  for (std::string_view fw :
       {"of",   "from", "in",   "to",  "down", "up",    "into",  "per",  "a",
        "an",   "the",  "and",  "or",  "away", "above", "below", "high", "long",
        "deep", "wide", "tall", "off", "on",   "at",    "over",  "under"})
    if (next == fw) return false;
  return true;
}

class QuantityConflict final : public Check {
public:
  explicit QuantityConflict(RuleParams& p) {
    about_ = p.number("about-tolerance", 0.05);
    for (const std::string& n : p.list("changing")) changing_.insert(&Atom(n).str());
    for (const std::string& n : p.list("current")) current_.insert(&Atom(n).str());
    tie_fraction_ = p.number("tie-check", 0.5);
    tie_strength_ = p.number("tie-strength", 2.0);
    tie_side_ = p.number("tie-break", 0.25);
    slip_factor_ = p.number("slip-factor", 5);
    weights_.threshold = p.number("align-threshold", weights_.threshold);
    age_days_ = static_cast<long>(p.number("age-days", 120));
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    std::vector<ClaimRef> figures;
    std::map<int, std::vector<ClaimRef>> ages; // by person
    std::set<const Claim*> attributive;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        if (c.kind == ClaimKind::age) {
          int person = c.subject.empty() ? -1 : corpus.person_of(f, c.subject);
          if (person >= 0) ages[person].push_back({f, k});
        } else if (is_figure(c)) {
          figures.push_back({f, k});
          if (is_attributive(corpus, {f, k})) attributive.insert(&c);
        }
      }
    auto comparable = [&](const Claim& a, const Claim& b) {
      // (a measure of one named thing is its size either way: "a 20-foot wave", "a wave of
      // about 4 metres"; "an 86-yard run" and "226 yards" are not one thing)
      if (attributive.count(&a) != attributive.count(&b) &&
          !(a.kind == ClaimKind::measure && b.kind == ClaimKind::measure && !a.noun.empty() &&
            a.noun == b.noun))
        return false;
      // Two nouns must be the same; a figure with a noun and one without need the same verb.
      auto nouns_agree = [&] {
        if (!a.noun.empty() && !b.noun.empty()) return a.noun == b.noun;
        return !a.verb.empty() && a.verb == b.verb;
      };
      // "the number of confirmed cases reached 17" is a count of cases, like "27 cases".
      auto kind = [](const Claim& c) {
        return c.kind == ClaimKind::number && !c.noun.empty() ? ClaimKind::count : c.kind;
      };
      if (kind(a) != kind(b)) return false;
      // "23 mph over the limit" is a difference, compared only with a difference.
      if (a.modifier != b.modifier) return false;
      switch (kind(a)) {
      case ClaimKind::count:
        return same_noun(a.noun, b.noun);
      case ClaimKind::money:
        return a.currency == b.currency && a.per == b.per && nouns_agree();
      case ClaimKind::percent:
        return a.points == b.points && nouns_agree();
      case ClaimKind::number:
        return nouns_agree();
      case ClaimKind::measure:
        return a.dimension == b.dimension && a.per == b.per &&
               (a.noun.empty() || b.noun.empty() || a.noun == b.noun);
      default:
        return true;
      }
    };
    Aligner aligner(corpus, figures, comparable, weights_);
    for (const std::vector<ClaimRef>& thing : aligner.groups())
      report(corpus, sink, thing, false, &aligner);
    for (const auto& [person, refs] : ages) {
      (void)person;
      report(corpus, sink, refs, true, nullptr);
    }
  }

private:
  double about_ = 0.05;
  long age_days_ = 120;
  AlignWeights weights_;
  // interned words (an Atom is its string's address): a look-up is a pointer hash
  std::unordered_set<const std::string*> changing_, current_;
  double tie_fraction_ = 0.5, tie_strength_ = 2.0, tie_side_ = 0.25;
  double slip_factor_ = 5;

  std::pair<double, double> range(const Claim& c) const {
    double v = c.kind == ClaimKind::measure ? c.si : c.amount;
    if (c.amount_high) {
      double hi = c.kind == ClaimKind::measure && c.amount != 0 ? *c.amount_high * c.si / c.amount
                                                                : *c.amount_high;
      return {std::min(v, hi), std::max(v, hi)};
    }
    auto r = figure_range(v, c.approx, about_);
    // A measure's written figure is rounded: "about 12 metres" is 40 feet in other words.
    if (c.kind == ClaimKind::measure) {
      double slack = std::max(std::fabs(v) * about_, 0.0);
      if (!c.approx.empty()) slack *= 2;
      r = {r.first - slack, r.second + slack};
    }
    return r;
  }

  // A count that grows or shrinks by the day: its verb or counted noun says so ("killed",
  // "cases"); a word elsewhere in the clause does not ("the 640-bed hospital" is no toll).
  bool changes(const Claim& c) const {
    if (changing_.count(&c.verb.str()) || changing_.count(&c.noun.str())) return true;
    // a count without a noun of its own takes the clause's: "the toll rose to 13"
    if (c.noun.empty())
      for (const Atom& w : c.context)
        if (changing_.count(&w.str())) return true;
    return false;
  }
  // A figure of the current state ("17 remained in hospital", "60,000 customers still without
  // power"): it may change either way between dates.
  bool current(const Claim& c) const {
    if (current_.count(&c.verb.str())) return true;
    for (const Atom& w : c.context)
      if (current_.count(&w.str())) return true;
    return false;
  }

  // Days between the story's earliest and latest dated drafts (0 when fewer than two).
  static long story_days(const Corpus& corpus) {
    long lo = LONG_MAX, hi = LONG_MIN;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      if (auto d = day(corpus.source(ClaimRef{f, 0}))) {
        lo = std::min(lo, *d);
        hi = std::max(hi, *d);
      }
    return hi >= lo ? hi - lo : 0;
  }

  static std::optional<long> day(const SourceFile& f) {
    auto d = f.reference_date();
    if (!d) return std::nullopt;
    return days_from_civil(*d);
  }

  bool compatible(const Corpus& corpus, ClaimRef ra, ClaimRef rb, bool age) const {
    const Claim& a = corpus.claim(ra);
    const Claim& b = corpus.claim(rb);
    if (a.kind == ClaimKind::tally || b.kind == ClaimKind::tally) {
      double a1 = a.amount, a2 = a.amount_high.value_or(0), b1 = b.amount,
             b2 = b.amount_high.value_or(0);
      return (a1 == b1 && a2 == b2) || (a1 == b2 && a2 == b1);
    }
    auto da = day(corpus.source(ra)), db = day(corpus.source(rb));
    if (age) {
      double years = da && db ? std::labs(*da - *db) / 365.25 : 0;
      double slack = da && db && std::labs(*da - *db) > age_days_ ? std::ceil(years) : 0;
      // An undated draft in a story whose dated drafts lie further apart than that may be from
      // either end: a birthday may fall between.
      if ((!da || !db) && story_days(corpus) > age_days_) slack = 1;
      return std::fabs(a.amount - b.amount) <= slack;
    }
    auto x = range(a), y = range(b);
    if (ranges_overlap(x, y)) return true;
    if (a.kind != ClaimKind::measure && (rounded_from(a.amount, b.amount, !a.approx.empty()) ||
                                         rounded_from(b.amount, a.amount, !b.approx.empty())))
      return true;
    if ((current(a) || current(b)) && da && db && *da != *db) return true;
    // A figure that changes by the day: an earlier draft may give a smaller one.
    bool fixed = is_attributive(corpus, ra) || is_attributive(corpus, rb);
    if (!fixed && (changes(a) || changes(b)) && da && db && *da != *db) {
      const auto& early = *da < *db ? x : y;
      const auto& late = *da < *db ? y : x;
      return early.first <= late.second;
    }
    return false;
  }

  // Whether two figures can be one figure written wrongly (claim_groups.hpp, plausible_slip);
  // for tallies, the same number of votes or points split differently ("5-2", "4-3").
  bool plausible(const Claim& a, const Claim& b) const {
    if (a.kind == ClaimKind::tally || b.kind == ClaimKind::tally) {
      double sa = a.amount + a.amount_high.value_or(0), sb = b.amount + b.amount_high.value_or(0);
      return sa == sb;
    }
    double va = a.kind == ClaimKind::measure ? a.si : a.amount;
    double vb = b.kind == ClaimKind::measure ? b.si : b.amount;
    if (a.kind == ClaimKind::measure && b.kind == ClaimKind::measure)
      return plausible_slip(va, vb, slip_factor_) ||
             digit_slip(significant_digits(a.amount), significant_digits(b.amount));
    return plausible_slip(va, vb, slip_factor_);
  }

  void report(const Corpus& corpus, CorpusSink& sink, std::span<const ClaimRef> thing, bool age,
              const Aligner* aligner) const {
    auto agrees = [&](ClaimRef x, ClaimRef y) { return compatible(corpus, x, y, age); };
    auto verdicts = find_odd(thing, [&](std::size_t i, std::size_t j) {
      if (compatible(corpus, thing[i], thing[j], age)) return true;
      // One draft giving both figures says they are two things ("23 points", "14 points").
      return !age && aligner && aligner->stated_together(thing[i], thing[j], tie_fraction_, agrees);
    });
    for (Verdict& v : verdicts) {
      if (!age && !keep_plausible(v, [&](std::size_t i, std::size_t j) {
            return plausible(corpus.claim(thing[i]), corpus.claim(thing[j]));
          }))
        continue;
      // A tie is reported only when no other draft may state the thing in other words.
      bool tie = v.tie;
      if (aligner) {
        // A third draft with a comparable figure may side with one of the two.
        std::optional<bool> settled =
            settled_tie(*aligner, thing, v, tie_side_, tie_strength_, tie_fraction_, agrees,
                        corpus.claim(thing[v.odd]).kind == ClaimKind::measure);
        if (!settled) continue;
        tie = *settled;
      }
      ClaimRef r = thing[v.odd];
      const Claim& c = corpus.claim(r);
      RelatedList related;
      for (std::size_t j : v.against) {
        const Claim& o = corpus.claim(thing[j]);
        related.add(corpus.source(thing[j]), o.span,
                    fmt::format("'{}' here", corpus.source(thing[j]).slice(o.span)));
      }
      const Claim& other = corpus.claim(thing[v.against.front()]);
      std::string what;
      if (age)
        what =
            fmt::format("the age of {}", corpus.person_name(corpus.person_of(r.file, c.subject)));
      else {
        what = c.verb.empty() ? std::string() : c.verb.str();
        if (!c.noun.empty()) what += (what.empty() ? "" : " ") + c.noun.str();
        if (what.empty() && c.kind == ClaimKind::measure) what = c.dimension;
        if (what.empty()) what = std::string(claim_kind_name(c.kind));
      }
      if (aligner && std::getenv("CLAIMLINT_DEBUG_ALIGN"))
        std::fprintf(stderr, "QSCORE %.2f %s\n", aligner->score(r, thing[v.against.front()]),
                     corpus.source(r).path().c_str());
      std::size_t drafts = 0;
      std::set<std::uint32_t> seen;
      for (std::size_t j : v.against) drafts += seen.insert(thing[j].file).second;
      std::string where = drafts == 1 ? "another draft" : fmt::format("{} other drafts", drafts);
      sink.report(corpus.source(r), c.span,
                  {{"figure", corpus.source(r).slice(c.span)},
                   {"other", corpus.source(thing[v.against.front()]).slice(other.span)},
                   {"what", what},
                   {"where", where},
                   {"tie", tie ? "; a tie, no draft settles it" : ""}},
                  std::move(related));
    }
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
