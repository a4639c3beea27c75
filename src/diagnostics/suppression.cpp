#include "diagnostics/suppression.hpp"

#include "source/source_file.hpp"
#include "util/glob.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace claimlint {

namespace {

constexpr std::string_view kPrefix = "claimlint-";

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

struct Word {
  std::string_view text;
  std::uint32_t offset;
};

// Splits on whitespace and commas, keeping each word's byte offset.
std::vector<Word> words(std::string_view s, std::uint32_t base) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
    std::size_t b = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != ',') ++i;
    if (i > b) out.push_back({s.substr(b, i - b), base + static_cast<std::uint32_t>(b)});
  }
  return out;
}

} // namespace

Suppressions Suppressions::read(const SourceFile& file,
                                const std::function<bool(std::string_view)>& is_known,
                                std::vector<Diagnostic>& problems) {
  Suppressions out;
  std::string_view text = file.text();
  const LineIndex& li = file.lines();
  auto line_span = [&](std::uint32_t line) -> std::pair<std::uint32_t, std::uint32_t> {
    if (line < 1 || line > li.line_count()) return {file.size(), file.size()};
    std::uint32_t b = li.line_start(line);
    return {b, b + static_cast<std::uint32_t>(li.line_text(line).size()) + 1};
  };
  auto problem = [&](std::uint32_t b, std::uint32_t e, std::string message) {
    Diagnostic d;
    d.rule = "input/directive";
    d.severity = Severity::warning;
    d.message = std::move(message);
    d.file = &file;
    d.span = {b, e};
    problems.push_back(std::move(d));
  };
  struct Open {
    std::string pattern;
    std::uint32_t begin;
  };
  std::vector<Open> open;
  std::size_t pos = 0;
  while ((pos = text.find("<!--", pos)) != std::string_view::npos) {
    std::size_t close = text.find("-->", pos + 4);
    if (close == std::string_view::npos) break;
    std::uint32_t comment_begin = static_cast<std::uint32_t>(pos);
    std::uint32_t comment_end = static_cast<std::uint32_t>(close + 3);
    std::string_view body = text.substr(pos + 4, close - pos - 4);
    std::uint32_t body_base = static_cast<std::uint32_t>(pos + 4);
    pos = close + 3;
    std::vector<Word> ws = words(body, body_base);
    if (ws.empty() || !ws[0].text.starts_with(kPrefix)) continue;
    std::string_view directive = ws[0].text.substr(kPrefix.size());
    std::vector<std::string> patterns;
    for (std::size_t k = 1; k < ws.size(); ++k) {
      if (!is_known(ws[k].text)) {
        problem(ws[k].offset, ws[k].offset + static_cast<std::uint32_t>(ws[k].text.size()),
                fmt::format("unknown rule '{}' in claimlint-{} (see `claimlint rules`)", ws[k].text,
                            directive));
        continue;
      }
      patterns.emplace_back(ws[k].text);
    }
    bool all = ws.size() == 1;
    if (all) patterns.emplace_back("*");
    auto add_all = [&](std::uint32_t b, std::uint32_t e) {
      for (const std::string& p : patterns) out.ranges_.push_back({b, e, p});
    };
    if (directive == "disable-next-line") {
      auto [b, e] = line_span(li.line_of(comment_end) + 1);
      add_all(b, e);
    } else if (directive == "disable-line") {
      auto [b, e] = line_span(li.line_of(comment_begin));
      add_all(b, e);
    } else if (directive == "disable-file") {
      add_all(0, file.size() + 1);
    } else if (directive == "disable") {
      for (const std::string& p : patterns) open.push_back({p, comment_end});
    } else if (directive == "enable") {
      for (auto it = open.begin(); it != open.end();) {
        bool closes =
            all || std::find(patterns.begin(), patterns.end(), it->pattern) != patterns.end();
        if (closes) {
          out.ranges_.push_back({it->begin, comment_begin, it->pattern});
          it = open.erase(it);
        } else {
          ++it;
        }
      }
    } else {
      problem(ws[0].offset, ws[0].offset + static_cast<std::uint32_t>(ws[0].text.size()),
              fmt::format("unknown directive '{}' (known: claimlint-disable, claimlint-enable, "
                          "claimlint-disable-line, claimlint-disable-next-line, "
                          "claimlint-disable-file)",
                          ws[0].text));
    }
  }
  for (const Open& o : open) out.ranges_.push_back({o.begin, file.size() + 1, o.pattern});
  return out;
}

bool Suppressions::suppresses(std::string_view rule, std::uint32_t offset) const {
  for (const Range& r : ranges_)
    if (offset >= r.begin && offset < r.end && rule_pattern_matches(r.pattern, rule)) return true;
  return false;
}

std::size_t
apply_suppressions(std::vector<Diagnostic>& diagnostics,
                   const std::function<const Suppressions*(const SourceFile*)>& suppressions_of) {
  std::size_t before = diagnostics.size();
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    // A directive cannot switch off the report of a broken directive.
    if (d.rule == "input/directive") return false;
    const Suppressions* s = suppressions_of(d.file);
    return s && s->suppresses(d.rule, d.span.begin);
  });
  return before - diagnostics.size();
}

} // namespace claimlint
