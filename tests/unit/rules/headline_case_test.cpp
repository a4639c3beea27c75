#include "../support.hpp"

using namespace claimlint::testing;

static std::string m(std::string t, std::string path = "draft.txt") {
  return marked("prose/headline-case", std::move(t), std::move(path));
}

TEST_CASE("headline-case: one lower-case word in a title-case heading") {
  CHECK(m("Intensified Diplomatic Initiatives as Ukraine Seeks Global Backing in peace "
          "Talks\nBody.\n") == "Intensified Diplomatic Initiatives as Ukraine Seeks Global Backing "
                               "in [[peace]] Talks\nBody.\n");
  CHECK(m("# Recommendations for sustainable Peace: Strategies to Ensure a Lasting Resolution\n",
          "a.md") ==
        "# Recommendations for [[sustainable]] Peace: Strategies to Ensure a Lasting Resolution\n");
}

TEST_CASE("headline-case: sentence case, minor words, labels, credits, paragraphs") {
  CHECK(m("Strike enters third week as Veldmoor port stays shut\n") ==
        "Strike enters third week as Veldmoor port stays shut\n");
  CHECK(m("A Multifaceted Journey toward Sustainable Peace Remains Ahead\n") ==
        "A Multifaceted Journey toward Sustainable Peace Remains Ahead\n");
  CHECK(m("Also read: Joan Rivers Doctor Out at Clinic After Her Death\n") ==
        "Also read: Joan Rivers Doctor Out at Clinic After Her Death\n");
  CHECK(m("(Reporting by Michael Holden; editing by Andrew Hay)\n") ==
        "(Reporting by Michael Holden; editing by Andrew Hay)\n");
  CHECK(m("The Big Strike Goes on in peace Talks Today.\n") ==
        "The Big Strike Goes on in peace Talks Today.\n");
}

TEST_CASE("headline-case: British spellings count as words; sentence case with a stray capital") {
  CHECK(m("# Council Unveils plan to Rebuild Old Harbour\n") ==
        "# Council Unveils [[plan]] to Rebuild Old Harbour\n");
  CHECK(m("# Ferry operator cancels Weekend sailings after storm\n") ==
        "# Ferry operator cancels [[Weekend]] sailings after storm\n");
  // Names: a run of capitals, a word the body capitalises, a plain-text line.
  CHECK(m("# Crowds gather outside Supreme Court after ruling\n") ==
        "# Crowds gather outside Supreme Court after ruling\n");
  CHECK(m("# Ferry operator cancels Express sailings after storm\n\nThe Express runs daily.\n") ==
        "# Ferry operator cancels Express sailings after storm\n\nThe Express runs daily.\n");
  CHECK(m("Ferry operator cancels Weekend sailings after storm\n\nThe ferry was late.\n") ==
        "Ferry operator cancels Weekend sailings after storm\n\nThe ferry was late.\n");
}
