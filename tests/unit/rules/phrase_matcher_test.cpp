#include "rules/phrase_matcher.hpp"
#include "rules/word_set.hpp"

#include "../support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("phrase matcher: longest match, token aware, thousands of entries") {
  PhraseMatcher pm(true);
  for (int i = 0; i < 5000; ++i) pm.add("filler" + std::to_string(i), i);
  pm.add("United States", 9001);
  pm.add("United States of America", 9002);
  pm.add("U.S.", 9003);
  CHECK(pm.size() == 5003);
  std::string text = "the united STATES of america and the U.S. and filler42 but not filler42x";
  std::vector<Token> toks;
  tokenize_text(text, 0, toks);
  std::vector<int> ids;
  pm.find(text, toks, [&](const PhraseMatcher::Match& m) { ids.push_back(m.id); });
  CHECK(ids == std::vector<int>{9002, 9003, 42});
}

TEST_CASE("word set: sorted lookups over one buffer, plus additions") {
  WordSet ws("# comment\nalpha\nbeta\nChina\nchina\n");
  CHECK(ws.size() == 4);
  CHECK(ws.contains("China"));
  CHECK(ws.contains("beta"));
  CHECK_FALSE(ws.contains("gamma"));
  ws.add("gamma");
  CHECK(ws.contains("gamma"));
}
