#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t, std::string path = "draft.txt") {
  return marked("prose/sentence-case", std::move(t), std::move(path));
}

TEST_CASE("sentence-case: sentences, list items and table cells") {
  CHECK(m("The talks ended. moreover, nothing changed at the port.") ==
        "The talks ended. [[moreover]], nothing changed at the port.");
  CHECK(m("- Diplomatic Engagement: yes.\n- security Cooperation: Improving integration.\n- "
          "Economic Aid: more.\n") == "- Diplomatic Engagement: yes.\n- [[security]] Cooperation: "
                                      "Improving integration.\n- Economic Aid: more.\n");
  CHECK(m("Key Strategies | Expected Outcomes |\n---|---|\nCoalition Building | increased "
          "diplomatic leverage |\nLocal Work | Better access |\n") ==
        "Key Strategies | Expected Outcomes |\n---|---|\nCoalition "
        "Building | [[increased]] diplomatic leverage |\nLocal Work | Better access |\n");
  CHECK(m("a sentence.") == "[[a]] sentence.");
}

TEST_CASE("sentence-case: lower case by design is fine") {
  CHECK(m("iPhone sales rose. eBay fell. von der Leyen spoke.") ==
        "iPhone sales rose. eBay fell. von der Leyen spoke.");
  CHECK(m("“Really?” she asked. “Yes!” he said.") == "“Really?” she asked. “Yes!” he said.");
  CHECK(m("1. an item in a list\n2. another item.\n") ==
        "1. an item in a list\n2. another item.\n");
  CHECK(m("The fixes include:\nadd the ability to select units of measure.\n") ==
        "The fixes include:\nadd the ability to select units of measure.\n");
  CHECK(m("A therapist from Tampa, Fla. has spent $20,000 on it.") ==
        "A therapist from Tampa, Fla. has spent $20,000 on it.");
  CHECK(m("See #kobane and via Daily Mail") == "See #kobane and via Daily Mail");
  CHECK(m("Unit | Value |\n---|---|\nkm | 12 |\n") == "Unit | Value |\n---|---|\nkm | 12 |\n");
}

TEST_CASE("sentence-case: values in tables, image alt text, hyphenated list items") {
  // A column of values written in lower case is a style; a cell that is a sentence is not.
  CHECK(m("| Measure | Change |\n|---|---|\n| Revenue | up 6% |\n| Staff | about 200 |\n") ==
        "| Measure | Change |\n|---|---|\n| Revenue | up 6% |\n| Staff | about 200 |\n");
  CHECK(m("| Step | Note |\n|---|---|\n| One | the council voted. |\n| Two | none |\n") ==
        "| Step | Note |\n|---|---|\n| One | [[the]] council voted. |\n| Two | none |\n");
  CHECK(m("![a lifeboat in the harbour](boat.jpg)\n") ==
        "![a lifeboat in the harbour](boat.jpg)\n");
  // A hyphenated first word is a word; a slug is not.
  CHECK(m("- Wages rose.\n- long-term debt fell.\n- Prices held.\n") ==
        "- Wages rose.\n- [[long]]-term debt fell.\n- Prices held.\n");
  CHECK(m("See iphone-6-nfc-820x420 for the file.\n") ==
        "See iphone-6-nfc-820x420 for the file.\n");
}
