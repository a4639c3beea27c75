#include "rules/embedded_rules.hpp"
#include "rules/rule_set.hpp"
#include "rules/rule_tree.hpp"
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
                                 "kind, severity, message, description, link, overrides, examples, "
                                 "punctuation, exceptions, file-extensions)"});
  CHECK(load_errors({{"p/r.yaml", "kind: no-such-kind\nmessage: m\ndescription: d\n"}}) ==
        std::vector<std::string>{
            "mem/p/r.yaml:1:7: error: unknown rule kind 'no-such-kind' (known "
            "kinds: missing-space, a-an, sentence-case, repeated-word, existence, "
            "substitution, proper-noun-case, html-residue, unbalanced-quotes, "
            "hyphen-as-dash, assistant-frame, headline-case, table-column-count, "
            "table-delimiter-row, "
            "table-pipe-style, weekday-mismatch, name-variant, title-conflict, date-conflict, "
            "duration-conflict, quantity-conflict, attribution-conflict, affiliation-conflict)"});
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

namespace {

// Whether two yaml-cpp trees hold the same types, scalars, order and structure.
bool same_tree(const YAML::Node& a, const YAML::Node& b) {
  if (a.Type() != b.Type()) return false;
  if (a.IsScalar()) return a.Scalar() == b.Scalar();
  if (a.IsSequence()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same_tree(a[i], b[i])) return false;
    return true;
  }
  if (a.IsMap()) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
      if (!same_tree(i->first, j->first) || !same_tree(i->second, j->second)) return false;
  }
  return true;
}

// A built-in-like root whose compiled trees are given apart from the texts; the strings and
// the file table live as long as the object.
struct CompiledFiles {
  std::map<std::string, std::string> texts, trees;
  std::vector<EmbeddedFile> files;
  RuleRoot root() {
    files.clear();
    for (const auto& [path, text] : texts) {
      EmbeddedFile f{path, text, {}, {}, {}, {}, {}};
      if (auto it = trees.find(path); it != trees.end()) f.tree = it->second;
      files.push_back(f);
    }
    RuleRoot r = memory_root(texts);
    r.display = "rules";
    r.embedded = files;
    return r;
  }
};

} // namespace

TEST_CASE("rule trees: every built-in rule's tree is yaml-cpp's parse of its text") {
  std::size_t rule_files = 0;
  for (const EmbeddedFile& f : embedded_rule_files()) {
    if (!f.path.ends_with(".yaml")) {
      CHECK(f.tree.empty());
      continue;
    }
    ++rule_files;
    CAPTURE(f.path);
    std::optional<YAML::Node> tree = deserialize_rule_tree(f.tree);
    REQUIRE(tree.has_value());
    YAML::Node parsed = YAML::Load(std::string(f.content));
    REQUIRE(parsed.IsMap());
    CHECK(!(*tree)["examples"]);
    parsed.remove("examples");
    CHECK(same_tree(*tree, parsed));
    CHECK(serialize_rule_tree(*tree) == f.tree);
  }
  CHECK(rule_files >= 20);
}

TEST_CASE("rule trees: scalars, nulls, nesting and order survive; broken trees are refused") {
  YAML::Node n = YAML::Load("b: 'x: y'\na: [1, '', ~, {k: v}]\nc:\nd: |\n  two\n  lines\n");
  std::string tree = serialize_rule_tree(n);
  CHECK(tree == "M4:V1:bV4:x: yV1:aS4:V1:1V0:NM1:V1:kV1:vV1:cNV1:dV10:two\nlines\n");
  std::optional<YAML::Node> back = deserialize_rule_tree(tree);
  REQUIRE(back.has_value());
  CHECK(same_tree(*back, n));
  CHECK(serialize_rule_tree(n, "a") == "M3:V1:bV4:x: yV1:cNV1:dV10:two\nlines\n");
  for (std::string_view broken :
       {"", "V5:abc", "M1:V1:a", "S2:N", "V1:aV1:b", "Q", "V:", "Vx:", "M1:V1:aN trailing"})
    CHECK_MESSAGE(!deserialize_rule_tree(broken), broken);
  CHECK(!deserialize_rule_tree("S1000:N"));
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "S1:";
  deep += 'N';
  CHECK(!deserialize_rule_tree(deep)); // deeper than any rule file; refused, not recursed
}

