#include "cli/runner.hpp"

#include "support.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("runs are identical whatever the number of jobs, and bad files do not stop good ones") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "claimlint-runner-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  for (int i = 0; i < 12; ++i)
    std::ofstream(dir / fmt::format("d{}.txt", i)) << fmt::format("Talks ended.Then {},x.\n", i);
  std::ofstream(dir / "sub" / "bad.md") << "ok\xC3\x28";
  std::ofstream(dir / "skip.json") << "{}";
  std::vector<InputError> errors;
  std::vector<InputSpec> inputs = discover_inputs({dir.string()}, "<stdin>", errors);
  CHECK(errors.empty());
  CHECK(inputs.size() == 13);
  std::string outputs[3];
  unsigned jobs[3] = {1, 2, 7};
  for (int k = 0; k < 3; ++k) {
    RunOptions o;
    o.jobs = jobs[k];
    Run run = run_check(inputs, builtin_rules(), o);
    CHECK(run.result.files.size() == 12);
    REQUIRE(run.result.input_errors.size() == 1);
    CHECK(run.result.input_errors[0].path.ends_with("sub/bad.md"));
    CHECK(run.result.diagnostics.size() == 24);
    outputs[k] = render_json(run.result);
  }
  CHECK(outputs[0] == outputs[1]);
  CHECK(outputs[0] == outputs[2]);
  fs::remove_all(dir);
}

TEST_CASE("discovery reports missing paths and folders without drafts") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "claimlint-discover-test";
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");
  std::ofstream(dir / ".git" / "x.md") << "hidden";
  std::ofstream(dir / "notes.json") << "{}";
  std::vector<InputError> errors;
  auto inputs = discover_inputs({dir.string(), (dir / "missing.md").string()}, "<stdin>", errors);
  CHECK(inputs.empty());
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].message ==
        "no drafts found in this folder (looked for *.md, *.markdown and *.txt)");
  CHECK(errors[1].message == "no such file or folder");
  fs::remove_all(dir);
}

TEST_CASE(
    "front matter problems become input/front-matter errors, and --as-of fills undated files") {
  SourceFile f("a.txt", "---\ndate: soon\n---\nBody.\n");
  std::vector<Diagnostic> ds = check_source(f, builtin_rules());
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].rule == "input/front-matter");
  CHECK(ds[0].severity == Severity::error);
}
