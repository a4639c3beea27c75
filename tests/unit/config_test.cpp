// The configuration file: every key, its errors with file:line:col, globs, rule patterns.
#include "cli/config.hpp"
#include "util/glob.hpp"

#include "support.hpp"

#include <filesystem>
#include <fstream>

using namespace claimlint;
using namespace claimlint::testing;

namespace {

struct TempConfig {
  std::filesystem::path dir;
  std::string path;
  explicit TempConfig(const std::string& text) {
    dir = std::filesystem::temp_directory_path() /
          ("claimlint-config-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(dir / "sub" / "deeper");
    path = (dir / ".claimlint.yaml").string();
    std::ofstream(path) << text;
  }
  ~TempConfig() { std::filesystem::remove_all(dir); }
};

std::vector<std::string> error_texts(const std::string& yaml) {
  TempConfig t(yaml);
  std::vector<RuleError> errors;
  CHECK_FALSE(load_config(t.path, errors));
  std::vector<std::string> out;
  for (const RuleError& e : errors)
    out.push_back(std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.message);
  return out;
}

} // namespace

TEST_CASE("glob: segments, double stars, bare names, folders") {
  CHECK(glob_match("*.md", "a.md"));
  CHECK(glob_match("*.md", "deep/down/a.md")); // no '/': any folder
  CHECK_FALSE(glob_match("*.md", "a.txt"));
  CHECK(glob_match("archive/**", "archive/2020/a.md"));
  CHECK(glob_match("archive/", "archive/2020/a.md"));
  CHECK_FALSE(glob_match("archive/*", "archive/2020/a.md"));
  CHECK(glob_match("archive/*", "archive/a.md"));
  CHECK(glob_match("**/draft-?.md", "draft-1.md"));
  CHECK(glob_match("**/draft-?.md", "x/y/draft-2.md"));
  CHECK_FALSE(glob_match("**/draft-?.md", "x/draft-10.md"));
  CHECK(glob_match("./stories/*.txt", "stories/a.txt"));
}

TEST_CASE("rule patterns: ids, groups, everything") {
  CHECK(rule_pattern_matches("prose/a-an", "prose/a-an"));
  CHECK_FALSE(rule_pattern_matches("prose/a-an", "prose/a-an-x"));
  CHECK(rule_pattern_matches("prose/*", "prose/a-an"));
  CHECK_FALSE(rule_pattern_matches("prose/*", "proseX/a-an"));
  CHECK(rule_pattern_matches("*", "claims/name-variant"));
}

TEST_CASE("config: every key read, found by walking up") {
  TempConfig t("rules: [house]\ndisable: [table/*]\nenable: table/column-count\n"
               "severity: {prose/a-an: error}\ninclude: ['**/*.md']\nexclude: [old/]\n"
               "as-of: 2025-03-04\nfail-on: never\n"
               "lists:\n  titles: [harbor master]\n  misspellings: ['recieve receive']\n");
  std::vector<RuleError> errors;
  std::optional<Config> c = load_config(t.path, errors);
  REQUIRE(c);
  CHECK(errors.empty());
  CHECK(c->rule_dirs == std::vector<std::string>{(t.dir / "house").string()});
  CHECK(c->disable.size() == 1);
  CHECK(c->enable[0].text == "table/column-count");
  CHECK(c->severity[0].second == Severity::error);
  CHECK(c->as_of == Date{2025, 3, 4});
  REQUIRE(c->fail_on);
  CHECK_FALSE(*c->fail_on);
  CHECK(c->lists.at("titles.txt") == "harbor master\n");
  CHECK(c->selects((t.dir / "sub" / "a.md").string()));
  CHECK_FALSE(c->selects((t.dir / "sub" / "a.txt").string()));
  CHECK_FALSE(c->selects((t.dir / "old" / "a.md").string()));
  CHECK(find_config((t.dir / "sub" / "deeper").string()) == t.path);
  CHECK(find_config((t.dir / "sub" / "deeper" / "x.md").string()) == t.path);
}

TEST_CASE("config: unknown keys and bad values are errors at their line and column") {
  CHECK(error_texts("disable: [prose/a-an]\nseverty: {prose/a-an: error}\n") ==
        std::vector<std::string>{
            "2:1 unknown key 'severty' (known keys: rules, disable, enable, severity, include, "
            "exclude, as-of, fail-on, lists, stories, archive, archive-window)"});
  CHECK(error_texts("severity:\n  prose/a-an: loud\n") ==
        std::vector<std::string>{"2:15 severity must be error, warning or info, not 'loud'"});
  CHECK(error_texts("as-of: 2025-02-30\n") ==
        std::vector<std::string>{"1:8 'as-of' must be a date as YYYY-MM-DD"});
  CHECK(error_texts("lists:\n  titels: [x]\n")[0].starts_with("2:3 unknown word list 'titels'"));
  CHECK(error_texts("disable: {a: b}\n") ==
        std::vector<std::string>{"1:10 'disable' must be a list of strings"});
  CHECK(error_texts("- a\n- b\n") ==
        std::vector<std::string>{
            "1:1 a configuration must be a mapping (rules:, disable:, severity:, ...)"});
  CHECK(error_texts("disable: [a\n")[0].starts_with("2:1 invalid YAML"));
}

TEST_CASE("config: applied to the rule set; a pattern that names no rule is an error") {
  TempConfig t("disable: [table/*, prose/headline-case]\nenable: [table/column-count]\n"
               "severity: {prose/a-an: error, nosuch/*: info}\n");
  std::vector<RuleError> errors;
  std::optional<Config> c = load_config(t.path, errors);
  REQUIRE(c);
  std::vector<RuleError> load_errors;
  RuleSet set = RuleSet::load({builtin_rule_root()}, load_errors);
  apply_config(*c, set, errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 3);
  CHECK(errors[0].column == 31); // the key 'nosuch/*'
  CHECK(errors[0].message == "'nosuch/*' names no rule (see `claimlint rules`)");
  CHECK_FALSE(set.find("table/pipe-style")->enabled);
  CHECK(set.find("table/column-count")->enabled);
  CHECK_FALSE(set.find("prose/headline-case")->enabled);
  CHECK(set.find("prose/a-an")->spec.severity == Severity::error);
}

TEST_CASE("config: word-list additions reach lists that rules name") {
  TempConfig t("lists:\n  misspellings: ['recieve receive']\n");
  std::vector<RuleError> errors;
  std::optional<Config> c = load_config(t.path, errors);
  REQUIRE(c);
  RuleSet set = RuleSet::load({builtin_rule_root(), c->list_root()}, errors);
  CHECK(errors.empty());
  SourceFile f("d.txt", "We recieve letters.\n");
  Document doc = build_document(f, set.segmentation());
  std::vector<Diagnostic> ds;
  set.check_document(doc, *set.find("prose/misspelling"), ds);
  REQUIRE(ds.size() == 1);
  CHECK(f.slice(ds[0].span) == "recieve");
  REQUIRE(ds[0].fix);
  CHECK(ds[0].fix->replacement == "receive");
}

TEST_CASE("config: stories by folder, by named globs, or automatic") {
  {
    TempConfig t("stories: folders\n");
    std::vector<RuleError> errors;
    auto c = load_config(t.path, errors);
    REQUIRE(c);
    CHECK(c->has_stories());
    CHECK(c->story_of((t.dir / "sub" / "a.md").string()) == "sub");
    CHECK(c->story_of((t.dir / "sub" / "deeper" / "b.md").string()) == "sub/deeper");
    CHECK(c->story_of((t.dir / "c.md").string()) == ".");
  }
  {
    TempConfig t("stories:\n  port: [\"port/**\", \"strike-*.md\"]\n  budget: budget/*.md\n");
    std::vector<RuleError> errors;
    auto c = load_config(t.path, errors);
    REQUIRE(c);
    CHECK(c->story_of((t.dir / "port" / "day1.md").string()) == "port");
    CHECK(c->story_of((t.dir / "strike-2.md").string()) == "port");
    CHECK(c->story_of((t.dir / "budget" / "x.md").string()) == "budget");
    CHECK(c->story_of((t.dir / "other.md").string()).empty()); // grouped automatically
  }
  {
    TempConfig t("stories: auto\n");
    std::vector<RuleError> errors;
    auto c = load_config(t.path, errors);
    REQUIRE(c);
    CHECK_FALSE(c->has_stories());
    CHECK(c->story_of((t.dir / "a.md").string()).empty());
  }
  CHECK(error_texts("stories: [a, b]\n") ==
        std::vector<std::string>{
            "1:10 'stories' must be folders, auto, or a mapping of story names to globs "
            "({port-strike: [\"port/**\"]})"});
}
