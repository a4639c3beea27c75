// claims/duration-conflict: durations of one event that cannot all hold.
//
// Only durations that say how long the subject has lasted are compared: predicate "persist"
// (has persisted, lasted, continued, "years of fighting", "now in its third week": more than
// two weeks and at most three); ages and compound adjectives
// ("15-year-old", "a 90-day stay") are not.
// A duration of a subject ("the war ... for nearly two years") stands for a range of lengths:
// its approximation word sets the tolerance ("nearly 2 years" = 1.6 to 2 years, "about" ± 5%,
// "more than 2" = 2 to 4). With the draft's date, the range becomes a range of start dates,
// compared with the subject's stated start ("since February 2022", "began on March 2") and with
// the implied starts of other drafts. Undated drafts (like the seeds) are compared by length,
// assuming one reference date for all of them, at info severity, and the message says so.
// A duration is reported when it contradicts the stated start, or more statements than it
// agrees with (the odd one out; two lone durations that disagree are both reported), once,
// pointing at every statement it contradicts.
//
// Every other length (a trial, a term, a contract, a meeting, a tenure: "a five-week trial",
// "twelve years as mayor", "held for about four hours") is aligned across the drafts by its
// signature (src/corpus/align.hpp) and compared by length: two lengths of one thing agree when
// the ranges their approximation words give overlap, after `slack` of rounding ("two and a half
// years" is not "18 months"; "2 hours 41 minutes" is "161 minutes"). The odd length is reported
// (claim_groups.hpp, find_odd).
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "corpus/align.hpp"
#include "util/date.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 3> kPlaceholders = {"subject", "duration", "assumption"};

// The length of an ISO 8601 duration in hours ("P2Y6M", "PT2H41M"); 0 for "PXD" and the like.
double iso_hours(std::string_view iso) {
  if (iso.size() < 3 || iso[0] != 'P') return 0;
  double total = 0, value = 0;
  bool time = false, digits = false;
  double frac = 0, scale = 1;
  for (std::size_t i = 1; i < iso.size(); ++i) {
    char c = iso[i];
    if (c == 'T') {
      time = true;
      continue;
    }
    if (c >= '0' && c <= '9') {
      if (frac > 0) {
        scale /= 10;
        value += (c - '0') * scale;
      } else {
        value = value * 10 + (c - '0');
      }
      digits = true;
      continue;
    }
    if (c == '.') {
      frac = 1;
      continue;
    }
    if (!digits) return 0;
    double h = 0;
    switch (c) {
    case 'Y':
      h = 8766;
      break;
    case 'M':
      h = time ? 1.0 / 60 : 730.5;
      break;
    case 'W':
      h = 168;
      break;
    case 'D':
      h = 24;
      break;
    case 'H':
      h = 1;
      break;
    case 'S':
      h = 1.0 / 3600;
      break;
    default:
      return 0;
    }
    total += value * h;
    value = 0;
    frac = 0;
    scale = 1;
    digits = false;
  }
  return total;
}

double unit_days(const std::string& unit) {
  if (unit == "Y") return 365.25;
  if (unit == "M") return 30.44;
  if (unit == "W") return 7;
  if (unit == "D") return 1;
  return 0;
}

struct Item {
  ClaimRef ref;
  bool is_start = false;          // a stated start date
  std::pair<double, double> days; // duration: length range in days
  std::pair<long, long> start;    // start range as days since 1970 (when known)
  bool has_start = false;
  double slack = 0; // days of slack: `slack-days`, at most one unit of the duration
};

class DurationConflict final : public Check {
public:
  explicit DurationConflict(RuleParams& p) {
    slack_ = p.number("slack-days", 31);
    nearly_ = p.number("nearly-tolerance", 0.2);
    about_ = p.number("about-tolerance", 0.1);
    rounding_ = p.number("rounding", 0.05);
    weights_.threshold = p.number("align-threshold", weights_.threshold);
    weights_.contrast_names = p.number("contrast-names", 1) != 0;
    tie_fraction_ = p.number("tie-check", 0.5);
    tie_strength_ = p.number("tie-strength", 2.0);
    tie_side_ = p.number("tie-break", 0.25);
    other_noun_ = p.number("other-noun", 1.5);
    strong_ = p.number("strong-link", 2.0);
    slip_factor_ = p.number("slip-factor", 10);
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    check_starts(corpus, sink);
    check_lengths(corpus, sink);
  }

private:
  double slack_ = 31, nearly_ = 0.2, about_ = 0.1, rounding_ = 0.05;
  AlignWeights weights_;
  double tie_fraction_ = 0.5, tie_strength_ = 2.0, tie_side_ = 0.25, slip_factor_ = 10;
  double other_noun_ = 1.5;
  double strong_ = 2.0; // a link this many times the threshold holds a part of a mixed group

