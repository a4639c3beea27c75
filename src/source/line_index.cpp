// Line starts are found once with memchr; columns are counted on demand from the line start,
// since only diagnostics (few) need them. Reporters ask for positions in file order, so each
// thread remembers its last answer and continues counting from there on the same line: a draft
// that is one 100 MB line with thousands of findings costs one pass, not one per finding.
#include "source/line_index.hpp"

#include "source/utf8.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace claimlint {

namespace {

std::atomic<std::uint64_t> next_index_id{1};

struct ColumnMemo {
  std::uint64_t index = 0; // LineIndex id; 0 = empty
  std::uint32_t line = 0, offset = 0, cps = 0, units = 0;
};
thread_local ColumnMemo memo;

} // namespace

LineIndex::LineIndex(std::string_view text) : text_(text), id_(next_index_id++) {
  starts_.reserve(text.size() / 64 + 1);
  const char* base = text.data();
  const char* end = base + text.size();
  for (const char* p = base; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (!nl) break;
    p = static_cast<const char*>(nl) + 1;
    starts_.push_back(static_cast<std::uint32_t>(p - base));
  }
}

std::uint32_t LineIndex::line_of(std::uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::uint32_t>(it - starts_.begin());
}

Position LineIndex::position(std::uint32_t offset) const {
  if (offset > text_.size()) offset = static_cast<std::uint32_t>(text_.size());
  while (offset > 0 && offset < text_.size() &&
         (static_cast<unsigned char>(text_[offset]) & 0xC0) == 0x80)
    --offset;
  Position pos;
  pos.offset = offset;
  pos.line = line_of(offset);
  std::size_t p = starts_[pos.line - 1];
  pos.column_utf8 = static_cast<std::uint32_t>(offset - p + 1);
  std::uint32_t cps = 0, units = 0;
  if (memo.index == id_ && memo.line == pos.line && memo.offset <= offset) {
    p = memo.offset;
    cps = memo.cps;
    units = memo.units;
  }
  while (p < offset) {
    char32_t cp = next_code_point(text_, p);
    ++cps;
    units += static_cast<std::uint32_t>(utf16_length(cp));
  }
  memo = {id_, pos.line, offset, cps, units};
  pos.column = cps + 1;
  pos.column_utf16 = units + 1;
  return pos;
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  std::size_t begin = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r' && line < starts_.size())
    --end;
  else if (line == starts_.size() && end > begin && text_[end - 1] == '\r')
    --end;
  return text_.substr(begin, end - begin);
}

std::uint32_t LineIndex::offset_from_utf16(std::uint32_t line, std::uint32_t utf16_column) const {
  if (line == 0) line = 1;
  if (line > starts_.size()) return static_cast<std::uint32_t>(text_.size());
  std::string_view lt = line_text(line);
  std::size_t p = 0;
  std::uint32_t units = 0;
  while (p < lt.size() && units < utf16_column) {
    char32_t cp = next_code_point(lt, p);
    units += static_cast<std::uint32_t>(utf16_length(cp));
  }
  return starts_[line - 1] + static_cast<std::uint32_t>(p);
}

} // namespace claimlint
