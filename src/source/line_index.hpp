// Byte offset <-> (line, column) mapping for one source buffer.
//
// Every span in claimlint is a byte range into the file's single buffer. People, editors and
// tools count columns differently, so a position carries all three: UTF-8 bytes (LSP "utf-8",
// clang), code points (what the text reporter prints) and UTF-16 code units (LSP's default,
// SARIF's utf16CodeUnits). Lines end at "\n"; a "\r" before it is not part of the line.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimlint {

struct Position {
  std::uint32_t offset = 0;       // byte offset in the buffer
  std::uint32_t line = 1;         // 1-based
  std::uint32_t column = 1;       // 1-based, in code points
  std::uint32_t column_utf8 = 1;  // 1-based, in bytes
  std::uint32_t column_utf16 = 1; // 1-based, in UTF-16 code units
};

class LineIndex {
public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  // `offset` may equal text.size() (the end of the file). Offsets inside a multi-byte
  // sequence are moved back to the sequence's first byte.
  Position position(std::uint32_t offset) const;
  std::uint32_t line_of(std::uint32_t offset) const; // 1-based
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }
  // The text of a 1-based line without its terminator ("\n" or "\r\n").
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_start(std::uint32_t line) const { return starts_[line - 1]; }
  // Byte offset for a 1-based line and 0-based UTF-16 column (what LSP clients send).
  std::uint32_t offset_from_utf16(std::uint32_t line, std::uint32_t utf16_column) const;

private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_{0};
  std::uint64_t id_ = 0; // tells this index apart for the per-thread column memo
};

} // namespace claimlint
