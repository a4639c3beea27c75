// PEGTL grammar for calendar dates written out in news copy. This header holds the weekday +
// date forms the weekday check needs: "Thursday, June 5", "Thu., June 5, 2025",
// "Thursday, 5 June 2025", "Thursday June 5th". Month and weekday names must be capitalised,
// so the verbs "may" and "march" never start a date.
#pragma once

#include <tao/pegtl.hpp>

#include <optional>
#include <string_view>

namespace claimlint::grammar::dates {

using namespace tao::pegtl;

struct state {
  int weekday = -1; // 0 = Monday
  int month = 0, day = 0, year = 0;
};

struct ws : plus<one<' ', '\t'>> {};
struct dot : opt<one<'.'>> {};

template <int N, typename Name> struct weekday_is : Name {};
struct monday : sor<string<'M', 'o', 'n', 'd', 'a', 'y'>, seq<string<'M', 'o', 'n'>, one<'.'>>> {};
struct tuesday : sor<string<'T', 'u', 'e', 's', 'd', 'a', 'y'>,
                     seq<string<'T', 'u', 'e', 's'>, dot>, seq<string<'T', 'u', 'e'>, one<'.'>>> {};
struct wednesday : sor<string<'W', 'e', 'd', 'n', 'e', 's', 'd', 'a', 'y'>,
                       seq<string<'W', 'e', 'd'>, one<'.'>>> {};
struct thursday
    : sor<string<'T', 'h', 'u', 'r', 's', 'd', 'a', 'y'>, seq<string<'T', 'h', 'u', 'r', 's'>, dot>,
          seq<string<'T', 'h', 'u', 'r'>, one<'.'>>, seq<string<'T', 'h', 'u'>, one<'.'>>> {};
struct friday : sor<string<'F', 'r', 'i', 'd', 'a', 'y'>, seq<string<'F', 'r', 'i'>, one<'.'>>> {};
struct saturday
    : sor<string<'S', 'a', 't', 'u', 'r', 'd', 'a', 'y'>, seq<string<'S', 'a', 't'>, one<'.'>>> {};
struct sunday : sor<string<'S', 'u', 'n', 'd', 'a', 'y'>, seq<string<'S', 'u', 'n'>, one<'.'>>> {};
struct weekday : sor<monday, tuesday, wednesday, thursday, friday, saturday, sunday> {};

struct january
    : sor<string<'J', 'a', 'n', 'u', 'a', 'r', 'y'>, seq<string<'J', 'a', 'n'>, one<'.'>>> {};
struct february
    : sor<string<'F', 'e', 'b', 'r', 'u', 'a', 'r', 'y'>, seq<string<'F', 'e', 'b'>, one<'.'>>> {};
struct march : sor<string<'M', 'a', 'r', 'c', 'h'>, seq<string<'M', 'a', 'r'>, one<'.'>>> {};
struct april : sor<string<'A', 'p', 'r', 'i', 'l'>, seq<string<'A', 'p', 'r'>, one<'.'>>> {};
struct may : string<'M', 'a', 'y'> {};
struct june : sor<string<'J', 'u', 'n', 'e'>, seq<string<'J', 'u', 'n'>, one<'.'>>> {};
struct july : sor<string<'J', 'u', 'l', 'y'>, seq<string<'J', 'u', 'l'>, one<'.'>>> {};
struct august : sor<string<'A', 'u', 'g', 'u', 's', 't'>, seq<string<'A', 'u', 'g'>, one<'.'>>> {};
struct september : sor<string<'S', 'e', 'p', 't', 'e', 'm', 'b', 'e', 'r'>,
                       seq<string<'S', 'e', 'p', 't'>, dot>, seq<string<'S', 'e', 'p'>, one<'.'>>> {
};
struct october
    : sor<string<'O', 'c', 't', 'o', 'b', 'e', 'r'>, seq<string<'O', 'c', 't'>, one<'.'>>> {};
struct november
    : sor<string<'N', 'o', 'v', 'e', 'm', 'b', 'e', 'r'>, seq<string<'N', 'o', 'v'>, one<'.'>>> {};
struct december
    : sor<string<'D', 'e', 'c', 'e', 'm', 'b', 'e', 'r'>, seq<string<'D', 'e', 'c'>, one<'.'>>> {};
struct month_name : sor<january, february, march, april, may, june, july, august, september,
                        october, november, december> {};

struct ordinal_suffix
    : sor<string<'s', 't'>, string<'n', 'd'>, string<'r', 'd'>, string<'t', 'h'>> {};
struct day_number : seq<range<'1', '9'>, opt<digit>> {};
struct day : seq<day_number, opt<ordinal_suffix>, not_at<alnum>> {};
struct year : seq<range<'1', '2'>, digit, digit, digit, not_at<alnum>> {};

struct month_day_year : seq<month_name, ws, day, opt<opt<one<','>>, ws, year>> {};
struct day_month_year : seq<day, ws, month_name, opt<ws, year>> {};
struct weekday_date
    : seq<weekday, not_at<alpha>, opt<one<','>>, ws, sor<month_day_year, day_month_year>> {};

template <typename Rule> struct action : nothing<Rule> {};
#define CLAIMLINT_DATE_SET(rule, field, value)                                                     \
  template <> struct action<rule> {                                                                \
    template <typename Input> static void apply(const Input&, state& s) { s.field = value; }       \
  };
CLAIMLINT_DATE_SET(monday, weekday, 0)
CLAIMLINT_DATE_SET(tuesday, weekday, 1)
CLAIMLINT_DATE_SET(wednesday, weekday, 2)
CLAIMLINT_DATE_SET(thursday, weekday, 3)
CLAIMLINT_DATE_SET(friday, weekday, 4)
CLAIMLINT_DATE_SET(saturday, weekday, 5)
CLAIMLINT_DATE_SET(sunday, weekday, 6)
CLAIMLINT_DATE_SET(january, month, 1)
CLAIMLINT_DATE_SET(february, month, 2)
CLAIMLINT_DATE_SET(march, month, 3)
CLAIMLINT_DATE_SET(april, month, 4)
CLAIMLINT_DATE_SET(may, month, 5)
CLAIMLINT_DATE_SET(june, month, 6)
CLAIMLINT_DATE_SET(july, month, 7)
CLAIMLINT_DATE_SET(august, month, 8)
CLAIMLINT_DATE_SET(september, month, 9)
CLAIMLINT_DATE_SET(october, month, 10)
CLAIMLINT_DATE_SET(november, month, 11)
CLAIMLINT_DATE_SET(december, month, 12)
#undef CLAIMLINT_DATE_SET
template <> struct action<day_number> {
  template <typename Input> static void apply(const Input& in, state& s) {
    s.day = std::stoi(in.string());
  }
};
template <> struct action<year> {
  template <typename Input> static void apply(const Input& in, state& s) {
    s.year = std::stoi(in.string());
  }
};

struct weekday_date_grammar : weekday_date {};

struct weekday_date_match {
  std::size_t length;
  state value;
};

// Matches "Thursday, June 5[, 2025]" at the start of `text`.
inline std::optional<weekday_date_match> match_weekday_date(std::string_view text) {
  state st;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "date");
  if (!parse<weekday_date_grammar, action>(in, st)) return std::nullopt;
  return weekday_date_match{static_cast<std::size_t>(in.current() - text.data()), st};
}

} // namespace claimlint::grammar::dates
