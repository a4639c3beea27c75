// PEGTL grammar for calendar dates written out in news copy.
//
// Two entry points: match_weekday_date ("Thursday, June 5", "Thu., June 5, 2025", "Thursday,
// 5 June 2025"), used by date/weekday-mismatch, where month and weekday names must be
// capitalised so the verbs "may" and "march" never start a date; and match_date, used by
// claim extraction, which also reads lower-case names (for lower-cased text) and more forms:
// "February 2022", "March 2", "Oct. 2", "21st of April", "2016-02-22", "02/22/2016",
// "21/04/2016". Relative dates ("last year", "on Wednesday") are resolved in C++ beside it.
#pragma once

#include "digits.hpp"

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
    s.day = digits_value(in.string_view());
  }
};
template <> struct action<year> {
  template <typename Input> static void apply(const Input& in, state& s) {
    s.year = digits_value(in.string_view());
  }
};

struct weekday_date_grammar : weekday_date {};

// ---- General dates (match_date) ----
struct g_sp : plus<one<' '>> {};
template <typename Name, char... Abbrev>
struct month_form
    : sor<seq<Name, not_at<alpha>>, seq<istring<Abbrev...>, opt<one<'.'>>, not_at<alpha>>> {};
struct g_jan : month_form<TAO_PEGTL_ISTRING("january"), 'j', 'a', 'n'> {};
struct g_feb : month_form<TAO_PEGTL_ISTRING("february"), 'f', 'e', 'b'> {};
struct g_mar : month_form<TAO_PEGTL_ISTRING("march"), 'm', 'a', 'r'> {};
struct g_apr : month_form<TAO_PEGTL_ISTRING("april"), 'a', 'p', 'r'> {};
struct g_may : seq<TAO_PEGTL_ISTRING("may"), not_at<alpha>> {};
struct g_jun : month_form<TAO_PEGTL_ISTRING("june"), 'j', 'u', 'n'> {};
struct g_jul : month_form<TAO_PEGTL_ISTRING("july"), 'j', 'u', 'l'> {};
struct g_aug : month_form<TAO_PEGTL_ISTRING("august"), 'a', 'u', 'g'> {};
struct g_sep : sor<month_form<TAO_PEGTL_ISTRING("september"), 's', 'e', 'p', 't'>,
                   seq<TAO_PEGTL_ISTRING("sep"), opt<one<'.'>>, not_at<alpha>>> {};
struct g_oct : month_form<TAO_PEGTL_ISTRING("october"), 'o', 'c', 't'> {};
struct g_nov : month_form<TAO_PEGTL_ISTRING("november"), 'n', 'o', 'v'> {};
struct g_dec : month_form<TAO_PEGTL_ISTRING("december"), 'd', 'e', 'c'> {};
struct g_month
    : sor<g_jan, g_feb, g_mar, g_apr, g_may, g_jun, g_jul, g_aug, g_sep, g_oct, g_nov, g_dec> {};
struct g_weekday_name : sor<seq<sor<TAO_PEGTL_ISTRING("monday"), TAO_PEGTL_ISTRING("tuesday"),
                                    TAO_PEGTL_ISTRING("wednesday"), TAO_PEGTL_ISTRING("thursday"),
                                    TAO_PEGTL_ISTRING("friday"), TAO_PEGTL_ISTRING("saturday"),
                                    TAO_PEGTL_ISTRING("sunday")>,
                                not_at<alpha>>> {};
struct g_day_number : seq<opt<one<'0'>>, range<'1', '9'>, opt<digit>> {};
// Days in words: "first", "twenty-first", "twenty one", "the eleventh", "fifteen".
struct g_day_begin : success {};
template <int N, typename Text> struct day_word : seq<Text, not_at<alpha>> {
  static constexpr int value = N;
};
#define CLAIMLINT_DAY_WORD(name, n, text)                                                          \
  struct name : day_word<n, TAO_PEGTL_ISTRING(text)> {};
