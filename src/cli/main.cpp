// claimlint's command-line entry point: parse options, load rules, run, report, exit code.
#include "archive/archive.hpp"
#include "cli/changed_since.hpp"
#include "cli/config.hpp"
#include "cli/fix.hpp"
#include "cli/options.hpp"
#include "cli/runner.hpp"
#include "diagnostics/baseline.hpp"
#include "document/document.hpp"
#include "lsp/server.hpp"
#include "rules/self_test.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace claimlint;

namespace {

constexpr int kExitClean = 0, kExitFindings = 1, kExitError = 2;

void write_out(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fflush(stdout);
}

bool use_color(ColorMode mode) {
  if (mode == ColorMode::always) return true;
  if (mode == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

// ArchiveError messages start with the archive's path; the CLI prints the path itself.
std::string strip_path(std::string message, const std::string& path) {
  if (message.starts_with(path + ": ")) message.erase(0, path.size() + 2);
  return message;
}

std::string format_input_error(const InputError& e) {
  if (e.line > 0) return fmt::format("{}:{}:{}: error: {}\n", e.path, e.line, e.column, e.message);
  return fmt::format("{}: error: {}\n", e.path, e.message);
}

// Finds and reads .claimlint.yaml (or --config) and folds it into the options: its rule folders
// come before those of the command line, and the command line's --as-of and --fail-on win.
// Returns nullopt after printing the problems when the file is broken.
std::optional<Config> resolve_config(Options& o) {
  std::string path = o.config_path;
  if (path.empty() && o.use_config)
    path = find_config(o.paths.empty() ? std::string() : o.paths.front()).value_or("");
  if (path.empty()) return Config{};
  std::vector<RuleError> errors;
  std::optional<Config> config = load_config(path, errors);
  if (!config) {
    for (const RuleError& e : errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    std::fprintf(stderr, "claimlint: %zu problem%s in the configuration; nothing was checked\n",
                 errors.size(), errors.size() == 1 ? "" : "s");
    return std::nullopt;
  }
  o.rule_dirs.insert(o.rule_dirs.begin(), config->rule_dirs.begin(), config->rule_dirs.end());
  if (!o.as_of_given && config->as_of) o.as_of = config->as_of;
  if (!o.fail_on_given && config->fail_on) o.fail_on = *config->fail_on;
  if (o.archive_path.empty() && !config->archive.empty()) {
    o.archive_path = config->archive;
    o.archive_from_config = true;
  }
  if (o.archive_window < 0 && config->archive_window) o.archive_window = *config->archive_window;
  return config;
}

// `examples`: whether the built-in rules' examples are needed (only `rules --test` runs them).
std::optional<RuleSet> load_rules(const Options& o, const Config& config, bool examples) {
  std::vector<RuleRoot> roots;
  if (o.builtin_rules) roots.push_back(builtin_rule_root());
  if (!config.lists.empty()) roots.push_back(config.list_root());
  bool bad = false;
  for (const std::string& dir : o.rule_dirs) {
    std::string err;
    if (auto root = directory_rule_root(dir, err))
      roots.push_back(std::move(*root));
    else {
      std::fprintf(stderr, "claimlint: error: %s\n", err.c_str());
      bad = true;
    }
  }
  std::vector<RuleError> errors;
  RuleSet set = RuleSet::load(roots, errors, examples);
  if (!config.path.empty()) apply_config(config, set, errors);
  for (const RuleError& e : errors) std::fprintf(stderr, "%s\n", e.format().c_str());
  if (bad || !errors.empty()) {
    std::fprintf(stderr, "claimlint: %zu problem%s in rule files; nothing was checked\n",
                 errors.size() + (bad ? 1 : 0), errors.size() + (bad ? 1 : 0) == 1 ? "" : "s");
    return std::nullopt;
  }
  return set;
}

int run_rules_command(Options o) {
  std::optional<Config> config = resolve_config(o);
  if (!config) return kExitError;
  // Only the self-test reads the built-in rules' examples; the listing builds them from trees.
  std::optional<RuleSet> rules = load_rules(o, *config, o.rules_test);
  if (!rules) return kExitError;
  if (!o.rules_test) {
    std::string out;
    for (const Rule& r : rules->rules())
      out += fmt::format("{:<28} {:<16} {:<8} {}\n", r.spec.id, r.spec.kind,
                         r.enabled ? severity_name(r.spec.severity) : "off",
                         r.spec.description.substr(0, r.spec.description.find('\n')));
    write_out(out);
    return kExitClean;
  }
  SelfTestResult res = run_rule_self_tests(*rules);
  for (const SelfTestFailure& f : res.failures)
    std::fprintf(stderr, "%s:%d: error: [%s] %s\n", f.file.c_str(), f.line, f.rule.c_str(),
                 f.message.c_str());
  std::printf("%zu rules, %d examples: %d passed, %zu failed\n", rules->rules().size(),
              res.examples, res.examples - static_cast<int>(res.failures.size()),
              res.failures.size());
  return res.failures.empty() ? kExitClean : kExitFindings;
}

// The drafts named on the command line, with standard input read once if `-` is among them.
struct Inputs {
  std::vector<InputSpec> specs;
  std::optional<std::string> stdin_bytes;
};

Inputs gather_inputs(const Options& o, const Config& config, std::vector<InputError>& errors) {
  Inputs in;
  std::function<bool(const std::string&)> selects;
  if (!config.include.empty() || !config.exclude.empty())
    selects = [&config](const std::string& p) { return config.selects(p); };
  in.specs = discover_inputs(o.paths, o.stdin_filename, errors, selects);
  if (config.has_stories())
    for (InputSpec& spec : in.specs)
      spec.story = config.story_of(spec.is_stdin ? spec.display : spec.fs_path);
  for (const InputSpec& spec : in.specs)
    if (spec.is_stdin) in.stdin_bytes = std::string(std::istreambuf_iterator<char>(std::cin), {});
  return in;
}

RunOptions run_options(const Options& o) {
  RunOptions ro;
  ro.jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  ro.as_of = o.as_of;
  ro.limits.max_bytes = o.max_file_size;
  ro.time_rules = o.stats;
  if (o.archive_window >= 0) ro.archive_window = o.archive_window;
  return ro;
}

// Opens the archive named by --archive or the configuration for reading; on failure prints the
// error (with `after`, e.g. "nothing was checked") and returns false.
bool open_archive(const Options& o, std::unique_ptr<Archive>& archive, const char* after = "") {
  if (o.archive_path.empty()) return true;
  // An archive the configuration names but nobody has added to yet: nothing published to
  // compare with, which is not an error (every check would fail until the first article).
  std::error_code ec;
  if (o.archive_from_config && !std::filesystem::exists(o.archive_path, ec)) {
    if (!o.quiet)
      std::fprintf(stderr,
                   "%s: note: no archive yet (named in the configuration); the drafts are compared "
                   "with each other only\n",
                   o.archive_path.c_str());
    return true;
  }
  try {
    archive = std::make_unique<Archive>(o.archive_path, Archive::Mode::read);
    return true;
  } catch (const ArchiveError& e) {
    std::fprintf(stderr, "%s: error: %s\n%s", o.archive_path.c_str(),
                 strip_path(e.what(), o.archive_path).c_str(), after);
    return false;
  }
}

// `claimlint claims` and `claimlint stories`: a listing of what the inputs hold, rendered by
// `run` (structured: JSON lines or JSON; else text); input errors go to stderr.
using Listing = std::string (*)(const std::vector<InputSpec>&, const RuleSet&, const RunOptions&,
                                std::optional<std::string>, bool, std::vector<InputError>&);

int run_listing_command(Options o, Listing run, bool structured) {
  std::optional<Config> config = resolve_config(o);
  if (!config) return kExitError;
  std::optional<RuleSet> rules = load_rules(o, *config, false);
  if (!rules) return kExitError;
  // `stories --archive`: also the archived articles each story would be compared with.
  std::unique_ptr<Archive> archive;
  if (o.command == Command::stories && !open_archive(o, archive)) return kExitError;
  std::vector<InputError> errors;
  Inputs in = gather_inputs(o, *config, errors);
  RunOptions ro = run_options(o);
  ro.archive = archive.get();
  std::string out = run(in.specs, *rules, ro, std::move(in.stdin_bytes), structured, errors);
  std::string err;
  for (const InputError& e : errors) err += format_input_error(e);
  std::fputs(err.c_str(), stderr);
  write_out(out);
  return errors.empty() ? kExitClean : kExitError;
}

// `claims --format json` is one JSON array of the objects `--format jsonl` prints one per line.
std::string run_claims_as_array(const std::vector<InputSpec>& specs, const RuleSet& rules,
                                const RunOptions& ro, std::optional<std::string> stdin_bytes, bool,
                                std::vector<InputError>& errors) {
  std::string lines = run_claims(specs, rules, ro, std::move(stdin_bytes), true, errors);
  std::string out = "[";
  std::size_t p = 0;
  while (p < lines.size()) {
    std::size_t e = lines.find('\n', p);
    if (e == std::string::npos) e = lines.size();
    if (e > p) out.append(out.size() > 1 ? ",\n" : "\n").append(lines, p, e - p);
    p = e + 1;
  }
  return out + "\n]\n";
}

int run_claims_command(Options o) {
  if (o.format == OutputFormat::json)
    return run_listing_command(std::move(o), &run_claims_as_array, true);
  bool jsonl = o.format == OutputFormat::jsonl;
  return run_listing_command(std::move(o), &run_claims, jsonl);
}

int run_stories_command(Options o) {
  bool json = o.format == OutputFormat::json;
  return run_listing_command(std::move(o), &run_stories, json);
}

// `--stats`: what an editor or CI owner needs to see where the time goes and what fires.
std::string format_stats(const Run& run, const RuleSet& rules, double report_seconds) {
  std::uint64_t bytes = 0;
  for (const auto& src : run.sources) bytes += src->text().size();
  double total = run.files_seconds + run.corpus_seconds;
  double mb = static_cast<double>(bytes) / 1e6;
  std::string out =
      fmt::format("claimlint: stats: {} files, {:.2f} MB; files stage {:.2f} ms, corpus stage "
                  "{:.2f} ms; {:.1f} MB/s, {:.0f} documents/s\n",
                  run.sources.size(), mb, run.files_seconds * 1e3, run.corpus_seconds * 1e3,
                  total > 0 ? mb / total : 0.0,
                  total > 0 ? static_cast<double>(run.sources.size()) / total : 0.0);
  const StageTimes& st = run.stage_seconds;
  out +=
      fmt::format("claimlint: stats: stages (CPU ms, all threads): load {:.2f}, structure {:.2f}, "
                  "claims {:.2f}, document rules {:.2f}, corpus rules {:.2f}, report {:.2f}\n",
                  st.load * 1e3, st.structure * 1e3, st.claims * 1e3, st.document_rules * 1e3,
                  st.corpus * 1e3, report_seconds * 1e3);
  std::map<std::string, std::size_t> per_rule;
  for (const Diagnostic& d : run.result.diagnostics) ++per_rule[d.rule];
  std::map<std::string, double> ms;
  for (std::size_t i = 0; i < rules.rules().size() && i < st.rules.size(); ++i)
    ms[rules.rules()[i].spec.id] = st.rules[i] * 1e3;
  for (const auto& [rule, t] : ms) per_rule.try_emplace(rule, 0);
  for (const auto& [rule, n] : per_rule) {
    auto t = ms.find(rule);
    out += fmt::format("claimlint: stats: {:<28} {:>6} finding{} {:>10}\n", rule, n,
                       n == 1 ? " " : "s",
                       t == ms.end() ? std::string() : fmt::format("{:.2f} ms", t->second));
  }
  if (run.archive)
    out += fmt::format("claimlint: stats: archive {}: {} archived article{} joined a story\n",
                       run.archive->archive().path(), run.archive->joined(),
                       run.archive->joined() == 1 ? "" : "s");
  if (run.suppressed)
    out += fmt::format("claimlint: stats: {} finding{} switched off by directives in the drafts\n",
                       run.suppressed, run.suppressed == 1 ? "" : "s");
  return out;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<RuleInfo> rule_infos(const RuleSet& rules) {
  std::vector<RuleInfo> out;
  for (const Rule& r : rules.rules())
    if (r.enabled)
      out.push_back({r.spec.id, r.spec.description, r.spec.doc, r.spec.link, r.spec.severity});
  out.push_back({"input/front-matter", "The YAML front matter block of a draft is malformed.", "",
                 "", Severity::error});
  out.push_back({"input/directive",
                 "A claimlint directive comment names an unknown rule or directive.", "", "",
                 Severity::warning});
  return out;
}

int run_check_command(Options o) {
  std::optional<Config> config = resolve_config(o);
  if (!config) return kExitError;
  std::optional<RuleSet> rules = load_rules(o, *config, false);
  if (!rules) return kExitError;
  std::optional<std::vector<BaselineEntry>> baseline;
  if (!o.baseline_path.empty()) {
    std::optional<std::string> text = read_file(o.baseline_path);
    std::string problem = "cannot read the file";
    if (text) baseline = parse_baseline(*text, problem);
    if (!baseline) {
      std::fprintf(stderr, "%s: error: baseline: %s\n", o.baseline_path.c_str(), problem.c_str());
      return kExitError;
    }
  }
  std::unique_ptr<Archive> archive;
  if (!open_archive(o, archive, "claimlint: nothing was checked\n")) return kExitError;
  std::vector<InputError> discovery_errors;
  Inputs in = gather_inputs(o, *config, discovery_errors);
  RunOptions ro = run_options(o);
  ro.archive = archive.get();
  std::optional<std::string> stdin_copy;
  if ((o.fix || o.fix_dry_run || !o.changed_since.empty()) && in.stdin_bytes)
    stdin_copy = *in.stdin_bytes;
  const std::string* stdin_name = stdin_copy ? &o.stdin_filename : nullptr;
  Run run = run_check(in.specs, *rules, ro, std::move(in.stdin_bytes));
  for (const InputError& e : discovery_errors) run.result.input_errors.push_back(e);
  std::stable_sort(run.result.input_errors.begin(), run.result.input_errors.end(),
                   [](const InputError& a, const InputError& b) { return a.path < b.path; });
  // Findings in drafts unchanged since the ref are left out; those drafts were context.
  std::string problem;
  if (!o.changed_since.empty() &&
      !keep_changed_drafts(run.result.diagnostics, o.changed_since, o.paths, stdin_name, problem)) {
    std::fprintf(stderr, "claimlint: error: --changed-since %s: %s\n", o.changed_since.c_str(),
                 problem.c_str());
    return kExitError;
  }
  std::string err;
  for (const InputError& e : run.result.input_errors) err += format_input_error(e);
  if (!o.quiet)
    for (const std::string& n : run.notices) err += n + "\n";
  if (!o.write_baseline_path.empty()) {
    std::ofstream out(o.write_baseline_path, std::ios::binary | std::ios::trunc);
    out << render_baseline(run.result.diagnostics);
    if (!out.flush()) {
      std::fprintf(stderr, "%s: error: cannot write the baseline\n", o.write_baseline_path.c_str());
      return kExitError;
    }
    err += fmt::format("claimlint: wrote {} finding{} to the baseline {}\n",
                       run.result.diagnostics.size(), run.result.diagnostics.size() == 1 ? "" : "s",
                       o.write_baseline_path);
    std::fputs(err.c_str(), stderr);
    return run.result.input_errors.empty() ? kExitClean : kExitError;
  }
  BaselineOutcome outcome;
  if (baseline) {
    outcome = apply_baseline(run.result.diagnostics, *baseline, &run.result.baselined);
    if (!o.quiet)
      err += fmt::format("claimlint: {} finding{} suppressed by the baseline {}\n",
                         outcome.suppressed, outcome.suppressed == 1 ? "" : "s", o.baseline_path);
    if (o.baseline_strict)
      for (const BaselineEntry& e : outcome.stale)
        err += fmt::format("{}: error: baseline entry no longer occurs: [{}] {} (remove it from "
                           "{}, or write the baseline again)\n",
                           e.file, e.rule, e.message, o.baseline_path);
  }
  bool write_failed = false; // --fix could not write a file (exit code 2)
  if (o.fix_dry_run) {
    std::size_t fixes = 0, files = 0;
    std::string diff = dry_run_diff(run.result.diagnostics, fixes, files);
    std::fputs(err.c_str(), stderr);
    std::fwrite(diff.data(), 1, diff.size(), stdout);
    if (!o.quiet)
      std::fprintf(stderr, "claimlint: %zu fix%s in %zu file%s (--fix applies them)\n", fixes,
                   fixes == 1 ? "" : "es", files, files == 1 ? "" : "s");
    return !run.result.input_errors.empty() ? kExitError : fixes ? kExitFindings : kExitClean;
  }
  if (o.fix) {
    // Each pass checks again, with the same filters, on the files as the last pass left them.
    auto recheck = [&]() -> const std::vector<Diagnostic>& {
      std::optional<std::string> again = stdin_copy;
      run = run_check(in.specs, *rules, ro, std::move(again));
      for (const InputError& e : discovery_errors) run.result.input_errors.push_back(e);
      if (!o.changed_since.empty())
        keep_changed_drafts(run.result.diagnostics, o.changed_since, o.paths, stdin_name, problem);
      if (baseline)
        outcome = apply_baseline(run.result.diagnostics, *baseline, &run.result.baselined);
      return run.result.diagnostics;
    };
    write_failed = !fix_in_place(run.result.diagnostics, recheck, stdin_name, o.quiet, err);
  }
  auto report_start = std::chrono::steady_clock::now();
  std::string report;
  switch (o.format) {
  case OutputFormat::json:
    report = render_json(run.result);
    break;
  case OutputFormat::sarif: {
    std::error_code ec;
    report =
        render_sarif(run.result, rule_infos(*rules), std::filesystem::current_path(ec).string());
    break;
  }
  case OutputFormat::github:
    report = render_github(run.result);
    break;
  default:
    report = render_text(run.result, {use_color(o.color), !o.quiet});
  }
  double report_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - report_start).count();
  if (o.stats) err += format_stats(run, *rules, report_seconds);
  std::fputs(err.c_str(), stderr);
  write_out(report);

  if (!run.result.input_errors.empty() || write_failed) return kExitError;
  if (o.baseline_strict && !outcome.stale.empty()) return kExitFindings;
  if (o.fail_on)
    for (const Diagnostic& d : run.result.diagnostics)
      if (d.severity >= *o.fail_on) return kExitFindings;
  return kExitClean;
}

// `claimlint archive add|remove|stats|list`: the archive of published articles.
int run_archive_command(Options o) {
  std::optional<Config> config = resolve_config(o);
  if (!config) return kExitError;
  if (o.archive_path.empty()) {
    std::filesystem::path dir = config->path.empty() ? "." : config->dir;
    o.archive_path = (dir / ".claimlint" / "archive.db").lexically_normal().string();
  }
  bool writes = o.archive_action == ArchiveAction::add || o.archive_action == ArchiveAction::remove;
  bool json = o.format == OutputFormat::json;
  std::unique_ptr<Archive> archive;
  try {
    archive = std::make_unique<Archive>(o.archive_path,
                                        writes ? Archive::Mode::write : Archive::Mode::read);
  } catch (const ArchiveError& e) {
    std::fprintf(stderr, "%s: error: %s\n", o.archive_path.c_str(),
                 strip_path(e.what(), o.archive_path).c_str());
    return kExitError;
  }
  std::string err, out;
  std::size_t problems = 0;
  try {
    if (o.archive_action == ArchiveAction::stats) {
      ArchiveStats s = archive->stats();
      std::string first = s.first ? format_iso_date(*s.first) : "",
                  last = s.last ? format_iso_date(*s.last) : "";
      if (json) {
        out = fmt::format("{{\"archive\":");
        append_json_string(out, o.archive_path);
        out +=
            fmt::format(",\"schema\":{},\"articles\":{},\"terms\":{},\"bytes\":{},\"first\":\"{}\","
                        "\"last\":\"{}\"}}\n",
                        s.schema, s.articles, s.terms, s.bytes, first, last);
      } else {
        auto size = [](double bytes) {
          return bytes >= 1e6 ? fmt::format("{:.1f} MB", bytes / 1e6)
                              : fmt::format("{:.1f} KB", bytes / 1e3);
        };
        out = fmt::format(
            "archive {} (schema {})\narticles: {}{}\nterms indexed: {}\nsize: {}{}\n",
            o.archive_path, s.schema, s.articles,
            s.articles ? fmt::format(", published {} to {}", first, last) : "", s.terms,
            size(static_cast<double>(s.bytes)),
            s.articles ? fmt::format(" ({} per article)", size(static_cast<double>(s.bytes) /
                                                               static_cast<double>(s.articles)))
                       : "");
      }
    } else if (o.archive_action == ArchiveAction::list) {
      std::vector<ArchivedArticle> all = archive->list();
      if (json) out.push_back('[');
      for (std::size_t i = 0; i < all.size(); ++i) {
        const ArchivedArticle& a = all[i];
        if (json) {
          out += i ? ",\n{\"path\":" : "\n{\"path\":";
          append_json_string(out, ArchiveContext::display_path(a.path));
          out += ",\"source\":";
          append_json_string(out, a.source);
          out += fmt::format(",\"published\":\"{}\"}}", format_iso_date(a.published));
        } else {
          out += fmt::format("{}  {}{}\n", format_iso_date(a.published),
                             ArchiveContext::display_path(a.path),
                             a.source.empty() ? "" : "  (" + a.source + ")");
        }
      }
      if (json) out += all.empty() ? "]\n" : "\n]\n";
    } else if (o.archive_action == ArchiveAction::remove) {
      archive->begin();
      std::size_t removed = 0;
      for (const std::string& p : o.paths) {
        std::error_code ec;
        std::string path = std::filesystem::absolute(p, ec).lexically_normal().generic_string();
        if (archive->remove(path)) {
          ++removed;
          continue;
        }
        // A folder: every article stored under it.
        std::size_t under = 0;
        std::string prefix = path.ends_with('/') ? path : path + "/";
        for (const ArchivedArticle& a : archive->list())
          if (a.path.starts_with(prefix) && archive->remove(a.path)) ++under;
        if (under == 0) {
          err += fmt::format("{}: error: not in the archive\n", p);
          ++problems;
        }
        removed += under;
      }
      archive->commit();
      err += fmt::format("claimlint: archive {}: {} article{} removed\n", o.archive_path, removed,
                         removed == 1 ? "" : "s");
    } else {
      std::optional<RuleSet> rules = load_rules(o, *config, false);
      if (!rules) return kExitError;
      std::vector<InputError> errors;
      std::vector<InputSpec> specs = discover_inputs(o.paths, o.stdin_filename, errors);
      std::size_t added = 0, replaced = 0, unchanged = 0;
      archive->begin();
      for (const InputSpec& spec : specs) {
        if (spec.is_stdin) {
          errors.push_back({spec.display, "`archive add` reads files, not standard input"});
          continue;
        }
        RunOptions ro = run_options(o);
        auto loaded = load_source_file(spec.fs_path, spec.display, ro.limits);
        if (auto* e = std::get_if<InputError>(&loaded)) {
          errors.push_back(std::move(*e));
          continue;
        }
        const SourceFile& source = *std::get<std::unique_ptr<SourceFile>>(loaded);
        // Stored by absolute path, so the same file added from another folder is one article.
        std::error_code ec;
        std::string path =
            std::filesystem::absolute(spec.fs_path, ec).lexically_normal().generic_string();
        // A broken date is an error, not a reason to use --published.
        bool bad_date = false;
        for (const FrontMatterProblem& p : source.front_matter_problems())
          if (p.message.find("'date'") != std::string::npos) {
            Position at = source.position(p.span.begin);
            errors.push_back({spec.display, p.message, p.span.begin, at.line, at.column});
            bad_date = true;
          }
        if (bad_date) continue;
        std::optional<Date> date = source.front_matter().date;
        if (!date) date = o.published;
        if (!date) date = archive->published_of(path); // re-added: the date it was stored with
        if (!date) {
          errors.push_back({spec.display, "no publication date: add `date: YYYY-MM-DD` to its "
                                          "front matter, or give --published YYYY-MM-DD"});
          continue;
        }
        Document doc = build_document(source, rules->segmentation());
        std::vector<StoryTerm> profile = story_profile(doc, rules->claim_lexicon().dictionary);
        switch (archive->add(path, source.front_matter().source, *date, source.text(), profile)) {
        case ArchiveChange::added:
          ++added;
          break;
        case ArchiveChange::replaced:
          ++replaced;
          break;
        case ArchiveChange::unchanged:
          ++unchanged;
          break;
        }
      }
      archive->commit();
      for (const InputError& e : errors) err += format_input_error(e);
      problems += errors.size();
      err += fmt::format("claimlint: archive {}: {} added, {} replaced, {} unchanged{}\n",
                         o.archive_path, added, replaced, unchanged,
                         errors.empty() ? ""
                                        : fmt::format("; {} not added (see above)", errors.size()));
    }
  } catch (const ArchiveError& e) {
    std::fputs(err.c_str(), stderr);
    std::fprintf(stderr, "%s: error: %s%s\n", o.archive_path.c_str(),
                 strip_path(e.what(), o.archive_path).c_str(),
                 writes ? "; nothing was changed" : "");
    return kExitError;
  }
  if (!o.quiet || problems) std::fputs(err.c_str(), stderr);
  write_out(out);
  return problems ? kExitError : kExitClean;
}

int run_lsp_command(Options o) {
  std::optional<Config> config = resolve_config(o);
  if (!config) return kExitError;
  std::optional<RuleSet> rules = load_rules(o, *config, false);
  if (!rules) return kExitError;
  // The archive named in the workspace's configuration (or --archive).
  std::unique_ptr<Archive> archive;
  if (!open_archive(o, archive)) return kExitError;
  RunOptions ro = run_options(o);
  ro.archive = archive.get();
  // Messages are framed by byte counts: no C stdio synchronisation, no newline translation.
  std::ios::sync_with_stdio(false);
  return run_language_server(*rules, ro, std::cin, std::cout);
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  ParseResult parsed = parse_options(args);
  if (parsed.error) {
    std::fprintf(stderr, "claimlint: error: %s\n", parsed.error->c_str());
    return kExitError;
  }
  const Options& o = parsed.options;
  try {
    switch (o.command) {
    case Command::help:
      write_out(help_text());
      return kExitClean;
    case Command::version:
      write_out(fmt::format("claimlint {}\n", CLAIMLINT_VERSION));
      return kExitClean;
    case Command::rules:
      return run_rules_command(o);
    case Command::check:
      return run_check_command(o);
    case Command::claims:
      return run_claims_command(o);
    case Command::stories:
      return run_stories_command(o);
    case Command::archive:
      return run_archive_command(o);
    case Command::lsp:
      return run_lsp_command(o);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "claimlint: internal error: %s\n", e.what());
    return kExitError;
  }
  return kExitClean;
}
