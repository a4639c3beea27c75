// --changed-since REF: which drafts changed since a git ref, so a pull request's findings are
// about the pull request while every draft still serves as context for the cross-draft rules.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace claimlint {

// The absolute, normalised paths of the files that differ from `ref` in the working tree
// (committed since, staged or not) plus untracked files that git does not ignore, in the
// repository that holds `dir`; nullopt with `error` set when git cannot answer (not a
// repository, an unknown ref, git missing).
std::optional<std::set<std::string>> changed_since(const std::string& ref, const std::string& dir,
                                                   std::string& error);

// `path` made absolute and normalised the same way, for looking it up in that set.
std::string normalised_path(const std::string& path);

// Drops the findings of drafts unchanged since `ref` (git asked in the folder of the first of
// `paths`); the draft read from standard input (`stdin_name`, when there is one) counts as
// changed. False with `error` set when git cannot answer.
bool keep_changed_drafts(std::vector<Diagnostic>& diagnostics, const std::string& ref,
                         const std::vector<std::string>& paths, const std::string* stdin_name,
                         std::string& error);

} // namespace claimlint
