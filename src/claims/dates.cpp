// Date claims: absolute dates from grammars/dates.hpp, relative dates ("last year", "on
// Wednesday", "three weeks ago", "earlier this month"), years in context ("in 2014",
// "pre-2014", "since 2021", "(2022)"), and resolution against the document's reference date
// (front matter `date`, else --as-of; never the wall clock).
#include "claims/extract.hpp"

#include "grammars/dates.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include <array>

namespace claimlint::claims {

namespace {

namespace g = grammar::dates;

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string_view word_at(std::string_view s, std::size_t p, std::size_t& end) {
  std::size_t b = p;
  while (p < s.size() && (is_word_char(s[p]) || s[p] == '-')) ++p;
  end = p;
  return s.substr(b, p - b);
}

std::string_view word_before(std::string_view s, std::size_t p) {
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '(')) --p;
  std::size_t e = p;
  while (p > 0 && is_word_char(s[p - 1])) --p;
  return s.substr(p, e - p);
}

Date add_days(Date d, long n) {
  long days = days_from_civil(d) + n;
  // civil_from_days (Hinnant)
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int dd = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, dd};
}

std::string iso_week(Date d) {
  int wd = weekday(d); // 0 = Monday
  Date thursday = add_days(d, 3 - wd);
  Date jan1{thursday.year, 1, 1};
  long week = (days_from_civil(thursday) - days_from_civil(jan1)) / 7 + 1;
  return fmt::format("{:04}-W{:02}", thursday.year, week);
}

} // namespace

std::size_t Extractor::try_date(const Sentence& sen, std::string_view s, std::size_t i) {
  auto m = g::match_date(s.substr(i));
  if (!m) return 0;
  const g::date_state& v = m->value;
  // "may", "march" in lower case are verbs unless a number or an ordinal follows them ("he may
  // one day return" is no date; "may twenty-first" is).
  if (v.lower_month && (v.month == 5 || v.month == 3)) {
    std::string_view t = s.substr(i, m->length);
    bool digits = t.find_first_of("0123456789") != std::string_view::npos;
    bool ordinal = false;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      for (std::size_t p = t.find(suffix); p != std::string_view::npos; p = t.find(suffix, p + 1))
        if (p + 2 == t.size() || t[p + 2] == ' ' || t[p + 2] == ',') ordinal = true;
    }
    if (!digits && !ordinal) return 0;
  }
  if (v.month && v.day && v.year == 0 && !v.numeric) {
    // "Jan 5": fine; but a name like "Jan" needs the day right after.
  }
  Claim c;
  c.kind = ClaimKind::date;
  c.span = {sen.span.begin + static_cast<std::uint32_t>(i),
            sen.span.begin + static_cast<std::uint32_t>(i + m->length)};
  c.year = v.year;
  c.month = v.month;
  c.day = v.day;
  c.weekday = v.weekday;
  year_modifier(s, i, c);
  std::optional<Date> ref = doc_.source().reference_date();
  if (c.year && c.month && c.day) {
    if (is_valid_date(c.year, c.month, c.day))
      c.resolved = format_iso_date({c.year, c.month, c.day});
  } else if (c.year && c.month) {
    c.resolved = fmt::format("{:04}-{:02}", c.year, c.month);
  } else if (c.month && c.day && ref) {
    // The nearest such date to the reference date.
    int best = ref->year;
    long gap = -1;
    for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
      if (!is_valid_date(y, c.month, c.day)) continue;
      long g2 = std::labs(days_from_civil({y, c.month, c.day}) - days_from_civil(*ref));
      if (gap < 0 || g2 < gap) {
        gap = g2;
        best = y;
      }
    }
    if (is_valid_date(best, c.month, c.day)) c.resolved = format_iso_date({best, c.month, c.day});
  }
  add(sen, std::move(c));
  return m->length;
}

