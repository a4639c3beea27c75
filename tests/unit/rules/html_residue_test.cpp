#include "../support.hpp"

using namespace claimlint;
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

TEST_CASE("html-residue: character references in plain drafts, with the character as the fix") {
  CHECK(m("The council met.&nbsp;It voted.\n&nbsp; The cuts go on.\nTom &amp; Jerry&#8217;s.\n") ==
        "The council met.[[&nbsp;]]It voted.\n[[&nbsp;]] The cuts go on.\nTom [[&amp;]] "
        "Jerry[[&#8217;]]s.\n");
  // no ';' where a reference would end: prose, not HTML
  CHECK(m("AT&T and R&D spending; Tom & Jerry; &c.\n") ==
        "AT&T and R&D spending; Tom & Jerry; &c.\n");
  // Markdown renders references: they are markup, not residue
  CHECK(m("Tom &amp; Jerry&nbsp;met.\n", "a.md") == "Tom &amp; Jerry&nbsp;met.\n");
  auto fixes = [](std::string text) {
    Draft d = draft(std::move(text));
    std::vector<Diagnostic> ds;
    builtin_rules().check_document(*d.doc, *builtin_rules().find("prose/html-residue"), ds);
    sort_diagnostics(ds);
    std::vector<std::string> out;
    for (const Diagnostic& x : ds) out.push_back(x.fix ? x.fix->replacement : "<none>");
    return out;
  };
  CHECK(fixes("met.&nbsp;It\n&nbsp; The\nTom &amp; J&#8217;s &bogus;\n") ==
        std::vector<std::string>{" ", "", "&", "<none>", "<none>"});
}
