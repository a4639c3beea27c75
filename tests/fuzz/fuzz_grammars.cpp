// libFuzzer target for each PEGTL grammar on its own (grammars/): numbers, quantities
// (approximations, currencies, percent, rates), durations, dates, web addresses and HTML
// residue. Every grammar is tried at every offset of the input (the way the extractor tries
// them at word starts), and a match must never claim more bytes than are left: the extractor
// slices the buffer with that length. The input, when it is valid UTF-8, is also split into
// sentences by find_sentence_breaks and by ICU's iterator, which must agree.
#include "document/sentence_breaks.hpp"
#include "grammars/dates.hpp"
#include "grammars/durations.hpp"
#include "grammars/html_residue.hpp"
#include "grammars/numbers.hpp"
#include "grammars/quantities.hpp"
#include "grammars/web_address.hpp"
#include "source/utf8.hpp"
#include "tests/reference/icu_sentence_breaks.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

template <typename Match>
void check_length(const Match& m, std::string_view rest, const char* what) {
  if (m && m->length > rest.size()) {
    std::fprintf(stderr, "%s matched %zu bytes of %zu\n", what, static_cast<std::size_t>(m->length),
                 rest.size());
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace claimlint::grammar;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // At most 512 start offsets: enough to reach every grammar's states, bounded per input.
  for (std::size_t at = 0; at < input.size() && at < 512; ++at) {
    std::string_view rest = input.substr(at);
    check_length(numbers::match(rest), rest, "numbers");
    check_length(quantities::match_approx(rest), rest, "approx");
    check_length(quantities::match_currency_prefix(rest), rest, "currency prefix");
    check_length(quantities::match_currency_suffix(rest), rest, "currency suffix");
    check_length(quantities::match_percent_suffix(rest), rest, "percent");
    check_length(quantities::match_rate(rest), rest, "rate");
    check_length(durations::match_unit(rest), rest, "duration unit");
    check_length(durations::match_ordinal_duration(rest), rest, "ordinal duration");
    check_length(dates::match_date(rest), rest, "date");
    check_length(dates::match_weekday_date(rest), rest, "weekday date");
    check_length(web::match(rest), rest, "web address");
    check_length(html::match(rest), rest, "html residue");
  }
  if (!claimlint::validate_utf8(input)) {
    std::vector<std::size_t> ours;
    claimlint::find_sentence_breaks(input, ours);
    if (ours != claimlint::reference::icu_sentence_breaks(input)) {
      std::fprintf(stderr, "sentence boundaries differ from ICU's\n");
      std::abort();
    }
  }
  return 0;
}
