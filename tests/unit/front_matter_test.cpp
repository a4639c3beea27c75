#include "source/front_matter.hpp"
#include "source/source_file.hpp"

#include <doctest/doctest.h>

using namespace claimlint;

TEST_CASE("front matter fields are read and the body starts after the block") {
  SourceFile f("a.txt", "---\ntitle: \"Strike enters third week\"\ndate: 2025-03-20\nsource: Wire\n"
                        "author: A. Writer\nurl: http://x\n---\nBody text.\n");
  const FrontMatter& fm = f.front_matter();
  REQUIRE(fm.present);
  CHECK(fm.title == "Strike enters third week");
  CHECK(fm.source == "Wire");
  CHECK(fm.author == "A. Writer");
  REQUIRE(fm.date);
  CHECK(*fm.date == Date{2025, 3, 20});
  CHECK(f.reference_date() == fm.date);
  CHECK(f.text().substr(f.body_begin()) == "Body text.\n");
  CHECK(f.front_matter_problems().empty());
}

TEST_CASE("front matter after a BOM and with CRLF and '...' closing") {
  SourceFile f("a.md", "\xEF\xBB\xBF---\r\ndate: 2024-01-05\r\n...\r\n# Head\r\n");
  CHECK(f.has_bom());
  REQUIRE(f.front_matter().present);
  CHECK(f.front_matter().date == Date{2024, 1, 5});
  CHECK(f.text().substr(f.body_begin()) == "# Head\r\n");
}

TEST_CASE("malformed front matter is a problem with a position, not a crash") {
  SourceFile f("a.txt", "---\ntitle: ok\ndate: [unclosed\n---\nBody\n");
  REQUIRE(f.front_matter_problems().size() == 1);
  const FrontMatterProblem& p = f.front_matter_problems()[0];
  CHECK(p.message.find("invalid YAML in front matter") == 0);
  CHECK(f.position(p.span.begin).line >= 3);
  CHECK(f.text().substr(f.body_begin()) == "Body\n");
}

TEST_CASE("a bad date and a non-mapping are reported") {
  SourceFile bad_date("a.txt", "---\ndate: last Tuesday\n---\nx\n");
  REQUIRE(bad_date.front_matter_problems().size() == 1);
  CHECK(bad_date.front_matter_problems()[0].message ==
        "front matter 'date' must be a date as YYYY-MM-DD, not 'last Tuesday'");
  CHECK(bad_date.position(bad_date.front_matter_problems()[0].span.begin).line == 2);
  CHECK(bad_date.position(bad_date.front_matter_problems()[0].span.begin).column == 7);
  SourceFile list("a.txt", "---\n- a\n- b\n---\nx\n");
  REQUIRE(list.front_matter_problems().size() == 1);
  CHECK(list.front_matter_problems()[0].message ==
        "front matter must be a mapping of keys to values");
}

TEST_CASE("a leading rule line without a closing fence is text, not front matter") {
  SourceFile f("a.txt", "---\nJust a draft that starts with a rule.\n");
  CHECK_FALSE(f.front_matter().present);
  CHECK(f.front_matter_problems().empty());
  CHECK(f.body_begin() == 0);
  SourceFile g("a.txt", "---\ntitle: never closed\nBody\n");
  CHECK_FALSE(g.front_matter().present);
  REQUIRE(g.front_matter_problems().size() == 1);
  CHECK(g.front_matter_problems()[0].message ==
        "front matter is not closed: expected a line '---' or '...'");
}

TEST_CASE("the fast key: value reader agrees with yaml-cpp, or leaves the block to it") {
  // Blocks the fast reader takes, and blocks it must hand to yaml-cpp (quotes, comments after a
  // value, nested values, nulls, a repeated key, tabs); the fields and problems must be the same
  // either way.
  const char* blocks[] = {
      "---\ntitle: Strike enters third week\ndate: 2025-03-20\n---\n",
      "---\ndataset: fnc1\ncluster: fnc1-claim078\ntext: original\n---\n",
      "---\n# a comment\n\ntitle: A: B\n---\n",
      "---\ntitle: 'quoted: yes'\nauthor: \"A. Writer\"\n---\n",
      "---\ntitle: Budget # draft\n---\n",
      "---\ntitle:\n  nested: x\n---\n",
      "---\ntitle: ~\n---\n",
      "---\ntitle: [a, b]\n---\n",
      "---\ndate: 20 March\n---\n",
      "---\ndate: 2025-02-30\n---\n",
      "---\ntitle: one\ntitle: two\n---\n",
      "---\ntitle:\tTabbed\n---\n",
      "---\ntitle: ends with colon:\n---\n",
      "---\nsource: Wire   \r\nauthor: Ana de Vries\r\n---\r\n",
      "---\ntitle: - dash\n---\n",
      "---\n title: indented\n---\n",
      "---\ntitle: \"Steele: \\\"no\\\" # x\"\nsource: \"The New York Times\"\n---\n",
      "---\ntitle: \"It's\"\nauthor: 'Ana ''A.'' de Vries'\nsource: \"open\n---\n",
      "---\ndate: \"2025-03-20\"\nsource: ''\n---\n",
      "---\nsource: x\ndate: \"20 March\"\n---\n",
      "---\ntitle: Port strike\x01 ends\n---\n",
      "---\ntitle: Port \xA5\xA5 strike\n---\n",
  };
  for (const char* block : blocks) {
    CAPTURE(block);
    std::vector<FrontMatterProblem> fast_problems, yaml_problems;
    FrontMatter fast = parse_front_matter(block, 0, fast_problems);
    FrontMatter yaml = parse_front_matter(block, 0, yaml_problems, false);
    CHECK(fast.title == yaml.title);
    CHECK(fast.source == yaml.source);
    CHECK(fast.author == yaml.author);
    CHECK(fast.date == yaml.date);
    REQUIRE(fast_problems.size() == yaml_problems.size());
    for (std::size_t i = 0; i < fast_problems.size(); ++i) {
      CHECK(fast_problems[i].span == yaml_problems[i].span);
      CHECK(fast_problems[i].message == yaml_problems[i].message);
    }
  }
}