CLAIMLINT_DAY_WORD(dw_first, 1, "first")
CLAIMLINT_DAY_WORD(dw_second, 2, "second")
CLAIMLINT_DAY_WORD(dw_third, 3, "third")
CLAIMLINT_DAY_WORD(dw_fourth, 4, "fourth")
CLAIMLINT_DAY_WORD(dw_fifth, 5, "fifth")
CLAIMLINT_DAY_WORD(dw_sixth, 6, "sixth")
CLAIMLINT_DAY_WORD(dw_seventh, 7, "seventh")
CLAIMLINT_DAY_WORD(dw_eighth, 8, "eighth")
CLAIMLINT_DAY_WORD(dw_ninth, 9, "ninth")
CLAIMLINT_DAY_WORD(dw_tenth, 10, "tenth")
CLAIMLINT_DAY_WORD(dw_eleventh, 11, "eleventh")
CLAIMLINT_DAY_WORD(dw_twelfth, 12, "twelfth")
CLAIMLINT_DAY_WORD(dw_thirteenth, 13, "thirteenth")
CLAIMLINT_DAY_WORD(dw_fourteenth, 14, "fourteenth")
CLAIMLINT_DAY_WORD(dw_fifteenth, 15, "fifteenth")
CLAIMLINT_DAY_WORD(dw_sixteenth, 16, "sixteenth")
CLAIMLINT_DAY_WORD(dw_seventeenth, 17, "seventeenth")
CLAIMLINT_DAY_WORD(dw_eighteenth, 18, "eighteenth")
CLAIMLINT_DAY_WORD(dw_nineteenth, 19, "nineteenth")
CLAIMLINT_DAY_WORD(dw_twentieth, 20, "twentieth")
CLAIMLINT_DAY_WORD(dw_thirtieth, 30, "thirtieth")
CLAIMLINT_DAY_WORD(dw_one, 1, "one")
CLAIMLINT_DAY_WORD(dw_two, 2, "two")
CLAIMLINT_DAY_WORD(dw_three, 3, "three")
CLAIMLINT_DAY_WORD(dw_four, 4, "four")
CLAIMLINT_DAY_WORD(dw_five, 5, "five")
CLAIMLINT_DAY_WORD(dw_six, 6, "six")
CLAIMLINT_DAY_WORD(dw_seven, 7, "seven")
CLAIMLINT_DAY_WORD(dw_eight, 8, "eight")
CLAIMLINT_DAY_WORD(dw_nine, 9, "nine")
CLAIMLINT_DAY_WORD(dw_ten, 10, "ten")
CLAIMLINT_DAY_WORD(dw_eleven, 11, "eleven")
CLAIMLINT_DAY_WORD(dw_twelve, 12, "twelve")
CLAIMLINT_DAY_WORD(dw_thirteen, 13, "thirteen")
CLAIMLINT_DAY_WORD(dw_fourteen, 14, "fourteen")
CLAIMLINT_DAY_WORD(dw_fifteen, 15, "fifteen")
CLAIMLINT_DAY_WORD(dw_sixteen, 16, "sixteen")
CLAIMLINT_DAY_WORD(dw_seventeen, 17, "seventeen")
CLAIMLINT_DAY_WORD(dw_eighteen, 18, "eighteen")
CLAIMLINT_DAY_WORD(dw_nineteen, 19, "nineteen")
CLAIMLINT_DAY_WORD(dw_twenty, 20, "twenty")
CLAIMLINT_DAY_WORD(dw_thirty, 30, "thirty")
#undef CLAIMLINT_DAY_WORD
struct g_day_unit_word : sor<dw_first, dw_second, dw_third, dw_fourth, dw_fifth, dw_sixth,
                             dw_seventh, dw_eighth, dw_ninth, dw_one, dw_two, dw_three, dw_four,
                             dw_five, dw_six, dw_seven, dw_eight, dw_nine> {};
