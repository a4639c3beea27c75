// A rule file, read and validated: rules/<group>/<name>.yaml -> rule id "<group>/<name>".
//
// The common keys (kind, severity, message, description, link, examples) are read here; the
// kind-specific parameters are read by the check class through RuleParams, which remembers what
// was read so that any key nobody asked for is reported as unknown, with its file:line:col.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "rules/word_list.hpp"
#include "rules/word_set.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

// A problem in a rule file or word list. Positions are 1-based (yaml-cpp's are 0-based).
struct RuleError {
  std::string file;
  int line = 0, column = 0;
  std::string message;
  std::string format() const;
};

// Reads a file that a rule refers to ("lists/tlds.txt"), relative to the rule set's root.
using RuleFileReader = std::function<std::optional<std::string>(std::string_view relative_path)>;
// The word set of such a file, without copying a list whose index the build compiled.
using WordSetReader = std::function<std::optional<WordSet>(std::string_view relative_path)>;

struct RuleExample {
  std::string text;
  // A cross-draft rule's example: the drafts of one story, checked together (each may open with
  // front matter). `text` is then empty.
  std::vector<std::string> drafts;
  std::optional<std::string> message; // expected message, when the example pins it
  std::optional<std::string> fixed;   // the text after applying every fix, when pinned
  int line = 0;
};

class RuleParams {
public:
  // Without a WordSetReader, word sets are built from the text `reader` gives.
  RuleParams(const YAML::Node& root, std::string file, const RuleFileReader& reader,
             std::vector<RuleError>& errors, const WordSetReader* word_sets = nullptr);

  bool has(const char* key) const;
  // The raw node of a key (marks it as known); for keys with a structure of their own.
  YAML::Node node(const char* key) { return get(key); }
  std::string string(const char* key, std::string fallback = {});
  bool boolean(const char* key, bool fallback);
  double number(const char* key, double fallback);
  // A list of strings given inline (a YAML sequence) or as a path to a word-list file.
  std::vector<std::string> list(const char* key);
  // "wrong -> right" pairs: a YAML mapping, or a word-list file whose lines are
  // "wrong right" or "wrong phrase -> right phrase".
  std::vector<std::pair<std::string, std::string>> pairs(const char* key);
  // The text of the word-list file named by `key`, for a rule that parses a large list itself;
  // nullopt when the key is absent, is no path (a YAML mapping or sequence: read it with
  // pairs() or list()) or names no file (reported).
  std::optional<std::string> list_text(const char* key);
  // An error at line `line` of the word-list file named by `key`.
  void list_error(const char* key, int line, std::string message);
  // The word set of the word-list file named by `key` (for large lists kept as one buffer).
  std::optional<WordSet> word_set(const char* key);
  void error(const char* key, std::string message);
  void error_at(const YAML::Mark& mark, std::string message);
  std::vector<WordListEntry> word_list_file(const char* key, const YAML::Node& n);
  // Reports every key of the mapping that no one read.
  void report_unknown_keys(std::string_view kind);
  const std::string& file() const { return file_; }

private:
  YAML::Node root_;
  std::string file_;
  const RuleFileReader& reader_;
  std::vector<RuleError>& errors_;
  const WordSetReader* word_sets_;
  std::vector<std::string> read_;
  YAML::Node get(const char* key);
};

struct RuleSpec {
  std::string id;   // "prose/missing-space"
  std::string file; // where it was loaded from, for messages
  std::string kind;
  Severity severity = Severity::warning;
  std::string message; // template with {named} placeholders
  std::string description;
  std::string link;
  std::string doc; // the reference page beside the rule file (<name>.md), when there is one
  // Rules whose finding on the same span is this rule's slip seen less precisely: when both
  // report overlapping spans of one file, only this rule's finding is kept ("zelenskyy" is a
  // case slip for prose/proper-noun-case, not also a spelling variant for claims/name-variant).
  std::vector<std::string> overrides;
  std::vector<RuleExample> bad, good;
};

// "prose/missing-space.yaml" -> "prose/missing-space"; nullopt when the path is not
// <group>/<name>.yaml with lower-case letters, digits and hyphens.
std::optional<std::string> rule_id_from_path(std::string_view relative_path);

// Replaces {name} placeholders; "{{" and "}}" stand for braces.
std::string
expand_message(std::string_view tmpl,
               std::initializer_list<std::pair<std::string_view, std::string_view>> args);
// Checks that every placeholder in `tmpl` is one of `allowed`; returns the first problem.
std::optional<std::string> check_message_template(std::string_view tmpl,
                                                  std::span<const std::string_view> allowed);

} // namespace claimlint
