// Unicode sentence boundaries (UAX #29, "Sentence Boundaries") over UTF-8 text.
//
// This is the rule set ICU's sentence break iterator applies for "en" (no abbreviation
// suppressions), written out as one forward pass over the bytes: a break can only follow a
// sentence terminator with its closing punctuation and spaces (rule SB11) or a paragraph
// separator (SB4), so the pass skips everything else sixteen bytes at a time and looks closer
// only there. Character classes come from ICU's Sentence_Break property, read from a table for
// code points below U+2100. The boundaries are exactly ICU's: a unit test and the `grammars`
// fuzzer compare the two, and ICU stays the reference. claimlint's own corrections
// (abbreviations, wrapped lines, lower-case sentence starts) are applied afterwards in
// sentences.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimlint {

// Appends to `breaks` the byte offsets of every sentence boundary strictly inside `text`
// (neither 0 nor text.size()), in increasing order. `text` must be valid UTF-8.
void find_sentence_breaks(std::string_view text, std::vector<std::size_t>& breaks);

} // namespace claimlint
