// Strict UTF-8 validation (RFC 3629, Unicode table 3-7 of well-formed byte sequences).
#include "source/utf8.hpp"

namespace claimlint {

std::optional<Utf8Error> validate_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t chunk;
      __builtin_memcpy(&chunk, p + i, 8);
      if (chunk & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    auto fail = [&](const char* why) { return Utf8Error{i, why}; };
    if (b < 0xC2)
      return b < 0xC0 ? fail("unexpected continuation byte") : fail("overlong encoding");
    int len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
    if (len == 0) return fail("byte 0xF5..0xFF never appears in UTF-8");
    if (i + len > n) return fail("truncated multi-byte sequence at end of file");
    unsigned char lo = 0x80, hi = 0xBF;
    if (b == 0xE0)
      lo = 0xA0;
    else if (b == 0xED)
      hi = 0x9F;
    else if (b == 0xF0)
      lo = 0x90;
    else if (b == 0xF4)
      hi = 0x8F;
    unsigned char b1 = p[i + 1];
    if (b1 < lo || b1 > hi) {
      if ((b1 & 0xC0) != 0x80) return fail("truncated multi-byte sequence");
      if (b == 0xED) return fail("encoded UTF-16 surrogate");
      if (b == 0xF4) return fail("code point above U+10FFFF");
      return fail("overlong encoding");
    }
    for (int k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return fail("truncated multi-byte sequence");
    i += len;
  }
  return std::nullopt;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

} // namespace claimlint
