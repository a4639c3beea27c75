// One input draft: its bytes (read once, never copied again), line index and front matter.
//
// Everything downstream (blocks, sentences, tokens, claims, diagnostics) holds byte spans or
// string_views into `text()`, so a SourceFile must outlive every result computed from it.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "source/front_matter.hpp"
#include "source/line_index.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimlint {

enum class Dialect { plain, markdown };
std::string_view dialect_name(Dialect d);

class SourceFile {
public:
  // `bytes` must already be valid UTF-8 (see load_source).
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view text() const { return bytes_; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(bytes_.size()); }
  std::string_view slice(Span s) const {
    return std::string_view(bytes_).substr(s.begin, s.end - s.begin);
  }
  const LineIndex& lines() const { return lines_; }
  Position position(std::uint32_t offset) const { return lines_.position(offset); }

  bool has_bom() const { return content_begin_ == 3; }
  // Where the draft's body starts: after the BOM and the front matter block.
  std::uint32_t body_begin() const { return body_begin_; }
  const FrontMatter& front_matter() const { return front_matter_; }
  const std::vector<FrontMatterProblem>& front_matter_problems() const { return fm_problems_; }
  Dialect dialect() const { return dialect_; }
  void set_dialect(Dialect d) { dialect_ = d; }
  // The publication date from front matter, else the run's --as-of, else none.
  std::optional<Date> reference_date() const { return reference_date_; }
  void set_reference_date(std::optional<Date> d) { reference_date_ = d; }

private:
  std::string path_;
  std::string bytes_;
  LineIndex lines_;
  std::uint32_t content_begin_ = 0;
  std::uint32_t body_begin_ = 0;
  FrontMatter front_matter_;
  std::vector<FrontMatterProblem> fm_problems_;
  Dialect dialect_ = Dialect::plain;
  std::optional<Date> reference_date_;
};

struct LoadLimits {
  std::uint64_t max_bytes = 64ull << 20; // larger files are refused with a message
};

// Reads a file in one read, checks it is a text draft in UTF-8, and parses its front matter.
// `display_path` is what diagnostics print. On failure returns the InputError to report.
std::variant<std::unique_ptr<SourceFile>, InputError>
load_source_file(const std::string& fs_path, const std::string& display_path,
                 const LoadLimits& limits = {});

// Same checks for bytes already in memory (standard input, tests, the language server).
std::variant<std::unique_ptr<SourceFile>, InputError>
load_source_bytes(std::string bytes, const std::string& display_path,
                  const LoadLimits& limits = {});

// Dialect by extension (.md/.markdown are Markdown), with a sniff for other names: a file
// whose first heading-like line is an ATX heading ("# Title") is Markdown.
Dialect detect_dialect(std::string_view path, std::string_view body);

} // namespace claimlint
