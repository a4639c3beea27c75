#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t, std::string path = "draft.txt") {
  return marked("prose/html-residue", std::move(t), std::move(path));
}

TEST_CASE("html-residue: every shape of CMS residue in plain drafts") {
  CHECK(m("p>\nTensions in Defense Planning h 3 >\n< p >European nations worry.\np >\n") ==
        "[[p>]]\nTensions in Defense Planning [[h 3 >]]\n[[< p >]]European nations worry.\n[[p "
        ">]]\n");
  CHECK(
      m("The path remains ahead h1 >\nIt ended.</p> <span class=meta>Photo</span>\n") ==
      "The path remains ahead [[h1 >]]\nIt ended.[[</p>]] [[<span class=meta>]]Photo[[</span>]]\n");
}

TEST_CASE("html-residue: comparisons are not tags, and Markdown may hold real HTML") {
  CHECK(m("If x > 3 and a < b, Group A > Group B, the hp > 200.") ==
        "If x > 3 and a < b, Group A > Group B, the hp > 200.");
  CHECK(m("Text with <em>emphasis</em> is fine.\n", "a.md") ==
        "Text with <em>emphasis</em> is fine.\n");
  CHECK(m("Mangled < p > in Markdown.\n", "a.md") == "Mangled [[< p >]] in Markdown.\n");
}
