#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/hyphen-as-dash", std::move(t));
}

TEST_CASE("hyphen-as-dash: the dashes of the seeds") {
  CHECK(m("over territorial control-a key sticking point") ==
        "over territorial control[[-]]a key sticking point");
  CHECK(m("from Moscow-the first overt alignment") == "from Moscow[[-]]the first overt alignment");
  CHECK(m("in Miami-talks that ended without agreement") ==
        "in Miami[[-]]talks that ended without agreement");
  CHECK(m("Ursula von der Leyen-demonstrating strengthened ties") ==
        "Ursula von der Leyen[[-]]demonstrating strengthened ties");
  CHECK(m("aggression-especially after casualties-and accusing") ==
        "aggression[[-]]especially after casualties[[-]]and accusing");
}

TEST_CASE("hyphen-as-dash: compounds") {
  CHECK(m("Moscow-backed forces, U.S.-supplied arms, a state-of-the-art system, post-Cold War") ==
        "Moscow-backed forces, U.S.-supplied arms, a state-of-the-art system, post-Cold War");
  CHECK(
      m("Gun-rights groups, the Emmental-loving despot, a Snapchat-copying app, two-thirds of "
        "them") ==
      "Gun-rights groups, the Emmental-loving despot, a Snapchat-copying app, two-thirds of them");
  CHECK(m("a 30-year-old, the so-called deal, re-election, war-torn areas") ==
        "a 30-year-old, the so-called deal, re-election, war-torn areas");
}

TEST_CASE("hyphen-as-dash: a spaced hyphen between words") {
  auto md = [](std::string t) {
    return claimlint::testing::marked("prose/hyphen-as-dash", std::move(t), "draft.md");
  };
  // In Markdown a spaced hyphen is always a typed dash; the fix is an em dash.
  CHECK(md("The board - and the unions - signed.\n") ==
        "The board [[-]] and the unions [[-]] signed.\n");
  CHECK(md("Scores of 10 - 12, x - y and A - B tests; a deal -- at last.\n") ==
        "Scores of 10 - 12, x - y and A - B tests; a deal -- at last.\n");
  CHECK(md("- a list item\n- another item\n") == "- a list item\n- another item\n");
  // In plain text only where the draft writes spaced real dashes more often.
  CHECK(m("The board - and the unions - signed.\n") == "The board - and the unions - signed.\n");
  CHECK(m("The board - and the unions - signed \xE2\x80\x94 at last.\n") ==
        "The board - and the unions - signed \xE2\x80\x94 at last.\n");
  CHECK(m("The board \xE2\x80\x93 and the unions \xE2\x80\x93 signed - at last.\n") ==
        "The board \xE2\x80\x93 and the unions \xE2\x80\x93 signed [[-]] at last.\n");
  claimlint::testing::Draft d =
      claimlint::testing::draft("The board - and the unions - signed.\n", "draft.md");
  std::vector<claimlint::Diagnostic> ds;
  claimlint::testing::builtin_rules().check_document(
      *d.doc, *claimlint::testing::builtin_rules().find("prose/hyphen-as-dash"), ds);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].message == "a hyphen stands for a dash in 'board - and': use an en or em dash");
  CHECK(ds[0].fix->replacement == "\xE2\x80\x94");
}
