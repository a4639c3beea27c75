// The claim grammars on their own: no infinite loops (pegtl::analyze), values, near-misses.
#include "grammars/dates.hpp"
#include "grammars/durations.hpp"
#include "grammars/numbers.hpp"
#include "grammars/quantities.hpp"

#include <doctest/doctest.h>
#include <tao/pegtl/contrib/analyze.hpp>

using namespace claimlint::grammar;

TEST_CASE("claim grammars have no infinite loops (pegtl::analyze)") {
  CHECK(tao::pegtl::analyze<numbers::grammar>(-1) == 0);
  CHECK(tao::pegtl::analyze<quantities::approx>(-1) == 0);
  CHECK(tao::pegtl::analyze<quantities::currency_prefix>(-1) == 0);
  CHECK(tao::pegtl::analyze<quantities::currency_suffix>(-1) == 0);
  CHECK(tao::pegtl::analyze<quantities::percent_suffix>(-1) == 0);
  CHECK(tao::pegtl::analyze<quantities::rate_or_annually>(-1) == 0);
  CHECK(tao::pegtl::analyze<durations::unit_grammar>(-1) == 0);
  CHECK(tao::pegtl::analyze<durations::ordinal_grammar>(-1) == 0);
  CHECK(tao::pegtl::analyze<dates::date_grammar>(-1) == 0);
  CHECK(tao::pegtl::analyze<dates::weekday_date_grammar>(-1) == 0);
}

TEST_CASE("numbers: digits, separators, words and scales") {
  auto value = [](std::string_view t) {
    auto m = numbers::match(t);
    return m ? m->value.value : -1.0;
  };
  auto length = [](std::string_view t) {
    auto m = numbers::match(t);
    return m ? m->length : 0;
  };
  CHECK(value("7,500 workers") == 7500);
  CHECK(length("7,500 workers") == 5);
  CHECK(value("3.5%") == 3.5);
  CHECK(value("twenty-one") == 21);
  CHECK(value("a dozen") == 12);
  CHECK(value("one hundred and three") == 103);
  CHECK(value("two hundred thousand") == 200000);
  CHECK(value("1.2 billion") == 1.2e9);
  CHECK(value("2.4bn") == 2.4e9);
  CHECK(value("40m") == 4e7);
  CHECK(value("1 234 567") == 1234567);
  CHECK(value(".25") == 0.25);
  CHECK(length("2022.") == 4);
  CHECK(value("one of the") == 1); // the extractor, not the grammar, rejects "one of"
  CHECK_FALSE(numbers::match("none"));
  CHECK_FALSE(numbers::match("a lot"));
}

TEST_CASE("quantities: approximations, currencies, percent, rates") {
  auto tag = [](auto m) { return m ? std::string(m->tag) : std::string("-"); };
  CHECK(tag(quantities::match_approx("nearly four")) == "nearly");
  CHECK(tag(quantities::match_approx("more than 400")) == "more-than");
  CHECK(tag(quantities::match_approx("exceeding 10")) == "more-than");
  CHECK(tag(quantities::match_approx("up to 5")) == "up-to");
  CHECK(tag(quantities::match_approx("at least 3")) == "at-least");
  CHECK(tag(quantities::match_approx("overall")) == "-");
  CHECK(tag(quantities::match_currency_prefix("$16")) == "USD");
  CHECK(tag(quantities::match_currency_prefix("US$ 5")) == "USD");
  CHECK(tag(quantities::match_currency_prefix("\xC2\xA3"
                                              "50")) == "GBP");
  CHECK(tag(quantities::match_currency_prefix("\xE2\x82\xAC"
                                              "40")) == "EUR");
  CHECK(tag(quantities::match_currency_prefix("USD 5")) == "USD");
  CHECK(tag(quantities::match_currency_prefix("$x")) == "-");
  CHECK(tag(quantities::match_currency_suffix(" euros")) == "EUR");
  CHECK(tag(quantities::match_currency_suffix(" USD")) == "USD");
  CHECK(tag(quantities::match_currency_suffix(" dollarsx")) == "-");
  CHECK(tag(quantities::match_percent_suffix("%")) == "percent");
  CHECK(tag(quantities::match_percent_suffix(" per cent")) == "percent");
  CHECK(tag(quantities::match_percent_suffix(" percentage points")) == "points");
  CHECK(tag(quantities::match_percent_suffix(" percentile")) == "-");
  CHECK(tag(quantities::match_rate(" a day")) == "day");
  CHECK(tag(quantities::match_rate(" per year")) == "year");
}

TEST_CASE("durations: units after amounts and ordinals") {
  auto unit = [](std::string_view t) {
    auto m = durations::match_unit(t);
    return m ? std::string(m->value.unit) + "x" + std::to_string(static_cast<int>(m->value.factor))
             : std::string("-");
  };
  CHECK(unit(" years of fighting") == "Yx1");
  CHECK(unit(" months") == "Mx1");
  CHECK(unit("h") == "Hx1");
  CHECK(unit(" decades") == "Yx10");
  CHECK(unit(" hourly") == "-");
  auto ord = durations::match_ordinal_duration("third week");
  REQUIRE(ord);
  CHECK(ord->value.ordinal == 3);
  CHECK(ord->value.unit == "W");
  CHECK(durations::match_ordinal_duration("ninth day")->value.ordinal == 9);
  CHECK_FALSE(durations::match_ordinal_duration("second thought"));
}

TEST_CASE("dates: written-out forms") {
  auto d = [](std::string_view t) {
    auto m = dates::match_date(t);
    if (!m) return std::string("-");
    return std::to_string(m->value.year) + "-" + std::to_string(m->value.month) + "-" +
           std::to_string(m->value.day) + "/" + std::to_string(m->length);
  };
  CHECK(d("February 2022 was") == "2022-2-0/13");
  CHECK(d("March 2, 2022 said") == "2022-3-2/13");
  CHECK(d("Thursday, June 4") == "0-6-4/16");
  CHECK(d("Oct. 2") == "0-10-2/6");
  CHECK(d("21st of April") == "0-4-21/13");
  CHECK(d("5 June 2025") == "2025-6-5/11");
  CHECK(d("2016-02-22") == "2016-2-22/10");
  CHECK(d("21/04/2016") == "2016-4-21/10");
  CHECK(d("may twenty-first") == "0-5-21/16");
  CHECK(d("May be") == "-");
  CHECK(d("Jan Smith") == "-");
  CHECK(d("June 4 at 10:30") == "0-6-4/6");
}
