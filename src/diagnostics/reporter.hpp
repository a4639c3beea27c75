// Reporters turn the sorted diagnostics of a run into one output format each.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <string>
#include <vector>

namespace claimlint {

struct RunResult {
  std::vector<Diagnostic> diagnostics;  // sorted
  std::vector<InputError> input_errors; // sorted by path
  std::vector<std::string> files;       // paths that were checked, sorted
};

struct TextReportOptions {
  bool color = false;
  bool summary = true;
};

std::string render_text(const RunResult& run, const TextReportOptions& options);
// Schema: docs/json-output.md and docs/json-output.schema.json.
std::string render_json(const RunResult& run);

inline constexpr int kJsonSchemaVersion = 1;

} // namespace claimlint
