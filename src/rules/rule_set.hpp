// The loaded rules: the built-in set (compiled in from rules/) plus any user rule folders, the
// segmentation word lists they carry, and one configured Check per rule.
//
// A later root overrides a rule with the same id from an earlier one, the way a newsroom's
// house rules override the defaults. Word lists under lists/ in every root are merged, also
// those a rule names ("swap: lists/misspellings.txt"), so a house list adds to a built-in one.
#pragma once

#include "checks/check.hpp"
#include "claims/lexicon.hpp"
#include "document/segmentation.hpp"
#include "rules/embedded_rules.hpp"
#include "rules/rule_spec.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimlint {

struct Rule {
  RuleSpec spec;
  std::unique_ptr<Check> check;
  bool enabled = true; // false when the configuration switches it off
};

// One source of rule files: the built-in set or a folder on disk.
struct RuleRoot {
  std::string display;            // "rules" for built-ins, the folder path otherwise
  std::vector<std::string> files; // relative paths, sorted
  RuleFileReader read;            // relative path -> contents
  // The files compiled into the binary, with what the build made of them (rule trees, word
  // indexes); empty for a folder.
  std::span<const EmbeddedFile> embedded;
  const EmbeddedFile* find_embedded(std::string_view relative_path) const {
    return find_embedded_file(embedded, relative_path);
  }
  // The rules compiled into the binary (tested in CI).
  bool builtin() const { return !embedded.empty(); }
};

RuleRoot builtin_rule_root();
// Lists *.yaml and *.txt below `dir`; returns nullopt with a message if it is not a folder.
std::optional<RuleRoot> directory_rule_root(const std::string& dir, std::string& error);

// Seconds spent in each rule, indexed like RuleSet::rules(); filled only when asked (--stats).
using RuleTimes = std::vector<double>;

class RuleSet {
public:
  // Loads every root in order. Problems are appended to `errors`; rules with errors are left
  // out, everything else still loads.
  // `builtin_examples` = false leaves the built-in rules' examples unparsed: only `rules
  // --test` runs them, and they are two fifths of the YAML every check run would parse.
  static RuleSet load(const std::vector<RuleRoot>& roots, std::vector<RuleError>& errors,
                      bool builtin_examples = true);

  const std::vector<Rule>& rules() const { return rules_; }
  std::vector<Rule>& mutable_rules() { return rules_; } // for the configuration's overrides
  const Rule* find(std::string_view id) const;
  const Segmentation& segmentation() const { return segmentation_; }
  // Word lists for claim extraction (titles, speech verbs, subjects, ...), from every root.
  const ClaimLexicon& claim_lexicon() const { return claim_lexicon_; }

  // Runs every enabled document-scope rule over `doc`.
  void check_document(const Document& doc, std::vector<Diagnostic>& out,
                      RuleTimes* times = nullptr) const;
  void check_document(const Document& doc, const Rule& rule, std::vector<Diagnostic>& out) const;
  // One slip, one finding: drops each finding that a rule overriding its rule (RuleSpec::
  // overrides) reports on an overlapping span of the same file. Returns how many it dropped.
  std::size_t drop_overridden(std::vector<Diagnostic>& diagnostics) const;
  // Runs every rule's corpus-scope part over the claims of all files.
  void check_corpus(const Corpus& corpus, std::vector<Diagnostic>& out,
                    RuleTimes* times = nullptr) const;

private:
  std::vector<Rule> rules_;
  Segmentation segmentation_;
  ClaimLexicon claim_lexicon_;
};

// Reads one rule file's YAML into a spec and a configured check.
std::optional<Rule> load_rule(std::string_view id, std::string_view display_path,
                              std::string_view yaml_text, const RuleFileReader& reader,
                              std::vector<RuleError>& errors,
                              const WordSetReader* word_sets = nullptr);
// The same from a parsed tree (problems found in a tree without marks have no position).
std::optional<Rule> load_rule(std::string_view id, std::string_view display_path,
                              const YAML::Node& root, const RuleFileReader& reader,
                              std::vector<RuleError>& errors,
                              const WordSetReader* word_sets = nullptr);

} // namespace claimlint
