// PEGTL grammar for numbers as news copy writes them: digits with thousands separators
// ("7,500"), decimals ("3.5", ".25"), number words ("two", "twenty-one", "one hundred and
// three", "a dozen", "a hundred"), and scale words ("1.2 billion", "40 million", "2.4bn").
//
// The actions fold the value into `number_state` as the input is matched, so one pass gives
// both the span and the value. Number words combine the usual way: "two hundred thousand" =
// (2 * 100) * 1000.
#pragma once

#include "digits.hpp"

#include <tao/pegtl.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace claimlint::grammar::numbers {

using namespace tao::pegtl;

struct number_state {
  double value = 0;
  bool has_value = false;
  bool from_words = false;
  int int_digits = 0;   // digits before the decimal point, for "an 18" style checks
  bool grouped = false; // written with thousands separators
  // The scale the number ends with: 1e6 for "40 million", "2.4bn" and "three million", 1 for
  // "40" or "forty" (a range carries it back to a first end without one: "$40 to $45 billion").
  double scale_factor = 1;
  // Word folding.
  double current = 0, total = 0;
  void reset() { *this = number_state{}; }
  void add_word(double v) {
    from_words = true;
    has_value = true;
    if (v == 100)
      current = (current == 0 ? 1 : current) * 100;
    else if (v >= 1000) {
      total += (current == 0 ? 1 : current) * v;
      current = 0;
    } else
      current += v;
    scale_factor = v >= 100 ? v : 1;
    value = total + current;
  }
  void scale(double s) {
    value *= s;
    scale_factor *= s;
  }
};

struct sp : plus<one<' '>> {};
struct word_end : not_at<alpha> {};

// Digits: "7,500", "1,234,567.89", "3.5", ".25", "2022".
struct group3 : seq<digit, digit, digit> {};
struct thin_space : sor<TAO_PEGTL_STRING("\xE2\x80\xAF"), TAO_PEGTL_STRING("\xC2\xA0"),
                        TAO_PEGTL_STRING("\xE2\x80\x89")> {};
// "1 234 567", "40\u202f000": spaces as thousands separators, as SI style and much of Europe
// write them. A plain space needs two groups ("1 234 567"), so "3 100 people" stays two numbers.
struct spaced_int
    : sor<seq<rep_min_max<1, 3, digit>, plus<thin_space, group3>, not_at<digit>>,
          seq<rep_min_max<1, 3, digit>, one<' '>, group3, plus<one<' '>, group3>, not_at<digit>>> {
};
struct grouped_int : seq<rep_min_max<1, 3, digit>, plus<one<','>, group3>, not_at<digit>> {};
// South Asian grouping: "12,34,567" (pairs of digits above the thousands)
struct indian_int : seq<rep_min_max<1, 2, digit>, plus<one<','>, digit, digit, at<one<','>>>,
                        one<','>, group3, not_at<digit>> {};
struct plain_int : plus<digit> {};
struct fraction_part : seq<one<'.'>, plus<digit>> {};
struct digit_number : sor<seq<sor<indian_int, grouped_int, spaced_int, plain_int>,
                              opt<fraction_part, not_at<one<'.'>, digit>>>,
                          seq<fraction_part, not_at<one<'.'>, digit>>> {};

#define CLAIMLINT_NUMBER_WORD(name, text, val)                                                     \
  struct name : seq<TAO_PEGTL_ISTRING(text), word_end> {                                           \
    static constexpr double value = val;                                                           \
  };
