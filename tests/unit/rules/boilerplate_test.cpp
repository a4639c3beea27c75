// prose/boilerplate is an `existence` rule: this also tests the generic kind.
#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t) {
  return marked("prose/boilerplate", std::move(t));
}

TEST_CASE("boilerplate (existence): phrases matched by words, ignoring case and spacing") {
  CHECK(m("Peace talks continue. (SEO keywords preserved throughout)") ==
        "Peace talks continue. ([[SEO keywords]] preserved throughout)");
  CHECK(m("As an AI language model, I cannot say. lorem   IPSUM dolor.") ==
        "[[As an AI language model]], I cannot say. [[lorem   IPSUM]] dolor.");
  CHECK(m("The keywords of the treaty were preserved throughout the SEO-free talks.") ==
        "The keywords of the treaty were preserved throughout the SEO-free talks.");
}
