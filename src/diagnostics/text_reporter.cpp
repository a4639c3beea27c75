// Compiler-style text output: "path:line:col: severity: message [rule]", an excerpt of the line
// with a caret and tildes under the span, notes for related spans with their own excerpts, a
// fix hint when a certain fix exists, and a summary line.
//
// News paragraphs are often one long line, so the excerpt is a window of the line around the
// span (marked with "..." where cut) rather than the whole line. Columns in the header count
// code points; the underline is aligned by display width (wide East Asian characters take two
// cells, combining marks none), and tabs are shown as single spaces.
#include "diagnostics/reporter.hpp"

#include "source/source_file.hpp"
#include "source/utf8.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unicode/uchar.h>

namespace claimlint {

namespace {

// A fix's text on one line: a line break shows as "\n".
std::string one_line(std::string_view t) {
  std::string out;
  for (char c : t) {
    if (c == '\n')
      out += "\\n";
    else if (c != '\r')
      out += c;
  }
  return out;
}

constexpr std::size_t kContext = 50; // code points shown on each side of the span

struct Style {
  bool on;
  std::string_view bold() const { return on ? "\x1b[1m" : ""; }
  std::string_view reset() const { return on ? "\x1b[0m" : ""; }
  std::string_view green() const { return on ? "\x1b[1;32m" : ""; }
  std::string_view dim() const { return on ? "\x1b[2m" : ""; }
  std::string_view severity(std::string_view s) const {
    if (!on) return "";
    if (s == "error") return "\x1b[1;31m";
    if (s == "warning") return "\x1b[1;35m";
    return "\x1b[1;36m";
  }
};

int display_width(char32_t c) {
  auto t = u_charType(static_cast<UChar32>(c));
  if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_FORMAT_CHAR) return 0;
  auto w = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

void append_excerpt(std::string& out, const SourceFile& file, Span span, const Style& st,
                    const Fix* fix) {
  const LineIndex& li = file.lines();
  Position start = li.position(span.begin);
  std::string_view line = li.line_text(start.line);
  std::uint32_t line_begin = li.line_start(start.line);
  std::size_t rel_begin = span.begin - line_begin;
  std::size_t rel_end = std::min<std::size_t>(span.end - line_begin, line.size());
  if (rel_end < rel_begin) rel_end = rel_begin;
  // Window start: kContext code points before the span.
  std::size_t wb = rel_begin;
  for (std::size_t n = 0; n < kContext && wb > 0; ++n) prev_code_point(line, wb);
  std::size_t we = rel_end;
  for (std::size_t n = 0; n < kContext && we < line.size(); ++n) next_code_point(line, we);
  std::string text, marks;
  if (wb > 0) {
    text += "...";
    marks += "   ";
  }
  std::size_t p = wb;
  bool caret_done = false;
  while (p < we) {
    std::size_t cp_start = p;
    char32_t c = next_code_point(line, p);
    int w = c == '\t' ? 1 : display_width(c);
    if (c == '\t')
      text += ' ';
    else
      text.append(line.substr(cp_start, p - cp_start));
    char m = ' ';
    bool at_empty_span = rel_begin == rel_end && cp_start == rel_begin;
    if ((cp_start >= rel_begin && cp_start < rel_end) || at_empty_span) {
      m = caret_done ? '~' : '^';
      caret_done = true;
    }
    marks.append(static_cast<std::size_t>(w), m);
    if (w == 2 && m == '^') marks.back() = at_empty_span ? ' ' : '~';
  }
  if (!caret_done) marks += '^'; // an empty span at the end of the line
  if (we < line.size()) text += "...";
  while (!marks.empty() && marks.back() == ' ') marks.pop_back();
  std::string gutter = fmt::format("{:>5}", start.line);
  out += fmt::format(" {} | {}\n", gutter, text);
  out += fmt::format(" {:5} | {}{}{}\n", "", st.green(), marks, st.reset());
  if (fix) {
    std::string_view old = file.slice(fix->span);
    if (old.empty())
      out += fmt::format(" {:5} | {}fix: insert \"{}\"{}\n", "", st.green(),
                         one_line(fix->replacement), st.reset());
    else if (fix->replacement.empty() && old.find('\n') != std::string_view::npos)
      out += fmt::format(" {:5} | {}fix: delete {} line(s){}\n", "", st.green(),
                         std::count(old.begin(), old.end(), '\n'), st.reset());
    else
      out += fmt::format(" {:5} | {}fix: replace \"{}\" with \"{}\"{}\n", "", st.green(),
                         one_line(old), one_line(fix->replacement), st.reset());
  }
}

std::string location(const SourceFile& f, std::uint32_t offset) {
  Position p = f.position(offset);
  return fmt::format("{}:{}:{}", f.path(), p.line, p.column);
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

} // namespace

std::string render_text(const RunResult& run, const TextReportOptions& options) {
  Style st{options.color};
  std::string out;
  std::size_t counts[3] = {0, 0, 0};
  std::vector<std::string_view> files_with;
  for (const Diagnostic& d : run.diagnostics) {
    ++counts[static_cast<int>(d.severity)];
    if (d.file && (files_with.empty() || files_with.back() != d.file->path()))
      files_with.push_back(d.file->path());
    std::string_view sev = severity_name(d.severity);
    out += fmt::format("{}{}: {}{}:{} {}{} {}[{}]{}\n", st.bold(), location(*d.file, d.span.begin),
                       st.severity(sev), sev, st.reset(), st.bold(), d.message, st.dim(), d.rule,
                       st.reset());
    append_excerpt(out, *d.file, d.span, st, d.fix ? &*d.fix : nullptr);
    for (const RelatedLocation& r : d.related) {
      out += fmt::format("{}{}: {}note:{} {}\n", st.bold(), location(*r.file, r.span.begin),
                         st.severity("note"), st.reset(), r.message);
      append_excerpt(out, *r.file, r.span, st, nullptr);
    }
    if (!d.story.empty())
      out += fmt::format("{}note:{} {}\n", st.severity("note"), st.reset(), story_note(d));
  }
  if (!options.summary) return out;
  std::size_t total = run.diagnostics.size();
  std::size_t checked = run.files.size();
  if (total == 0) {
    out += fmt::format("No problems found in {}.", plural(checked, "file"));
  } else {
    std::vector<std::string> parts;
    if (counts[2]) parts.push_back(plural(counts[2], "error"));
    if (counts[1]) parts.push_back(plural(counts[1], "warning"));
    if (counts[0]) parts.push_back(plural(counts[0], "info"));
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i)
      joined += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    out += fmt::format("{} in {} of {}.", joined, files_with.size(), plural(checked, "file"));
  }
  if (!run.input_errors.empty())
    out += fmt::format(" {} could not be checked.", plural(run.input_errors.size(), "input"));
  out += '\n';
  return out;
}

} // namespace claimlint
