#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/unbalanced-quotes", std::move(t));
}

TEST_CASE("unbalanced-quotes: a closing mark without an opening one, and one never closed") {
  CHECK(m("“Demographic trends may reshape it,” warns the document, decades ahead.”") ==
        "“Demographic trends may reshape it,” warns the document, decades ahead.[[”]]");
  CHECK(m("“We will not give up, he said.\nNext paragraph without quotes.\n") ==
        "[[“]]We will not give up, he said.\nNext paragraph without quotes.\n");
  CHECK(m("He called it \"no betrayal.") == "He called it [[\"]]no betrayal.");
}

TEST_CASE("unbalanced-quotes: quotes continued across paragraphs, mixed styles, inch marks") {
  CHECK(m("“We will go on.\n“And we will win,” she said.\n") ==
        "“We will go on.\n“And we will win,” she said.\n");
  CHECK(m("She said: “It was long.\nAnd hard,” she added.\n") ==
        "She said: “It was long.\nAnd hard,” she added.\n");
  CHECK(m("“I said it, I was wrong,\" Trump said. He is 6'2\" tall.") ==
        "“I said it, I was wrong,\" Trump said. He is 6'2\" tall.");
  CHECK(m("They were called ''bad fats'' for years.") ==
        "They were called ''bad fats'' for years.");
}

TEST_CASE("unbalanced-quotes: a mark after a digit closes an open quotation") {
  // Titles of works and reports that end in a number; an inch mark when nothing is open.
  CHECK(m("The remake of \"Ocean's 8\" drew crowds; the plan \"Horizon 2035\" did not.") ==
        "The remake of \"Ocean's 8\" drew crowds; the plan \"Horizon 2035\" did not.");
  CHECK(m("A 65\" screen and a \"bargain.") == "A 65\" screen and a [[\"]]bargain.");
}

TEST_CASE("unbalanced-quotes: a mark glued to a colon or comma before a word") {
  CHECK(m("The coach said:\"We lost,\" and the captain added,\"We will be back.\"") ==
        "The coach said:\"We lost,\" and the captain added,\"We will be back.\"");
  CHECK(m("\"We lost,\"the coach said.") == "\"We lost,\"the coach said.");
}
