// claims/date-conflict: one event given different dates across the drafts of a story.
//
// Dates are aligned by their signatures (src/corpus/align.hpp): "Corran Valley Coaches,
// founded in 1987" and "which was founded in 1978" state one thing; "sworn in on Jan. 2" and
// "will be sworn in on Jan. 12" too. Two dates of one thing agree when they are equal at the
// precision both give ("2022" and "February 2022" agree; "January 2023" and "January 2024" do
// not). A day without a year ("March 2", "on Monday") counts once the draft's date has resolved
// it; vaguer relative dates ("two years ago", "last month") are approximate and left out, and so
// are dates with different modifiers ("since 2017" is not "in 2017"). The odd date is reported
// (claim_groups.hpp, find_odd), naming the dates it contradicts; a 1:1 tie on both sides when no
// third draft may state the event in other words.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "corpus/align.hpp"

#include <array>
#include <map>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 5> kPlaceholders = {"what", "date", "other", "where", "tie"};

// A date at the precision it was given: "2023", "2023-01", "2023-01-05".
std::string written_precision(const Claim& c) {
  if (c.day > 31 || c.month > 12) return {}; // not a date after all
  // "last Tuesday" written on a Wednesday: yesterday to many readers, the Tuesday of last week
  // to others (docs/claims.md). Either reading may be meant, so the day is not compared.
  if (c.relative == "last-weekday" || c.relative == "next-weekday") return {};
  if (!c.year) {
    // "Jan. 12" without a year: the month and day as written; the year the reference date
    // suggests is a guess ("investigating a June 20 shooting" in a draft two years later).
    if (c.month && c.day && c.relative.empty())
      return fmt::format("\?\?\?\?-{:02}-{:02}", c.month, c.day);
    bool to_the_day = c.resolved.size() == 10 && c.relative != "ago"; // "3 days ago" is rough
    if (to_the_day) return c.resolved.str();
    // "when the school year ends in June": the month the tense and the draft's date give
    if (c.relative == "month" && c.resolved.size() == 7) return c.resolved.str();
    return {};
  }
  if (c.month && c.day) return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
  if (c.month) return fmt::format("{:04}-{:02}", c.year, c.month);
  return fmt::format("{:04}", c.year);
}

// Equal where both say something: a prefix of the other, and "?" (an unknown year) matches.
bool compatible(const std::string& a, const std::string& b) {
  std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i] && a[i] != '?' && b[i] != '?') return false;
  return true;
}

// The digits of a date at a precision: "2023-01-05" -> "20230105"; an unknown year is left out.
std::string date_digits(std::string_view v) {
  std::string d;
  for (std::size_t i = v.starts_with("????") ? 4 : 0; i < v.size(); ++i)
    if (v[i] >= '0' && v[i] <= '9') d += v[i];
  return d;
}