TEST_CASE("rule trees: check runs build built-in rules from the tree, and report from the text") {
  const std::string text = std::string(kGood) + "severity: info\n";
  const std::string tree_says =
      serialize_rule_tree(YAML::Load("kind: missing-space\nmessage: \"from the tree "
                                     "'{punct}'\"\ndescription: d\nseverity: info\n"));
  CompiledFiles good{{{"p/r.yaml", text}}, {{"p/r.yaml", tree_says}}, {}};
  std::vector<RuleError> errors;
  RuleSet lean = RuleSet::load({good.root()}, errors, false);
  REQUIRE(errors.empty());
  REQUIRE(lean.find("p/r") != nullptr);
  CHECK(lean.find("p/r")->spec.message == "from the tree '{punct}'");
  CHECK(lean.find("p/r")->spec.severity == Severity::info);
  // `rules --test` wants the examples, which only the text has.
  RuleSet full = RuleSet::load({good.root()}, errors, true);
  REQUIRE(full.find("p/r") != nullptr);
  CHECK(full.find("p/r")->spec.message == "space after '{punct}'");

  // A problem found in a tree (which has no positions) is reported from the text, at its line.
  const std::string bad = std::string(kGood) + "severity: loud\n";
  CompiledFiles broken{
      {{"p/r.yaml", bad}}, {{"p/r.yaml", serialize_rule_tree(YAML::Load(bad))}}, {}};
  errors.clear();
  RuleSet::load({broken.root()}, errors, false);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].format() ==
        "rules/p/r.yaml:4:11: error: severity must be error, warning or info, not 'loud'");
  // A tree that does not read back falls back to the text as well.
  CompiledFiles unreadable{{{"p/r.yaml", text}}, {{"p/r.yaml", "M9:"}}, {}};
  errors.clear();
  RuleSet from_text = RuleSet::load({unreadable.root()}, errors, false);
  CHECK(errors.empty());
  REQUIRE(from_text.find("p/r") != nullptr);
  CHECK(from_text.find("p/r")->spec.message == "space after '{punct}'");
}

TEST_CASE("rule trees: the built-in rules load the same from trees and from texts") {
  std::vector<RuleError> errors;
  RuleSet lean = RuleSet::load({builtin_rule_root()}, errors, false);
  RuleSet full = RuleSet::load({builtin_rule_root()}, errors, true);
  REQUIRE(errors.empty());
  REQUIRE(lean.rules().size() == full.rules().size());
  for (std::size_t i = 0; i < lean.rules().size(); ++i) {
    const RuleSpec& a = lean.rules()[i].spec;
    const RuleSpec& b = full.rules()[i].spec;
    CAPTURE(a.id);
    CHECK(a.id == b.id);
    CHECK(a.kind == b.kind);
    CHECK(a.severity == b.severity);
    CHECK(a.message == b.message);
    CHECK(a.description == b.description);
    CHECK(a.link == b.link);
    CHECK(a.doc == b.doc);
  }
}

TEST_CASE("word lists: a house list adds to the compiled-in one of the same name") {
  std::vector<RuleError> errors;
  RuleSet builtin = RuleSet::load({builtin_rule_root()}, errors, false);
  RuleSet house = RuleSet::load(
      {builtin_rule_root(), memory_root({{"lists/english-words.txt", "claimlintish\n"}})}, errors,
      false);
  REQUIRE(errors.empty());
  CHECK(builtin.claim_lexicon().dictionary.contains("house"));
  CHECK_FALSE(builtin.claim_lexicon().dictionary.contains("claimlintish"));
  CHECK(house.claim_lexicon().dictionary.contains("house"));
  CHECK(house.claim_lexicon().dictionary.contains("claimlintish"));
  CHECK(house.claim_lexicon().dictionary.size() == builtin.claim_lexicon().dictionary.size() + 1);
}

TEST_CASE("rule loading: overrides keep one finding per slip") {
  // A house rule that overrides the built-in misspelling rule on the same word.
  std::vector<RuleError> errors;
  RuleSet set = RuleSet::load(
      {builtin_rule_root(),
       memory_root({{"house/the.yaml", "kind: substitution\nmessage: \"say {replacement}\"\n"
                                       "description: d\noverrides: [prose/misspelling]\n"
                                       "swap: {teh: the}\n"}})},
      errors);
  REQUIRE(errors.empty());
  Draft d = draft("We saw teh port and the harbour.\n");
  std::vector<Diagnostic> ds;
  for (const Rule& r : set.rules())
    if (r.spec.id == "prose/misspelling" || r.spec.id == "house/the")
      set.check_document(*d.doc, r, ds);
  REQUIRE(ds.size() == 2);
  CHECK(set.drop_overridden(ds) == 1);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].rule == "house/the");
}