struct g_day_tens : sor<dw_twenty, dw_thirty> {};
struct g_day_words
    : seq<g_day_begin,
          sor<seq<g_day_tens, sor<one<'-'>, g_sp>, g_day_unit_word>, g_day_tens, dw_twentieth,
              dw_thirtieth, dw_tenth, dw_eleventh, dw_twelfth, dw_thirteenth, dw_fourteenth,
              dw_fifteenth, dw_sixteenth, dw_seventeenth, dw_eighteenth, dw_nineteenth, dw_ten,
              dw_eleven, dw_twelve, dw_thirteen, dw_fourteen, dw_fifteen, dw_sixteen, dw_seventeen,
              dw_eighteen, dw_nineteen, g_day_unit_word>> {};
struct g_day_digits : seq<g_day_number, opt<ordinal_suffix>, not_at<alnum>> {};
struct g_day : sor<g_day_digits, g_day_words> {};
struct g_the : opt<TAO_PEGTL_ISTRING("the"), g_sp> {};
struct g_year_digits : seq<range<'1', '2'>, digit, digit, digit> {};
struct g_year : seq<g_year_digits, not_at<alnum>> {};
struct g_day_sep : sor<seq<opt<one<'.'>>, g_sp, g_the>, one<'-'>, one<'/'>, success> {};
struct g_month_day : seq<g_month, opt<one<','>>, g_day_sep, g_day, not_at<one<':'>>> {};
struct g_year_tail : seq<opt<one<','>>, opt<g_sp>, opt<TAO_PEGTL_ISTRING("of"), g_sp>, g_year> {};
struct g_month_day_year : seq<g_month_day, opt<g_year_tail>> {};
struct g_day_month_sep : sor<seq<opt<g_sp, TAO_PEGTL_ISTRING("of")>, g_sp>, one<'-'>, success> {};
// "22april": a day glued to the month.
struct g_day_glued : seq<g_day_number, opt<ordinal_suffix>, at<g_month>> {};
struct g_day_month_year
    : seq<g_the, sor<g_day, g_day_glued>, g_day_month_sep, g_month, opt<g_year_tail>> {};
struct g_month_year : seq<g_month, opt<one<','>>, g_sp, g_year> {};
struct g_iso_month : seq<digit, digit> {};
struct g_iso_day : seq<digit, digit> {};
struct g_iso : seq<g_year_digits, one<'-'>, g_iso_month, one<'-'>, g_iso_day, not_at<alnum>> {};
struct g_num1 : seq<digit, opt<digit>> {};
struct g_num2 : seq<digit, opt<digit>> {};
struct g_num_year : sor<seq<g_year_digits, not_at<digit>>, seq<digit, digit, not_at<digit>>> {};
template <char Sep>
struct g_numeric_with
    : seq<g_num1, one<Sep>, g_num2, sor<one<Sep>, one<','>>, g_num_year, not_at<digit>> {};
struct g_numeric : sor<g_numeric_with<'/'>, g_numeric_with<'-'>, g_numeric_with<'.'>> {};
// "2015/08/12": year first.
struct g_ymd_month : seq<digit, opt<digit>> {};
struct g_ymd_day : seq<digit, opt<digit>> {};
struct g_ymd : seq<g_year_digits, one<'/'>, g_ymd_month, one<'/'>, g_ymd_day, not_at<digit>> {};
struct g_weekday_prefix : seq<g_weekday_name, opt<one<','>>, g_sp> {};
// "Friday the 15th": a weekday and a day of the month.
struct g_weekday_day : seq<g_weekday_name, g_sp, TAO_PEGTL_ISTRING("the"), g_sp, g_day> {};
struct g_date : sor<g_iso, g_ymd, g_numeric,
                    seq<opt<g_weekday_prefix>, sor<g_month_day_year, g_day_month_year>>,
                    g_month_year, g_weekday_day> {};
struct date_grammar : g_date {};

struct date_state {
  int weekday = -1, month = 0, day = 0, year = 0;
  int num1 = 0, num2 = 0; // numeric forms, resolved after the match
  bool numeric = false;
  bool lower_month = false; // "may", "march" written in lower case
};

