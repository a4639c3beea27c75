// `claimlint lsp`: the Language Server Protocol over standard input and output, for editors.
//
// On initialize the server indexes the drafts of the workspace folders, so the cross-draft
// rules see every draft of the story, not only the open ones: a title conflict with a draft
// that is not open still shows, with its related location in that draft. Open documents
// replace their disk version; edits are debounced (re-linting waits until typing pauses), and
// only changed drafts go through the per-file stage again: the corpus stage reuses every other
// draft's claims. Diagnostics are published for every draft of the workspace that has findings.
#pragma once

#include "cli/runner.hpp"
#include "rules/rule_set.hpp"

#include <chrono>
#include <istream>
#include <ostream>

namespace claimlint {

struct LanguageServerOptions {
  std::chrono::milliseconds debounce{150}; // quiet time after an edit before re-linting
  bool index_workspace = true;             // read the workspace folders' drafts on initialize
  // Wait for the reader thread at exit. Only for streams that end by themselves (tests, the
  // fuzzer): on standard input the reader may be blocked in a read nobody will answer.
  bool join_reader = false;
};

// Serves until `exit`; returns the process exit code (0 after shutdown, 1 otherwise).
int run_language_server(const RuleSet& rules, const RunOptions& options, std::istream& in,
                        std::ostream& out, const LanguageServerOptions& lsp_options = {});

} // namespace claimlint
