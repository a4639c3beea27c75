#include "cli/options.hpp"

#include <doctest/doctest.h>

using namespace claimlint;

TEST_CASE("options: defaults and values in both spellings") {
  ParseResult r = parse_options({"check", "--format=json", "--as-of", "2025-02-14", "-j", "2",
                                 "--fail-on", "error", "a.md", "dir"});
  REQUIRE_FALSE(r.error);
  CHECK(r.options.format == OutputFormat::json);
  CHECK(r.options.as_of == Date{2025, 2, 14});
  CHECK(r.options.jobs == 2);
  CHECK(r.options.fail_on == Severity::error);
  CHECK(r.options.paths == std::vector<std::string>{"a.md", "dir"});
  ParseResult d = parse_options({"x.txt"});
  CHECK(d.options.fail_on == Severity::warning);
  CHECK(d.options.color == ColorMode::auto_);
  CHECK(parse_options({"--fail-on=never", "x"}).options.fail_on == std::nullopt);
  CHECK(parse_options({"--color", "x"}).options.color == ColorMode::always);
  CHECK(parse_options({"--color", "never", "x"}).options.color == ColorMode::never);
  CHECK(parse_options({"-", "--stdin-filename", "s.md"}).options.stdin_filename == "s.md");
  CHECK(parse_options({"--", "--weird-name.txt"}).options.paths ==
        std::vector<std::string>{"--weird-name.txt"});
}

TEST_CASE("options: output formats, configuration, baseline and lsp") {
  CHECK(parse_options({"--format", "sarif", "a"}).options.format == OutputFormat::sarif);
  CHECK(parse_options({"--format=github", "a"}).options.format == OutputFormat::github);
  Options o = parse_options({"--config", "c.yaml", "--baseline", "b.json", "--baseline-strict",
                             "--no-config", "a"})
                  .options;
  CHECK(o.config_path == "c.yaml");
  CHECK(o.baseline_path == "b.json");
  CHECK(o.baseline_strict);
  CHECK_FALSE(o.use_config);
  CHECK(parse_options({"--write-baseline", "w.json", "a"}).options.write_baseline_path == "w.json");
  ParseResult lsp = parse_options({"lsp", "--stdio"});
  CHECK_FALSE(lsp.error);
  CHECK(lsp.options.command == Command::lsp);
  CHECK(parse_options({"--as-of", "2025-01-02", "a"}).options.as_of_given);
  CHECK_FALSE(parse_options({"a"}).options.fail_on_given);
}

TEST_CASE("options: usage errors name the problem") {
  CHECK(parse_options({}).error ==
        "no input: give files or folders to check, or - for standard input (see claimlint --help)");
  CHECK(parse_options({"--format", "xml", "a"}).error ==
        "unknown --format 'xml' (expected text, json, sarif or github)");
  CHECK(parse_options({"claims", "--format", "sarif", "a"}).error ==
        "unknown --format 'sarif' (expected text, jsonl or json)");
  CHECK(parse_options({"--baseline-strict", "a"}).error ==
        "--baseline-strict goes with --baseline FILE");
  CHECK(parse_options({"--baseline", "b.json", "--write-baseline", "c.json", "a"}).error ==
        "--baseline and --write-baseline cannot be used together");
  CHECK(parse_options({"lsp", "drafts/"}).error ==
        "`claimlint lsp` takes no paths: the workspace comes from the editor");
  CHECK(parse_options({"--stdio", "a"}).error == "--stdio goes with `claimlint lsp`");
  CHECK(parse_options({"--as-of", "2025-13-01", "a"}).error ==
        "--as-of '2025-13-01' is not a valid date as YYYY-MM-DD");
  CHECK(parse_options({"--jobs", "0", "a"}).error ==
        "--jobs needs a number from 1 to 1024, not '0'");
  CHECK(parse_options({"--frobnicate", "a"}).error ==
        "unknown option '--frobnicate' (see claimlint --help)");
  CHECK(parse_options({"--test", "a"}).error == "--test goes with `claimlint rules`");
}

TEST_CASE("options: the rules command takes folders as rule folders") {
  ParseResult r = parse_options({"rules", "--test", "my-rules"});
  REQUIRE_FALSE(r.error);
  CHECK(r.options.command == Command::rules);
  CHECK(r.options.rules_test);
  CHECK(r.options.rule_dirs == std::vector<std::string>{"my-rules"});
}

TEST_CASE("options: help as a command, misspelt options and commands, a mode-like colour") {
  CHECK(parse_options({"help"}).options.command == Command::help);
  CHECK(parse_options({"--formt", "json", "a.md"}).error ==
        "unknown option '--formt': did you mean '--format'? (see claimlint --help)");
  CHECK(parse_options({"--frobnicate", "a.md"}).error ==
        "unknown option '--frobnicate' (see claimlint --help)");
  CHECK(parse_options({"rule"}).error == "'rule' is no file and no command: did you mean 'rules'?");
  CHECK(parse_options({"--color", "sometimes", "a.md"}).error ==
        "unknown --color 'sometimes' (expected auto, always or never)");
  CHECK(parse_options({"claims", "--format", "json", "a.md"}).options.format == OutputFormat::json);
  CHECK(did_you_mean("--fx", std::vector<std::string_view>{"--fix", "--format"}) ==
        ": did you mean '--fix'?");
  CHECK(did_you_mean("-x", std::vector<std::string_view>{"--fix"}).empty());
}
