// Command-line parsing for `claimlint [check] ...` and `claimlint rules ...`.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

enum class Command { check, rules, claims, stories, archive, lsp, help, version };
enum class ArchiveAction { none, add, remove, stats, list };
enum class OutputFormat { text, json, jsonl, sarif, github };
enum class ColorMode { auto_, always, never };

struct Options {
  Command command = Command::check;
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::text;
  std::optional<Date> as_of;
  std::optional<Severity> fail_on = Severity::warning; // nullopt = never
  unsigned jobs = 0;                                   // 0 = one per core
  ColorMode color = ColorMode::auto_;
  std::string stdin_filename = "<stdin>";
  std::vector<std::string> rule_dirs;
  std::uint64_t max_file_size = 64ull << 20;
  bool quiet = false;      // findings only: no summary, no notes
  bool rules_test = false; // `rules --test`
  bool builtin_rules = true;
  bool stats = false;                              // timings and throughput on stderr
  std::string config_path;                         // --config FILE ("" = look for .claimlint.yaml)
  bool use_config = true;                          // false with --no-config
  std::string baseline_path;                       // --baseline FILE
  std::string write_baseline_path;                 // --write-baseline FILE
  bool baseline_strict = false;                    // --baseline-strict
  bool fix = false;                                // --fix: apply the fixes in place
  bool fix_dry_run = false;                        // --fix-dry-run: print them as a diff
  std::string changed_since;                       // --changed-since REF: report only those
  bool as_of_given = false, fail_on_given = false; // given on the command line (beat the config)
  std::string archive_path;                        // --archive FILE ("" = the configuration's)
  bool archive_from_config = false;                // archive_path came from .claimlint.yaml
  ArchiveAction archive_action = ArchiveAction::none; // `claimlint archive ACTION`
  std::optional<Date> published;                      // --published: for articles without a date
  long archive_window = -1;                           // --archive-window DAYS (-1 = config/30)
};

struct ParseResult {
  Options options;
  std::optional<std::string> error; // usage error, exit code 2
};

// ": did you mean 'X'?" for the closest of `known` to `word` (two edits at most, and at most a
// third of the word), or "".
std::string did_you_mean(std::string_view word, std::span<const std::string_view> known);

ParseResult parse_options(const std::vector<std::string>& args);
std::string help_text();

} // namespace claimlint
