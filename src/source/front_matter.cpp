// yaml-cpp parses the block; its marks are 0-based and relative to the block body, so they are
// mapped back to byte offsets in the file before they become diagnostics.
#include "source/front_matter.hpp"

#include "source/utf8.hpp"

#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include <cctype>

namespace claimlint {

namespace {

// Returns the end of the line starting at `p` (the offset of its '\n' or text.size()).
std::size_t line_end(std::string_view text, std::size_t p) {
  std::size_t nl = text.find('\n', p);
  return nl == std::string_view::npos ? text.size() : nl;
}

bool is_fence(std::string_view line, std::string_view fence) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

// Byte offset of a 0-based (line, column) inside `body`, columns counted in code points.
std::size_t offset_in(std::string_view body, int line, int column) {
  std::size_t p = 0;
  for (int l = 0; l < line && p < body.size(); ++l) p = line_end(body, p) + 1;
  for (int c = 0; c < column && p < body.size() && body[p] != '\n'; ++c) {
    ++p;
    while (p < body.size() && (static_cast<unsigned char>(body[p]) & 0xC0) == 0x80) ++p;
  }
  return std::min(p, body.size());
}

// The fields of a block that is nothing but "key: plain value" lines (and blank or comment
// lines), with plain or simply quoted values, which is what nearly every draft's front matter
// is. yaml-cpp costs about half a
// million instructions per block; this reader a few hundred. Anything else (quotes, flow or
// block collections, anchors, tags, escapes, multi-line or empty values, "~", tabs, a repeated
// key)
// returns nullopt and goes to yaml-cpp, so every value this returns is the same scalar
// yaml-cpp would give, and every error message still comes from yaml-cpp.
struct SimpleField {
  std::string_view key, value;
  std::size_t at; // offset in the body where the value (with its quote) starts
};
std::optional<std::vector<SimpleField>> read_simple_mapping(std::string_view body) {
  // Control characters and invalid UTF-8 are yaml-cpp's to judge (a NUL ends its input).
  for (char c : body)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r') || c == 0x7F)
      return std::nullopt;
  if (validate_utf8(body)) return std::nullopt;
  std::vector<SimpleField> fields;
  std::size_t p = 0;
  while (p < body.size()) {
    std::size_t e = line_end(body, p);
    std::string_view line = body.substr(p, e - p);
    p = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find('\t') != std::string_view::npos) return std::nullopt;
    std::size_t lead = line.find_first_not_of(' ');
    if (lead == std::string_view::npos || line[lead] == '#') {
      if (lead != std::string_view::npos && lead > 0) return std::nullopt;
      continue;
    }
    if (lead != 0) return std::nullopt; // an indented line continues a value or a collection
    std::size_t k = 0;
    while (k < line.size() && (std::isalnum(static_cast<unsigned char>(line[k])) ||
                               line[k] == '_' || (k > 0 && line[k] == '-')))
      ++k;
    if (k == 0 || k + 1 >= line.size() || line[k] != ':' || line[k + 1] != ' ') return std::nullopt;
    std::string_view key = line.substr(0, k);
    std::string_view value = line.substr(k + 2);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    if (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL")
      return std::nullopt;
    // A quoted value without escapes or inner quotes: "The New York Times", 'Wire'.
    if (value.front() == '"' || value.front() == '\'') {
      const char q = value.front();
      if (value.size() < 2 || value.back() != q) return std::nullopt;
      std::string_view inner = value.substr(1, value.size() - 2);
      if (inner.find(q) != std::string_view::npos || inner.find('\\') != std::string_view::npos)
        return std::nullopt;
      for (const auto& f : fields)
        if (f.key == key) return std::nullopt;
      fields.push_back({key, inner, static_cast<std::size_t>(value.data() - body.data())});
      continue;
    }
    if (std::string_view("[]{}&*!|>'\"%@`#,?:-").find(value.front()) != std::string_view::npos)
      return std::nullopt;
    if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos ||
        value.back() == ':')
      return std::nullopt;
    for (const auto& f : fields)
      if (f.key == key) return std::nullopt;
    fields.push_back({key, value, static_cast<std::size_t>(value.data() - body.data())});
  }
  return fields;
}

} // namespace

