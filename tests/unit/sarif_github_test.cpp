// The SARIF and GitHub Actions reporters, on a draft with a euro sign and an emoji before the
// finding, so UTF-16 columns (SARIF) and code-point columns (GitHub) differ visibly.
#include "diagnostics/fingerprint.hpp"
#include "diagnostics/reporter.hpp"

#include "support.hpp"

#include <nlohmann/json.hpp>

using namespace claimlint;
using json = nlohmann::json;

namespace {

struct Fixture : testing::ReporterFixture {
  Fixture() : ReporterFixture("drafts/") {}
};

const std::vector<RuleInfo> kRules = {
    {"prose/missing-space", "No space after a full stop.\nMore text.", "# prose/missing-space\n",
     "rules/prose/missing-space.md", Severity::warning},
    {"prose/a-an", "a or an", "", "https://example.org/a-an", Severity::error}};

} // namespace

TEST_CASE("sarif: driver rules with descriptions, help and default levels") {
  json s = json::parse(render_sarif(Fixture{}.run(), kRules, "/work/repo"));
  CHECK(s["version"] == "2.1.0");
  const json& run = s["runs"][0];
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "claimlint");
  CHECK(driver["informationUri"].get<std::string>().starts_with("https://"));
  REQUIRE(driver["rules"].size() == 2);
  CHECK(driver["rules"][0]["id"] == "prose/missing-space");
  CHECK(driver["rules"][0]["shortDescription"]["text"] == "No space after a full stop.");
  CHECK(driver["rules"][0]["fullDescription"]["text"] == "No space after a full stop.\nMore text.");
  CHECK(driver["rules"][0]["help"]["markdown"] == "# prose/missing-space\n");
  // A built-in rule's page in the repository; a name distinct from the id (SARIF1001).
  CHECK(driver["rules"][0]["helpUri"].get<std::string>().ends_with(
      "/blob/main/rules/prose/missing-space.md"));
  CHECK(driver["rules"][0]["name"] == "ProseMissingSpace");
  CHECK(run["automationDetails"]["id"] == "claimlint/");
  CHECK(driver["rules"][1]["helpUri"] == "https://example.org/a-an");
  CHECK(driver["rules"][1]["defaultConfiguration"]["level"] == "error");
  CHECK(run["columnKind"] == "utf16CodeUnits");
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///work/repo/");
}

