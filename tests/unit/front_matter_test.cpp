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
