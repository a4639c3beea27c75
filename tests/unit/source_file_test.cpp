#include "source/source_file.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <variant>

using namespace claimlint;

TEST_CASE("loading rejects binary and non-UTF-8 bytes with a precise message") {
  auto bin = load_source_bytes(std::string("ab\ncd\0ef", 8), "x.txt");
  REQUIRE(std::holds_alternative<InputError>(bin));
  const InputError& b = std::get<InputError>(bin);
  CHECK(b.message == "binary file (NUL byte at byte offset 5); not a text draft");
  CHECK(b.line == 2);
  CHECK(b.column == 3);

  auto bad = load_source_bytes("line one\nZelenskyy \xC3\x28 said", "y.txt");
  REQUIRE(std::holds_alternative<InputError>(bad));
  const InputError& e = std::get<InputError>(bad);
  CHECK(e.offset == 19u);
  CHECK(e.line == 2);
  CHECK(e.column == 11);
  CHECK(e.message == "invalid UTF-8 at byte offset 19 (line 2, column 11): truncated multi-byte "
                     "sequence (byte 0xC3); claimlint reads UTF-8 only");
}

TEST_CASE("loading enforces the size limit") {
  LoadLimits limits;
  limits.max_bytes = 10;
  auto r = load_source_bytes("01234567890", "big.txt", limits);
  REQUIRE(std::holds_alternative<InputError>(r));
  CHECK(std::get<InputError>(r).message ==
        "file is too large (11 bytes; the limit is 10 bytes, set with --max-file-size)");
}

TEST_CASE("loading a file: missing, directory, empty and normal") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "claimlint-source-test";
  fs::create_directories(dir);
  auto missing = load_source_file((dir / "nope.txt").string(), "nope.txt");
  REQUIRE(std::holds_alternative<InputError>(missing));
  CHECK(std::get<InputError>(missing).message == "cannot open file: No such file or directory");
  auto d = load_source_file(dir.string(), "dir");
  REQUIRE(std::holds_alternative<InputError>(d));
  CHECK(std::get<InputError>(d).message == "is a directory");
  { std::ofstream(dir / "empty.txt"); }
  auto empty = load_source_file((dir / "empty.txt").string(), "empty.txt");
  REQUIRE(std::holds_alternative<std::unique_ptr<SourceFile>>(empty));
  CHECK(std::get<std::unique_ptr<SourceFile>>(empty)->size() == 0);
  { std::ofstream(dir / "ok.md") << "# Title\n\nText.\n"; }
  auto ok = load_source_file((dir / "ok.md").string(), "ok.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<SourceFile>>(ok));
  CHECK(std::get<std::unique_ptr<SourceFile>>(ok)->text() == "# Title\n\nText.\n");
  fs::remove_all(dir);
}

TEST_CASE("dialect: extension first, then an ATX heading sniff") {
  CHECK(detect_dialect("a.md", "text") == Dialect::markdown);
  CHECK(detect_dialect("a.MARKDOWN", "text") == Dialect::markdown);
  CHECK(detect_dialect("a.txt", "Headline\nBody.") == Dialect::plain);
  CHECK(detect_dialect("a.txt", "\n\n# Headline\nBody.") == Dialect::markdown);
  CHECK(detect_dialect("<stdin>", "#hashtag first") == Dialect::plain);
}
