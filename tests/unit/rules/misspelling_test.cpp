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
  Draft d = draft("Teh TEH teh alot");
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *builtin_rules().find("prose/misspelling"), ds);
  REQUIRE(ds.size() == 4);
  CHECK(ds[0].fix->replacement == "The");
  CHECK(ds[1].fix->replacement == "THE");
  CHECK(ds[2].fix->replacement == "the");
  CHECK(ds[3].fix->replacement == "a lot");
  CHECK(ds[3].message == "'alot' is misspelled: write 'a lot'");
}