CLAIMLINT_NUMBER_WORD(w_zero, "zero", 0)
CLAIMLINT_NUMBER_WORD(w_one, "one", 1)
CLAIMLINT_NUMBER_WORD(w_two, "two", 2)
CLAIMLINT_NUMBER_WORD(w_three, "three", 3)
CLAIMLINT_NUMBER_WORD(w_four, "four", 4)
CLAIMLINT_NUMBER_WORD(w_five, "five", 5)
CLAIMLINT_NUMBER_WORD(w_six, "six", 6)
CLAIMLINT_NUMBER_WORD(w_seven, "seven", 7)
CLAIMLINT_NUMBER_WORD(w_eight, "eight", 8)
CLAIMLINT_NUMBER_WORD(w_nine, "nine", 9)
CLAIMLINT_NUMBER_WORD(w_ten, "ten", 10)
CLAIMLINT_NUMBER_WORD(w_eleven, "eleven", 11)
CLAIMLINT_NUMBER_WORD(w_twelve, "twelve", 12)
CLAIMLINT_NUMBER_WORD(w_thirteen, "thirteen", 13)
CLAIMLINT_NUMBER_WORD(w_fourteen, "fourteen", 14)
CLAIMLINT_NUMBER_WORD(w_fifteen, "fifteen", 15)
CLAIMLINT_NUMBER_WORD(w_sixteen, "sixteen", 16)
CLAIMLINT_NUMBER_WORD(w_seventeen, "seventeen", 17)
CLAIMLINT_NUMBER_WORD(w_eighteen, "eighteen", 18)
CLAIMLINT_NUMBER_WORD(w_nineteen, "nineteen", 19)
CLAIMLINT_NUMBER_WORD(w_twenty, "twenty", 20)
CLAIMLINT_NUMBER_WORD(w_thirty, "thirty", 30)
CLAIMLINT_NUMBER_WORD(w_forty, "forty", 40)
CLAIMLINT_NUMBER_WORD(w_fifty, "fifty", 50)
CLAIMLINT_NUMBER_WORD(w_sixty, "sixty", 60)
CLAIMLINT_NUMBER_WORD(w_seventy, "seventy", 70)
CLAIMLINT_NUMBER_WORD(w_eighty, "eighty", 80)
CLAIMLINT_NUMBER_WORD(w_ninety, "ninety", 90)
CLAIMLINT_NUMBER_WORD(w_hundred, "hundred", 100)
CLAIMLINT_NUMBER_WORD(w_thousand, "thousand", 1000)
CLAIMLINT_NUMBER_WORD(w_million, "million", 1e6)
CLAIMLINT_NUMBER_WORD(w_billion, "billion", 1e9)
CLAIMLINT_NUMBER_WORD(w_trillion, "trillion", 1e12)
CLAIMLINT_NUMBER_WORD(w_dozen, "dozen", 12)

struct unit_word : sor<w_zero, w_one, w_two, w_three, w_four, w_five, w_six, w_seven, w_eight,
                       w_nine, w_ten, w_eleven, w_twelve, w_thirteen, w_fourteen, w_fifteen,
                       w_sixteen, w_seventeen, w_eighteen, w_nineteen, w_twenty, w_thirty, w_forty,
                       w_fifty, w_sixty, w_seventy, w_eighty, w_ninety> {};
struct scale_word : sor<w_hundred, w_thousand, w_million, w_billion, w_trillion> {};
struct number_word : sor<unit_word, scale_word> {};
struct word_joiner : sor<seq<sp, TAO_PEGTL_ISTRING("and"), sp, at<number_word>>, one<'-'>, sp> {};
// "a hundred", "a dozen", "a thousand": the article stands for one.
struct a_one : seq<one<'a', 'A'>, sp, at<sor<scale_word, w_dozen>>> {};
// "half a million", "a quarter million", "three quarters billion": a fraction of a scale
CLAIMLINT_NUMBER_WORD(w_half, "half", 0.5)
CLAIMLINT_NUMBER_WORD(w_quarter, "quarter", 0.25)
struct w_three_quarters
    : seq<TAO_PEGTL_ISTRING("three"), sp, TAO_PEGTL_ISTRING("quarters"), word_end> {
  static constexpr double value = 0.75;
};
struct fraction_of_scale_words
    : seq<opt<one<'a', 'A'>, sp>, sor<w_three_quarters, w_half, w_quarter>, sp, opt<one<'a'>, sp>,
          scale_word> {};
struct fraction_of_scale : seq<at<fraction_of_scale_words>, fraction_of_scale_words> {};
// "five and a half million": a whole and a half (or a quarter) of a scale
struct and_a_fraction : seq<sp, TAO_PEGTL_ISTRING("and"), sp, one<'a', 'A'>, sp,
                            sor<w_half, w_quarter>, sp, at<scale_word>> {};
// (actions fire as rules match and are not undone: the look-ahead, which runs none, decides
// first, so "five days" does not count its "five" twice)
struct whole_and_fraction_of_scale
    : seq<at<unit_word, and_a_fraction>, unit_word, and_a_fraction, scale_word> {};
struct word_number : sor<fraction_of_scale, whole_and_fraction_of_scale,
                         seq<a_one, sor<w_dozen, seq<scale_word, star<word_joiner, number_word>>>>,
                         seq<unit_word, star<word_joiner, number_word>>> {};

