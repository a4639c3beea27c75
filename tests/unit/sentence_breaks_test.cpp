// find_sentence_breaks against ICU's sentence break iterator: the same boundaries on the rule
// cases below, on every draft in fixtures/ and, when ../shared is beside the checkout, on the
// whole news corpus.
#include "document/sentence_breaks.hpp"
#include "source/utf8.hpp"
#include "tests/reference/icu_sentence_breaks.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace claimlint;
using Breaks = std::vector<std::size_t>;

namespace {

Breaks ours(std::string_view text) {
  Breaks breaks;
  find_sentence_breaks(text, breaks);
  return breaks;
}

// Compares both on every file under `folder`; returns how many files were compared.
std::size_t compare_folder(const std::filesystem::path& folder) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (validate_utf8(text)) continue; // the fixtures of invalid input
    INFO(entry.path().string());
    CHECK(ours(text) == reference::icu_sentence_breaks(text));
    ++files;
  }
  return files;
}

} // namespace

TEST_CASE("the rule cases of UAX #29 give ICU's boundaries") {
  const char* cases[] = {
      "He left. She stayed.",               // SB11
      "It rose 3.5 percent.",               // SB6: ATerm × Numeric
      "The U.S.A. Team won. In the U.S",    // SB7: (Upper | Lower) ATerm × Upper
      "See e.g. the report. etc. and more", // SB8: a lower-case word follows
      "Costs (approx. 5 million) rose. 12 (i.e. twelve) went.",
      "It was good, etc., and fine; etc.: done. Really?! Yes!? No.", // SB8a
      "He said: \"Go.\" Then left. (It ended.) After.",              // SB9, SB10: Close* Sp*
      "“There is no betrayal there,” he stated. “It is peace.” Then he left!",
      "Line one.\nLine two\r\nLine three.\r\n\r\nAnd\rmore\xC2\x85"
      "after NEL",
      "Para\xE2\x80\xA8"
      "line\xE2\x80\xA9"
      "para. Next", // U+2028, U+2029
      "Ends.\xCC\x81 Next. Soft\xC2\xAD"
      "hyphen. Zero\xE2\x80\x8B"
      "width. End", // Extend, Format
      "Non\xC2\xA0"
      "breaking.\xC2\xA0Space. Tab.\tThen. Em\xE2\x80\x94"
      "dash. \xE2\x80\x94 x",
      "日本語の文。次の文。Ελληνικά; Ναι. Привет. Мир! שלום. עולם",
      "“Quote.” ‘Single.’ «Guillemets.» Next. ...and then. ... And",
      "\xCC\x81"
      "at start. \xCC\x81"
      "x. .5 percent. Mr. 5. A.B. c",
      "a.",
      ".",
      "",
      "?",
      "\n",
      "\r\n",
      " . . . ",
      "x.\xE2\x80\x8B\xCC\x81"
      "A",
  };
  for (const char* text : cases) {
    INFO(text);
    CHECK(ours(text) == reference::icu_sentence_breaks(text));
  }
}

TEST_CASE("every fixture draft gets ICU's sentence boundaries") {
  CHECK(compare_folder(std::filesystem::path(CLAIMLINT_SOURCE_DIR) / "fixtures") > 20);
}

TEST_CASE("the news corpus gets ICU's sentence boundaries") {
  auto corpus = std::filesystem::path(CLAIMLINT_SOURCE_DIR) / ".." / "shared" / "corpora" / "news";
  if (!std::filesystem::is_directory(corpus)) {
    MESSAGE("../shared/corpora/news is not beside the checkout; compared the fixtures only");
    return;
  }
  CHECK(compare_folder(corpus) >= 1990);
}
