// ICU's own sentence break iterator, the reference that find_sentence_breaks
// (src/document/sentence_breaks.hpp) must agree with. Used by the unit test and the `grammars`
// fuzz target; claimlint itself no longer calls it.
#pragma once

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint::reference {

// Boundaries strictly inside `text` (valid UTF-8), as byte offsets in increasing order.
inline std::vector<std::size_t> icu_sentence_breaks(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator* iterator = ubrk_open(UBRK_SENTENCE, "en", nullptr, 0, &status);
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  ubrk_setUText(iterator, utext, &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU: ") + u_errorName(status));
  std::vector<std::size_t> breaks;
  for (int32_t p = ubrk_next(iterator); p != UBRK_DONE; p = ubrk_next(iterator))
    if (p > 0 && static_cast<std::size_t>(p) < text.size())
      breaks.push_back(static_cast<std::size_t>(p));
  utext_close(utext);
  ubrk_close(iterator);
  return breaks;
}

} // namespace claimlint::reference