// Scales after digits: "1.2 billion", "40 million", "$2.4bn", "3 thousand".
struct ds_thousand : seq<TAO_PEGTL_ISTRING("thousand"), word_end> {};
struct ds_million : seq<TAO_PEGTL_ISTRING("million"), word_end> {};
struct ds_billion : seq<TAO_PEGTL_ISTRING("billion"), word_end> {};
struct ds_trillion : seq<TAO_PEGTL_ISTRING("trillion"), word_end> {};
// South Asian scales: a lakh is 100,000, a crore 10 million ("25 lakh tonnes", "₹3 crore").
struct ds_lakh : seq<sor<TAO_PEGTL_ISTRING("lakh"), TAO_PEGTL_ISTRING("lac")>, word_end> {};
struct ds_crore : seq<TAO_PEGTL_ISTRING("crore"), word_end> {};
struct ds_hundred : seq<TAO_PEGTL_ISTRING("hundred"), word_end> {};
// "3 hundred thousand": scale words in a row multiply
struct scale_suffix_word
    : plus<sp,
           sor<ds_hundred, ds_thousand, ds_million, ds_billion, ds_trillion, ds_lakh, ds_crore>> {};
// (a glued scale ends the word: "24703m2" is square metres, not a million)
struct glued_end : not_at<alnum> {};
struct s_bn : seq<sor<TAO_PEGTL_ISTRING("bn"), one<'B'>>, glued_end> {}; // "$2.4bn", "$6B"
struct s_mn : seq<sor<TAO_PEGTL_ISTRING("mn"), TAO_PEGTL_ISTRING("m")>, glued_end> {};
struct s_tn : seq<TAO_PEGTL_ISTRING("tn"), glued_end> {};
struct s_k : seq<one<'k', 'K'>, glued_end> {};
struct scale_suffix_glued : sor<s_bn, s_tn, s_mn, s_k> {};

// Vulgar fractions, alone or after digits: "½ teaspoon", "2½ miles".
#define CLAIMLINT_VULGAR(name, text, val)                                                          \
  struct name : TAO_PEGTL_STRING(text) {                                                           \
    static constexpr double value = val;                                                           \
  };
CLAIMLINT_VULGAR(v_half, "\xC2\xBD", 0.5)
CLAIMLINT_VULGAR(v_quarter, "\xC2\xBC", 0.25)
CLAIMLINT_VULGAR(v_three_quarters, "\xC2\xBE", 0.75)
CLAIMLINT_VULGAR(v_third, "\xE2\x85\x93", 1.0 / 3)
CLAIMLINT_VULGAR(v_two_thirds, "\xE2\x85\x94", 2.0 / 3)
CLAIMLINT_VULGAR(v_eighth, "\xE2\x85\x9B", 0.125)
#undef CLAIMLINT_VULGAR
struct vulgar_fraction
    : seq<sor<v_half, v_quarter, v_three_quarters, v_third, v_two_thirds, v_eighth>,
          not_at<digit>> {};

// Actions fire as soon as a rule matches and are not undone when an enclosing rule fails, so the
// state is reset where a number starts: a number matched twice is not counted twice.
struct number_begin : success {};
struct number : seq<number_begin, sor<seq<digit_number, opt<vulgar_fraction>,
                                          opt<sor<scale_suffix_word, scale_suffix_glued>>>,
                                      vulgar_fraction, word_number>> {};
struct grammar : number {};

template <typename Rule> struct number_action : nothing<Rule> {};
template <> struct number_action<number_begin> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.reset(); }
};
template <> struct number_action<digit_number> {
  template <typename Input> static void apply(const Input& in, number_state& s) {
    std::string t;
    int int_digits = 0;
    bool after_point = false;
    for (char c : in.string()) {
      if (c == ' ' || static_cast<unsigned char>(c) >= 0x80) {
        s.grouped = true;
        continue;
      }
      if (c == ',') {
        s.grouped = true;
        continue;
      }
      if (c == '.')
        after_point = true;
      else if (!after_point)
        ++int_digits;
      t += c;
    }
    s.value = decimal_value(t);
    s.has_value = true;
    s.int_digits = int_digits;
  }
};
#define CLAIMLINT_WORD_ACTION(name)                                                                \
  template <> struct number_action<name> {                                                         \
    template <typename Input> static void apply(const Input&, number_state& s) {                   \
      s.add_word(name::value);                                                                     \
    }                                                                                              \
  };
