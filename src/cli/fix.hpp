// --fix and --fix-dry-run: applying the findings' fixes to the drafts.
//
// Every fix a rule offers is applied, left to right; a fix that overlaps one already taken is
// left for the next pass (the caller checks again and repeats, as ESLint does, up to a bound).
// A file is replaced atomically (a temporary file beside it, then a rename) and never when its
// bytes on disk changed since they were read. --fix-dry-run prints a unified diff instead.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

// The fixes of one file, in order, without overlaps; the rest are counted as left.
struct FilePlan {
  std::vector<const Diagnostic*> fixes;
  std::size_t overlapping = 0;
};

// Groups the fixable findings by file path; findings in `stdin_name` (the draft read from
// standard input, when there is one) are left out: there is no file to rewrite.
std::map<std::string, FilePlan> plan_fixes(const std::vector<Diagnostic>& diagnostics,
                                           const std::string* stdin_name);

// `text` with the plan's fixes applied.
std::string apply_plan(std::string_view text, const FilePlan& plan);

// A unified diff of `before` and `after` ("--- a/PATH", "+++ b/PATH", hunks with three lines of
// context); empty when they are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

enum class WriteOutcome { written, changed_on_disk, failed };

// Replaces `path` with `after` when the file still holds `before`: writes a temporary file in
// the same folder and renames it over the original (keeping its permission bits).
WriteOutcome replace_file(const std::string& path, std::string_view before, std::string_view after,
                          std::string& error);

// "prose/missing-space ×3, prose/a-an" for the fixes of a plan.
std::string describe_fixes(const FilePlan& plan);

} // namespace claimlint
