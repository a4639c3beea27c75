// Path globs for include/exclude settings: `*` and `?` within one path segment, `**` across
// any number of segments. A pattern without a '/' matches a file name in any folder, the way
// .gitignore patterns do ("*.txt", "draft-*").
#pragma once

#include <string_view>

namespace claimlint {

bool glob_match(std::string_view pattern, std::string_view path);

// A rule pattern: an exact id ("prose/a-an"), a group ("prose/*") or every rule ("*").
bool rule_pattern_matches(std::string_view pattern, std::string_view rule_id);

} // namespace claimlint
