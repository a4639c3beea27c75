// Calendar dates (proleptic Gregorian), enough for reference dates and weekday checks.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimlint {

struct Date {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);
// Strict "YYYY-MM-DD"; a trailing time ("T10:00:00Z" or " 10:00") is accepted and ignored.
std::optional<Date> parse_iso_date(std::string_view text);
std::string format_iso_date(const Date& d);
// Days since 1970-01-01 (negative before), and 0 = Monday .. 6 = Sunday.
long days_from_civil(const Date& d);
int weekday(const Date& d);

} // namespace claimlint
