// find_byte_of: the SIMD blocks and the tail loop give the first match, wherever it falls.
#include "util/byte_scan.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace claimlint;

TEST_CASE("find_byte_of finds the first byte of the set at every position") {
  for (std::size_t length = 0; length < 70; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string s(length, 'a');
      s[at] = '"';
      if (at + 3 < length) s[at + 3] = '\xE2'; // a later match must not win
      INFO("length ", length, ", at ", at);
      CHECK(find_byte_of<'"', 0xE2>(s, 0) == at);
      CHECK(find_byte_of<'"', 0xE2>(s, at) == at);
      CHECK(find_byte_of<'"'>(s, at + 1) == std::string::npos);
    }
    CHECK(find_byte_of<'.', ','>(std::string(length, 'x'), 0) == std::string::npos);
  }
}

TEST_CASE("find_byte_of starts at `from` and accepts every byte value") {
  std::string s = "a.b,c\xE2\x80\x9C"
                  "d.";
  CHECK(find_byte_of<'.', ','>(s, 0) == 1);
  CHECK(find_byte_of<'.', ','>(s, 2) == 3);
  CHECK(find_byte_of<'.', ','>(s, 4) == 9);
  CHECK(find_byte_of<0xE2>(s, 0) == 5);
  CHECK(find_byte_of<'.'>(s, s.size()) == std::string::npos);
  CHECK(find_byte_of<'.'>(s, s.size() + 5) == std::string::npos);
}

TEST_CASE("find_byte_in also finds every byte from its floor up, in blocks and in the tail") {
  for (std::size_t length = 1; length < 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string s(length, 'a');
      s[at] = '\xE2';
      INFO("length ", length, ", at ", at);
      CHECK(find_byte_in<0xC0, '.'>(s, 0) == at);
      CHECK(find_byte_in<0xE3, '.'>(s, 0) == std::string::npos); // 0xE2 is below that floor
      s[at] = '.';
      CHECK(find_byte_in<0xC0, '.'>(s, 0) == at);
    }
  }
}