void Extractor::year_modifier(std::string_view s, std::size_t at, Claim& c) const {
  std::string before = fold_case(word_before(s, at));
  if (at >= 4 && fold_case(s.substr(at - 4, 4)) == "pre-")
    c.modifier = "before";
  else if (at >= 5 && fold_case(s.substr(at - 5, 5)) == "post-")
    c.modifier = "after";
  else if (before == "since")
    c.modifier = "since";
  else if (before == "before" || before == "until")
    c.modifier = before;
  else if (before == "after")
    c.modifier = "after";
  else if (before == "by")
    c.modifier = "by";
  else if (before == "from" || before == "between")
    c.modifier = "from"; // "from 1966 to 1978": a range, not a date of the event
  else if (before == "to" || before == "and" || before == "through")
    c.modifier = "to";
  if (!c.modifier.empty()) return;
  // "1919-1969", "between the period of 1919 and 1969": the two ends of a range.
  auto year_at = [&](std::size_t p) {
    return p + 4 <= s.size() && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(p),
                                            s.begin() + static_cast<std::ptrdiff_t>(p + 4),
                                            [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  if (at >= 5 && (s[at - 1] == '-') && year_at(at - 5)) {
    c.modifier = "to";
    return;
  }
  if (at >= 7 && s.substr(at - 3, 3) == "\xE2\x80\x93" && year_at(at - 7)) {
    c.modifier = "to";
    return;
  }
  std::size_t e = at + 4;
  if (!year_at(at)) return;
  for (std::string_view joiner : {"-", "\xE2\x80\x93", " to ", " and ", " through "})
    if (s.substr(e).starts_with(joiner) && year_at(e + joiner.size())) {
      c.modifier = "from";
      return;
    }
}

void Extractor::resolve_ago(Claim& c, int direction) const {
  std::optional<Date> ref = doc_.source().reference_date();
  if (!ref) return;
  long n = static_cast<long>(c.amount) * direction;
  if (c.unit == "D")
    c.resolved = format_iso_date(add_days(*ref, n));
  else if (c.unit == "W")
    c.resolved = format_iso_date(add_days(*ref, 7 * n));
  else if (c.unit == "M") {
    int m = ref->month + static_cast<int>(n), y = ref->year;
    while (m < 1) {
      m += 12;
      --y;
    }
    while (m > 12) {
      m -= 12;
      ++y;
    }
    int dd = std::min(ref->day, days_in_month(y, m));
    c.resolved = format_iso_date({y, m, dd});
  } else if (c.unit == "Y") {
    int y = ref->year + static_cast<int>(n);
    c.resolved = format_iso_date({y, ref->month, std::min(ref->day, days_in_month(y, ref->month))});
  }
}

std::size_t Extractor::try_relative_date(const Sentence& sen, std::string_view s, std::size_t i) {
  std::size_t e1;
  std::string w1 = fold_case(word_at(s, i, e1));
  if (w1.empty()) return 0;
  std::optional<Date> ref = doc_.source().reference_date();
  Claim c;
  c.kind = ClaimKind::date;
  std::size_t end = 0;
  auto set_day = [&](long offset) {
    if (ref) c.resolved = format_iso_date(add_days(*ref, offset));
  };
  if (w1 == "the" && (s.substr(i).starts_with("the day before yesterday") ||
                      s.substr(i).starts_with("The day before yesterday"))) {
    c.relative = "day-before-yesterday";
    set_day(-2);
    end = i + 24;
  } else if (w1 == "the" && (s.substr(i).starts_with("the day after tomorrow") ||
                             s.substr(i).starts_with("The day after tomorrow"))) {
    c.relative = "day-after-tomorrow";
    set_day(2);
    end = i + 22;
  } else if (w1 == "yesterday" || w1 == "today" || w1 == "tomorrow") {
    c.relative = w1;
    set_day(w1 == "yesterday" ? -1 : w1 == "today" ? 0 : 1);
    end = e1;
  } else if (w1 == "last" || w1 == "next" || w1 == "this" || w1 == "past" || w1 == "coming" ||
             w1 == "earlier" || w1 == "later") {
    std::size_t p = e1;
    while (p < s.size() && s[p] == ' ') ++p;
    std::size_t e2;
    std::string w2 = fold_case(word_at(s, p, e2));
    if ((w1 == "earlier" || w1 == "later") && w2 == "this") {
      // "earlier this year": the period itself.
      std::size_t p3 = e2;
      while (p3 < s.size() && s[p3] == ' ') ++p3;
      std::size_t e3;
      std::string w3 = fold_case(word_at(s, p3, e3));
      if (w3 != "week" && w3 != "month" && w3 != "year") return 0;
      w1 = "this";
      w2 = w3;
      e2 = e3;
    }
    int dir = (w1 == "last" || w1 == "past") ? -1 : (w1 == "next" || w1 == "coming") ? 1 : 0;
    if (w1 == "earlier" || w1 == "later") return 0;
    if (w2 == "week" || w2 == "month" || w2 == "year" || w2 == "quarter" || w2 == "weekend") {
      c.relative = (w1 == "past"     ? std::string("last")
                    : w1 == "coming" ? std::string("next")
                                     : w1) +
                   "-" + w2;
      // "next week Sunday", "next week on Friday": a day of that week.
      if (w2 == "week") {
        std::size_t p3 = e2;
        while (p3 < s.size() && s[p3] == ' ') ++p3;
        std::size_t e3;
        std::string w3 = fold_case(word_at(s, p3, e3));
        if (w3 == "on") {
          p3 = e3;
          while (p3 < s.size() && s[p3] == ' ') ++p3;
          w3 = fold_case(word_at(s, p3, e3));
        }
        for (std::size_t k = 0; k < kWeekdays.size(); ++k)
          if (w3 == kWeekdays[k]) {
            c.relative = c.relative + "-weekday";
            c.weekday = static_cast<int>(k);
            if (ref) set_day(7L * dir + static_cast<long>(k) - weekday(*ref));
            end = e3;
          }
        if (end) {
          c.span = {sen.span.begin + static_cast<std::uint32_t>(i),
                    sen.span.begin + static_cast<std::uint32_t>(end)};
          add(sen, std::move(c));
          return end - i;
        }
      }
      if (ref) {
        if (w2 == "year")
          c.resolved = fmt::format("{:04}", ref->year + dir);
        else if (w2 == "month") {
          int m = ref->month + dir, y = ref->year;
          if (m < 1) m = 12, --y;
          if (m > 12) m = 1, ++y;
          c.resolved = fmt::format("{:04}-{:02}", y, m);
        } else if (w2 == "week")
          c.resolved = iso_week(add_days(*ref, 7 * dir));
        else if (w2 == "quarter") {
          int qn = (ref->month - 1) / 3 + 1 + dir, y = ref->year;
          if (qn < 1) qn = 4, --y;
          if (qn > 4) qn = 1, ++y;
          c.resolved = fmt::format("{:04}-Q{}", y, qn);
        }
      }
      end = e2;
    } else {
      // "next Sunday", "last Friday", "this Friday": that day of the next, last or this week
      // (weeks start on Monday).
      for (std::size_t k = 0; k < kWeekdays.size(); ++k)
        if (w2 == kWeekdays[k]) {
          c.relative = (w1 == "past"     ? std::string("last")
                        : w1 == "coming" ? std::string("next")
                                         : w1) +
                       "-weekday";
          c.weekday = static_cast<int>(k);
          if (ref) set_day(7L * dir + static_cast<long>(k) - weekday(*ref));
          end = e2;
        }
      for (std::size_t k = 0; k < kMonths.size() && !end; ++k)
        if (w2 == kMonths[k]) {
          c.relative = w1 + "-month";
          c.month = static_cast<int>(k + 1);
          if (ref) {
            int y = ref->year + (dir < 0 && c.month >= ref->month   ? -1
                                 : dir > 0 && c.month <= ref->month ? 1
                                                                    : 0);
            c.resolved = fmt::format("{:04}-{:02}", y, c.month);
          }
          end = e2;
        }
    }
  } else {
    // Only a weekday or a month name can follow.
    if (std::find(kWeekdays.begin(), kWeekdays.end(), w1) == kWeekdays.end() &&
        std::find(kMonths.begin(), kMonths.end(), w1) == kMonths.end())
      return 0;
    // A weekday alone ("on Wednesday"): the latest such day up to the reference date.
    // Lower case only after "on" ("on friday"), since "friday" alone may be a name.
    std::string on = fold_case(word_before(s, i));
    for (std::size_t k = 0; k < kWeekdays.size(); ++k)
      if (w1 == kWeekdays[k] && (starts_upper(s.substr(i)) || on == "on")) {
        c.relative = "weekday";
        c.weekday = static_cast<int>(k);
        if (ref) {
          // The tense says which one (docs/claims.md): "will resume on Thursday", "closed
          // until Saturday" are the next such day; "met on Thursday" the last one.
          int diff = static_cast<int>(k) - weekday(*ref);
          if (future_tense(s, i))
            set_day(diff < 0 ? diff + 7 : diff);
          else
            set_day(diff > 0 ? diff - 7 : diff);
        }
        end = e1;
        // "Friday next week"
        std::size_t p3 = e1;
        while (p3 < s.size() && s[p3] == ' ') ++p3;
        std::size_t e3, e4;
        std::string w3 = fold_case(word_at(s, p3, e3));
        std::size_t p4 = e3;
        while (p4 < s.size() && s[p4] == ' ') ++p4;
        std::string w4 = fold_case(word_at(s, p4, e4));
        if ((w3 == "next" || w3 == "last" || w3 == "this") && w4 == "week") {
          int dir = w3 == "next" ? 1 : w3 == "last" ? -1 : 0;
          c.relative = w3 + "-week-weekday";
          if (ref) set_day(7L * dir + static_cast<long>(k) - weekday(*ref));
          end = e4;
        }
      }
    // A month alone after "in", "since", "by the end of", "early", "late": "in March".
    std::string before = fold_case(word_before(s, i));
    for (std::size_t k = 0; k < kMonths.size() && !end; ++k)
      if (w1 == kMonths[k] && starts_upper(s.substr(i)) &&
          (before == "in" || before == "since" || before == "of" || before == "by" ||
           before == "until" || before == "early" || before == "late" || before == "mid" ||
           before == "last" || before == "next")) {
        c.month = static_cast<int>(k + 1);
        c.relative = "month";
        year_modifier(s, i, c);
        if (before == "of" && i >= 11 && fold_case(s.substr(i - 11, 10)) == "the end of")
          c.modifier = "by-end";
        if (ref) {
          // A bare month is the latest one up to the draft's date ("in March", written in May,
          // is this March), except after words that look ahead: "by June", "until June", "by
          // the end of June", written in May, mean this June. ("next May" and "last May" are
          // read as relative months before this.) The tense looks ahead too: "the schools will
          // close when the school year ends in June", written in January, is this June.
          int y = ref->year - (c.month > ref->month ? 1 : 0);
          if (before == "by" || before == "until" || c.modifier == "by-end" || future_tense(s, i))
            y = ref->year + (c.month < ref->month ? 1 : 0);
          c.resolved = fmt::format("{:04}-{:02}", y, c.month);
        }
        end = e1;
      }
  }
  if (!end) return 0;
  c.span = {sen.span.begin + static_cast<std::uint32_t>(i),
            sen.span.begin + static_cast<std::uint32_t>(end)};
  add(sen, std::move(c));
  return end - i;
}

} // namespace claimlint::claims
