// Runs a check over a set of inputs: load, structure and document rules per file, in parallel,
// then one sorted result. Files are independent until the corpus stage, so each worker takes
// the next file from a shared counter and writes into that file's own result slot.
#pragma once

#include "claims/claim.hpp"
#include "cli/discover.hpp"
#include "corpus/archive_context.hpp"
#include "corpus/stories.hpp"
#include "diagnostics/reporter.hpp"
#include "diagnostics/suppression.hpp"
#include "rules/rule_set.hpp"
#include "source/source_file.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimlint {

struct RunOptions {
  unsigned jobs = 1;
  std::optional<Date> as_of;
  LoadLimits limits;
  bool time_rules = false;          // measure each rule (--stats)
  const Archive* archive = nullptr; // published articles to compare drafts with (--archive)
  long archive_window = 30;         // days within which an archived difference is a warning
};

// Seconds per stage, summed over files and threads (CPU time, not wall time); filled only when
// asked (--stats), as the benchmark's per-stage table.
struct StageTimes {
  double load = 0, structure = 0, claims = 0, document_rules = 0, corpus = 0;
  RuleTimes rules; // per rule, document and corpus parts together
  void add(const StageTimes& o);
};

// What the per-file stage produces for one draft, kept until the corpus stage has run.
struct FileResult {
  std::vector<Diagnostic> diagnostics; // front matter, directives, document rules
  std::vector<Claim> claims;
  std::vector<StoryTerm> story_profile; // what the draft is about (corpus/stories.hpp)
  std::string story; // the configuration's story for the draft ("" = none; front matter wins)
  Suppressions suppressions; // the draft's claimlint-disable directives
};

// The per-file stage: front-matter problems, directives, document rules and claims.
FileResult check_file(const SourceFile& source, const RuleSet& rules, StageTimes* times = nullptr);

// The corpus stage over files that went through check_file, in path order, then the
// directives of each file: every finding of the run, sorted. `suppressed` counts the findings
// that directives switched off.
// With `archive`, each story is also compared with the archived articles about it; the
// context keeps those articles, which notes point into, and must outlive the diagnostics.
std::vector<Diagnostic> finish_run(std::vector<std::pair<const SourceFile*, FileResult>> files,
                                   const RuleSet& rules, std::size_t* suppressed = nullptr,
                                   StageTimes* times = nullptr, ArchiveContext* archive = nullptr);

struct Run {
  std::vector<std::unique_ptr<SourceFile>> sources; // keeps every span of `result` valid
  std::unique_ptr<ArchiveContext> archive;          // the archived articles notes point into
  RunResult result;
  std::vector<std::string> notices; // e.g. "file is empty"
  double files_seconds = 0;         // load, structure, document rules and claims of every file
  double corpus_seconds = 0;        // the corpus stage
  std::size_t suppressed = 0;       // findings switched off by directives in the drafts
  StageTimes stage_seconds;         // per stage and rule, summed over threads (with time_rules)
};

Run run_check(const std::vector<InputSpec>& inputs, const RuleSet& rules, const RunOptions& options,
              std::optional<std::string> stdin_bytes = std::nullopt);

// `claimlint claims`: the claims of every input, in input order, rendered as JSON lines or
// text. Input errors are appended to `errors`.
std::string run_claims(const std::vector<InputSpec>& inputs, const RuleSet& rules,
                       const RunOptions& options, std::optional<std::string> stdin_bytes,
                       bool jsonl, std::vector<InputError>& errors);

// `claimlint stories`: how the inputs group into stories and why (the names each link shares),
// as text or JSON. Input errors are appended to `errors`.
std::string run_stories(const std::vector<InputSpec>& inputs, const RuleSet& rules,
                        const RunOptions& options, std::optional<std::string> stdin_bytes,
                        bool json, std::vector<InputError>& errors);

// The checks for one loaded file (front-matter problems and document rules), without the
// corpus stage and without applying directives. Its claims go to `claims` when given.
std::vector<Diagnostic> check_source(const SourceFile& source, const RuleSet& rules,
                                     std::vector<Claim>* claims = nullptr,
                                     StageTimes* times = nullptr,
                                     std::vector<StoryTerm>* story_profile = nullptr);

} // namespace claimlint
