// Turning a matched run of ASCII digits into a number without throwing.
//
// The grammars match `plus<digit>`, so a run can be arbitrarily long: real articles contain
// phone numbers, IDs and URLs like "20140361670". std::stoi would throw out_of_range on those;
// here a run too long for an int saturates instead, and the range checks that follow (day 1–31,
// year 1000–2999, …) reject it like any other implausible value.
#pragma once

#include <charconv>
#include <climits>
#include <cstdlib>
#include <string>
#include <string_view>

namespace claimlint::grammar {

inline int digits_value(std::string_view digits) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range) return INT_MAX;
  return ec == std::errc() ? value : 0;
}

// strtod rather than std::stod: a 400-digit figure becomes HUGE_VAL instead of an exception.
inline double decimal_value(const std::string& text) {
  return std::strtod(text.c_str(), nullptr);
}

} // namespace claimlint::grammar