  // Lengths of one thing across drafts, aligned by their signatures.
  void check_lengths(const Corpus& corpus, CorpusSink& sink) const {
    std::vector<ClaimRef> lengths;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        if (c.kind != ClaimKind::duration || c.ordinal || c.predicate == "persist" ||
            iso_hours(c.iso) <= 0 || !c.modifier.empty() ||
            (c.context.empty() && c.verb.empty() && c.noun.empty()))
          continue;
        lengths.push_back({f, k});
      }
    // Two nouns that differ may still name one thing ("a two-and-a-half-year deal", "a
    // two-and-a-half-year contract"; "an 18-month spell", "18 months in charge"): such a pair
    // needs `other-noun` times the threshold of everything else to align.
    auto comparable = [&](const Claim& a, const Claim& b) -> double {
      if (a.noun.empty() || b.noun.empty() || a.noun == b.noun) return 1;
      // ... but not an office and its rank: "two years as deputy mayor", "twelve years as mayor"
      std::string_view x = a.noun.str(), y = b.noun.str();
      if (x.size() < y.size()) std::swap(x, y);
      if (x.ends_with(y) && x[x.size() - y.size() - 1] == ' ') return 0;
      return other_noun_;
    };
    Aligner aligner(corpus, lengths, comparable, weights_);
    auto range = [&](const Claim& c) {
      double h = iso_hours(c.iso);
      auto r = figure_range(h, c.approx, about_, nearly_);
      if (c.amount_high && c.amount > 0) r = {h, h * *c.amount_high / c.amount}; // "3-5 years"
      return std::pair<double, double>{r.first * (1 - rounding_), r.second * (1 + rounding_)};
    };
    auto agrees = [&](ClaimRef x, ClaimRef y) {
      return ranges_overlap(range(corpus.claim(x)), range(corpus.claim(y)));
    };
    // A group in which a draft disagrees with itself holds several things: its strongly linked
    // parts are judged one by one.
    std::vector<std::vector<ClaimRef>> things;
    for (std::vector<ClaimRef>& group : aligner.groups()) {
      if (!several_things(group, agrees)) {
        things.push_back(std::move(group));
        continue;
      }
      auto score = [&](ClaimRef a, ClaimRef b) { return aligner.score(a, b); };
      for (auto& part : strong_parts(group, score, strong_ * weights_.threshold, agrees))
        things.push_back(std::move(part));
    }
    for (const std::vector<ClaimRef>& thing : things) {
      // One draft giving both lengths says they are two things (two sentences, two terms).
      auto verdicts = find_odd(thing, [&](std::size_t i, std::size_t j) {
        return agrees(thing[i], thing[j]) ||
               aligner.stated_together(thing[i], thing[j], tie_fraction_, agrees);
      });
      for (Verdict& v : verdicts) {
        if (!keep_plausible(v, [&](std::size_t i, std::size_t j) {
              const Claim &a = corpus.claim(thing[i]), &b = corpus.claim(thing[j]);
              // (a digit slip keeps its unit: "6 months" is no slip of "7 hours")
              return plausible_slip(iso_hours(a.iso), iso_hours(b.iso), slip_factor_) ||
                     (a.unit == b.unit &&
                      digit_slip(significant_digits(a.amount), significant_digits(b.amount)));
            }))
          continue;
        // A tie is broken by a length of a third draft that reads like the same thing and
        // agrees with one side ("18 months" / "two and a half years", and a third draft's
        // "18-month spell"); else it is reported only when no other draft may state the thing.
        std::optional<bool> settled =
            settled_tie(aligner, thing, v, tie_side_, tie_strength_, tie_fraction_, agrees);
        if (!settled) continue;
        bool tie = *settled;
        ClaimRef r = thing[v.odd];
        const Claim& c = corpus.claim(r);
        RelatedList related;
        for (std::size_t j : v.against)
          related.add(
              corpus.source(thing[j]), corpus.claim(thing[j]).span,
              fmt::format("'{}' here", corpus.source(thing[j]).slice(corpus.claim(thing[j]).span)));
        std::string who = !c.noun.empty()   ? "the " + c.noun.str()
                          : !c.verb.empty() ? "'" + c.verb.str() + "'"
                                            : std::string("it");
        std::string why = tie ? " (a tie, no draft settles it)" : "";
        sink.report(
            corpus.source(r), c.span,
            {{"subject", who}, {"duration", corpus.source(r).slice(c.span)}, {"assumption", why}},
            std::move(related));
      }
    }
  }

  // Durations of a subject that has lasted since a start ("now in its third week", "since
  // February 2022").
  void check_starts(const Corpus& corpus, CorpusSink& sink) const {
    std::map<std::string, std::vector<Item>> groups;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        if (c.subject.empty()) continue;
        ClaimRef r{f, k};
        std::optional<Date> ref = corpus.source(r).reference_date();
        Item it;
        it.ref = r;
        it.slack = slack_;
        std::string_view written = corpus.source(r).slice(c.span);
        bool adjective =
            written.find('-') != std::string_view::npos; // "15-year-old", "90-day stay"
        bool amount = c.ordinal == 0 && c.amount > 0, ordinal = c.ordinal > 0;
        if (c.kind == ClaimKind::duration && (amount || ordinal) && unit_days(c.unit) > 0 &&
            c.predicate == "persist" && !adjective) {
          it.slack = std::min(slack_, unit_days(c.unit)); // a month's slack would swallow weeks
          if (ordinal) {
            // "in its third week": more than two weeks and at most three have passed.
            it.days = {(c.ordinal - 1) * unit_days(c.unit), c.ordinal * unit_days(c.unit)};
          } else {
            double d = c.amount * unit_days(c.unit);
            it.days = figure_range(d, c.approx, about_, nearly_);
            if (c.approx.empty()) it.days.second += unit_days(c.unit); // "two years" = 2 to 3 years
            if (c.amount_high) it.days.second += (*c.amount_high - c.amount) * unit_days(c.unit);
          }
          if (ref) {
            long end = days_from_civil(*ref);
            it.start = {end - static_cast<long>(it.days.second),
                        end - static_cast<long>(it.days.first)};
            it.has_start = true;
          }
        } else if (c.kind == ClaimKind::date &&
                   (c.modifier == "since" || c.predicate == "begin" ||
                    // a person's years in office start when they took it; "the war ... had he
                    // been in office in 2022" says nothing about the war's start
                    (c.predicate == "take office" &&
                     subject_key(corpus, r).starts_with("person:"))) &&
                   (c.year || c.resolved.size() == 10)) {
          // "began on March 2" in a dated draft: the year comes from the resolution.
          int year = c.year, month = c.month, day = c.day;
          if (!year) {
            auto d = parse_iso_date(c.resolved);
            if (!d) continue;
            year = d->year;
            month = d->month;
            day = d->day;
          }
          int m1 = month ? month : 1, m2 = month ? month : 12;
          int d1 = day ? day : 1, d2 = day ? day : days_in_month(year, m2);
          it.is_start = true;
          it.start = {days_from_civil({year, m1, d1}), days_from_civil({year, m2, d2})};
          it.has_start = true;
        } else {
          continue;
        }
        groups[subject_key(corpus, r)].push_back(it);
      }
    for (const auto& [subject, items] : groups) {
      for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& a = items[i];
        if (a.is_start) continue;
        RelatedList related;
        bool assumed = false, against_start = false;
        int agree = 0, clashes = 0;
        for (std::size_t j = 0; j < items.size(); ++j) {
          if (i == j) continue;
          const Item& b = items[j];
          bool clash = false, compared = true;
          double slack = std::min(a.slack, b.slack);
          if (a.has_start && b.has_start) {
            clash =
                a.start.second + slack < b.start.first || b.start.second + slack < a.start.first;
          } else if (!b.is_start) {
            // Undated: compare lengths, as if both drafts were written on the same day.
            clash = a.days.second + slack < b.days.first || b.days.second + slack < a.days.first;
            assumed = assumed || clash;
          } else {
            compared = false; // an undated duration cannot be set against a start date
          }
          if (!clash) {
            agree += compared;
            continue;
          }
          ++clashes;
          against_start = against_start || b.is_start;
          related.add(corpus.source(b.ref), corpus.claim(b.ref).span,
                      b.is_start ? "the start given here" : "a duration that does not fit");
        }
        // Report a duration that contradicts the stated start, or more statements than it agrees
        // with; a figure that agrees with most others is not the odd one out.
        if (related.empty() || (!against_start && clashes <= agree)) continue;
        // Undated comparisons also name the stated start, for context.
        if (assumed)
          for (const Item& s : items)
            if (s.is_start && !a.has_start)
              related.add(corpus.source(s.ref), corpus.claim(s.ref).span, "the stated start");
        const Claim& ac = corpus.claim(a.ref);
        std::string who = subject_name(corpus, subject);
        std::string_view what = corpus.source(a.ref).slice(ac.span);
        std::string_view why =
            assumed ? " (assuming the drafts share one reference date: they have no date)" : "";
        if (assumed)
          sink.report_at(Severity::info, corpus.source(a.ref), ac.span,
                         {{"subject", who}, {"duration", what}, {"assumption", why}},
                         std::move(related));
        else
          sink.report(corpus.source(a.ref), ac.span,
                      {{"subject", who}, {"duration", what}, {"assumption", why}},
                      std::move(related));
      }
    }
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<DurationConflict>(p);
}

} // namespace

CheckKind duration_conflict_check_kind() {
  return {"duration-conflict", "durations of one event that cannot all hold", kPlaceholders, &make};
}

} // namespace claimlint
