// The diagnostic model shared by every check and every reporter.
//
// A diagnostic points into a file's buffer by byte span; reporters turn spans into whatever
// positions their format wants. Corpus-scope findings name the conflicting statement as a
// related span, possibly in another file.
#pragma once

#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class SourceFile;

enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view severity_name(Severity s);
std::optional<Severity> parse_severity(std::string_view name);

struct Span {
  std::uint32_t begin = 0, end = 0; // byte offsets, end exclusive
  friend bool operator==(const Span&, const Span&) = default;
};

struct RelatedLocation {
  const SourceFile* file = nullptr;
  Span span;
  std::string message;
};

// A fix is only attached when it is certain: applying it must not need a human's judgement.
struct Fix {
  Span span;               // the bytes to replace (empty span = insertion)
  std::string replacement; // UTF-8
};

struct Diagnostic {
  std::string rule; // e.g. "prose/missing-space"
  Severity severity = Severity::warning;
  std::string message;
  const SourceFile* file = nullptr;
  Span span;
  std::vector<RelatedLocation> related;
  std::optional<Fix> fix;
  // The story a cross-draft finding compared within, when the run holds more than one story:
  // its key ("port-strike-2026", a configured folder or glob name) or "#N" for the N-th story
  // grouped automatically (numbered as `claimlint stories` numbers them). Empty otherwise.
  std::string story;
  std::size_t story_drafts = 0; // how many drafts that story has
  // For a finding about archived statements: the newest archived article's date (which of
  // several such findings to keep, src/corpus/archive_context.hpp).
  std::optional<Date> archived;
};

// "story 'port-strike-2026' (3 drafts)", "story #2, grouped automatically (3 drafts; `claimlint
// stories` shows why)": the note that names a cross-draft finding's story.
std::string story_note(const Diagnostic& d);

// Orders by file path, line (= offset within a file), column, rule, then message, so output is
// byte-identical whatever order the files were processed in.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

// A problem with an input that stopped it from being checked (exit code 2).
struct InputError {
  InputError() = default;
  InputError(std::string p, std::string m) : path(std::move(p)), message(std::move(m)) {}
  InputError(std::string p, std::string m, std::uint32_t off, std::uint32_t l = 0,
             std::uint32_t c = 0)
      : path(std::move(p)), message(std::move(m)), offset(off), line(l), column(c) {}

  std::string path;
  std::string message;
  std::optional<std::uint32_t> offset; // byte offset, when the problem has a position
  std::uint32_t line = 0, column = 0;  // 1-based; 0 when unknown
};

} // namespace claimlint