FrontMatter parse_front_matter(std::string_view text, std::uint32_t base,
                               std::vector<FrontMatterProblem>& problems, bool simple_reader) {
  FrontMatter fm;
  std::size_t first_end = line_end(text, 0);
  if (!is_fence(text.substr(0, first_end), "---")) return fm;
  std::size_t body_begin = std::min(first_end + 1, text.size());
  std::size_t p = body_begin;
  std::size_t body_end = std::string_view::npos, block_end = 0;
  while (p < text.size()) {
    std::size_t e = line_end(text, p);
    std::string_view line = text.substr(p, e - p);
    if (is_fence(line, "---") || is_fence(line, "...")) {
      body_end = p;
      block_end = std::min(e + 1, text.size());
      break;
    }
    p = e + 1;
  }
  if (body_end == std::string_view::npos) {
    // An opening "---" with no closing fence is most likely a thematic break or a draft that
    // starts with a rule line; treat it as text, but say so if it looked like YAML.
    std::string_view next = text.substr(body_begin, line_end(text, body_begin) - body_begin);
    if (next.find(": ") != std::string_view::npos)
      problems.push_back({{base, base + static_cast<std::uint32_t>(first_end)},
                          "front matter is not closed: expected a line '---' or '...'"});
    return fm;
  }
  fm.present = true;
  fm.block = {base, base + static_cast<std::uint32_t>(block_end)};
  fm.body = {base + static_cast<std::uint32_t>(body_begin),
             base + static_cast<std::uint32_t>(body_end)};
  std::string_view body = text.substr(body_begin, body_end - body_begin);
  auto at = [&](const YAML::Mark& m) {
    auto off = fm.body.begin + static_cast<std::uint32_t>(
                                   offset_in(body, std::max(m.line, 0), std::max(m.column, 0)));
    return Span{off, std::min(off + 1, fm.body.end)};
  };
  if (simple_reader)
    if (auto fields = read_simple_mapping(body)) {
      for (const auto& [key, value, value_at] : *fields) {
        if (key == "title") fm.title = value;
        if (key == "source") fm.source = value;
        if (key == "author") fm.author = value;
        if (key == "story") fm.story = value;
        if (key == "date") {
          if (std::optional<Date> parsed = parse_iso_date(value))
            fm.date = parsed;
          else
            problems.push_back(
                {Span{fm.body.begin + static_cast<std::uint32_t>(value_at),
                      fm.body.begin + static_cast<std::uint32_t>(value_at) + 1},
                 fmt::format("front matter 'date' must be a date as YYYY-MM-DD, not '{}'", value)});
        }
      }
      return fm;
    }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(body));
  } catch (const YAML::Exception& e) {
    problems.push_back({at(e.mark), fmt::format("invalid YAML in front matter: {}", e.msg)});
    return fm;
  }
  if (!root || root.IsNull()) return fm;
  if (!root.IsMap()) {
    problems.push_back({at(root.Mark()), "front matter must be a mapping of keys to values"});
    return fm;
  }
  auto text_field = [&](const char* key, std::string& out) {
    YAML::Node n = root[key];
    if (!n) return;
    if (!n.IsScalar()) {
      problems.push_back({at(n.Mark()), fmt::format("front matter '{}' must be text", key)});
      return;
    }
    out = n.Scalar();
  };
  text_field("title", fm.title);
  text_field("source", fm.source);
  text_field("author", fm.author);
  text_field("story", fm.story);
  if (YAML::Node d = root["date"]) {
    std::optional<Date> parsed = d.IsScalar() ? parse_iso_date(d.Scalar()) : std::nullopt;
    if (parsed)
      fm.date = parsed;
    else
      problems.push_back(
          {at(d.Mark()), fmt::format("front matter 'date' must be a date as YYYY-MM-DD, not '{}'",
                                     d.IsScalar() ? d.Scalar() : std::string("(not text)"))});
  }
  return fm;
}

} // namespace claimlint