CLAIMLINT_WORD_ACTION(w_zero)
CLAIMLINT_WORD_ACTION(w_one)
CLAIMLINT_WORD_ACTION(w_two)
CLAIMLINT_WORD_ACTION(w_three)
CLAIMLINT_WORD_ACTION(w_four)
CLAIMLINT_WORD_ACTION(w_five)
CLAIMLINT_WORD_ACTION(w_six)
CLAIMLINT_WORD_ACTION(w_seven)
CLAIMLINT_WORD_ACTION(w_eight)
CLAIMLINT_WORD_ACTION(w_nine)
CLAIMLINT_WORD_ACTION(w_ten)
CLAIMLINT_WORD_ACTION(w_eleven)
CLAIMLINT_WORD_ACTION(w_twelve)
CLAIMLINT_WORD_ACTION(w_thirteen)
CLAIMLINT_WORD_ACTION(w_fourteen)
CLAIMLINT_WORD_ACTION(w_fifteen)
CLAIMLINT_WORD_ACTION(w_sixteen)
CLAIMLINT_WORD_ACTION(w_seventeen)
CLAIMLINT_WORD_ACTION(w_eighteen)
CLAIMLINT_WORD_ACTION(w_nineteen)
CLAIMLINT_WORD_ACTION(w_twenty)
CLAIMLINT_WORD_ACTION(w_thirty)
CLAIMLINT_WORD_ACTION(w_forty)
CLAIMLINT_WORD_ACTION(w_fifty)
CLAIMLINT_WORD_ACTION(w_sixty)
CLAIMLINT_WORD_ACTION(w_seventy)
CLAIMLINT_WORD_ACTION(w_eighty)
CLAIMLINT_WORD_ACTION(w_ninety)
CLAIMLINT_WORD_ACTION(w_hundred)
CLAIMLINT_WORD_ACTION(w_thousand)
CLAIMLINT_WORD_ACTION(w_million)
CLAIMLINT_WORD_ACTION(w_billion)
CLAIMLINT_WORD_ACTION(w_trillion)
CLAIMLINT_WORD_ACTION(w_dozen)
CLAIMLINT_WORD_ACTION(w_half)
CLAIMLINT_WORD_ACTION(w_quarter)
CLAIMLINT_WORD_ACTION(w_three_quarters)
#undef CLAIMLINT_WORD_ACTION
template <> struct number_action<s_bn> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e9); }
};
template <> struct number_action<s_mn> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e6); }
};
template <> struct number_action<s_tn> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e12); }
};
template <> struct number_action<ds_thousand> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e3); }
};
template <> struct number_action<ds_million> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e6); }
};
template <> struct number_action<ds_billion> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e9); }
};
template <> struct number_action<ds_trillion> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e12); }
};
#define CLAIMLINT_VULGAR_ACTION(name)                                                              \
  template <> struct number_action<name> {                                                         \
    template <typename Input> static void apply(const Input&, number_state& s) {                   \
      s.value += name::value;                                                                      \
      s.has_value = true;                                                                          \
    }                                                                                              \
  };
CLAIMLINT_VULGAR_ACTION(v_half)
CLAIMLINT_VULGAR_ACTION(v_quarter)
CLAIMLINT_VULGAR_ACTION(v_three_quarters)
CLAIMLINT_VULGAR_ACTION(v_third)
CLAIMLINT_VULGAR_ACTION(v_two_thirds)
CLAIMLINT_VULGAR_ACTION(v_eighth)
#undef CLAIMLINT_VULGAR_ACTION
template <> struct number_action<ds_hundred> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(100); }
};
template <> struct number_action<ds_lakh> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e5); }
};
template <> struct number_action<ds_crore> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e7); }
};
template <> struct number_action<s_k> {
  template <typename Input> static void apply(const Input&, number_state& s) { s.scale(1e3); }
};

struct match_result {
  std::size_t length = 0;
  number_state value;
};

// Matches a number at the start of `text` (which must not start inside a word).
inline std::optional<match_result> match(std::string_view text) {
  number_state st;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "number");
  if (!parse<grammar, number_action>(in, st) || !st.has_value) return std::nullopt;
  return match_result{static_cast<std::size_t>(in.current() - text.data()), st};
}

} // namespace claimlint::grammar::numbers
