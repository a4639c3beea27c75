// A check is the C++ behind a rule kind: one class per kind, one file per class, registered
// once in registry.cpp. A rule file (rules/<group>/<name>.yaml) names the kind and configures
// it; several rules may share a kind with different parameters.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "document/document.hpp"
#include "rules/rule_spec.hpp"

#include <fmt/format.h>

#include <initializer_list>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace claimlint {

using MessageArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// Where a check reports: fills in the rule id, severity and message template of the rule that
// is running, so checks only say where and with which placeholder values.
class DiagnosticSink {
public:
  DiagnosticSink(const RuleSpec& rule, const Document& doc, std::vector<Diagnostic>& out)
      : rule_(rule), doc_(doc), out_(out) {}

  void report(Span span, MessageArgs args, std::optional<Fix> fix = std::nullopt) {
    Diagnostic d;
    d.rule = rule_.id;
    d.severity = rule_.severity;
    d.message = expand_message(rule_.message, args);
    d.file = &doc_.source();
    d.span = span;
    d.fix = std::move(fix);
    out_.push_back(std::move(d));
  }

private:
  const RuleSpec& rule_;
  const Document& doc_;
  std::vector<Diagnostic>& out_;
};

class Corpus;

// The related statements of a corpus finding, gathered as they are found: the first kMax are
// kept and the rest only counted, so a statement that clashes with thousands of others costs
// ten notes, not thousands (a 50 MB draft of one story repeated held 330 MB of them).
class RelatedList {
public:
  // A finding names at most this many related statements, the last one saying how many more
  // there are: a story that repeats one figure a thousand times would otherwise print a
  // million notes (and a finding's notes grow with the corpus, its count of findings too).
  static constexpr std::size_t kMax = 10;

  void add(const SourceFile& file, Span span, std::string_view message) {
    if (kept_.size() < kMax)
      kept_.push_back({&file, span, std::string(message)});
    else
      ++more_;
  }
  bool empty() const { return kept_.empty(); }

  // The kept statements, the last one noting how many more there were.
  std::vector<RelatedLocation> take() && {
    if (more_ == 1) kept_.back().message += " (and 1 more statement)";
    if (more_ > 1) kept_.back().message += fmt::format(" (and {} more statements)", more_);
    return std::move(kept_);
  }

private:
  std::vector<RelatedLocation> kept_;
  std::size_t more_ = 0;
};

// Where a corpus-scope check reports: a finding in one file, pointing at statements in others.
class CorpusSink {
public:
  CorpusSink(const RuleSpec& rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}

  void report(const SourceFile& file, Span span, MessageArgs args, RelatedList related) {
    Diagnostic d;
    d.rule = rule_.id;
    d.severity = rule_.severity;
    d.message = expand_message(rule_.message, args);
    d.file = &file;
    d.span = span;
    d.related = std::move(related).take();
    out_.push_back(std::move(d));
  }
  void report(const SourceFile& file, Span span, MessageArgs args,
              const std::vector<RelatedLocation>& related) {
    RelatedList list;
    for (const RelatedLocation& r : related) list.add(*r.file, r.span, r.message);
    report(file, span, args, std::move(list));
  }
  // Same, at a lower severity than the rule's (for findings that rest on an assumption).
  void report_at(Severity s, const SourceFile& file, Span span, MessageArgs args,
                 RelatedList related) {
    report(file, span, args, std::move(related));
    if (s < out_.back().severity) out_.back().severity = s;
  }

private:
  const RuleSpec& rule_;
  std::vector<Diagnostic>& out_;
};

// A check runs per document (check), over the claims of all files together (check_corpus),
// or both.
class Check {
public:
  virtual ~Check() = default;
  virtual void check(const Document&, DiagnosticSink&) const {}
  virtual void check_corpus(const Corpus&, CorpusSink&) const {}
};

struct CheckKind {
  std::string_view name;                          // the `kind:` value in rule files
  std::string_view summary;                       // one line for `claimlint rules`
  std::span<const std::string_view> placeholders; // names usable in `message:`
  // Reads the kind's parameters; problems go to params' error list. Returns null only when
  // the parameters are unusable.
  std::unique_ptr<Check> (*make)(RuleParams& params);
};

std::span<const CheckKind> check_kinds();
const CheckKind* find_check_kind(std::string_view name);

} // namespace claimlint