TEST_CASE("sarif: result location in UTF-16 columns, related location, fix, fingerprint") {
  json s = json::parse(render_sarif(Fixture{}.run(), kRules, "/work/repo"));
  const json& run = s["runs"][0];
  REQUIRE(run["results"].size() == 1);
  const json& r = run["results"][0];
  CHECK(r["ruleId"] == "prose/missing-space");
  CHECK(r["ruleIndex"] == 0);
  CHECK(r["level"] == "warning");
  const json& loc = r["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "drafts/a.txt");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  // "The price rose to €5 😀 yesterday." : the dot is code point 33, UTF-16 unit 34 (the
  // emoji is a surrogate pair; the euro sign is one unit).
  CHECK(loc["region"]["startLine"] == 2);
  CHECK(loc["region"]["startColumn"] == 34);
  CHECK(loc["region"]["endColumn"] == 35);
  CHECK(loc["region"]["snippet"]["text"] == ".");
  const json& rel = r["relatedLocations"][0];
  CHECK(rel["message"]["text"] == "the other statement");
  CHECK(rel["physicalLocation"]["artifactLocation"]["uri"] == "drafts/b.txt");
  CHECK(rel["physicalLocation"]["region"]["endColumn"] == 6);
  const json& fix = r["fixes"][0]["artifactChanges"][0]["replacements"][0];
  CHECK(fix["deletedRegion"]["startColumn"] == 35);
  CHECK(fix["deletedRegion"]["endColumn"] == 35);
  CHECK(fix["insertedContent"]["text"] == " ");
  CHECK(r["partialFingerprints"]["claimlint/v1"].get<std::string>().size() == 18); // hex:0
  CHECK(run["artifacts"].size() == 2);
  CHECK(run["artifacts"][0]["mimeType"] == "text/plain");
}

TEST_CASE("sarif: absolute paths, spaces in names, input errors as notifications") {
  SourceFile f{"/work/repo/my drafts/x.md", "Talks ended.The end.\n"};
  SourceFile g{"/elsewhere/y.md", "Other.\n"};
  RunResult r;
  Diagnostic d;
  d.rule = "house/custom";
  d.message = std::string("a finding"); // not a literal: GCC 12 warns falsely (-Wrestrict)
  d.file = &f;
  d.span = {0, 5};
  d.related.push_back({&g, {0, 5}, "there"});
  r.diagnostics.push_back(d);
  r.files = {f.path()};
  r.input_errors.push_back({"bad.txt", "binary file", 4, 1, 5});
  json s = json::parse(render_sarif(r, {}, "/work/repo"));
  const json& run = s["runs"][0];
  CHECK(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "my%20drafts/x.md");
  CHECK(run["results"][0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "file:///elsewhere/y.md");
  // A rule the list does not describe still gets a driver entry.
  CHECK(run["tool"]["driver"]["rules"][0]["id"] == "house/custom");
  const json& inv = run["invocations"][0];
  CHECK(inv["executionSuccessful"] == false);
  CHECK(inv["toolExecutionNotifications"][0]["message"]["text"] == "binary file");
  CHECK(inv["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["region"]
           ["startColumn"] == 5);
}

TEST_CASE("github: workflow commands with code-point columns, notes and fix in the message") {
  CHECK(render_github(Fixture{}.run()) ==
        "::warning file=drafts/a.txt,line=2,col=33,endLine=2,endColumn=34,"
        "title=prose/missing-space::missing space after '.'%0Adrafts/b.txt:1:1: note: the other "
        "statement%0Afix: insert \" \"\n");
}

TEST_CASE("github: escaping of %, CR, LF in messages and of : and , in properties") {
  SourceFile f{"out,dir/a:b.txt", "Growth was 5%.\n"};
  RunResult r;
  Diagnostic d;
  d.rule = "house/odd:rule,name";
  d.severity = Severity::info;
  d.message = "100% sure\r\nsecond line";
  d.file = &f;
  d.span = {0, 6};
  r.diagnostics.push_back(d);
  d.severity = Severity::error;
  d.message = "err";
  r.diagnostics.push_back(d);
  r.input_errors.push_back({"x,y.txt", "invalid UTF-8: 50% broken\n", 3, 1, 4});
  CHECK(render_github(r) ==
        "::notice file=out%2Cdir/a%3Ab.txt,line=1,col=1,endLine=1,endColumn=7,"
        "title=house/odd%3Arule%2Cname::100%25 sure%0D%0Asecond line\n"
        "::error file=out%2Cdir/a%3Ab.txt,line=1,col=1,endLine=1,endColumn=7,"
        "title=house/odd%3Arule%2Cname::err\n"
        "::error file=x%2Cy.txt,line=1,col=4,title=input::invalid UTF-8: 50%25 broken%0A\n");
}

TEST_CASE("fingerprint: survives line shifts and rewrapping, changes with the text") {
  auto fp = [](std::string text, std::string needle, std::string rule = "prose/a-an") {
    static std::vector<std::unique_ptr<SourceFile>> keep;
    keep.push_back(std::make_unique<SourceFile>("d.txt", text));
    Diagnostic d;
    d.rule = rule;
    d.file = keep.back().get();
    auto at = static_cast<std::uint32_t>(text.find(needle));
    d.span = {at, at + static_cast<std::uint32_t>(needle.size())};
    return fingerprint(d);
  };
  std::string base = fp("Intro.\nIt was a important day for all.\n", "a important");
  CHECK(base.size() == 16);
  CHECK(fp("New line.\nIntro.\n\nIt was a important day for all.\n", "a important") == base);
  CHECK(fp("Intro.\nIt was  a important   day for all.\n", "a important") == base);
  CHECK(fp("Intro.\nIt was a important day for us.\n", "a important") != base);
  CHECK(fp("Intro.\nIt was a important day for all.\n", "a important", "prose/x") != base);
  CHECK(fp("Intro.\nIt was a impressive day for all.\n", "a impressive") != base);
}
