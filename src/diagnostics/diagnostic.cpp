#include "diagnostics/diagnostic.hpp"

#include "source/source_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace claimlint {

std::string_view severity_name(Severity s) {
  switch (s) {
  case Severity::info:
    return "info";
  case Severity::warning:
    return "warning";
  case Severity::error:
    return "error";
  }
  return "warning";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "info") return Severity::info;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

std::string story_note(const Diagnostic& d) {
  std::string drafts = fmt::format("{} draft{}", d.story_drafts, d.story_drafts == 1 ? "" : "s");
  if (d.story.starts_with('#'))
    return fmt::format("story {}, grouped automatically ({}; `claimlint stories` shows why)",
                       d.story, drafts);
  return fmt::format("story '{}' ({})", d.story, drafts);
}

void sort_diagnostics(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    std::string_view pa = a.file ? std::string_view(a.file->path()) : std::string_view();
    std::string_view pb = b.file ? std::string_view(b.file->path()) : std::string_view();
    return std::tie(pa, a.span.begin, a.rule, a.message, a.span.end) <
           std::tie(pb, b.span.begin, b.rule, b.message, b.span.end);
  });
}

} // namespace claimlint
