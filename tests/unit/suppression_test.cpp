// Inline directives: which findings each form switches off, and unknown rules reported.
#include "cli/runner.hpp"

#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// The rules that still report in `text` after its directives, as "line:rule".
std::vector<std::string> remaining(const std::string& text) {
  SourceFile f("d.md", text);
  std::vector<std::pair<const SourceFile*, FileResult>> files;
  files.emplace_back(&f, check_file(f, builtin_rules()));
  std::vector<std::string> out;
  for (const Diagnostic& d : finish_run(std::move(files), builtin_rules()))
    out.push_back(std::to_string(f.position(d.span.begin).line) + ":" + d.rule);
  return out;
}

} // namespace

TEST_CASE("directives: without any, both findings are reported") {
  CHECK(remaining("It was a important day.\n\nTalks ended.The envoy left.\n") ==
        std::vector<std::string>{"1:prose/a-an", "3:prose/missing-space"});
}

TEST_CASE("directives: disable-next-line, with one rule, a group, or every rule") {
  CHECK(remaining("<!-- claimlint-disable-next-line prose/a-an -->\nIt was a important day.\n\n"
                  "Talks ended.The envoy left.\n") ==
        std::vector<std::string>{"4:prose/missing-space"});
  CHECK(remaining("<!-- claimlint-disable-next-line prose/* -->\nIt was a important day. "
                  "Talks ended.The envoy left.\n")
            .empty());
  CHECK(remaining("<!-- claimlint-disable-next-line -->\nIt was a important day.\n\n"
                  "Talks ended.The envoy left.\n") ==
        std::vector<std::string>{"4:prose/missing-space"});
  // A different rule on the next line is not switched off.
  CHECK(remaining("<!-- claimlint-disable-next-line prose/missing-space -->\n"
                  "It was a important day.\n") == std::vector<std::string>{"2:prose/a-an"});
}

TEST_CASE("directives: disable ... enable, disable-line and disable-file") {
  CHECK(remaining("<!-- claimlint-disable prose/a-an -->\nIt was a important day.\n\n"
                  "Also a important one.\n<!-- claimlint-enable prose/a-an -->\n\n"
                  "Still a important thing.\n") == std::vector<std::string>{"7:prose/a-an"});
  CHECK(remaining("It was a important day. <!-- claimlint-disable-line prose/a-an, "
                  "prose/missing-space -->\n")
            .empty());
  CHECK(remaining("Talks ended.The envoy left.\n\n<!-- claimlint-disable-file prose/missing-space "
                  "-->\n\nA important day.\n") == std::vector<std::string>{"5:prose/a-an"});
  // A disable with no enable runs to the end of the file.
  CHECK(remaining("First a important day.\n\n<!-- claimlint-disable -->\n\nThen a important "
                  "day.\n") == std::vector<std::string>{"1:prose/a-an"});
}

TEST_CASE("directives: an unknown rule or directive is itself a warning") {
  CHECK(remaining("<!-- claimlint-disable-next-line prose/a-na -->\nIt was a important day.\n") ==
        std::vector<std::string>{"1:input/directive", "2:prose/a-an"});
  CHECK(remaining("<!-- claimlint-disabel prose/a-an -->\nFine text.\n") ==
        std::vector<std::string>{"1:input/directive"});
  // Ordinary comments are not directives, and the directive line is no prose to check.
  CHECK(remaining("<!-- a note to the editor: check this.Then that -->\nFine text.\n").empty());
}

TEST_CASE("directives: plain-text drafts too") {
  SourceFile f("d.txt",
               "<!-- claimlint-disable-next-line prose/a-an -->\nIt was a important day.\n");
  std::vector<std::pair<const SourceFile*, FileResult>> files;
  files.emplace_back(&f, check_file(f, builtin_rules()));
  std::size_t suppressed = 0;
  CHECK(finish_run(std::move(files), builtin_rules(), &suppressed).empty());
  CHECK(suppressed == 1);
}
