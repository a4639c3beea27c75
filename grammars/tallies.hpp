// PEGTL grammar for a tally: two whole numbers of a vote or a score, "5-2", "5–2", "7 to 2"
// (grammar::tallies::match at the first number). Whether the pair is a tally and not a range
// ("3-5 years") is decided by the extractor from the words around it (src/claims/quantities.cpp).
#pragma once

#include "grammars/digits.hpp"

#include <tao/pegtl.hpp>

#include <optional>
#include <string_view>

namespace claimlint::grammar::tallies {

using namespace tao::pegtl;

struct state {
  int first = 0, second = 0;
  bool spelled_to = false; // "7 to 2"
};

struct count : rep_min_max<1, 3, digit> {};
struct first_count : count {};
struct second_count : count {};
struct dash : sor<one<'-'>, TAO_PEGTL_STRING("\xE2\x80\x93"), TAO_PEGTL_STRING("\xE2\x80\x94")> {};
struct to_word : seq<plus<one<' '>>, TAO_PEGTL_ISTRING("to"), plus<one<' '>>> {};
struct separator : sor<dash, to_word> {};
// Not a decimal, a time or a longer number on either side: "5-2" but not "5-2.5" or "10-12-2024".
struct tally
    : seq<first_count, separator, second_count, not_at<sor<digit, seq<one<'.', ',', ':'>, digit>,
                                                          dash>>> {};

template <typename Rule> struct action : nothing<Rule> {};
template <> struct action<first_count> {
  template <typename Input> static void apply(const Input& in, state& s) {
    s.first = digits_value(in.string_view());
  }
};
template <> struct action<second_count> {
  template <typename Input> static void apply(const Input& in, state& s) {
    s.second = digits_value(in.string_view());
  }
};
template <> struct action<to_word> {
  template <typename Input> static void apply(const Input&, state& s) { s.spelled_to = true; }
};

struct match_result {
  std::size_t length = 0;
  state value;
};

inline std::optional<match_result> match(std::string_view text) {
  state st;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "tally");
  if (!parse<tally, action>(in, st)) return std::nullopt;
  return match_result{static_cast<std::size_t>(in.current() - text.data()), st};
}

} // namespace claimlint::grammar::tallies
