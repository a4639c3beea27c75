// --fix and --fix-dry-run: applying the findings' fixes to the drafts.
//
// Every fix a rule offers is applied, left to right; a fix that overlaps one already taken is
// left for the next pass (the caller checks again and repeats, as ESLint does, up to a bound).
// A file is replaced atomically (a temporary file beside it, then a rename) and never when its
// bytes on disk changed since they were read. --fix-dry-run prints a unified diff instead.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <functional>
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

// "prose/missing-space x3, prose/a-an" for the fixes of a plan.
std::string describe_fixes(const FilePlan& plan);

// --fix-dry-run: the unified diff of one pass of fixes over every file (the draft read from
// standard input too: it is shown, never written); counts what it holds.
std::string dry_run_diff(const std::vector<Diagnostic>& diagnostics, std::size_t& fixes,
                         std::size_t& files);

// --fix: applies the fixes of `diagnostics` in place, then calls `recheck` for the findings of
// a new check and repeats while fixes apply (a fix can make room for one that overlapped it),
// at most ten passes. Messages for standard error ("fixed N problems in FILE (rules)", files
// not written) are appended to `messages`. Returns false when a file could not be written.
bool fix_in_place(const std::vector<Diagnostic>& diagnostics,
                  const std::function<const std::vector<Diagnostic>&()>& recheck,
                  const std::string* stdin_name, bool quiet, std::string& messages);

} // namespace claimlint
