#include "cli/options.hpp"

#include <algorithm>
#include <filesystem>
#include <span>

#include <fmt/format.h>

#include <charconv>

namespace claimlint {

std::string help_text() {
  return R"(claimlint - a claim-consistency checker and linter for news drafts

Usage:
  claimlint [check] [options] PATH...   check drafts (files, folders, or - for stdin)
  claimlint rules [--test] [--rules DIR]...  list rules, or run every rule's own examples
  claimlint claims [--format text|jsonl|json] PATH...  print the claims extracted from drafts
  claimlint stories [--format text|json] PATH...  print how the drafts group into stories
  claimlint archive add|remove [--archive FILE] [--published YYYY-MM-DD] PATH...
                                         store published articles (or drop them) in the archive
  claimlint archive stats|list [--archive FILE]   what the archive holds
  claimlint lsp                          run the language server on standard input/output
  claimlint --version | --help

Folders are searched recursively for *.md, *.markdown and *.txt (hidden folders are skipped).

Options:
  --format FORMAT           text (default), json, sarif (SARIF 2.1.0) or github (GitHub
                            Actions annotations); `claims` takes text, jsonl or json
  --config FILE             read settings from FILE instead of the .claimlint.yaml found by
                            walking up from the first path
  --no-config               ignore .claimlint.yaml files
  --archive FILE            the archive of published articles (default: `archive:` in
                            .claimlint.yaml; for `archive` commands .claimlint/archive.db);
                            drafts are also compared with the archived articles of their story
  --archive-window DAYS     an archived statement older than this is only an info (default 30)
  --published YYYY-MM-DD    with `archive add`: the date of articles without a front-matter date
  --baseline FILE           do not report findings recorded in FILE (see --write-baseline)
  --baseline-strict         with --baseline: fail when a recorded finding no longer occurs
  --write-baseline FILE     record the current findings in FILE and exit 0
  --as-of YYYY-MM-DD        reference date for drafts without a front-matter date
  --fail-on error|warning|info|never
                            lowest severity that makes the exit code 1 (default: warning)
  --jobs N                  files checked in parallel (default: one per core)
  --color auto|always|never color in text output (default: auto; NO_COLOR disables auto)
  --stdin-filename NAME     name (and dialect, by extension) of the draft read from -
  --rules DIR               also load rule files from DIR (repeatable); a rule there with the
                            same id as a built-in one replaces it
  --no-builtin-rules        load only the rules given with --rules
  --max-file-size BYTES     refuse larger files (default: 67108864)
  --changed-since REF       report findings only in drafts changed since the git ref REF
                            (committed, staged, unstaged or untracked); every draft given still
                            serves as context for the cross-draft rules
  --fix                     apply every fix in place (each file replaced atomically, never one
                            that changed since it was read), then report what is left
  --fix-dry-run             print the fixes as a unified diff instead; change nothing
  --quiet                   print findings only: no summary line, no notes
  --stats                   print files, bytes, time per stage and MB/s on stderr
  --test                    with `rules`: run the examples in every rule file

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage, rule-file or input errors (unreadable, binary or non-UTF-8 files); the other files
     are still checked and reported

Examples:
  claimlint drafts/
  claimlint --format json --as-of 2025-02-14 story.md other-story.md
  cat draft.md | claimlint --stdin-filename draft.md -
  claimlint rules --test
  claimlint --format sarif drafts/ > claimlint.sarif
)";
}

