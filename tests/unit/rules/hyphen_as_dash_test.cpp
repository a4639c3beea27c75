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
