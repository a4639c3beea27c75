// --fix and --fix-dry-run (src/cli/fix.hpp): plans without overlaps, the atomic replacement that
// never overwrites a file changed since it was read, and the unified diff.
#include "cli/fix.hpp"

#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace claimlint;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string temp_path(const char* name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

} // namespace

TEST_CASE("fix: overlapping fixes wait for the next pass") {
  SourceFile f("d.txt", "abcdef");
  std::vector<Diagnostic> ds(3);
  ds[0].rule = "r/one", ds[0].file = &f, ds[0].fix = Fix{{1, 3}, "X"};
  ds[1].rule = "r/two", ds[1].file = &f, ds[1].fix = Fix{{2, 4}, "Y"}; // overlaps the first
  ds[2].rule = "r/one", ds[2].file = &f, ds[2].fix = Fix{{5, 5}, "!"}; // an insertion
  auto plans = plan_fixes(ds, nullptr);
  REQUIRE(plans.size() == 1);
  const FilePlan& plan = plans.at("d.txt");
  CHECK(plan.fixes.size() == 2);
  CHECK(plan.overlapping == 1);
  CHECK(apply_plan(f.text(), plan) == "aXde!f");
  CHECK(describe_fixes(plan) == "r/one x2");
  std::string stdin_name = "d.txt";
  CHECK(plan_fixes(ds, &stdin_name).empty());
}

TEST_CASE("fix: a file is replaced only when it still holds what was read") {
  std::string path = temp_path("claimlint-fix-test.txt");
  spit(path, "Talks ended.The end.\n");
  std::string error;
  CHECK(replace_file(path, "Talks ended.The end.\n", "Talks ended. The end.\n", error) ==
        WriteOutcome::written);
  CHECK(slurp(path) == "Talks ended. The end.\n");
  // A writer changed it after claimlint read it: left alone.
  spit(path, "Edited by a writer.\n");
  CHECK(replace_file(path, "Talks ended. The end.\n", "something else\n", error) ==
        WriteOutcome::changed_on_disk);
  CHECK(slurp(path) == "Edited by a writer.\n");
  // No temporary file is left beside it.
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
    CHECK(e.path().filename().string().find("claimlint-fix-test.txt.claimlint-fix-") ==
          std::string::npos);
  std::filesystem::remove(path);
  // A file that is gone cannot be written.
  CHECK(replace_file(path, "x", "y", error) != WriteOutcome::written);
}

TEST_CASE("fix: unified diff") {
  CHECK(unified_diff("a.txt", "same\n", "same\n").empty());
  CHECK(unified_diff("d/a.txt", "one\ntwo\nthree\n", "one\n2\nthree\n") ==
        "--- a/d/a.txt\n+++ b/d/a.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n");
  // Two changes far apart are two hunks with three lines of context each.
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
  }
  CHECK(unified_diff("n.txt", before, after) ==
        "--- a/n.txt\n+++ b/n.txt\n"
        "@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n"
        "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
  // A last line without its line break, and an absolute path.
  CHECK(unified_diff("/tmp/e.txt", "end", "End") ==
        "--- /tmp/e.txt\n+++ /tmp/e.txt\n@@ -1,1 +1,1 @@\n-end\n\\ No newline at end of file\n"
        "+End\n\\ No newline at end of file\n");
  // A deleted paragraph.
  CHECK(unified_diff("p.md", "Sure! Here it is:\n\nText.\n", "Text.\n") ==
        "--- a/p.md\n+++ b/p.md\n@@ -1,3 +1,1 @@\n-Sure! Here it is:\n-\n Text.\n");
}
