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

// Approximations. Tags: about, nearly, more-than, less-than, at-least, up-to, at-most.
CLAIMLINT_TAGGED(a_nearly, "nearly",
                 sor<word<TAO_PEGTL_ISTRING("nearly")>, word<TAO_PEGTL_ISTRING("almost")>,
                     seq<word<TAO_PEGTL_ISTRING("just")>, sp, word<TAO_PEGTL_ISTRING("under")>>,
                     seq<word<TAO_PEGTL_ISTRING("close")>, sp, word<TAO_PEGTL_ISTRING("to")>>>)
CLAIMLINT_TAGGED(a_about, "about",
                 sor<word<TAO_PEGTL_ISTRING("about")>, word<TAO_PEGTL_ISTRING("around")>,
                     word<TAO_PEGTL_ISTRING("roughly")>, word<TAO_PEGTL_ISTRING("approximately")>,
                     word<TAO_PEGTL_ISTRING("some")>, word<TAO_PEGTL_ISTRING("an estimated")>,
                     word<TAO_PEGTL_ISTRING("an estimate of")>>)
CLAIMLINT_TAGGED(a_more, "more-than",
                 sor<seq<word<TAO_PEGTL_ISTRING("more")>, sp, word<TAO_PEGTL_ISTRING("than")>>,
                     seq<word<TAO_PEGTL_ISTRING("just")>, sp, word<TAO_PEGTL_ISTRING("over")>>,
                     word<TAO_PEGTL_ISTRING("over")>, word<TAO_PEGTL_ISTRING("exceeding")>,
                     seq<word<TAO_PEGTL_ISTRING("in")>, sp, word<TAO_PEGTL_ISTRING("excess")>, sp,
                         word<TAO_PEGTL_ISTRING("of")>>,
                     word<TAO_PEGTL_ISTRING("beyond")>>)
CLAIMLINT_TAGGED(a_less, "less-than",
                 sor<seq<word<TAO_PEGTL_ISTRING("less")>, sp, word<TAO_PEGTL_ISTRING("than")>>,
                     seq<word<TAO_PEGTL_ISTRING("fewer")>, sp, word<TAO_PEGTL_ISTRING("than")>>,
                     word<TAO_PEGTL_ISTRING("under")>, word<TAO_PEGTL_ISTRING("below")>>)
CLAIMLINT_TAGGED(a_least, "at-least",
                 seq<word<TAO_PEGTL_ISTRING("at")>, sp, word<TAO_PEGTL_ISTRING("least")>>)
CLAIMLINT_TAGGED(a_upto, "up-to",
                 sor<seq<word<TAO_PEGTL_ISTRING("up")>, sp, word<TAO_PEGTL_ISTRING("to")>>,
                     seq<word<TAO_PEGTL_ISTRING("as")>, sp,
                         sor<TAO_PEGTL_ISTRING("many"), TAO_PEGTL_ISTRING("much")>, sp,
                         word<TAO_PEGTL_ISTRING("as")>>>)
CLAIMLINT_TAGGED(a_most, "at-most",
                 seq<word<TAO_PEGTL_ISTRING("at")>, sp, word<TAO_PEGTL_ISTRING("most")>>)
struct approx : seq<sor<a_nearly, a_more, a_less, a_least, a_upto, a_most, a_about>, sp> {};

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
              c_aud_sym, c_usd_sym, c_gbp_sym, c_eur_sym,
              c_jpy_sym, c_inr_sym, c_uah_sym, c_rub_sym, c_btc_sym,
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
