// Baselines: written, read back, matched by fingerprint whatever the line, stale entries.
#include "diagnostics/baseline.hpp"

#include "support.hpp"

using namespace claimlint;

namespace {

Diagnostic finding(const SourceFile& f, std::string_view needle, std::string rule = "prose/a-an") {
  Diagnostic d;
  d.rule = std::move(rule);
  d.message = "use 'an' before 'important'";
  d.file = &f;
  auto at = static_cast<std::uint32_t>(f.text().find(needle));
  d.span = {at, at + static_cast<std::uint32_t>(needle.size())};
  return d;
}

} // namespace

TEST_CASE("baseline: written sorted with one entry per line, read back") {
  SourceFile f("d.txt", "It was a important day.\n");
  std::string text = render_baseline({finding(f, "a important")});
  CHECK(text.starts_with("{\"version\": 1, \"tool\": \"claimlint\", \"findings\": [\n"
                         "{\"rule\": \"prose/a-an\", \"file\": \"d.txt\", \"fingerprint\": \""));
  std::string error;
  auto entries = parse_baseline(text, error);
  REQUIRE(entries);
  REQUIRE(entries->size() == 1);
  CHECK((*entries)[0].message == "use 'an' before 'important'");
  CHECK(render_baseline({}) == "{\"version\": 1, \"tool\": \"claimlint\", \"findings\": []}\n");
}

TEST_CASE("baseline: a recorded finding is suppressed after lines move; new ones are not") {
  SourceFile before("d.txt", "It was a important day.\n");
  std::string error;
  auto entries = parse_baseline(render_baseline({finding(before, "a important")}), error);
  REQUIRE(entries);
  SourceFile after("d.txt", "A new first line.\n\nIt was a important day.\nAnd a important "
                            "night.\n");
  std::vector<Diagnostic> ds = {finding(after, "a important day"),
                                finding(after, "a important night")};
  ds[0].span.end = ds[0].span.begin + 11; // "a important", as recorded
  ds[1].span.end = ds[1].span.begin + 11;
  BaselineOutcome o = apply_baseline(ds, *entries);
  CHECK(o.suppressed == 1);
  CHECK(o.stale.empty());
  REQUIRE(ds.size() == 1);
  CHECK(after.slice({ds[0].span.end, ds[0].span.end + 6}) == " night");
}

TEST_CASE("baseline: an entry that matches nothing is stale; each entry matches once") {
  SourceFile f("d.txt", "It was a important day.\n");
  std::string error;
  std::vector<Diagnostic> two = {finding(f, "a important"), finding(f, "a important")};
  auto entries = parse_baseline(render_baseline(two), error);
  REQUIRE(entries);
  std::vector<Diagnostic> one = {finding(f, "a important")};
  BaselineOutcome o = apply_baseline(one, *entries);
  CHECK(o.suppressed == 1);
  CHECK(o.stale.size() == 1);
  CHECK(one.empty());
}

TEST_CASE("baseline: broken files are refused with a reason") {
  std::string error;
  CHECK_FALSE(parse_baseline("{not json", error));
  CHECK(error.starts_with("not valid JSON: parse error at line 1, column 3"));
  // A number beyond double's range throws out_of_range, not parse_error (found by the fuzzer).
  CHECK_FALSE(parse_baseline("{\"version\": 22e2222}", error));
  CHECK(error.starts_with("not valid JSON: number overflow"));
  CHECK_FALSE(parse_baseline("[]", error));
  CHECK(error.starts_with("not a claimlint baseline"));
  CHECK_FALSE(parse_baseline(R"({"version": 9, "findings": []})", error));
  CHECK(error == "unsupported baseline version (this claimlint reads version 1)");
  CHECK_FALSE(parse_baseline(R"({"version": 1, "findings": [{"rule": "x"}]})", error));
  CHECK(error == "finding 1 lacks \"rule\", \"file\" or \"fingerprint\"");
}
