// Word list files under rules/lists/: one entry per line, "#" starts a comment, blank lines are
// ignored. An entry may carry a tag after whitespace and " #" is not allowed inside entries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

struct WordListEntry {
  std::string word;
  std::string tag; // the rest of the line after the first run of spaces, if any
  int line = 0;    // 1-based, for error messages
};

std::vector<WordListEntry> parse_word_list(std::string_view text);

} // namespace claimlint
