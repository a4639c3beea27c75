// table/column-count, table/delimiter-row and table/pipe-style.
#include "../support.hpp"

using namespace claimlint::testing;

TEST_CASE("table/column-count: rows with more or fewer cells than the header") {
  CHECK(marked("table/column-count", "| A | B |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n| 5 | 6 |\n",
               "t.md") == "| A | B |\n|---|---|\n[[| 1 | 2 | 3 |]]\n[[| 4 |]]\n| 5 | 6 |\n");
  CHECK(marked("table/column-count", "A | B |\n---|---|\nx \\| y | z |\n") ==
        "A | B |\n---|---|\nx \\| y | z |\n");
}

TEST_CASE("table/delimiter-row: missing or mismatched delimiter rows") {
  CHECK(marked("table/delimiter-row", "| Country | Aid |\n| Germany | $3 billion |\n") ==
        "[[| Country | Aid |]]\n| Germany | $3 billion |\n");
  CHECK(marked("table/delimiter-row", "| A | B | C |\n|---|---|\n| 1 | 2 | 3 |\n") ==
        "| A | B | C |\n[[|---|---|]]\n| 1 | 2 | 3 |\n");
  CHECK(
      marked("table/delimiter-row", "| A | B |\n|:--|--:|\n| 1 | 2 |\nEither this | or that.\n") ==
      "| A | B |\n|:--|--:|\n| 1 | 2 |\nEither this | or that.\n");
}

TEST_CASE("table/pipe-style: the first header row sets the style for the document") {
  CHECK(marked("table/pipe-style", "| A | B |\n|---|---|\n  1 | 2 |\n| 3 | 4\n", "t.md") ==
        "| A | B |\n|---|---|\n[[  1 | 2 |]]\n[[| 3 | 4]]\n");
  CHECK(marked("table/pipe-style", "Strategy | Description |\n---|---|\nTalks | Facilitated |\n") ==
        "Strategy | Description |\n---|---|\nTalks | Facilitated |\n");
  CHECK(marked("table/pipe-style", "A | B\n---|---\n1 | 2\n\nText.\n\n| C | D |\n|---|---|\n",
               "t.md") == "A | B\n---|---\n1 | 2\n\nText.\n\n[[| C | D |]]\n[[|---|---|]]\n");
}
