// The configuration file, `.claimlint.yaml`: what a newsroom checks into its drafts repository
// so that every run (CI, editor, by hand) uses the same settings.
//
//   rules: [house-rules]            extra rule folders (like --rules), relative to this file
//   disable: [prose/headline-case]  rules or groups ("table/*") switched off
//   enable: [table/column-count]    switched back on (after disable)
//   severity: {prose/a-an: error}   severity overrides, by id or group
//   include: ["**/*.md"]            only check files matching one of these globs
//   exclude: ["archive/**"]         never check files matching these globs
//   as-of: 2025-03-04               reference date for drafts without a front-matter date
//   fail-on: warning                as --fail-on
//   lists: {titles: [harbor master], misspellings: ["recieve receive"]}  word-list additions
//   archive: .claimlint/archive.db   the archive of published articles (see --archive)
//   archive-window: 30               days within which an archived difference is a warning
//   stories: folders                 each folder of drafts is one story (cross-draft rules
//                                    compare only inside a story), or named globs:
//   stories: {port-strike: ["port/**"], budget: ["budget/*.md"]}   a draft matching none is
//                                    grouped automatically; a front-matter `story:` wins
//
// The file is found by walking up from the first path on the command line (or given with
// --config). Every problem is reported as file:line:col, and a run with a broken configuration
// checks nothing (exit code 2), the same as a broken rule file.
#pragma once

#include "rules/rule_set.hpp"
#include "util/date.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

// A value from the file with where it stands, for messages about it.
struct Positioned {
  std::string text;
  int line = 0, column = 0;
};

struct Config {
  std::string path; // the file ("" when there is none)
  std::string dir;  // its folder: relative paths and globs are relative to it
  std::vector<std::string> rule_dirs;
  std::vector<Positioned> disable, enable;
  std::vector<std::pair<Positioned, Severity>> severity;
  std::vector<std::string> include, exclude;
  std::optional<Date> as_of;
  std::optional<std::optional<Severity>> fail_on; // set: nullopt inside means "never"
  std::map<std::string, std::string> lists;       // "titles.txt" -> added lines
  std::string archive;                            // archive: FILE, relative to this file
  std::optional<long> archive_window;             // archive-window: DAYS
  bool stories_by_folder = false;                 // stories: folders
  std::vector<std::pair<std::string, std::vector<std::string>>> story_globs; // name -> globs

  // Whether a draft at `fs_path` is checked under include/exclude.
  bool selects(const std::string& fs_path) const;
  // The story the configuration puts a draft at `fs_path` in ("" when it names none): its
  // folder relative to this file's ("." for this folder), or the first named glob it matches.
  std::string story_of(const std::string& fs_path) const;
  bool has_stories() const { return stories_by_folder || !story_globs.empty(); }
  // The word-list additions as a rule root (lists/<name>.txt), merged like any other root's.
  RuleRoot list_root() const;
};

// `.claimlint.yaml` in the folder of `first_path` (or the folder itself) or the nearest parent.
std::optional<std::string> find_config(const std::string& first_path);

// Reads and validates a configuration file; problems go to `errors` as file:line:col.
std::optional<Config> load_config(const std::string& path, std::vector<RuleError>& errors);
// The same for text already read; `path` places the folder and names the file in messages.
std::optional<Config> parse_config(const std::string& path, const std::string& text,
                                   std::vector<RuleError>& errors);

// Switches rules off and on and sets severities; a pattern that names no rule is an error.
void apply_config(const Config& config, RuleSet& rules, std::vector<RuleError>& errors);

} // namespace claimlint
