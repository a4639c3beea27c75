// prose/a-an with inline expectations: [[ ]] marks each flagged article.
#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/a-an", std::move(t));
}

TEST_CASE("a-an: by sound, not spelling") {
  CHECK(m("In a important move, an union vote and a hour later.") ==
        "In [[a]] important move, [[an]] union vote and [[a]] hour later.");
  CHECK(m("an hour, a university, a one-time fee, an honest man, a European plan") ==
        "an hour, a university, a one-time fee, an honest man, a European plan");
  CHECK(m("A apple and An banana.") == "[[A]] apple and An banana.");
}

TEST_CASE("a-an: initialisms by letter, acronyms by word, numbers as spoken") {
  CHECK(m("a FBI agent, an U.S. envoy, a MEP, a MSc") ==
        "[[a]] FBI agent, [[an]] U.S. envoy, [[a]] MEP, [[a]] MSc");
  CHECK(m("an FBI agent, a U.S. envoy, an MEP, a NATO summit, an OPEC deal, a FIVE-year-old") ==
        "an FBI agent, a U.S. envoy, an MEP, a NATO summit, an OPEC deal, a FIVE-year-old");
  CHECK(m("a 8-year-old, a 11-day strike, an 100-day plan") ==
        "[[a]] 8-year-old, [[a]] 11-day strike, [[an]] 100-day plan");
  CHECK(m("an 18,000-strong union, an 1898 ruling, a 1,800-page bill") ==
        "an 18,000-strong union, an 1898 ruling, a 1,800-page bill");
}

TEST_CASE("a-an: look-alikes that are not articles") {
  CHECK(m("vitamin A in plan B; a and b; 3.a and 3.b; an historic, a historic") ==
        "vitamin A in plan B; a and b; 3.a and 3.b; an historic, a historic");
  CHECK(m("He met a Iair Tawil.") == "He met a Iair Tawil.");
  CHECK(m("It is a \"industry standard\".") == "It is [[a]] \"industry standard\".");
}

TEST_CASE("a-an: two articles in a row are another slip") {
  CHECK(marked("prose/a-an", "It was a an anti-war rally and an the end.") ==
        "It was a an anti-war rally and an the end.");
}
