// Helpers shared by the unit tests: a draft built from a string with the built-in rule set.
#pragma once

#include "checks/check.hpp"
#include "diagnostics/reporter.hpp"
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

// One finding after a euro sign and an emoji (so code-point, UTF-8 and UTF-16 columns differ),
// with a related note in a second file and a certain fix: what every reporter must render.
struct ReporterFixture {
  explicit ReporterFixture(std::string prefix = "")
      : a(prefix + "a.txt", "Title\nThe price rose to €5 😀 yesterday.The talks\n"),
        b(prefix + "b.txt", "Other text.\n") {}
  SourceFile a, b;
  RunResult run() const {
    RunResult r;
    Diagnostic d;
    d.rule = "prose/missing-space";
    d.severity = Severity::warning;
    d.message = "missing space after '.'";
    d.file = &a;
    std::uint32_t dot = static_cast<std::uint32_t>(a.text().find("y.The") + 1);
    d.span = {dot, dot + 1};
    d.fix = Fix{{dot + 1, dot + 1}, " "};
    d.related.push_back({&b, {0, 5}, "the other statement"});
    r.diagnostics.push_back(d);
    r.files = {a.path(), b.path()};
    return r;
  }
};

} // namespace claimlint::testing
