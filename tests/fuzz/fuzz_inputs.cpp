// libFuzzer target for the files claimlint reads besides drafts, and the draft's front matter:
// the first byte picks the reader, the rest is the file.
//   0: front matter (a draft that opens with ---)   1: a rule file (YAML, also through the
//                                                      tree the build compiles built-in rules to)
//   2: a configuration file (.claimlint.yaml)        3: a baseline file (JSON)
// Each must report problems, never crash, hang or expand YAML aliases without bound.
#include "cli/config.hpp"
#include "diagnostics/baseline.hpp"
#include "rules/rule_set.hpp"
#include "rules/rule_tree.hpp"
#include "source/front_matter.hpp"

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace claimlint;
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
  case 0: {
    // Differential: the fast "key: value" reader must agree with yaml-cpp on every block it
    // accepts (a disagreement aborts, so the fuzzer keeps the input).
    std::vector<FrontMatterProblem> fast_problems, yaml_problems;
    FrontMatter fast = parse_front_matter(text, 0, fast_problems);
    FrontMatter yaml = parse_front_matter(text, 0, yaml_problems, false);
    if (fast.title != yaml.title || fast.source != yaml.source || fast.author != yaml.author ||
        fast.date.has_value() != yaml.date.has_value() ||
        fast_problems.size() != yaml_problems.size())
      __builtin_trap();
    break;
  }
  case 1: {
    std::vector<RuleError> errors;
    RuleFileReader reader = [](std::string_view) -> std::optional<std::string> {
      return std::string("alpha\nbeta gamma\n");
    };
    std::optional<Rule> from_text =
        load_rule("house/fuzz", "house/fuzz.yaml", text, reader, errors);
    // Differential: the same file through its compiled tree must load or fail alike, with the
    // same messages (only the positions differ: a tree has none). Aliases are left out, since
    // a tree spells them out and an alias bomb would not end.
    if (text.find('*') != std::string::npos) break;
    YAML::Node parsed;
    try {
      parsed = YAML::Load(text);
    } catch (const YAML::Exception&) {
      break;
    }
    const std::string tree = serialize_rule_tree(parsed);
    std::optional<YAML::Node> back = deserialize_rule_tree(tree);
    if (!back || serialize_rule_tree(*back) != tree) __builtin_trap();
    std::vector<RuleError> tree_errors;
    std::optional<Rule> from_tree =
        load_rule("house/fuzz", "house/fuzz.yaml", *back, reader, tree_errors);
    if (from_text.has_value() != from_tree.has_value() || errors.size() != tree_errors.size())
      __builtin_trap();
    for (std::size_t i = 0; i < errors.size(); ++i)
      if (errors[i].message != tree_errors[i].message) __builtin_trap();
    break;
  }
  case 2: {
    std::vector<RuleError> errors;
    parse_config("fuzz/.claimlint.yaml", text, errors);
    break;
  }
  case 3: {
    std::string error;
    parse_baseline(text, error);
    break;
  }
  }
  return 0;
}
