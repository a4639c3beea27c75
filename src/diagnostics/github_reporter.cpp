// GitHub Actions output: one workflow command per finding, which the runner turns into an
// annotation on the pull request's changed lines.
//
// The syntax is `::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`. The
// message (the "data") escapes %, CR and LF; property values additionally escape ':' and ','
// because those delimit the properties. Columns are code points, as GitHub shows them. Notes
// at related statements go into the message on lines of their own, since an annotation has one
// location.
#include "diagnostics/reporter.hpp"

#include "source/source_file.hpp"

#include <fmt/format.h>

namespace claimlint {

namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string_view command_for(Severity s) {
  switch (s) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    return "notice";
  }
  return "warning";
}

} // namespace

std::string render_github(const RunResult& run) {
  std::string out;
  for (const Diagnostic& d : run.diagnostics) {
    const SourceFile& f = *d.file;
    Position a = f.position(d.span.begin), b = f.position(d.span.end);
    std::string message = d.message;
    for (const RelatedLocation& r : d.related) {
      Position p = r.file->position(r.span.begin);
      message += fmt::format("\n{}:{}:{}: note: {}", r.file->path(), p.line, p.column, r.message);
    }
    if (!d.story.empty()) message += "\nnote: " + story_note(d);
    if (d.fix) {
      std::string_view old = f.slice(d.fix->span);
      message += old.empty()
                     ? fmt::format("\nfix: insert \"{}\"", d.fix->replacement)
                     : fmt::format("\nfix: replace \"{}\" with \"{}\"", old, d.fix->replacement);
    }
    out += fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                       command_for(d.severity), escape_property(f.path()), a.line, a.column, b.line,
                       b.column, escape_property(d.rule), escape_data(message));
  }
  for (const InputError& e : run.input_errors) {
    std::string where = escape_property(e.path);
    if (e.line > 0) where += fmt::format(",line={},col={}", e.line, e.column);
    out += fmt::format("::error file={},title=input::{}\n", where, escape_data(e.message));
  }
  // GitHub shows ten annotations of each kind per step and drops the rest silently: say how
  // many there are, so a reader knows to open the log or the SARIF upload.
  std::size_t kinds[3] = {0, 0, 0}; // notice, warning, error
  for (const Diagnostic& d : run.diagnostics)
    ++kinds[d.severity == Severity::error ? 2 : d.severity == Severity::warning ? 1 : 0];
  kinds[2] += run.input_errors.size();
  constexpr std::size_t kShown = 10;
  if (kinds[0] > kShown || kinds[1] > kShown || kinds[2] > kShown)
    out += fmt::format("::notice title=claimlint summary::{} errors, {} warnings and {} notices in "
                       "all; GitHub shows ten of each kind per step, so the full list is in this "
                       "step's log (or upload --format sarif for code scanning)\n",
                       kinds[2], kinds[1], kinds[0]);
  return out;
}

} // namespace claimlint
