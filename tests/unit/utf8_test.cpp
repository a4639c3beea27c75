#include "source/utf8.hpp"

#include <doctest/doctest.h>

using namespace claimlint;

TEST_CASE("valid UTF-8 passes, including 4-byte sequences and the BOM") {
  CHECK_FALSE(validate_utf8("plain ASCII text that is longer than eight bytes"));
  CHECK_FALSE(validate_utf8("\xEF\xBB\xBF€ — 😀 Zelenskyy Ortíz"));
  CHECK_FALSE(validate_utf8(""));
}

TEST_CASE("invalid UTF-8 is reported with the offset of the first bad sequence") {
  struct Case {
    std::string bytes;
    std::size_t offset;
    const char* reason;
  } cases[] = {
      {"abc\x80", 3, "unexpected continuation byte"},
      {"ab\xC0\xAF", 2, "overlong encoding"},            // overlong '/'
      {"\xE0\x80\xAF", 0, "overlong encoding"},          // overlong 3-byte
      {"x\xED\xA0\x80y", 1, "encoded UTF-16 surrogate"}, // lone surrogate U+D800
      {"\xF4\x90\x80\x80", 0, "code point above U+10FFFF"},
      {"12345678\xE2\x82", 8, "truncated multi-byte sequence at end of file"},
      {"\xE2\x28\xA1", 0, "truncated multi-byte sequence"},
      {"\xFF", 0, "byte 0xF5..0xFF never appears in UTF-8"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    auto err = validate_utf8(c.bytes);
    REQUIRE(err);
    CHECK(err->offset == c.offset);
    CHECK(err->reason == c.reason);
  }
}

TEST_CASE("code points decode forwards and backwards") {
  std::string_view s = "a€😀";
  std::size_t p = 0;
  CHECK(next_code_point(s, p) == U'a');
  CHECK(next_code_point(s, p) == U'€');
  CHECK(next_code_point(s, p) == U'😀');
  CHECK(p == s.size());
  CHECK(prev_code_point(s, p) == U'😀');
  CHECK(p == 4);
  std::string out;
  append_utf8(out, U'😀');
  append_utf8(out, U'€');
  CHECK(out == "😀€");
}
