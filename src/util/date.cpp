// Howard Hinnant's days_from_civil algorithm; exact for the whole proleptic Gregorian range.
#include "util/date.hpp"

#include <fmt/format.h>

namespace claimlint {

static bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> parse_iso_date(std::string_view t) {
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > t.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      out = out * 10 + (t[i] - '0');
    }
    return true;
  };
  Date d;
  if (!digits(0, 4, d.year) || t.size() < 10 || t[4] != '-' || !digits(5, 2, d.month) ||
      t[7] != '-' || !digits(8, 2, d.day))
    return std::nullopt;
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ' && t[10] != 't') return std::nullopt;
  if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::string format_iso_date(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

long days_from_civil(const Date& d) {
  long y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int weekday(const Date& d) {
  long days = days_from_civil(d); // 1970-01-01 was a Thursday (3 with Monday = 0)
  long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

} // namespace claimlint
