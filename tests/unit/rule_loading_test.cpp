#include "rules/rule_set.hpp"
#include "rules/self_test.hpp"
#include "rules/word_list.hpp"

#include "support.hpp"

#include <map>

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// A rule root held in memory, for load tests.
RuleRoot memory_root(std::map<std::string, std::string> files) {
  RuleRoot root;
  root.display = "mem";
  for (auto& [k, v] : files) root.files.push_back(k);
  root.read = [files](std::string_view p) -> std::optional<std::string> {
    auto it = files.find(std::string(p));
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
  return root;
}

std::vector<std::string> load_errors(std::map<std::string, std::string> files) {
  std::vector<RuleError> errors;
  RuleSet::load({memory_root(std::move(files))}, errors);
  std::vector<std::string> out;
  for (const RuleError& e : errors) out.push_back(e.format());
  return out;
}

const char* kGood = "kind: missing-space\nmessage: \"space after '{punct}'\"\ndescription: d\n";

} // namespace

TEST_CASE("rule ids come from the path") {
  CHECK(rule_id_from_path("prose/a-an.yaml") == "prose/a-an");
  CHECK_FALSE(rule_id_from_path("a-an.yaml"));
  CHECK_FALSE(rule_id_from_path("prose/A_an.yaml"));
  CHECK_FALSE(rule_id_from_path("prose/x/y.yaml"));
  CHECK_FALSE(rule_id_from_path("prose/a-an.yml"));
}

TEST_CASE("a good rule file loads with defaults") {
  std::vector<RuleError> errors;
  RuleSet set = RuleSet::load({memory_root({{"house/space.yaml", kGood}})}, errors);
  CHECK(errors.empty());
  REQUIRE(set.find("house/space"));
  CHECK(set.find("house/space")->spec.severity == Severity::warning);
}

TEST_CASE("broken rule files are reported with file:line:col, 1-based") {
  CHECK(load_errors({{"p/r.yaml", "kind: missing-space\nmessage: [unclosed\n"}}) ==
        std::vector<std::string>{
            "mem/p/r.yaml:3:1: error: invalid YAML: end of sequence flow not found"});
  CHECK(load_errors({{"p/r.yaml", std::string(kGood) + "severity: loud\n"}}) ==
        std::vector<std::string>{
            "mem/p/r.yaml:4:11: error: severity must be error, warning or info, not 'loud'"});
  CHECK(load_errors({{"p/r.yaml", std::string(kGood) + "punctuations: \".\"\n"}}) ==
        std::vector<std::string>{"mem/p/r.yaml:4:1: error: unknown key 'punctuations' for a rule "
                                 "of kind 'missing-space' (known keys: "
                                 "kind, severity, message, description, link, examples, "
                                 "punctuation, exceptions, file-extensions)"});
  CHECK(load_errors({{"p/r.yaml", "kind: no-such-kind\nmessage: m\ndescription: d\n"}}) ==
        std::vector<std::string>{
            "mem/p/r.yaml:1:7: error: unknown rule kind 'no-such-kind' (known "
            "kinds: missing-space, a-an, sentence-case, repeated-word, existence, "
            "substitution, proper-noun-case, html-residue, unbalanced-quotes, "
            "hyphen-as-dash, headline-case, table-column-count, table-delimiter-row, "
            "table-pipe-style, weekday-mismatch, name-variant, title-conflict, date-conflict, "
            "duration-conflict, quantity-conflict)"});
  CHECK(load_errors(
            {{"p/r.yaml", "kind: missing-space\nmessage: \"bad {word}\"\ndescription: d\n"}}) ==
        std::vector<std::string>{"mem/p/r.yaml:2:10: error: unknown placeholder '{word}' in "
                                 "message (this kind offers: {punct})"});
  CHECK(load_errors({{"p/r.yaml", std::string(kGood) + "exceptions: lists/none.txt\n"}}) ==
        std::vector<std::string>{"mem/p/r.yaml:4:13: error: 'exceptions' names a word list "
                                 "'lists/none.txt' that does not exist"});
  CHECK(load_errors({{"bad_name.yaml", kGood}}).size() == 1);
  CHECK(load_errors({{"p/r.yaml", "- just\n- a list\n"}}) ==
        std::vector<std::string>{"mem/p/r.yaml:1:1: error: a rule file must be a mapping (kind:, "
                                 "severity:, message:, ...)"});
}

