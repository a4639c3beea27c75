#include "diagnostics/reporter.hpp"
#include "util/json.hpp"

#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

struct Fixture : testing::ReporterFixture {
  Fixture() : ReporterFixture("") {}
};

} // namespace

TEST_CASE("text reporter: header, excerpt, caret, fix, note and summary") {
  Fixture f;
  std::string out = render_text(f.run(), {false, true});
  CHECK(out == "a.txt:2:33: warning: missing space after '.' [prose/missing-space]\n"
               "     2 | The price rose to €5 😀 yesterday.The talks\n"
               "       |                                  ^\n"
               "       | fix: insert \" \"\n"
               "b.txt:1:1: note: the other statement\n"
               "     1 | Other text.\n"
               "       | ^~~~~\n"
               "1 warning in 1 of 2 files.\n");
}

TEST_CASE("text reporter: color codes only when asked, and the clean summary") {
  Fixture f;
  std::string colored = render_text(f.run(), {true, true});
  CHECK(colored.find("\x1b[1;35mwarning:") != std::string::npos);
  RunResult clean;
  clean.files = {"a.txt"};
  CHECK(render_text(clean, {false, true}) == "No problems found in 1 file.\n");
  CHECK(render_text(clean, {false, false}) == "");
  clean.input_errors.push_back({"bad.txt", "binary file"});
  CHECK(render_text(clean, {false, true}) ==
        "No problems found in 1 file. 1 input could not be checked.\n");
}

TEST_CASE("text reporter: long lines are windowed around the span") {
  std::string line(200, 'x');
  line[120] = '.';
  SourceFile f("long.txt", line);
  RunResult r;
  r.diagnostics.push_back(
      Diagnostic{"r/x", Severity::warning, std::string(1, 'm'), &f, {120, 121}, {}, {}, {}, 0, {}});
  r.files = {"long.txt"};
  std::string out = render_text(r, {false, false});
  std::string expected = "long.txt:1:121: warning: m [r/x]\n     1 | ...";
  expected.append(50, 'x')
      .append(".")
      .append(50, 'x')
      .append("...\n       |    ")
      .append(50, ' ')
      .append("^\n");
  CHECK(out == expected);
}

TEST_CASE("json reporter: versioned, with UTF-8 and UTF-16 columns, related and fix") {
  Fixture f;
  std::string out = render_json(f.run());
  CHECK(out ==
        "{\n\"version\":1,\n\"tool\":{\"name\":\"claimlint\",\"version\":\"" CLAIMLINT_VERSION
        "\"},\n"
        "\"files\":[\"a.txt\",\"b.txt\"],\n"
        "\"diagnostics\":[\n"
        "{\"rule\":\"prose/missing-space\",\"severity\":\"warning\",\"message\":\"missing space "
        "after '.'\","
        "\"file\":\"a.txt\",\"range\":{\"start\":{\"offset\":43,\"line\":2,\"column\":33,\"column_"
        "utf8\":38,"
        "\"column_utf16\":34},\"end\":{\"offset\":44,\"line\":2,\"column\":34,\"column_utf8\":39,"
        "\"column_utf16\":35}},\"related\":[{\"file\":\"b.txt\",\"range\":{\"start\":{\"offset\":0,"
        "\"line\":1,"
        "\"column\":1,\"column_utf8\":1,\"column_utf16\":1},\"end\":{\"offset\":5,\"line\":1,"
        "\"column\":6,"
        "\"column_utf8\":6,\"column_utf16\":6}},\"message\":\"the other "
        "statement\"}],\"fix\":{\"range\":"
        "{\"start\":{\"offset\":44,\"line\":2,\"column\":34,\"column_utf8\":39,\"column_utf16\":35}"
        ",\"end\":"
        "{\"offset\":44,\"line\":2,\"column\":34,\"column_utf8\":39,\"column_utf16\":35}},"
        "\"replacement\":\" \"}}\n"
        "],\n"
        "\"input_errors\":[],\n"
        "\"summary\":{\"files\":2,\"diagnostics\":1,\"errors\":0,\"warnings\":1,\"infos\":0,"
        "\"input_errors\":0}\n"
        "}\n");
}

TEST_CASE("json strings escape quotes, backslashes and control characters") {
  CHECK(json_string("a\"b\\c\nd\x01€") == "\"a\\\"b\\\\c\\nd\\u0001€\"");
}
