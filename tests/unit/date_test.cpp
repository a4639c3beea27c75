#include "util/date.hpp"

#include <doctest/doctest.h>

using namespace claimlint;

TEST_CASE("ISO dates parse strictly") {
  CHECK(parse_iso_date("2025-02-14") == Date{2025, 2, 14});
  CHECK(parse_iso_date("2010-07-02T10:00:00Z") == Date{2010, 7, 2});
  CHECK_FALSE(parse_iso_date("2025-02-30"));
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK(parse_iso_date("2024-02-29"));
  CHECK_FALSE(parse_iso_date("14/02/2025"));
  CHECK_FALSE(parse_iso_date("2025-2-14"));
  CHECK(format_iso_date({2025, 6, 5}) == "2025-06-05");
}

TEST_CASE("weekdays are right across centuries") {
  CHECK(weekday({1970, 1, 1}) == 3);  // Thursday
  CHECK(weekday({2025, 6, 5}) == 3);  // Thursday
  CHECK(weekday({2025, 6, 6}) == 4);  // Friday
  CHECK(weekday({2000, 2, 29}) == 1); // Tuesday
  CHECK(weekday({1900, 1, 1}) == 0);  // Monday
  CHECK(days_from_civil({1970, 1, 2}) == 1);
}
