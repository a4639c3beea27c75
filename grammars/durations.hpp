// PEGTL grammar for the unit of a duration after its amount ("18 months", "nearly four years",
// "3h", "3.5years", "two weeks") and for ordinals that count durations ("now in its third
// week", "the ninth day", "her fourth year").
#pragma once

#include "digits.hpp"

#include <tao/pegtl.hpp>

#include <optional>
#include <string_view>

namespace claimlint::grammar::durations {

using namespace tao::pegtl;

struct word_end : not_at<alpha> {};

struct unit_state {
  std::string_view unit; // ISO 8601 designator: Y, M, W, D, H, MIN, S; decades are 10Y
  double factor = 1;     // decade = 10 years, century = 100 years, fortnight = 2 weeks
  int ordinal = 0;
};

template <typename Rule> struct action : nothing<Rule> {};
#define CLAIMLINT_UNIT(name, designator, mult, ...)                                                \
  struct name : seq<__VA_ARGS__, word_end> {};                                                     \
  template <> struct action<name> {                                                                \
    template <typename Input> static void apply(const Input&, unit_state& s) {                     \
      s.unit = designator;                                                                         \
      s.factor = mult;                                                                             \
    }                                                                                              \
  };
CLAIMLINT_UNIT(u_century, "Y", 100,
               sor<TAO_PEGTL_ISTRING("centuries"), TAO_PEGTL_ISTRING("century")>)
CLAIMLINT_UNIT(u_decade, "Y", 10, sor<TAO_PEGTL_ISTRING("decades"), TAO_PEGTL_ISTRING("decade")>)
CLAIMLINT_UNIT(u_year, "Y", 1,
               sor<TAO_PEGTL_ISTRING("years"), TAO_PEGTL_ISTRING("year"), TAO_PEGTL_ISTRING("yrs"),
                   TAO_PEGTL_ISTRING("yr")>)
CLAIMLINT_UNIT(
    u_month, "M", 1,
    sor<TAO_PEGTL_ISTRING("months"), TAO_PEGTL_ISTRING("month"), TAO_PEGTL_ISTRING("mos")>)
CLAIMLINT_UNIT(u_fortnight, "W", 2,
               sor<TAO_PEGTL_ISTRING("fortnights"), TAO_PEGTL_ISTRING("fortnight")>)
CLAIMLINT_UNIT(u_week, "W", 1,
               sor<TAO_PEGTL_ISTRING("weeks"), TAO_PEGTL_ISTRING("week"), TAO_PEGTL_ISTRING("wks")>)
CLAIMLINT_UNIT(u_day, "D", 1, sor<TAO_PEGTL_ISTRING("days"), TAO_PEGTL_ISTRING("day")>)
CLAIMLINT_UNIT(u_hour, "H", 1,
               sor<TAO_PEGTL_ISTRING("hours"), TAO_PEGTL_ISTRING("hour"), TAO_PEGTL_ISTRING("hrs"),
                   TAO_PEGTL_ISTRING("hr"), TAO_PEGTL_ISTRING("h")>)
CLAIMLINT_UNIT(u_minute, "MIN", 1,
               sor<TAO_PEGTL_ISTRING("minutes"), TAO_PEGTL_ISTRING("minute"),
                   TAO_PEGTL_ISTRING("mins"), TAO_PEGTL_ISTRING("min")>)
CLAIMLINT_UNIT(u_second, "S", 1,
               sor<TAO_PEGTL_ISTRING("seconds"), TAO_PEGTL_ISTRING("second"),
                   TAO_PEGTL_ISTRING("secs"), TAO_PEGTL_ISTRING("sec")>)
#undef CLAIMLINT_UNIT
struct unit : sor<u_century, u_decade, u_year, u_month, u_fortnight, u_week, u_day, u_hour,
                  u_minute, u_second> {};
// After the amount: "18 months", "3h", "four-year" (an adjective: "a four-year war").
struct unit_after_amount : seq<opt<sor<plus<one<' '>>, one<'-'>>>, unit> {};

#define CLAIMLINT_ORDINAL(name, n, text)                                                           \
  struct name : seq<TAO_PEGTL_ISTRING(text), word_end> {};                                         \
  template <> struct action<name> {                                                                \
    template <typename Input> static void apply(const Input&, unit_state& s) { s.ordinal = n; }    \
  };
CLAIMLINT_ORDINAL(o1, 1, "first")
CLAIMLINT_ORDINAL(o2, 2, "second")
CLAIMLINT_ORDINAL(o3, 3, "third")
CLAIMLINT_ORDINAL(o4, 4, "fourth")
CLAIMLINT_ORDINAL(o5, 5, "fifth")
CLAIMLINT_ORDINAL(o6, 6, "sixth")
CLAIMLINT_ORDINAL(o7, 7, "seventh")
CLAIMLINT_ORDINAL(o8, 8, "eighth")
CLAIMLINT_ORDINAL(o9, 9, "ninth")
CLAIMLINT_ORDINAL(o10, 10, "tenth")
CLAIMLINT_ORDINAL(o11, 11, "eleventh")
CLAIMLINT_ORDINAL(o12, 12, "twelfth")
CLAIMLINT_ORDINAL(o13, 13, "thirteenth")
CLAIMLINT_ORDINAL(o14, 14, "fourteenth")
CLAIMLINT_ORDINAL(o15, 15, "fifteenth")
CLAIMLINT_ORDINAL(o20, 20, "twentieth")
CLAIMLINT_ORDINAL(o30, 30, "thirtieth")
CLAIMLINT_ORDINAL(o100, 100, "hundredth")
#undef CLAIMLINT_ORDINAL
struct numeric_ordinal_digits : plus<digit> {};
template <> struct action<numeric_ordinal_digits> {
  // "the 20140361670th day" is an ID, not a count of days: no match past the 1000th.
  template <typename Input> static bool apply(const Input& in, unit_state& s) {
    s.ordinal = digits_value(in.string_view());
    return s.ordinal > 0 && s.ordinal <= 1000;
  }
};
struct numeric_ordinal : seq<numeric_ordinal_digits,
                             sor<TAO_PEGTL_ISTRING("st"), TAO_PEGTL_ISTRING("nd"),
                                 TAO_PEGTL_ISTRING("rd"), TAO_PEGTL_ISTRING("th")>,
                             word_end> {};
struct ordinal : sor<o11, o12, o13, o14, o15, o20, o30, o100, o1, o2, o3, o4, o5, o6, o7, o8, o9,
                     o10, numeric_ordinal> {};
// "third week", "ninth day", "fourth year", "100th day".
struct ordinal_duration
    : seq<ordinal, plus<one<' '>>, sor<u_year, u_month, u_week, u_day, u_hour>> {};

struct unit_grammar : unit_after_amount {};
struct ordinal_grammar : ordinal_duration {};

struct match_result {
  std::size_t length = 0;
  unit_state value;
};

template <typename Grammar> std::optional<match_result> match_with(std::string_view text) {
  unit_state st;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "duration");
  if (!parse<Grammar, action>(in, st)) return std::nullopt;
  return match_result{static_cast<std::size_t>(in.current() - text.data()), st};
}

// The unit right after an amount (the text starts just after the number).
inline std::optional<match_result> match_unit(std::string_view t) {
  return match_with<unit_grammar>(t);
}
// "third week" at the start of the text.
inline std::optional<match_result> match_ordinal_duration(std::string_view t) {
  return match_with<ordinal_grammar>(t);
}

} // namespace claimlint::grammar::durations