TEST_CASE("a later root overrides a rule with the same id") {
  std::vector<RuleError> errors;
  RuleSet set = RuleSet::load(
      {builtin_rule_root(),
       memory_root({{"prose/missing-space.yaml", std::string(kGood) + "severity: error\n"}})},
      errors);
  CHECK(errors.empty());
  REQUIRE(set.find("prose/missing-space"));
  CHECK(set.find("prose/missing-space")->spec.severity == Severity::error);
}

TEST_CASE("self-test: the built-in rules pass, and a broken example fails") {
  SelfTestResult ok = run_rule_self_tests(builtin_rules());
  CHECK(ok.failures.empty());
  CHECK(ok.examples >= 20);
  std::vector<RuleError> errors;
  RuleSet set = RuleSet::load(
      {memory_root(
          {{"p/r.yaml", std::string(kGood) + "examples:\n  bad:\n    - \"No slip here.\"\n  good:\n"
                                             "    - \"a.Slip\"\n"}})},
      errors);
  REQUIRE(errors.empty());
  SelfTestResult bad = run_rule_self_tests(set);
  REQUIRE(bad.failures.size() == 2);
  CHECK(bad.failures[0].message == "bad example not flagged: \"No slip here.\"");
  CHECK(bad.failures[0].line == 6);
  CHECK(bad.failures[1].message == "good example flagged: \"a.Slip\" (space after '.' at byte 1)");
}

TEST_CASE("word lists: comments, tags and blank lines") {
  auto entries =
      parse_word_list("# comment\nU.S. may-end-sentence\n\nDr.   never-ends-sentence # why\nC#\n");
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].word == "U.S.");
  CHECK(entries[0].tag == "may-end-sentence");
  CHECK(entries[1].line == 4);
  CHECK(entries[1].tag == "never-ends-sentence");
  CHECK(entries[2].word == "C#");
}

TEST_CASE("messages: placeholders and escaped braces") {
  CHECK(expand_message("missing space after '{punct}' {{x}}", {{"punct", "."}}) ==
        "missing space after '.' {x}");
  std::string_view allowed[] = {"punct"};
  CHECK_FALSE(check_message_template("a {punct} {{b}}", allowed));
  CHECK(check_message_template("a {b", allowed) ==
        "unmatched '{' in message (write '{{' for a brace)");
}

TEST_CASE("check runs leave the built-in rules' examples unparsed, and only those") {
  std::vector<RuleError> errors;
  RuleRoot user = memory_root(
      {{"p/r.yaml", std::string(kGood) + "examples:\n  bad:\n    - \"a.Slip\"\n  good: []\n"}});
  RuleSet lean = RuleSet::load({builtin_rule_root(), user}, errors, false);
  REQUIRE(errors.empty());
  std::size_t builtin_examples = 0;
  for (const Rule& r : lean.rules())
    if (r.spec.id != "p/r") builtin_examples += r.spec.bad.size() + r.spec.good.size();
  CHECK(builtin_examples == 0);
  REQUIRE(lean.find("p/r") != nullptr);
  CHECK(lean.find("p/r")->spec.bad.size() == 1); // a user's rule keeps its examples
  CHECK(lean.rules().size() == builtin_rules().rules().size() + 1);
  RuleSet full = RuleSet::load({builtin_rule_root()}, errors);
  std::size_t full_examples = 0;
  for (const Rule& r : full.rules()) full_examples += r.spec.bad.size() + r.spec.good.size();
  CHECK(full_examples >= 20);
}