namespace {

bool parse_uint(const std::string& s, std::uint64_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Edit distance (insertions, deletions, substitutions, adjacent swaps) between short words.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

constexpr std::string_view kOptionNames[] = {"--format",
                                             "--config",
                                             "--no-config",
                                             "--archive",
                                             "--archive-window",
                                             "--published",
                                             "--baseline",
                                             "--baseline-strict",
                                             "--write-baseline",
                                             "--as-of",
                                             "--fail-on",
                                             "--jobs",
                                             "--color",
                                             "--stdin-filename",
                                             "--rules",
                                             "--no-builtin-rules",
                                             "--max-file-size",
                                             "--quiet",
                                             "--stats",
                                             "--test",
                                             "--fix",
                                             "--fix-dry-run",
                                             "--changed-since",
                                             "--version",
                                             "--help"};
constexpr std::string_view kCommandNames[] = {"check", "claims", "stories", "archive",
                                              "rules", "lsp",    "help"};

} // namespace

std::string did_you_mean(std::string_view word, std::span<const std::string_view> known) {
  std::string_view best;
  std::size_t best_d = 3;
  for (std::string_view k : known) {
    std::size_t d = edit_distance(word, k);
    if (d < best_d || (d == best_d && !best.empty() && k.size() < best.size())) {
      best = k;
      best_d = d;
    }
  }
  // A close word, and not a rewrite of a short one ("-x" is no "--fix").
  if (best.empty() || best_d * 3 > word.size()) return {};
  return fmt::format(": did you mean '{}'?", best);
}

ParseResult parse_options(const std::vector<std::string>& args) {
  ParseResult r;
  Options& o = r.options;
  std::size_t i = 0;
  if (!args.empty() && args[0] == "check")
    ++i;
  else if (!args.empty() && args[0] == "help") {
    o.command = Command::help;
    ++i;
  } else if (!args.empty() && args[0] == "claims") {
    o.command = Command::claims;
    ++i;
  } else if (!args.empty() && args[0] == "stories") {
    o.command = Command::stories;
    ++i;
  } else if (!args.empty() && args[0] == "archive") {
    o.command = Command::archive;
    ++i;
    static const std::pair<const char*, ArchiveAction> kActions[] = {
        {"add", ArchiveAction::add},
        {"remove", ArchiveAction::remove},
        {"stats", ArchiveAction::stats},
        {"list", ArchiveAction::list}};
    for (auto [name, action] : kActions)
      if (i < args.size() && args[i] == name) {
        o.archive_action = action;
        ++i;
      }
    if (o.archive_action == ArchiveAction::none) {
      r.error = fmt::format("`claimlint archive` needs an action: add, remove, stats or list{}",
                            i < args.size() ? ", not '" + args[i] + "'" : "");
      return r;
    }
  } else if (!args.empty() && args[0] == "rules") {
    o.command = Command::rules;
    ++i;
  } else if (!args.empty() && args[0] == "lsp") {
    o.command = Command::lsp;
    ++i;
  }
  bool only_paths = false;
  auto fail = [&](std::string msg) {
    r.error = std::move(msg);
    return r;
  };
  // "claimlint rule", "claimlint clams": a command misspelt, not a draft (no such file).
  if (i == 0 && !args.empty() && !args[0].empty() && args[0][0] != '-') {
    std::error_code ec;
    std::string hint = did_you_mean(args[0], kCommandNames);
    if (!hint.empty() && !std::filesystem::exists(args[0], ec))
      return fail(fmt::format("'{}' is no file and no command{}", args[0], hint));
  }
  for (; i < args.size(); ++i) {
    std::string a = args[i];
    if (only_paths || a == "-" || a.empty() || a[0] != '-') {
      o.paths.push_back(a);
      continue;
    }
    if (a == "--") {
      only_paths = true;
      continue;
    }
    std::string value;
    bool has_value = false;
    if (auto eq = a.find('='); eq != std::string::npos && a.starts_with("--")) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_value = true;
    }
    auto take = [&](std::string& out) -> bool {
      if (has_value) {
        out = value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help")
      o.command = Command::help;
    else if (a == "--version" || a == "-V")
      o.command = Command::version;
    else if (a == "--quiet" || a == "-q")
      o.quiet = true;
    else if (a == "--stats")
      o.stats = true;
    else if (a == "--test")
      o.rules_test = true;
    else if (a == "--no-builtin-rules")
      o.builtin_rules = false;
    else if (a == "--no-config")
      o.use_config = false;
    else if (a == "--baseline-strict")
      o.baseline_strict = true;
    else if (a == "--fix")
      o.fix = true;
    else if (a == "--fix-dry-run")
      o.fix_dry_run = true;
    else if (a == "--config") {
      if (!take(v) || v.empty()) return fail("--config needs a file");
      o.config_path = v;
    } else if (a == "--changed-since") {
      if (!take(v) || v.empty())
        return fail("--changed-since needs a git ref (a commit, branch or tag)");
      o.changed_since = v;
    } else if (a == "--baseline") {
      if (!take(v) || v.empty()) return fail("--baseline needs a file");
      o.baseline_path = v;
    } else if (a == "--archive") {
      if (!take(v) || v.empty()) return fail("--archive needs a file");
      o.archive_path = v;
    } else if (a == "--archive-window") {
      std::uint64_t n;
      if (!take(v) || !parse_uint(v, n) || n > 100000)
        return fail(fmt::format("--archive-window needs a number of days{}",
                                v.empty() ? "" : ", not '" + v + "'"));
      o.archive_window = static_cast<long>(n);
    } else if (a == "--published") {
      if (!take(v)) return fail("--published needs a date as YYYY-MM-DD");
      o.published = parse_iso_date(v);
      if (!o.published || v.size() != 10)
        return fail(fmt::format("--published '{}' is not a valid date as YYYY-MM-DD", v));
    } else if (a == "--write-baseline") {
      if (!take(v) || v.empty()) return fail("--write-baseline needs a file");
      o.write_baseline_path = v;
    } else if (a == "--stdio") {
      // Editors' LSP clients often pass --stdio; stdio is the only transport there is.
      if (o.command != Command::lsp) return fail("--stdio goes with `claimlint lsp`");
    } else if (a == "--format") {
      bool claims = o.command == Command::claims;
      bool stories = o.command == Command::stories || o.command == Command::archive;
      if (!take(v)) return fail("--format needs a value: text, json, sarif or github");
      if (v == "text")
        o.format = OutputFormat::text;
      else if (v == "json" && (!claims || stories))
        o.format = OutputFormat::json;
      else if (v == "sarif" && !claims && !stories)
        o.format = OutputFormat::sarif;
      else if (v == "github" && !claims && !stories)
        o.format = OutputFormat::github;
      else if (v == "jsonl" && claims)
        o.format = OutputFormat::jsonl;
      else if (v == "json" && claims)
        o.format = OutputFormat::json;
      else
        return fail(fmt::format("unknown --format '{}' (expected {})", v,
                                claims    ? "text, jsonl or json"
                                : stories ? "text or json"
                                          : "text, json, sarif or github"));
    } else if (a == "--as-of") {
      if (!take(v)) return fail("--as-of needs a date as YYYY-MM-DD");
      o.as_of = parse_iso_date(v);
      if (!o.as_of || v.size() != 10)
        return fail(fmt::format("--as-of '{}' is not a valid date as YYYY-MM-DD", v));
      o.as_of_given = true;
    } else if (a == "--fail-on") {
      if (!take(v)) return fail("--fail-on needs a value: error, warning, info or never");
      o.fail_on_given = true;
      if (v == "never")
        o.fail_on = std::nullopt;
      else if (auto s = parse_severity(v))
        o.fail_on = s;
      else
        return fail(
            fmt::format("unknown --fail-on '{}' (expected error, warning, info or never)", v));
    } else if (a == "--jobs" || a == "-j") {
      std::uint64_t n;
      if (!take(v) || !parse_uint(v, n) || n == 0 || n > 1024)
        return fail(fmt::format("--jobs needs a number from 1 to 1024{}",
                                v.empty() ? "" : ", not '" + v + "'"));
      o.jobs = static_cast<unsigned>(n);
    } else if (a == "--color" || a == "--colour") {
      // The next word is the mode when it is one, or when it looks like a mode rather than a
      // draft: a bare word with no such file ("--color sometimes" is an error, not a path).
      auto mode_like = [](const std::string& w) {
        if (w.size() < 3 || w.size() > 12) return false;
        for (char c : w)
          if (c < 'a' || c > 'z') return false;
        std::error_code ec;
        return !std::filesystem::exists(w, ec);
      };
      bool next_is_mode =
          i + 1 < args.size() && (args[i + 1] == "auto" || args[i + 1] == "always" ||
                                  args[i + 1] == "never" || mode_like(args[i + 1]));
      if (!has_value && !next_is_mode)
        o.color = ColorMode::always;
      else {
        take(v);
        if (v == "auto")
          o.color = ColorMode::auto_;
        else if (v == "always")
          o.color = ColorMode::always;
        else if (v == "never")
          o.color = ColorMode::never;
        else
          return fail(fmt::format("unknown --color '{}' (expected auto, always or never)", v));
      }
    } else if (a == "--stdin-filename") {
      if (!take(v) || v.empty()) return fail("--stdin-filename needs a name");
      o.stdin_filename = v;
    } else if (a == "--rules") {
      if (!take(v) || v.empty()) return fail("--rules needs a folder");
      o.rule_dirs.push_back(v);
    } else if (a == "--max-file-size") {
      std::uint64_t n;
      if (!take(v) || !parse_uint(v, n) || n == 0)
        return fail("--max-file-size needs a positive number of bytes");
      o.max_file_size = n;
    } else {
      return fail(fmt::format("unknown option '{}'{} (see claimlint --help)", a,
                              did_you_mean(a, kOptionNames)));
    }
  }
  if (o.rules_test && o.command != Command::rules)
    return fail("--test goes with `claimlint rules`");
  if (o.fix && o.fix_dry_run) return fail("--fix and --fix-dry-run cannot be used together");
  if ((o.fix || o.fix_dry_run) && o.command != Command::check)
    return fail("--fix and --fix-dry-run go with `claimlint check`");
  if ((o.fix || o.fix_dry_run) && !o.write_baseline_path.empty())
    return fail("--fix and --write-baseline cannot be used together");
  if (o.baseline_strict && o.baseline_path.empty())
    return fail("--baseline-strict goes with --baseline FILE");
  if (!o.baseline_path.empty() && !o.write_baseline_path.empty())
    return fail("--baseline and --write-baseline cannot be used together");
  if (o.published && o.archive_action != ArchiveAction::add)
    return fail("--published goes with `claimlint archive add`");
  if (o.command == Command::archive &&
      (o.archive_action == ArchiveAction::add || o.archive_action == ArchiveAction::remove) &&
      o.paths.empty())
    return fail("`claimlint archive add` and `remove` need the articles' files or folders");
  if (o.command == Command::archive &&
      (o.archive_action == ArchiveAction::stats || o.archive_action == ArchiveAction::list) &&
      !o.paths.empty())
    return fail(
        "`claimlint archive stats` and `list` take no paths (name the file with --archive)");
  if (o.command == Command::lsp && !o.paths.empty())
    return fail("`claimlint lsp` takes no paths: the workspace comes from the editor");
  if (o.command == Command::rules) {
    // `claimlint rules --test DIR` reads DIR as a rule folder.
    for (std::string& p : o.paths) o.rule_dirs.push_back(p);
    o.paths.clear();
  } else if ((o.command == Command::check || o.command == Command::claims ||
              o.command == Command::stories) &&
             o.paths.empty()) {
    return fail(
        "no input: give files or folders to check, or - for standard input (see claimlint --help)");
  }
  return r;
}

} // namespace claimlint
