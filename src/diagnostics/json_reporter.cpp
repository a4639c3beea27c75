// JSON output, schema version 1 (docs/json-output.md, docs/json-output.schema.json).
// One diagnostic per line inside the "diagnostics" array keeps diffs of saved output readable.
#include "diagnostics/reporter.hpp"

#include "source/source_file.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

namespace claimlint {

namespace {

void append_position(std::string& out, const Position& p) {
  out += fmt::format(R"({{"offset":{},"line":{},"column":{},"column_utf8":{},"column_utf16":{}}})",
                     p.offset, p.line, p.column, p.column_utf8, p.column_utf16);
}

void append_range(std::string& out, const SourceFile& f, Span s) {
  out += R"({"start":)";
  append_position(out, f.position(s.begin));
  out += R"(,"end":)";
  append_position(out, f.position(s.end));
  out += '}';
}

} // namespace

std::string render_json(const RunResult& run) {
  std::string out;
  out +=
      fmt::format("{{\n\"version\":{},\n\"tool\":{{\"name\":\"claimlint\",\"version\":\"{}\"}},\n",
                  kJsonSchemaVersion, CLAIMLINT_VERSION);
  out += "\"files\":[";
  for (std::size_t i = 0; i < run.files.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, run.files[i]);
  }
  out += "],\n\"diagnostics\":[";
  std::size_t counts[3] = {0, 0, 0};
  for (std::size_t i = 0; i < run.diagnostics.size(); ++i) {
    const Diagnostic& d = run.diagnostics[i];
    ++counts[static_cast<int>(d.severity)];
    out += i ? ",\n" : "\n";
    out += R"({"rule":)";
    append_json_string(out, d.rule);
    out += fmt::format(R"(,"severity":"{}","message":)", severity_name(d.severity));
    append_json_string(out, d.message);
    out += R"(,"file":)";
    append_json_string(out, d.file->path());
    out += R"(,"range":)";
    append_range(out, *d.file, d.span);
    out += R"(,"related":[)";
    for (std::size_t k = 0; k < d.related.size(); ++k) {
      const RelatedLocation& r = d.related[k];
      if (k) out += ',';
      out += R"({"file":)";
      append_json_string(out, r.file->path());
      out += R"(,"range":)";
      append_range(out, *r.file, r.span);
      out += R"(,"message":)";
      append_json_string(out, r.message);
      out += '}';
    }
    out += ']';
    if (!d.story.empty()) {
      out += R"(,"story":)";
      append_json_string(out, d.story);
    }
    if (d.fix) {
      out += R"(,"fix":{"range":)";
      append_range(out, *d.file, d.fix->span);
      out += R"(,"replacement":)";
      append_json_string(out, d.fix->replacement);
      out += '}';
    }
    out += '}';
  }
  out += run.diagnostics.empty() ? "],\n" : "\n],\n";
  out += "\"input_errors\":[";
  for (std::size_t i = 0; i < run.input_errors.size(); ++i) {
    const InputError& e = run.input_errors[i];
    out += i ? ",\n" : "\n";
    out += R"({"file":)";
    append_json_string(out, e.path);
    out += R"(,"message":)";
    append_json_string(out, e.message);
    if (e.offset)
      out += fmt::format(R"(,"offset":{},"line":{},"column":{})", *e.offset, e.line, e.column);
    out += '}';
  }
  out += run.input_errors.empty() ? "],\n" : "\n],\n";
  out += fmt::format(
      "\"summary\":{{\"files\":{},\"diagnostics\":{},\"errors\":{},\"warnings\":{},\"infos\":{},"
      "\"input_errors\":{}}}\n}}\n",
      run.files.size(), run.diagnostics.size(), counts[2], counts[1], counts[0],
      run.input_errors.size());
  return out;
}

} // namespace claimlint
