#include "rules/embedded_rules.hpp"
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
  Draft d = draft("the united STATES of america and the U.S. and filler42 but not filler42x");
  std::vector<int> ids;
  pm.find(*d.doc, d.doc->tokens, [&](const PhraseMatcher::Match& m) { ids.push_back(m.id); });
  CHECK(ids == std::vector<int>{9002, 9003, 42});
  CHECK(pm.match_exact(*d.doc, std::span(d.doc->tokens).subspan(1, 2)) == 9001);
  CHECK(pm.match_exact(*d.doc, std::span(d.doc->tokens).subspan(1, 1)) == -1);
}

TEST_CASE("phrase matcher: a case-sensitive list matches only the listed spelling") {
  PhraseMatcher pm(false);
  pm.add("iPhone", 1);
  Draft d = draft("An iPhone, an IPHONE and an iphone.");
  std::vector<std::string> hits;
  pm.find(*d.doc, d.doc->tokens, [&](const PhraseMatcher::Match& m) {
    hits.emplace_back(d.text(d.doc->tokens[m.first_token].span));
  });
  CHECK(hits == std::vector<std::string>{"iPhone"});
}

TEST_CASE("document tokens carry their folded form, its hash and their case shape") {
  Draft d = draft("ZELENSKYY met Zelenskyy in Ça Va.");
  // Case shape: "ZELENSKYY", "met", "Zelenskyy", "in", "Ça", "Va", "."
  CHECK(d.doc->tokens[0].shape == kStartsUpper);
  CHECK(d.doc->tokens[1].shape == kAllLower);
  CHECK(d.doc->tokens[2].shape == kStartsUpper);
  CHECK(d.doc->tokens[4].shape == kStartsUpper);
  CHECK(d.doc->tokens[6].shape == 0);
  WordSet names;
  names.add("zelenskyy");
  CHECK(names.contains(*d.doc, d.doc->tokens[0])); // folded "ZELENSKYY"
  CHECK_FALSE(names.contains(*d.doc, d.doc->tokens[1]));
  CHECK(d.doc->folded(d.doc->tokens[0]) == "zelenskyy");
  CHECK(d.doc->folded(d.doc->tokens[2]) == "zelenskyy");
  CHECK(d.doc->tokens[0].folded_hash == d.doc->tokens[2].folded_hash);
  CHECK(d.doc->folded(d.doc->tokens[4]) == "\xC3\xA7"
                                           "a");
}

TEST_CASE("word set: hashed lookups over one buffer, plus additions") {
  WordSet ws("# comment\nalpha\nbeta\nChina\nchina\n");
  CHECK(ws.size() == 4);
  CHECK(ws.contains("China"));
  CHECK(ws.contains("beta"));
  CHECK_FALSE(ws.contains("gamma"));
  ws.add("gamma");
  CHECK(ws.contains("gamma"));
  CHECK(ws.size() == 5);
  WordSet same("# comment\nalpha\nbeta\nChina\nchina\n"); // shares the compiled table
  CHECK_FALSE(same.contains("gamma"));
  WordSet big;
  for (int i = 0; i < 50000; ++i) big.add(std::to_string(i) + "w");
  CHECK(big.size() == 50000);
  CHECK(big.contains("49999w"));
  CHECK_FALSE(big.contains("50000w"));
  // Copies share their added words until one of them adds another.
  WordSet copy = ws;
  copy.add("delta");
  CHECK(copy.contains("delta"));
  CHECK(copy.contains("gamma"));
  CHECK_FALSE(ws.contains("delta"));
  CHECK(ws.size() == 5);
}

TEST_CASE("word set: the indexes the build compiled are the lists' own") {
  std::size_t lists = 0, words = 0;
  for (const EmbeddedFile& f : embedded_rule_files()) {
    if (!f.path.starts_with("lists/") || !f.path.ends_with(".txt")) {
      CHECK(f.word_slots.empty());
      continue;
    }
    ++lists;
    CAPTURE(f.path);
    WordSet compiled = WordSet::compiled(f.words());
    WordSet runtime{std::string(f.content)};
    CHECK(compiled.size() == runtime.size());
    std::size_t lines = 0;
    for (std::size_t p = 0, e; p < f.content.size(); p = e + 1) {
      e = std::min(f.content.find('\n', p), f.content.size());
      std::string_view line = f.content.substr(p, e - p);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      ++lines;
      if (!compiled.contains(line)) FAIL_CHECK("missing: " << line);
      std::string other = std::string(line) + "x";
      CHECK(compiled.contains(other) == runtime.contains(other));
    }
    CHECK(compiled.size() == lines);
    words += lines;
  }
  CHECK(lists >= 15);
  CHECK(words > 70000); // the dictionary alone has 74,837
  // A compiled set takes additions like any other.
  const EmbeddedFile* dictionary = nullptr;
  for (const EmbeddedFile& f : embedded_rule_files())
    if (f.path == "lists/english-words.txt") dictionary = &f;
  REQUIRE(dictionary != nullptr);
  WordSet extended = WordSet::compiled(dictionary->words());
  CHECK_FALSE(extended.contains("claimlintish"));
  extended.add("claimlintish");
  CHECK(extended.contains("claimlintish"));
  CHECK(extended.contains("house"));
}
