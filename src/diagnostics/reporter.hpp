// Reporters turn the sorted diagnostics of a run into one output format each.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <span>
#include <string>
#include <vector>

namespace claimlint {

struct RunResult {
  std::vector<Diagnostic> diagnostics;  // sorted
  std::vector<InputError> input_errors; // sorted by path
  std::vector<std::string> files;       // paths that were checked, sorted
  // Findings a baseline suppressed: only SARIF reports them (as suppressed results).
  std::vector<Diagnostic> baselined;
};

// What SARIF's tool.driver.rules says of a rule; built from the loaded rule set.
struct RuleInfo {
  std::string id;          // "prose/missing-space"
  std::string description; // the rule file's description (first line: the short one)
  std::string help;        // the rule's reference page (Markdown), when it has one
  std::string link;        // the rule file's link
  Severity severity = Severity::warning;
};

struct TextReportOptions {
  bool color = false;
  bool summary = true;
};

std::string render_text(const RunResult& run, const TextReportOptions& options);
// Schema: docs/json-output.md and docs/json-output.schema.json.
std::string render_json(const RunResult& run);

// SARIF 2.1.0 for code-scanning views. `rules` describes every rule of the run; file paths
// that are relative (or below `base_dir`) become URIs relative to %SRCROOT% = `base_dir`.
std::string render_sarif(const RunResult& run, std::span<const RuleInfo> rules,
                         const std::string& base_dir);
// GitHub Actions workflow commands (::error/::warning/::notice), one per finding.
std::string render_github(const RunResult& run);

inline constexpr int kJsonSchemaVersion = 1;

} // namespace claimlint
