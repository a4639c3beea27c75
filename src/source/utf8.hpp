// UTF-8 validation and decoding.
//
// claimlint accepts UTF-8 only. Validation follows RFC 3629 strictly (no overlong forms, no
// encoded surrogates, nothing above U+10FFFF) so every later stage can decode without checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimlint {

struct Utf8Error {
  std::size_t offset = 0; // byte offset of the first byte of the invalid sequence
  std::string reason;     // e.g. "overlong encoding", "unexpected continuation byte"
};

std::optional<Utf8Error> validate_utf8(std::string_view bytes);

// Decodes the code point starting at `pos` in valid UTF-8 and advances `pos` past it.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (0x3F >> (len - 1));
  for (int i = 1; i < len && pos + i < s.size(); ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += len;
  return cp;
}

// Decodes the code point that ends just before `pos` and moves `pos` to its first byte.
inline char32_t prev_code_point(std::string_view s, std::size_t& pos) {
  std::size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t p = start;
  char32_t cp = next_code_point(s, p);
  pos = start;
  return cp;
}

inline std::size_t utf16_length(char32_t cp) {
  return cp >= 0x10000 ? 2 : 1;
}

void append_utf8(std::string& out, char32_t cp);

} // namespace claimlint
