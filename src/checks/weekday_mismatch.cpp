// weekday-mismatch: "Thursday, June 5" when June 5 of that year is not a Thursday. The year is
// the one written, else the one nearest the draft's reference date (front matter `date`, or
// --as-of); an undated draft without a written year is not checked.
#include "checks/check.hpp"
#include "grammars/dates.hpp"
#include "util/byte_scan.hpp"
#include "util/date.hpp"

#include <array>
#include <fmt/format.h>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 3> kPlaceholders = {"date", "weekday", "written"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// How far ahead a weekday date is still read as one the story announces.
constexpr long kAnnouncedDays = 42;

class WeekdayMismatch final : public Check {
public:
  explicit WeekdayMismatch(RuleParams&) {}

  void check(const Document& doc, DiagnosticSink& sink) const override {
    std::optional<Date> ref = doc.source().reference_date();
    for (Span span : doc.prose) {
      std::string_view s = doc.text(span);
      for (std::size_t i = 0; i < s.size(); ++i) {
        // The initials of the weekdays: only there can a weekday date start.
        i = find_byte_of<'M', 'T', 'W', 'F', 'S'>(s, i);
        if (i == std::string_view::npos) break;
        if (i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= 'A' && s[i - 1] <= 'Z')))
          continue;
        auto m = grammar::dates::match_weekday_date(s.substr(i));
        if (!m) continue;
        const auto& v = m->value;
        int year = v.year;
        if (year == 0) {
          if (!ref) continue;
          year = nearest_year(*ref, v.month, v.day);
          // Without a written year, a date months ahead of the story that fits the weekday a
          // year earlier is most likely last year's ("Friday, Sept. 14" in a May 2013 story
          // about 2012). A date in the coming weeks is what a story announces ("will brief
          // reporters on Tuesday, Oct. 22" four days ahead): it is this year's.
          long ahead = days_from_civil({year, v.month, v.day}) - days_from_civil(*ref);
          if (ahead > kAnnouncedDays && is_valid_date(year - 1, v.month, v.day) &&
              weekday({year - 1, v.month, v.day}) == v.weekday)
            continue;
        }
        if (!is_valid_date(year, v.month, v.day)) continue;
        int actual = weekday({year, v.month, v.day});
        if (actual == v.weekday) continue;
        Span hit{span.begin + static_cast<std::uint32_t>(i),
                 span.begin + static_cast<std::uint32_t>(i + m->length)};
        std::string date =
            fmt::format("{} {}, {}", kMonths[static_cast<std::size_t>(v.month - 1)], v.day, year);
        sink.report(hit, {{"date", date},
                          {"weekday", kWeekdays[static_cast<std::size_t>(actual)]},
                          {"written", kWeekdays[static_cast<std::size_t>(v.weekday)]}});
        i += m->length;
      }
    }
  }

private:
  // The year that puts month/day closest to the reference date.
  static int nearest_year(const Date& ref, int month, int day) {
    int best = ref.year;
    long best_gap = -1;
    for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
      if (!is_valid_date(y, month, day)) continue;
      long gap = std::labs(days_from_civil({y, month, day}) - days_from_civil(ref));
      if (best_gap < 0 || gap < best_gap) {
        best = y;
        best_gap = gap;
      }
    }
    return best;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<WeekdayMismatch>(p);
}

} // namespace

CheckKind weekday_mismatch_check_kind() {
  return {"weekday-mismatch", "a weekday that does not match the date beside it", kPlaceholders,
          &make};
}

} // namespace claimlint
