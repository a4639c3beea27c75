#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/proper-noun-case", std::move(t));
}

TEST_CASE("proper-noun-case: lexicon names in lower case") {
  CHECK(m("Support for ukraine grew in the united States and in sweden on monday.") ==
        "Support for [[ukraine]] grew in the [[united States]] and in [[sweden]] on [[monday]].");
  CHECK(m("They may march past the white house in the united states.") ==
        "They may march past the white house in the united states.");
}

TEST_CASE("proper-noun-case: names the document capitalises, and surnames after given names") {
  CHECK(m("President Volodymyr zelenskyy spoke. Critics of Zelenskyy agreed. Later Zelenskyy "
          "left.") == "President Volodymyr [[zelenskyy]] spoke. Critics of Zelenskyy agreed. Later "
                      "Zelenskyy left.");
  CHECK(m("Leaders such as Antonio costa and Ursula von der Leyen met.") ==
        "Leaders such as Antonio [[costa]] and Ursula von der Leyen met.");
}

TEST_CASE("proper-noun-case: look-alikes") {
  CHECK(m("Visit ukraine.example.org or #ukraine; write to @sweden.") ==
        "Visit ukraine.example.org or #ukraine; write to @sweden.");
  CHECK(m("Dick misspoke at the San Francisco newsroom, in plain manila envelopes.") ==
        "Dick misspoke at the San Francisco newsroom, in plain manila envelopes.");
  CHECK(m("the Yorkville Endoscopy clinic did an endoscopy. Yorkville Endoscopy denied it.") ==
        "the Yorkville Endoscopy clinic did an endoscopy. Yorkville Endoscopy denied it.");
  CHECK(m("“We’re listening, and that’s all we’re doing,” he said.") ==
        "“We’re listening, and that’s all we’re doing,” he said.");
}
