#include "../support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/misspelling", std::move(t));
}

TEST_CASE("misspelling: listed slips, whatever their case") {
  CHECK(m("Officials from teh United Kingdom could not onyl agree on diffrent terms.") ==
        "Officials from [[teh]] United Kingdom could not [[onyl]] agree on [[diffrent]] terms.");
  CHECK(m("Teh goverment said so.") == "[[Teh]] [[goverment]] said so.");
  CHECK(m("The government said the talks only stabilize different markets.") ==
        "The government said the talks only stabilize different markets.");
}

TEST_CASE("misspelling: the fix keeps the capitalisation") {
  Draft d = draft("Teh teh alot. Acording to them, it was dissapointing.");
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *builtin_rules().find("prose/misspelling"), ds);
  REQUIRE(ds.size() == 5);
  CHECK(ds[0].fix->replacement == "The");
  CHECK(ds[1].fix->replacement == "the");
  CHECK(ds[2].fix->replacement == "a lot");
  CHECK(ds[2].message == "'alot' is misspelled: write 'a lot'");
  CHECK(ds[3].fix->replacement == "According");
  CHECK(ds[4].fix->replacement == "disappointing");
}

TEST_CASE("misspelling: a capitalised word in a sentence is a name first") {
  // Surnames that are on the list as slips: after a given name, a title, an honorific, a verb.
  CHECK(m("Finance Minister Jane Teh said so, and Mr. Teh agreed.") ==
        "Finance Minister Jane Teh said so, and Mr. Teh agreed.");
  CHECK(m("The only candidate is Adn, who leads.") == "The only candidate is Adn, who leads.");
  // At the start of a sentence, a name when the next word is capitalised too.
  CHECK(m("Teh Kok Leong said so. Teh talks ended.") ==
        "Teh Kok Leong said so. [[Teh]] talks ended.");
  // A correction that is a proper noun is reported anywhere; acronyms are left alone.
  CHECK(m("Exports to Britian rose, IHS said.") == "Exports to [[Britian]] rose, IHS said.");
  // The writer's "[sic]" keeps the source's spelling.
  CHECK(m("She wrote that everone [sic] was welcome, and everone came.") ==
        "She wrote that everone [sic] was welcome, and [[everone]] came.");
}
