// Turns the command line's PATH arguments into the list of drafts to check.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <functional>
#include <string>
#include <vector>

namespace claimlint {

struct InputSpec {
  std::string fs_path; // what to open ("" for standard input)
  std::string display; // what diagnostics print
  bool is_stdin = false;
  std::string story; // the story `.claimlint.yaml` puts the draft in ("" = none)
};

// Files named explicitly are checked whatever their extension; folders are searched
// recursively for *.md, *.markdown and *.txt, skipping hidden entries. Paths are normalized
// ("a/./b" -> "a/b"), duplicates dropped, and folder contents sorted, so the order (and the
// output) does not depend on the file system.
// `selects`, when given, filters every file (named or found) by the configuration's
// include/exclude globs; `excluded` counts the files it left out.
std::vector<InputSpec> discover_inputs(const std::vector<std::string>& paths,
                                       const std::string& stdin_name,
                                       std::vector<InputError>& errors,
                                       const std::function<bool(const std::string&)>& selects = {},
                                       std::size_t* excluded = nullptr);

bool is_draft_extension(const std::string& path);

} // namespace claimlint
