// prose/assistant-frame: a chat assistant's preamble or sign-off left around a draft.
#include "../support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/assistant-frame", std::move(t));
}

TEST_CASE("assistant-frame: preambles and sign-offs") {
  CHECK(
      m("Absolutely! Below is a condensed version for the web.\n\nThe ferry resumed service.\n") ==
      "[[Absolutely! Below is a condensed version for the web.]]\n\nThe ferry resumed service.\n");
  CHECK(m("OK, here's the feature:\n\nThe ferry resumed service.\n") ==
        "[[OK, here's the feature:]]\n\nThe ferry resumed service.\n");
  CHECK(m("The ferry resumed service.\n\nThe port reopened.\n\nFeel free to adjust the tone.\n") ==
        "The ferry resumed service.\n\nThe port reopened.\n\n[[Feel free to adjust the tone.]]\n");
}

TEST_CASE("assistant-frame: look-alikes in real copy") {
  // Openers of real articles, quotations, and frames in the middle of a long draft.
  CHECK(m("Here's what we know so far:\n\nThe ferry resumed service.\n") ==
        "Here's what we know so far:\n\nThe ferry resumed service.\n");
  CHECK(m("The ferry resumed service.\n\n\"Feel free to call us,\" the operator said.\n") ==
        "The ferry resumed service.\n\n\"Feel free to call us,\" the operator said.\n");
  CHECK(m("One.\n\nTwo.\n\nI hope this helps, the captain wrote.\n\nThree.\n\nFour.\n") ==
        "One.\n\nTwo.\n\nI hope this helps, the captain wrote.\n\nThree.\n\nFour.\n");
  CHECK(m("Sure enough, the changes to the timetable worked.\n\nThe port reopened.\n") ==
        "Sure enough, the changes to the timetable worked.\n\nThe port reopened.\n");
}

TEST_CASE("assistant-frame: the fix removes the paragraph and its blank lines") {
  Draft d = draft("Sure! Here is the rewritten story:\n\nThe ferry resumed service.\n");
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *builtin_rules().find("prose/assistant-frame"), ds);
  REQUIRE(ds.size() == 1);
  REQUIRE(ds[0].fix);
  CHECK(ds[0].fix->span == Span{0, 36});
  CHECK(ds[0].fix->replacement.empty());
}
