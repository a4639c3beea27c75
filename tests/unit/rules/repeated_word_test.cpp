#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/repeated-word", std::move(t));
}

TEST_CASE("repeated-word: doubled words, across a line break too") {
  CHECK(m("Talks resumed in the the capital.") == "Talks resumed in [[the the]] capital.");
  CHECK(m("The The talks began. I I am here.") == "[[The The]] talks began. [[I I]] am here.");
  CHECK(m("You can feel confident that that this works.") ==
        "You can feel confident [[that that]] this works.");
  CHECK(m("The strike at the port of Veldmoor, which began on March 2, was called by the\nthe "
          "union.") == "The strike at the port of Veldmoor, which began on March 2, was called by "
                       "[[the\nthe]] union.");
}

TEST_CASE("repeated-word: doublings English allows") {
  CHECK(m("He said that that plan had had its day.") == "He said that that plan had had its day.");
  CHECK(m("He gave her her phone and logged in in seconds.") ==
        "He gave her her phone and logged in in seconds.");
  CHECK(m("Bye bye, ha ha, beep beep.") == "Bye bye, ha ha, beep beep.");
  CHECK(m("Qiang Qiang and Walla Walla met. May May is my friend.") ==
        "Qiang Qiang and Walla Walla met. May May is my friend.");
  CHECK(m("Reports that IS is using it; it is, it is.") ==
        "Reports that IS is using it; it is, it is.");
  CHECK(m("He has been in in-school suspension.") == "He has been in in-school suspension.");
}

TEST_CASE("repeated-word: a particle, then a preposition") {
  // The verb pairs with the particle in WordNet (lists/phrasal-verbs.txt), a pronoun stands
  // between them, or a time phrase follows.
  CHECK(m("Nobody knew what was going on on the island.") ==
        "Nobody knew what was going on on the island.");
  CHECK(m("The forms were filled in in a hurry and the match was called off off Cork.") ==
        "The forms were filled in in a hurry and the match was called off off Cork.");
  CHECK(m("They switched it on on Friday; she had been hoping for for decades.") ==
        "They switched it on on Friday; she had been hoping for for decades.");
  // No verb of that particle before: a slip.
  CHECK(m("The city will spend more on on parks.") == "The city will spend more [[on on]] parks.");
  CHECK(m("Ferries sail to to the islands.") == "Ferries sail [[to to]] the islands.");
}

TEST_CASE("repeated-word: a capitalised pair is a name, an all-capitals word is not") {
  CHECK(m("She toured Sing Sing before flying to Bora Bora.") ==
        "She toured Sing Sing before flying to Bora Bora.");
  // A known proper noun doubled is a slip.
  CHECK(m("The vote is in May May, they said.") == "The vote is in [[May May]], they said.");
  CHECK(m("OIL PRICES CLIMB AS CRUDE CRUDE STOCKS FALL") ==
        "OIL PRICES CLIMB AS [[CRUDE CRUDE]] STOCKS FALL");
}
