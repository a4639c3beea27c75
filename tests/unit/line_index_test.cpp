#include "source/line_index.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace claimlint;

TEST_CASE("line index maps offsets to lines and three kinds of columns") {
  // "€" is 3 bytes / 1 code point / 1 UTF-16 unit; "😀" is 4 bytes / 1 code point / 2 units.
  std::string text = "ab\n€5 — x😀y\n\nlast";
  LineIndex li(text);
  CHECK(li.line_count() == 4);
  Position p = li.position(0);
  CHECK(p.line == 1);
  CHECK(p.column == 1);
  std::size_t y = text.find('y');
  p = li.position(static_cast<std::uint32_t>(y));
  CHECK(p.line == 2);
  CHECK(p.column == 8);       // €,5,space,—,space,x,😀 then y
  CHECK(p.column_utf8 == 15); // 3+1+1+3+1+1+4 bytes before y
  CHECK(p.column_utf16 == 9); // the emoji takes two units
  p = li.position(static_cast<std::uint32_t>(text.size()));
  CHECK(p.line == 4);
  CHECK(p.column == 5);
  CHECK(li.line_text(2) == "€5 — x😀y");
  CHECK(li.line_text(3) == "");
}

TEST_CASE("CRLF line ends are not part of the line, and offsets inside a character snap back") {
  std::string text = "one\r\ntwo€\r\n";
  LineIndex li(text);
  CHECK(li.line_text(1) == "one");
  CHECK(li.line_text(2) == "two€");
  Position p = li.position(static_cast<std::uint32_t>(text.find("€") + 1));
  CHECK(p.offset == text.find("€"));
  CHECK(p.column == 4);
}

TEST_CASE("UTF-16 columns from an editor map back to byte offsets") {
  std::string text = "x\n😀ab€c";
  LineIndex li(text);
  CHECK(li.offset_from_utf16(2, 0) == 2);
  CHECK(li.offset_from_utf16(2, 2) == 6); // after the emoji
  CHECK(li.offset_from_utf16(2, 4) == 8); // before €
  CHECK(li.offset_from_utf16(2, 99) == text.size());
}
