// Helpers shared by the unit tests: a draft built from a string with the built-in rule set.
#pragma once

#include "checks/check.hpp"
#include "document/document.hpp"
#include "rules/rule_set.hpp"
#include "source/source_file.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// Lets doctest print lists of strings when a comparison fails.
namespace doctest {
template <> struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", \"" : "\"") + v[i] + "\"";
    return String((out + "}").c_str());
  }
};
} // namespace doctest

namespace claimlint::testing {

inline const RuleSet& builtin_rules() {
  static const RuleSet set = [] {
    std::vector<RuleError> errors;
    RuleSet s = RuleSet::load({builtin_rule_root()}, errors);
    if (!errors.empty()) throw std::runtime_error(errors.front().format());
    return s;
  }();
  return set;
}

struct Draft {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<Document> doc;

  std::string_view text(Span s) const { return source->slice(s); }
  std::vector<std::string> sentences() const {
    std::vector<std::string> out;
    for (const Sentence& s : doc->sentences) out.emplace_back(text(s.span));
    return out;
  }
  std::vector<std::string> tokens() const {
    std::vector<std::string> out;
    for (const Token& t : doc->tokens) out.emplace_back(text(t.span));
    return out;
  }
};

inline Draft draft(std::string text, std::string path = "draft.txt") {
  Draft d;
  d.source = std::make_unique<SourceFile>(std::move(path), std::move(text));
  d.doc = std::make_unique<Document>(build_document(*d.source, builtin_rules().segmentation()));
  return d;
}

// Runs one built-in rule over `text` and returns the flagged text of each diagnostic.
inline std::vector<std::string> flagged(const std::string& rule_id, std::string text,
                                        std::string path = "draft.txt") {
  Draft d = draft(std::move(text), std::move(path));
  const Rule* rule = builtin_rules().find(rule_id);
  REQUIRE(rule != nullptr);
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *rule, ds);
  std::vector<std::string> out;
  for (const Diagnostic& diag : ds) out.emplace_back(d.text(diag.span));
  return out;
}

// The text with every flagged span of `rule_id` wrapped in [[ ]]: inline expectations, so a
// test reads as the draft with its findings marked.
inline std::string marked(const std::string& rule_id, std::string text,
                          std::string path = "draft.txt") {
  Draft d = draft(text, std::move(path));
  const Rule* rule = builtin_rules().find(rule_id);
  REQUIRE(rule != nullptr);
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *rule, ds);
  sort_diagnostics(ds);
  std::string out;
  std::uint32_t at = 0;
  for (const Diagnostic& diag : ds) {
    if (diag.span.begin < at) continue;
    out.append(text, at, diag.span.begin - at);
    out += "[[";
    out.append(text, diag.span.begin, diag.span.end - diag.span.begin);
    out += "]]";
    at = diag.span.end;
  }
  out.append(text, at);
  return out;
}

} // namespace claimlint::testing
