// PEGTL grammars for what surrounds a number in a quantity claim: approximation words
// ("nearly", "more than", "up to"), currencies before the number ("$", "US$", "£", "€", "USD")
// or after it ("dollars", "euros", "USD"), percent suffixes ("%", "percent", "per cent",
// "percentage points") and rates ("a day", "per year").
//
// Each match_* function matches at the start of its text and returns the length and the
// normalised value (an approximation tag, an ISO 4217 code, a rate unit). The claim extractor
// (src/claims/) composes them around grammar::numbers::match.
#pragma once

#include <tao/pegtl.hpp>

#include <optional>
#include <string_view>

namespace claimlint::grammar::quantities {

using namespace tao::pegtl;

struct sp : plus<one<' '>> {};
struct osp : star<one<' '>> {};
struct word_end : not_at<alpha> {};
template <typename Rule> struct word : seq<Rule, word_end> {};

struct tagged {
  std::string_view tag;
};

template <typename Rule> struct tag_action : nothing<Rule> {};
#define CLAIMLINT_TAGGED(name, value, ...)                                                         \
  struct name : __VA_ARGS__ {};                                                                    \
  template <> struct tag_action<name> {                                                            \
    template <typename Input> static void apply(const Input&, tagged& t) { t.tag = value; }        \
  };

// Words in a row, each a whole word: phrase<I("no"), I("less"), I("than")>.
template <typename First, typename... Rest>
struct phrase : seq<word<First>, seq<sp, word<Rest>>...> {};
#define CLAIMLINT_I(text) TAO_PEGTL_ISTRING(text)

// Approximations and bounds. Tags: about, nearly, more-than, less-than, at-least, up-to,
// at-most, and "" for an exact figure ("equal to 20"). A bound is a comparison word and "than"
// ("greater than", "lower than"), a preposition ("above", "under"), a verb ("exceeding",
// "surpassed"), a negated comparison ("no less than" is at least), an inclusive comparison
// ("more than or equal to", "higher or equal than", "equal to or less than") or a symbol (">",
// "<=", "≥").
struct more_word
    : sor<word<CLAIMLINT_I("more")>, word<CLAIMLINT_I("greater")>, word<CLAIMLINT_I("larger")>,
          word<CLAIMLINT_I("bigger")>, word<CLAIMLINT_I("higher")>> {};
struct less_word : sor<word<CLAIMLINT_I("less")>, word<CLAIMLINT_I("fewer")>,
                       word<CLAIMLINT_I("smaller")>, word<CLAIMLINT_I("lower")>> {};
struct than : word<CLAIMLINT_I("than")> {};
// "or equal to", "or equal than", "or equal" (at the end of a bound: "more than 5000 or equal")
struct or_equal : seq<word<CLAIMLINT_I("or")>, sp, word<CLAIMLINT_I("equal")>,
                      opt<sp, sor<word<CLAIMLINT_I("to")>, than>>> {};
struct equal_to_or : seq<sor<word<CLAIMLINT_I("equal")>, word<CLAIMLINT_I("equals")>>, sp,
                         word<CLAIMLINT_I("to")>, sp, word<CLAIMLINT_I("or")>, sp> {};
CLAIMLINT_TAGGED(a_nearly, "nearly",
                 sor<word<CLAIMLINT_I("nearly")>, word<CLAIMLINT_I("almost")>,
                     phrase<CLAIMLINT_I("just"), CLAIMLINT_I("under")>,
                     phrase<CLAIMLINT_I("close"), CLAIMLINT_I("to")>>)
CLAIMLINT_TAGGED(
    a_about, "about",
    sor<word<CLAIMLINT_I("about")>, word<CLAIMLINT_I("around")>, word<CLAIMLINT_I("roughly")>,
        word<CLAIMLINT_I("approximately")>, word<CLAIMLINT_I("some")>,
        word<CLAIMLINT_I("an estimated")>, word<CLAIMLINT_I("an estimate of")>>)
CLAIMLINT_TAGGED(
    a_least_inclusive, "at-least",
    sor<seq<more_word, sp, opt<than, sp>, or_equal>, seq<equal_to_or, more_word, sp, than>,
        phrase<CLAIMLINT_I("at"), CLAIMLINT_I("least"), CLAIMLINT_I("or"), CLAIMLINT_I("equal"),
               CLAIMLINT_I("to")>,
        seq<sor<word<CLAIMLINT_I("no")>, word<CLAIMLINT_I("not")>>, sp, less_word, sp, than>,
        phrase<CLAIMLINT_I("a"), CLAIMLINT_I("minimum"), CLAIMLINT_I("of")>>)
CLAIMLINT_TAGGED(
    a_most_inclusive, "at-most",
    sor<seq<less_word, sp, opt<than, sp>, or_equal>, seq<equal_to_or, less_word, sp, than>,
        seq<sor<word<CLAIMLINT_I("no")>, word<CLAIMLINT_I("not")>>, sp, word<CLAIMLINT_I("more")>,
            sp, than>,
        phrase<CLAIMLINT_I("a"), CLAIMLINT_I("maximum"), CLAIMLINT_I("of")>>)
CLAIMLINT_TAGGED(
    a_more, "more-than",
    sor<seq<more_word, sp, than>, phrase<CLAIMLINT_I("just"), CLAIMLINT_I("over")>,
        word<CLAIMLINT_I("over")>, word<CLAIMLINT_I("above")>, word<CLAIMLINT_I("exceeding")>,
        word<CLAIMLINT_I("exceeds")>, word<CLAIMLINT_I("exceeded")>, word<CLAIMLINT_I("exceed")>,
        word<CLAIMLINT_I("surpassing")>, word<CLAIMLINT_I("surpasses")>,
        word<CLAIMLINT_I("surpassed")>, word<CLAIMLINT_I("surpass")>,
        phrase<CLAIMLINT_I("in"), CLAIMLINT_I("excess"), CLAIMLINT_I("of")>,
        phrase<CLAIMLINT_I("upwards"), CLAIMLINT_I("of")>, word<CLAIMLINT_I("beyond")>>)
CLAIMLINT_TAGGED(
    a_less, "less-than",
    sor<seq<less_word, sp, than>, word<CLAIMLINT_I("under")>, word<CLAIMLINT_I("below")>>)
CLAIMLINT_TAGGED(a_least, "at-least", phrase<CLAIMLINT_I("at"), CLAIMLINT_I("least")>)
CLAIMLINT_TAGGED(a_upto, "up-to",
                 sor<phrase<CLAIMLINT_I("up"), CLAIMLINT_I("to")>,
                     seq<word<CLAIMLINT_I("as")>, sp, sor<CLAIMLINT_I("many"), CLAIMLINT_I("much")>,
                         sp, word<CLAIMLINT_I("as")>>>)
CLAIMLINT_TAGGED(a_most, "at-most", phrase<CLAIMLINT_I("at"), CLAIMLINT_I("most")>)
CLAIMLINT_TAGGED(a_exact, "",
                 sor<seq<sor<word<CLAIMLINT_I("equals")>, word<CLAIMLINT_I("equal")>,
                             word<CLAIMLINT_I("equaling")>, word<CLAIMLINT_I("equalling")>>,
                         opt<sp, word<CLAIMLINT_I("to")>>>,
                     word<CLAIMLINT_I("exactly")>>)
// Symbols: "> 30", ">=30", "< = 100", "≥ 5", "≤ 5".
CLAIMLINT_TAGGED(s_least, "at-least",
                 sor<seq<one<'>'>, osp, one<'='>>, TAO_PEGTL_STRING("\xE2\x89\xA5")>)
CLAIMLINT_TAGGED(s_most, "at-most",
                 sor<seq<one<'<'>, osp, one<'='>>, TAO_PEGTL_STRING("\xE2\x89\xA4")>)
CLAIMLINT_TAGGED(s_more, "more-than", seq<one<'>'>, not_at<one<'<', '>', '='>>>)
CLAIMLINT_TAGGED(s_less, "less-than", seq<one<'<'>, not_at<one<'<', '>', '='>>>)
struct approx_symbol : seq<sor<s_least, s_most, s_more, s_less>, osp, at<sor<digit, one<'-'>>>> {};
struct approx : sor<seq<sor<a_nearly, a_least_inclusive, a_most_inclusive, a_more, a_less, a_least,
                            a_upto, a_most, a_exact, a_about>,
                        sp>,
                    approx_symbol> {};

// After a figure: an open end ("500 or more", "$5 million or less", "200 or greater") or the
// inclusive end of a bound ("more than 5000 or equal to"). Tags: at-least, at-most, or-equal.
CLAIMLINT_TAGGED(b_or_more, "at-least",
                 seq<sp, sor<word<CLAIMLINT_I("or")>, word<CLAIMLINT_I("and")>>, sp,
                     sor<more_word, word<CLAIMLINT_I("above")>, word<CLAIMLINT_I("over")>>>)
CLAIMLINT_TAGGED(b_or_less, "at-most",
                 seq<sp, sor<word<CLAIMLINT_I("or")>, word<CLAIMLINT_I("and")>>, sp,
                     sor<less_word, word<CLAIMLINT_I("below")>, word<CLAIMLINT_I("under")>>>)
CLAIMLINT_TAGGED(b_or_equal, "or-equal", seq<sp, or_equal>)
struct open_bound : sor<b_or_equal, b_or_more, b_or_less> {};

// Currencies before the number. Longest symbols first.
CLAIMLINT_TAGGED(
    c_usd_sym, "USD",
    sor<TAO_PEGTL_STRING("US$"), TAO_PEGTL_STRING("U.S.$"), TAO_PEGTL_ISTRING("us $"), one<'$'>>)
CLAIMLINT_TAGGED(c_cad_sym, "CAD",
                 sor<TAO_PEGTL_ISTRING("C$"), TAO_PEGTL_ISTRING("c $"), TAO_PEGTL_ISTRING("CA$")>)
CLAIMLINT_TAGGED(c_aud_sym, "AUD", sor<TAO_PEGTL_ISTRING("A$"), TAO_PEGTL_ISTRING("AU$")>)
CLAIMLINT_TAGGED(c_nzd_sym, "NZD", TAO_PEGTL_ISTRING("NZ$"))
CLAIMLINT_TAGGED(c_hkd_sym, "HKD", TAO_PEGTL_ISTRING("HK$"))
CLAIMLINT_TAGGED(c_sgd_sym, "SGD", sor<TAO_PEGTL_STRING("S$"), TAO_PEGTL_STRING("SG$")>)
CLAIMLINT_TAGGED(c_brl_sym, "BRL", TAO_PEGTL_STRING("R$"))
CLAIMLINT_TAGGED(c_mxn_sym, "MXN", sor<TAO_PEGTL_STRING("MX$"), TAO_PEGTL_STRING("Mex$")>)
CLAIMLINT_TAGGED(c_twd_sym, "TWD", TAO_PEGTL_STRING("NT$"))
CLAIMLINT_TAGGED(c_gbp_sym, "GBP", TAO_PEGTL_STRING("\xC2\xA3"))
CLAIMLINT_TAGGED(c_eur_sym, "EUR", TAO_PEGTL_STRING("\xE2\x82\xAC"))
CLAIMLINT_TAGGED(c_jpy_sym, "JPY", TAO_PEGTL_STRING("\xC2\xA5"))
CLAIMLINT_TAGGED(c_inr_sym, "INR", TAO_PEGTL_STRING("\xE2\x82\xB9"))
CLAIMLINT_TAGGED(c_uah_sym, "UAH", TAO_PEGTL_STRING("\xE2\x82\xB4"))
CLAIMLINT_TAGGED(c_rub_sym, "RUB", TAO_PEGTL_STRING("\xE2\x82\xBD"))
struct iso_code_word : seq<upper, upper, upper, word_end> {};
CLAIMLINT_TAGGED(c_usd_code, "USD", TAO_PEGTL_ISTRING("USD"))
CLAIMLINT_TAGGED(c_eur_code, "EUR", TAO_PEGTL_ISTRING("EUR"))
CLAIMLINT_TAGGED(c_gbp_code, "GBP", TAO_PEGTL_ISTRING("GBP"))
CLAIMLINT_TAGGED(c_cny_code, "CNY", sor<TAO_PEGTL_ISTRING("RMB"), TAO_PEGTL_ISTRING("CNY")>)
CLAIMLINT_TAGGED(c_jpy_code, "JPY", TAO_PEGTL_ISTRING("JPY"))
CLAIMLINT_TAGGED(c_btc_sym, "BTC", TAO_PEGTL_STRING("\xE2\x82\xBF"))
struct currency_prefix
    : seq<sor<c_nzd_sym, c_hkd_sym, c_sgd_sym, c_mxn_sym, c_twd_sym, c_brl_sym, c_cad_sym,
              c_aud_sym, c_usd_sym, c_gbp_sym, c_eur_sym, c_jpy_sym, c_inr_sym, c_uah_sym,
              c_rub_sym, c_btc_sym,
              seq<sor<c_usd_code, c_eur_code, c_gbp_code, c_cny_code, c_jpy_code>, not_at<alpha>>>,
          osp, at<sor<digit, one<'.'>>>> {};

// Currencies after the number.
CLAIMLINT_TAGGED(n_usd, "USD",
                 sor<word<TAO_PEGTL_ISTRING("us dollars")>, word<TAO_PEGTL_ISTRING("u.s. dollars")>,
                     word<TAO_PEGTL_ISTRING("us dollar")>, word<TAO_PEGTL_ISTRING("dollars")>,
                     word<TAO_PEGTL_ISTRING("dollar")>, word<TAO_PEGTL_ISTRING("USD")>, one<'$'>>)
CLAIMLINT_TAGGED(n_cad, "CAD", word<TAO_PEGTL_ISTRING("canadian dollars")>)
CLAIMLINT_TAGGED(n_aud, "AUD", word<TAO_PEGTL_ISTRING("australian dollars")>)
CLAIMLINT_TAGGED(n_eur, "EUR",
                 sor<word<TAO_PEGTL_ISTRING("euros")>, word<TAO_PEGTL_ISTRING("euro")>,
                     word<TAO_PEGTL_ISTRING("EUR")>, TAO_PEGTL_STRING("\xE2\x82\xAC")>)
CLAIMLINT_TAGGED(
    n_gbp, "GBP",
    sor<word<TAO_PEGTL_ISTRING("pounds sterling")>, word<TAO_PEGTL_ISTRING("british pounds")>,
        word<TAO_PEGTL_ISTRING("pounds")>, word<TAO_PEGTL_ISTRING("pound")>,
        word<TAO_PEGTL_ISTRING("sterling")>, word<TAO_PEGTL_STRING("GBP")>>)
CLAIMLINT_TAGGED(n_jpy, "JPY", word<TAO_PEGTL_ISTRING("yen")>)
CLAIMLINT_TAGGED(n_cny, "CNY",
                 sor<word<TAO_PEGTL_ISTRING("chinese yuan")>, word<TAO_PEGTL_ISTRING("yuan")>,
                     word<TAO_PEGTL_ISTRING("renminbi")>, word<TAO_PEGTL_ISTRING("rmb")>,
                     word<TAO_PEGTL_ISTRING("cny")>>)
CLAIMLINT_TAGGED(n_inr, "INR",
                 sor<word<TAO_PEGTL_ISTRING("rupees")>, word<TAO_PEGTL_ISTRING("rupee")>>)
CLAIMLINT_TAGGED(n_rub, "RUB",
                 sor<word<TAO_PEGTL_ISTRING("roubles")>, word<TAO_PEGTL_ISTRING("rubles")>,
                     word<TAO_PEGTL_ISTRING("rouble")>, word<TAO_PEGTL_ISTRING("ruble")>>)
CLAIMLINT_TAGGED(n_uah, "UAH",
                 sor<word<TAO_PEGTL_ISTRING("hryvnias")>, word<TAO_PEGTL_ISTRING("hryvnia")>>)
CLAIMLINT_TAGGED(n_chf, "CHF",
                 sor<word<TAO_PEGTL_ISTRING("swiss francs")>, word<TAO_PEGTL_ISTRING("francs")>>)
CLAIMLINT_TAGGED(n_sek, "SEK",
                 sor<word<TAO_PEGTL_ISTRING("swedish kronor")>, word<TAO_PEGTL_ISTRING("kronor")>>)
CLAIMLINT_TAGGED(n_fim, "FIM", word<TAO_PEGTL_ISTRING("finnish markka")>)
CLAIMLINT_TAGGED(n_dem, "DEM",
                 sor<word<TAO_PEGTL_ISTRING("deutsche marks")>, word<TAO_PEGTL_ISTRING("marks")>>)
CLAIMLINT_TAGGED(n_esp, "ESP",
                 sor<word<TAO_PEGTL_ISTRING("pesetas")>, word<TAO_PEGTL_ISTRING("peseta")>>)
CLAIMLINT_TAGGED(n_itl, "ITL",
                 sor<word<TAO_PEGTL_ISTRING("lire")>, word<TAO_PEGTL_ISTRING("lira")>>)
CLAIMLINT_TAGGED(n_mxn, "MXN",
                 sor<word<TAO_PEGTL_ISTRING("mexican pesos")>, word<TAO_PEGTL_ISTRING("pesos")>>)
CLAIMLINT_TAGGED(n_zar, "ZAR", word<TAO_PEGTL_ISTRING("rand")>)
CLAIMLINT_TAGGED(n_krw, "KRW", word<TAO_PEGTL_ISTRING("won")>)
CLAIMLINT_TAGGED(n_ils, "ILS",
                 sor<word<TAO_PEGTL_ISTRING("shekels")>, word<TAO_PEGTL_ISTRING("shekel")>>)
CLAIMLINT_TAGGED(n_pln, "PLN",
                 sor<word<TAO_PEGTL_ISTRING("zlotys")>, word<TAO_PEGTL_ISTRING("zloty")>>)
CLAIMLINT_TAGGED(n_dkk, "DKK",
                 sor<word<TAO_PEGTL_ISTRING("danish kroner")>, word<TAO_PEGTL_ISTRING("kroner")>,
                     word<TAO_PEGTL_ISTRING("krone")>>)
CLAIMLINT_TAGGED(n_sar, "SAR",
                 sor<word<TAO_PEGTL_ISTRING("riyals")>, word<TAO_PEGTL_ISTRING("riyal")>>)
CLAIMLINT_TAGGED(n_try, "TRY", word<TAO_PEGTL_ISTRING("turkish lira")>)
CLAIMLINT_TAGGED(n_btc, "BTC",
                 sor<word<TAO_PEGTL_ISTRING("bitcoins")>, word<TAO_PEGTL_ISTRING("bitcoin")>,
                     word<TAO_PEGTL_ISTRING("btc")>>)
CLAIMLINT_TAGGED(
    n_nlg, "NLG",
    sor<word<TAO_PEGTL_ISTRING("dutch guilders")>, word<TAO_PEGTL_ISTRING("guilders")>>)
// Subunits: the amount is divided by 100 ("50 cents" = USD 0.50).
CLAIMLINT_TAGGED(n_cents, "USD/100",
                 sor<word<TAO_PEGTL_ISTRING("cents")>, word<TAO_PEGTL_ISTRING("cent")>>)
CLAIMLINT_TAGGED(n_pence, "GBP/100",
                 sor<word<TAO_PEGTL_ISTRING("pence")>, word<TAO_PEGTL_ISTRING("penny")>,
                     word<TAO_PEGTL_ISTRING("pennies")>>)
struct currency_suffix
    : seq<sor<sp, one<'-'>, at<one<'$'>>, at<TAO_PEGTL_STRING("\xE2\x82\xAC")>>,
          sor<n_cad, n_aud, n_usd, n_eur, n_try, n_gbp, n_jpy, n_cny, n_inr, n_rub, n_uah, n_chf,
              n_sek, n_fim, n_dem, n_esp, n_itl, n_mxn, n_zar, n_krw, n_ils, n_pln, n_dkk, n_sar,
              n_btc, n_nlg, n_cents, n_pence>> {};

// Percent.
CLAIMLINT_TAGGED(p_points, "points",
                 seq<sp, sor<word<TAO_PEGTL_ISTRING("percentage points")>,
                             word<TAO_PEGTL_ISTRING("percentage point")>>>)
CLAIMLINT_TAGGED(
    p_percent, "percent",
    sor<seq<osp, one<'%'>>, word<TAO_PEGTL_STRING("pc")>, // "18pc", UK business copy
        seq<sp, sor<word<TAO_PEGTL_ISTRING("percent")>, word<TAO_PEGTL_ISTRING("per cent")>,
                    word<TAO_PEGTL_ISTRING("percents")>, word<TAO_PEGTL_ISTRING("percentage")>,
                    word<TAO_PEGTL_ISTRING("pc")>>>>)
struct percent_suffix : sor<p_points, p_percent> {};

// Rates after an amount: "€40 million a day", "$5 per year".
CLAIMLINT_TAGGED(r_day, "day", sor<TAO_PEGTL_ISTRING("day"), TAO_PEGTL_ISTRING("daily")>)
CLAIMLINT_TAGGED(r_week, "week", TAO_PEGTL_ISTRING("week"))
CLAIMLINT_TAGGED(r_month, "month", TAO_PEGTL_ISTRING("month"))
CLAIMLINT_TAGGED(r_year, "year", sor<TAO_PEGTL_ISTRING("year"), TAO_PEGTL_ISTRING("annum")>)
CLAIMLINT_TAGGED(r_hour, "hour", TAO_PEGTL_ISTRING("hour"))
struct rate : seq<sp,
                  sor<TAO_PEGTL_ISTRING("a"), TAO_PEGTL_ISTRING("an"), TAO_PEGTL_ISTRING("per"),
                      TAO_PEGTL_ISTRING("each"), TAO_PEGTL_ISTRING("every")>,
                  sp, sor<r_day, r_week, r_month, r_year, r_hour>, word_end> {};
CLAIMLINT_TAGGED(r_annually, "year", seq<sp, word<TAO_PEGTL_ISTRING("annually")>>)
struct rate_or_annually : sor<rate, r_annually> {};

struct match_result {
  std::size_t length = 0;
  std::string_view tag;
};

template <typename Grammar> std::optional<match_result> match_tagged(std::string_view text) {
  tagged t;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "quantity");
  if (!parse<Grammar, tag_action>(in, t)) return std::nullopt;
  return match_result{static_cast<std::size_t>(in.current() - text.data()), t.tag};
}

inline std::optional<match_result> match_approx(std::string_view t) {
  return match_tagged<approx>(t);
}
inline std::optional<match_result> match_open_bound(std::string_view t) {
  return match_tagged<open_bound>(t);
}
inline std::optional<match_result> match_currency_prefix(std::string_view t) {
  return match_tagged<currency_prefix>(t);
}
inline std::optional<match_result> match_currency_suffix(std::string_view t) {
  return match_tagged<currency_suffix>(t);
}
inline std::optional<match_result> match_percent_suffix(std::string_view t) {
  return match_tagged<percent_suffix>(t);
}
inline std::optional<match_result> match_rate(std::string_view t) {
  return match_tagged<rate_or_annually>(t);
}

} // namespace claimlint::grammar::quantities