template <typename Rule> struct date_action : nothing<Rule> {};
#define CLAIMLINT_MONTH(rule, n)                                                                   \
  template <> struct date_action<rule> {                                                           \
    template <typename Input> static void apply(const Input& in, date_state& s) {                  \
      s.month = n;                                                                                 \
      s.lower_month = in.begin()[0] >= 'a' && in.begin()[0] <= 'z';                                \
    }                                                                                              \
  };
CLAIMLINT_MONTH(g_jan, 1)
CLAIMLINT_MONTH(g_feb, 2)
CLAIMLINT_MONTH(g_mar, 3)
CLAIMLINT_MONTH(g_apr, 4)
CLAIMLINT_MONTH(g_may, 5)
CLAIMLINT_MONTH(g_jun, 6)
CLAIMLINT_MONTH(g_jul, 7)
CLAIMLINT_MONTH(g_aug, 8)
CLAIMLINT_MONTH(g_sep, 9)
CLAIMLINT_MONTH(g_oct, 10)
CLAIMLINT_MONTH(g_nov, 11)
CLAIMLINT_MONTH(g_dec, 12)
#undef CLAIMLINT_MONTH
template <> struct date_action<g_weekday_name> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    static const char* kNames[] = {"mo", "tu", "we", "th", "fr", "sa", "su"};
    std::string t = in.string();
    for (char& c : t) c = static_cast<char>(c | 0x20);
    for (int i = 0; i < 7; ++i)
      if (t.rfind(kNames[i], 0) == 0) s.weekday = i;
  }
};
template <> struct date_action<g_day_begin> {
  template <typename Input> static void apply(const Input&, date_state& s) { s.day = 0; }
};
template <typename Rule>
requires requires {
  Rule::value;
}
struct date_action<Rule> {
  template <typename Input> static void apply(const Input&, date_state& s) { s.day += Rule::value; }
};
template <> struct date_action<g_ymd_month> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.month = digits_value(in.string_view());
  }
};
template <> struct date_action<g_ymd_day> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.day = digits_value(in.string_view());
  }
};
template <> struct date_action<g_day_number> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.day = digits_value(in.string_view());
  }
};
template <> struct date_action<g_year_digits> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.year = digits_value(in.string_view());
  }
};
template <> struct date_action<g_iso_month> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.month = digits_value(in.string_view());
  }
};
template <> struct date_action<g_iso_day> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.day = digits_value(in.string_view());
  }
};
// Actions fire when a rule matches even if an enclosing alternative fails later, so flags that
// decide how a match is read are set on the complete alternative, and a day number read while
// trying "Month Day" is cleared when "Month Year" wins.
template <> struct date_action<g_num1> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.num1 = digits_value(in.string_view());
  }
};
template <> struct date_action<g_numeric> {
  template <typename Input> static void apply(const Input&, date_state& s) { s.numeric = true; }
};
template <> struct date_action<g_month_year> {
  template <typename Input> static void apply(const Input&, date_state& s) { s.day = 0; }
};
template <> struct date_action<g_num2> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    s.num2 = digits_value(in.string_view());
  }
};
template <> struct date_action<g_num_year> {
  template <typename Input> static void apply(const Input& in, date_state& s) {
    int y = digits_value(in.string_view());
    s.year = in.size() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  }
};

struct date_match {
  std::size_t length;
  date_state value;
};

// Matches an absolute date at the start of `text`. Numeric dates are month/day unless the
// first number cannot be a month (21/04/2016).
inline std::optional<date_match> match_date(std::string_view text) {
  date_state st;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "date");
  if (!parse<date_grammar, date_action>(in, st)) return std::nullopt;
  if (st.numeric) {
    if (st.num1 > 12 && st.num2 <= 12) {
      st.day = st.num1;
      st.month = st.num2;
    } else {
      st.month = st.num1;
      st.day = st.num2;
    }
    if (st.month < 1 || st.month > 12 || st.day < 1 || st.day > 31) return std::nullopt;
  }
  return date_match{static_cast<std::size_t>(in.current() - text.data()), st};
}

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