// Whether two dates of one event can be one date written wrongly: near each other (a day
// misread, a month off, a year off) or digits differing in one place (1978/1987, Jan. 2/Jan.
// 12, 2023/2032). Dates decades or seasons apart with other digits are two events the alignment
// put together ("destroyed in 1998" and "destroyed in 2005" of two buildings).
bool plausible_dates(std::string_view a, std::string_view b, int years, int days) {
  std::size_t n = std::min(a.size(), b.size());
  // A day against a year alone: the year of another event unless it is the day's year ("in
  // 2014" and "on March 3, 2014" can be one event; "in 2010" and "on Aug. 14, 2012" are two).
  // (A month against a year may be one event: "inspected in March 2023" and "in 2021".)
  bool day_and_year = (a.size() == 10 && b.size() == 4) || (a.size() == 4 && b.size() == 10);
  if (day_and_year && a.substr(0, 4) != b.substr(0, 4) && !a.starts_with("????") &&
      !b.starts_with("????"))
    return false;
  a = a.substr(0, n);
  b = b.substr(0, n);
  bool unknown_year = a.starts_with("????") || b.starts_with("????");
  std::string da = date_digits(unknown_year ? a.substr(4) : a);
  std::string db = date_digits(unknown_year ? b.substr(4) : b);
  if (digit_slip(da, db)) return true;
  auto num = [](std::string_view s, std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len && i < s.size(); ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int ya = unknown_year ? 2000 : num(a, 0, 4), yb = unknown_year ? 2000 : num(b, 0, 4);
  if (n == 4) return std::abs(ya - yb) <= years;
  if (n == 7) return std::abs((ya * 12 + num(a, 5, 2)) - (yb * 12 + num(b, 5, 2))) <= days / 30;
  long ta = days_from_civil(Date{ya, num(a, 5, 2), num(a, 8, 2)});
  long tb = days_from_civil(Date{yb, num(b, 5, 2), num(b, 8, 2)});
  return std::labs(ta - tb) <= days;
}

// Whether two dates say different things happened: two verbs that differ without one event
// noun (a named thing's date is the thing's: "the 1998 Water Code" whatever the verb), or a date
// with neither a verb nor an event noun ("the 2009 Christmas special", "Friday, Oct. 21") against
// one that says what happened ("in office since January 2024" dates a start: "since" says what).
// (Interned once: comparing atoms is comparing addresses, and these run for every pair.)
const Atom& since_atom() {
  static const Atom a("since");
  return a;
}
const Atom& month_atom() {
  static const Atom a("month");
  return a;
}

bool events_differ(const Claim& a, const Claim& b) {
  if (!a.verb.empty() && !b.verb.empty() && a.verb != b.verb &&
      !(!a.noun.empty() && a.noun == b.noun))
    return true;
  bool bare_a = a.verb.empty() && a.noun.empty() && !(a.modifier == since_atom()),
       bare_b = b.verb.empty() && b.noun.empty() && !(b.modifier == since_atom());
  return bare_a != bare_b;
}

// How much more evidence than the threshold such a pair needs.
constexpr double kStrong = 1.5;

class DateConflict final : public Check {
public:
  explicit DateConflict(RuleParams& p) {
    weights_.threshold = p.number("align-threshold", 4.0);
    weights_.contrast_names = p.number("contrast-names", 1) != 0;
    tie_fraction_ = p.number("tie-check", 0.25);
    tie_strength_ = p.number("tie-strength", 1.5);
    tie_side_ = p.number("tie-break", 0.5);
    slip_years_ = static_cast<int>(p.number("slip-years", 10));
    slip_days_ = static_cast<int>(p.number("slip-days", 92));
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    std::vector<ClaimRef> dates;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> value;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        if (c.kind != ClaimKind::date || c.part || (c.context.empty() && c.verb.empty())) continue;
        std::string v = written_precision(c);
        if (v.empty()) continue;
        // "after the Sept. 11 attacks in 2001": a year right after the day says the day was not
        // resolved into the right year, so the resolution is not trusted.
        if (!c.year) {
          // claims are in file order: the sentence's claims are the neighbours of this one
          const auto& all = corpus.files()[f].claims;
          bool year_nearby = false;
          for (std::size_t o = k + 1; o < all.size() && all[o].sentence == c.sentence; ++o)
            year_nearby |= all[o].kind == ClaimKind::date && all[o].year != 0 &&
                           all[o].span.begin < c.span.end + 40;
          if (year_nearby) continue;
        }
        dates.push_back({f, k});
        value[{f, k}] = std::move(v);
      }
    // One event: the same modifier ("since", "by"), the same verb when both clauses have one,
    // and a date written out on at least one side (two bare weekdays in drafts of different
    // dates are two days of a timeline, not one event dated twice).
    // "took office in January 2023" and "in office since January 2024" both date the start.
    auto modifier = [](const Claim& c) { return c.modifier == since_atom() ? Atom() : c.modifier; };
    // Two verbs that differ (without one event noun), or a bare date against one that says what
    // happened, need much stronger evidence (`strong`) before partners are chosen.
    auto comparable = [&](const Claim& a, const Claim& b) -> double {
      if (modifier(a) != modifier(b)) return 0;
      // What happened on the date: a verb or an event noun on at least one side, and the same
      // verb or the same noun where both sides have one.
      bool what = !a.verb.empty() || !a.noun.empty() || !b.verb.empty() || !b.noun.empty();
      if (!what) return 0;
      if (!a.noun.empty() && !b.noun.empty() && a.noun != b.noun) return 0;
      bool written = (a.month && a.day) || a.year || (b.month && b.day) || b.year;
      if (!written) return 0;
      // A month the tense resolved ("when the school year ends in June") only against a month
      // of a given year ("in June 2027"): against a day or a year it is too rough a guess.
      auto month_of_year = [](const Claim& c) { return c.year && c.month && !c.day; };
      if ((a.relative == month_atom() && !month_of_year(b)) ||
          (b.relative == month_atom() && !month_of_year(a)))
        return 0;
      return events_differ(a, b) ? kStrong : 1;
    };
    Aligner aligner(corpus, dates, comparable, weights_);
    // Two verbs: the same one, the same event noun, or a much stronger match of everything else.
    // (The pairs the alignment linked passed `comparable`; a group joined through a third claim
    // may still hold two that did not.)
    auto verbs_agree = [&](const std::vector<ClaimRef>& thing) {
      for (std::size_t i = 0; i < thing.size(); ++i)
        for (std::size_t j = i + 1; j < thing.size(); ++j)
          if (events_differ(corpus.claim(thing[i]), corpus.claim(thing[j])) &&
              aligner.score(thing[i], thing[j]) < kStrong * weights_.threshold)
            return false;
      return true;
    };
    for (const std::vector<ClaimRef>& thing : aligner.groups()) {
      if (!verbs_agree(thing)) continue;
      auto val = [&](std::size_t i) -> const std::string& {
        return value[{thing[i].file, thing[i].claim}];
      };
      auto agrees = [&](ClaimRef x, ClaimRef y) {
        auto vx = value.find({x.file, x.claim}), vy = value.find({y.file, y.claim});
        return vx != value.end() && vy != value.end() && compatible(vx->second, vy->second);
      };
      // One draft giving both dates of a thing says they are two events (a 1998 and a 2005
      // hurricane that destroyed the clinic).
      for (Verdict& v : find_odd(thing, [&](std::size_t i, std::size_t j) {
             return compatible(val(i), val(j)) ||
                    aligner.stated_together(thing[i], thing[j], tie_fraction_, agrees);
           })) {
        if (!keep_plausible(v, [&](std::size_t i, std::size_t j) {
              return plausible_dates(val(i), val(j), slip_years_, slip_days_);
            }))
          continue;
        // A tie is broken by a date of a third draft that reads like the same event and agrees
        // with one side; else it is reported only when no other draft may state the event.
        std::optional<bool> settled =
            settled_tie(aligner, thing, v, tie_side_, tie_strength_, tie_fraction_, agrees);
        if (!settled) continue;
        bool tie = *settled;
        // Alone against one other date, a date must say the same thing happened: two verbs
        // ("acquitted in 1958", "charged with attempted murder in 1957") are two events as often
        // as one misdated, and two years of one noun ("the 2020 election", "the 2024 election")
        // are instances of a yearly thing.
        if (tie) {
          const Claim &a = corpus.claim(thing[v.odd]), &b = corpus.claim(thing[v.against.front()]);
          bool two_verbs = !a.verb.empty() && !b.verb.empty() && a.verb != b.verb;
          bool two_years = val(v.odd).size() == 4 && val(v.against.front()).size() == 4 &&
                           !a.noun.empty() && a.noun == b.noun;
          if (events_differ(a, b) || two_verbs || two_years) continue;
        }
        ClaimRef r = thing[v.odd];
        const Claim& c = corpus.claim(r);
        // Shown as resolved where the draft's date allows ("2025-06-02"), compared as written.
        auto shown = [&](std::size_t i) -> std::string {
          const Claim& x = corpus.claim(thing[i]);
          const std::string& v = val(i);
          return v.starts_with("????") && x.resolved.size() == 10 ? x.resolved.str() : v;
        };
        RelatedList related;
        for (std::size_t j : v.against)
          related.add(corpus.source(thing[j]), corpus.claim(thing[j]).span,
                      fmt::format("dated {} here", shown(j)));
        std::string what = c.verb.empty() ? std::string("the event") : c.verb.str();
        std::size_t drafts = 0;
        std::vector<std::uint32_t> seen;
        for (std::size_t j : v.against)
          if (std::find(seen.begin(), seen.end(), thing[j].file) == seen.end()) {
            seen.push_back(thing[j].file);
            ++drafts;
          }
        sink.report(
            corpus.source(r), c.span,
            {{"what", what},
             {"date", shown(v.odd)},
             {"other", shown(v.against.front())},
             {"where", drafts == 1 ? "another draft" : fmt::format("{} other drafts", drafts)},
             {"tie", tie ? "; a tie, no draft settles it" : ""}},
            std::move(related));
      }
    }
  }

private:
  AlignWeights weights_;
  double tie_fraction_ = 0.5, tie_strength_ = 2.0, tie_side_ = 0.5;
  int slip_years_ = 10, slip_days_ = 92;
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<DateConflict>(p);
}

} // namespace

CheckKind date_conflict_check_kind() {
  return {"date-conflict", "one event given different dates", kPlaceholders, &make};
}

} // namespace claimlint
