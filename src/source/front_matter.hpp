// YAML front matter ("---" ... "---" or "...") at the top of a draft.
//
// Only the fields claimlint uses are kept; other keys (url, cluster, ...) are allowed and
// ignored. A malformed block is reported as a diagnostic on the block, never a crash, and the
// rest of the draft is still checked.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "util/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

struct FrontMatter {
  bool present = false;
  Span block; // the whole block including both fences
  Span body;  // the YAML between the fences
  std::string title, source, author;
  std::string story; // which story the draft belongs to (src/corpus/stories.hpp)
  std::optional<Date> date; // publication date: the reference for relative dates
};

struct FrontMatterProblem {
  Span span;
  std::string message;
};

// `text` is the buffer after any BOM; `base` is the offset of `text` within the file buffer.
// Returns the parsed block (present=false when the text does not open with a fence) and
// appends problems found in it. `simple_reader` = false sends every block through yaml-cpp
// (the fast reader for "key: value" blocks is checked against it in tests and fuzzing).
FrontMatter parse_front_matter(std::string_view text, std::uint32_t base,
                               std::vector<FrontMatterProblem>& problems,
                               bool simple_reader = true);

} // namespace claimlint
