// Baselines: the findings a newsroom has accepted, so that adopting claimlint on an archive
// does not start with thousands of old findings failing CI.
//
// `--write-baseline FILE` records every current finding by its fingerprint (rule, file, the
// flagged text and its context; diagnostics/fingerprint.hpp), never by line number, so edits
// elsewhere in a draft keep old findings recognised. `--baseline FILE` drops findings that
// match an entry, one entry per finding, and lists entries that match nothing (fixed findings,
// which --baseline-strict turns into a failure so the file is kept current).
//
// The file is JSON, one entry per line, sorted, so that it diffs well in review:
//   {"version": 1, "findings": [
//   {"rule": "prose/a-an", "file": "drafts/a.md", "fingerprint": "…", "message": "…"}, …]}
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct BaselineEntry {
  std::string rule, file, fingerprint, message;
};

std::string render_baseline(const std::vector<Diagnostic>& diagnostics);

// Parses a baseline file's text; on a problem returns nullopt with `error` saying what and where.
std::optional<std::vector<BaselineEntry>> parse_baseline(const std::string& text,
                                                         std::string& error);

struct BaselineOutcome {
  std::size_t suppressed = 0;
  std::vector<BaselineEntry> stale; // entries that matched no finding
};

// Removes the findings the baseline records; with `suppressed`, moves them there (SARIF reports
// them as suppressed results instead of leaving them out).
BaselineOutcome apply_baseline(std::vector<Diagnostic>& diagnostics,
                               const std::vector<BaselineEntry>& baseline,
                               std::vector<Diagnostic>* suppressed = nullptr);

} // namespace claimlint
