#include "../support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("date/weekday-mismatch", std::move(t));
}

TEST_CASE("weekday-mismatch: written years") {
  CHECK(m("The vote on Friday, June 5, 2025 was close.") ==
        "The vote on [[Friday, June 5, 2025]] was close.");
  CHECK(m("On Tuesday, 3 March 2025 and Wed., Jan. 7, 2025.") ==
        "On [[Tuesday, 3 March 2025]] and [[Wed., Jan. 7, 2025]].");
  CHECK(m("On Thursday, June 5, 2025 and Monday, 3 March 2025.") ==
        "On Thursday, June 5, 2025 and Monday, 3 March 2025.");
  CHECK(m("They may march on Monday.") == "They may march on Monday.");
}

TEST_CASE("weekday-mismatch: the year from the draft's date, and undated drafts") {
  CHECK(m("---\ndate: 2025-06-10\n---\nOn Friday, June 5 the talks resumed.\n") ==
        "---\ndate: 2025-06-10\n---\nOn [[Friday, June 5]] the talks resumed.\n");
  CHECK(m("On Friday, June 5 the talks resumed.\n") == "On Friday, June 5 the talks resumed.\n");
  // In a 2013 story, "Friday, Sept. 14" is 2012's: a neighbouring year that fits is trusted.
  CHECK(m("---\ndate: 2013-05-10\n---\nIt began on Friday, Sept. 14 at noon.\n") ==
        "---\ndate: 2013-05-10\n---\nIt began on Friday, Sept. 14 at noon.\n");
  // A date in the coming weeks is one the story announces, so it is this year's even when
  // last year's would fit the weekday (2025-11-04 is a Tuesday; 2024-11-04 was a Monday).
  CHECK(m("---\ndate: 2025-10-28\n---\nThe panel reports on Monday, Nov. 4, officials said.\n") ==
        "---\ndate: 2025-10-28\n---\nThe panel reports on [[Monday, Nov. 4]], officials said.\n");
  CHECK(m("---\ndate: 2025-10-28\n---\nThe panel reports on Tuesday, Nov. 4, officials said.\n") ==
        "---\ndate: 2025-10-28\n---\nThe panel reports on Tuesday, Nov. 4, officials said.\n");
  Draft d = draft("---\ndate: 2025-06-10\n---\nOn Friday, June 5 the talks resumed.\n");
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *builtin_rules().find("date/weekday-mismatch"), ds);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "June 5, 2025 is a Thursday, not a Friday");
}
