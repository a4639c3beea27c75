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

TEST_CASE("proper-noun-case: names of places and organisations of several words") {
  CHECK(m("The Birch Hollow council met. Residents of Birch Hollow protested, and the birch "
          "hollow library closed.") ==
        "The Birch Hollow council met. Residents of Birch Hollow protested, and the [[birch "
        "hollow]] library closed.");
  // A possessive on the last word; a single word the draft capitalises (at a sentence start
  // too, once it is also capitalised inside one).
  CHECK(m("Fenwick officials met at the Cedar Road depot. The Fenwick staff said the Cedar Road "
          "site was safe, but fenwick's mayor and cedar road's neighbours disagreed.") ==
        "Fenwick officials met at the Cedar Road depot. The Fenwick staff said the Cedar Road "
        "site was safe, but [[fenwick]]'s mayor and [[cedar road]]'s neighbours disagreed.");
  // A word capitalised only where every word is (a sentence's start) is no name by itself.
  CHECK(m("Papá dijo que no. Papá volvió. Y papá lloró.") ==
        "Papá dijo que no. Papá volvió. Y papá lloró.");
  // Topics and roles are written either way; one capitalised mention is not enough; "a" makes
  // a run generic.
  CHECK(m("Experts on Climate Change spoke. Climate Change is real, and climate change is here.") ==
        "Experts on Climate Change spoke. Climate Change is real, and climate change is here.");
  CHECK(m("He met Prime Minister Sato. Prime Minister Sato said the prime minister would go.") ==
        "He met Prime Minister Sato. Prime Minister Sato said the prime minister would go.");
  CHECK(m("Drivers used the Mill Road bridge, then the Mill Road exit, not a mill road.") ==
        "Drivers used the Mill Road bridge, then the Mill Road exit, not a mill road.");
}

TEST_CASE("proper-noun-case: British spellings are words, not surnames") {
  CHECK(m("Striker Duncan criticised the referee while Coach Anna analysed the tape.") ==
        "Striker Duncan criticised the referee while Coach Anna analysed the tape.");
}
