// prose/missing-space, with inline expectations: [[ ]] marks each flagged character.
#include "../support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

namespace {
std::string ms(std::string text, std::string path = "draft.txt") {
  return marked("prose/missing-space", std::move(text), std::move(path));
}
} // namespace

TEST_CASE("missing-space: the slips in the seed drafts") {
  CHECK(ms("amid ongoing conflict.The meeting") == "amid ongoing conflict[[.]]The meeting");
  CHECK(ms("beyond Eastern Europe,the discussions") == "beyond Eastern Europe[[,]]the discussions");
  CHECK(ms("Hegseth and U.K.Officials Explore") == "Hegseth and U.K[[.]]Officials Explore");
  CHECK(ms("between Europe and the U.S.is essential") ==
        "between Europe and the U.S[[.]]is essential");
  CHECK(ms("Last month,Washington presented") == "Last month[[,]]Washington presented");
  CHECK(ms("earlier talks. Though,Kyiv’s allies") == "earlier talks. Though[[,]]Kyiv’s allies");
  CHECK(ms("dialogues,such as hearings and consultations,officials") ==
        "dialogues[[,]]such as hearings and consultations[[,]]officials");
}

TEST_CASE("missing-space: every punctuation mark, and slips at sentence boundaries") {
  CHECK(ms("invaded in 2022.The war") == "invaded in 2022[[.]]The war");
  CHECK(ms("Why now?Nobody knows!Really") == "Why now[[?]]Nobody knows[[!]]Really");
  CHECK(ms("on Monday;Tuesday was quiet") == "on Monday[[;]]Tuesday was quiet");
  CHECK(ms("Key point:The budget") == "Key point[[:]]The budget");
  CHECK(ms("“We need it,”said Merz.") == "“We need it,”said Merz.");
  CHECK(ms("in the region.central banks") == "in the region[[.]]central banks");
}

TEST_CASE("missing-space: initialisms, initials and abbreviations are fine") {
  CHECK(ms("The U.S. envoy met U.K. officials and the U.S.A. team.") ==
        "The U.S. envoy met U.K. officials and the U.S.A. team.");
  CHECK(ms("U.S.-U.K. relations; J.R.R. Tolkien; a Ph.D. thesis") ==
        "U.S.-U.K. relations; J.R.R. Tolkien; a Ph.D. thesis");
  CHECK(ms("Wyoming U.S Senate candidate; J.P Morgan; Sen. Capito (R-W.Va.)") ==
        "Wyoming U.S Senate candidate; J.P Morgan; Sen. Capito (R-W.Va.)");
  CHECK(ms("e.g. this, i.e. that, at 10 p.m. today") == "e.g. this, i.e. that, at 10 p.m. today");
  CHECK(ms("Wait... What?") == "Wait... What?");
}

TEST_CASE("missing-space: numbers, times, tickers, entities, files") {
  CHECK(ms("It grew 3.5 percent to 7,500 jobs at 10:30.") ==
        "It grew 3.5 percent to 7,500 jobs at 10:30.");
  CHECK(ms("Microsoft Corp (MSFT.O) and Lenovo 0992.HK and (NASDAQ:AAPL)") ==
        "Microsoft Corp (MSFT.O) and Lenovo 0992.HK and (NASDAQ:AAPL)");
  CHECK(ms("at &amp;lt;a href&amp;gt;video") == "at &amp;lt;a href&amp;gt;video");
  CHECK(ms("The file report.pdf and data.csv") == "The file report.pdf and data.csv");
  CHECK(ms("since the 1980?s and don?t") == "since the 1980?s and don?t");
}

TEST_CASE("missing-space: web addresses and code are verbatim") {
  CHECK(ms("Visit https://example.com/a,b;c?x=Y or nytimes.com today.") ==
        "Visit https://example.com/a,b;c?x=Y or nytimes.com today.");
  CHECK(ms("Write to desk@news.Example.org now.") == "Write to desk@news.Example.org now.");
  CHECK(ms("Read the re/code.net coverage.") == "Read the re/code.net coverage.");
  CHECK(ms("Run `config.Yaml,local` now.", "a.md") == "Run `config.Yaml,local` now.");
  CHECK(ms("```\ncode.The x\n```\n", "a.md") == "```\ncode.The x\n```\n");
}

TEST_CASE("missing-space: headings, list items and table cells are checked") {
  CHECK(ms("Talks Resume.Again\n- item one,two\nA | b,c |\n---|---|\n") ==
        "Talks Resume[[.]]Again\n- item one[[,]]two\nA | b[[,]]c |\n---|---|\n");
}

TEST_CASE("missing-space: the fix inserts one space after the mark") {
  Draft d = draft("ended.The envoy");
  const Rule* rule = builtin_rules().find("prose/missing-space");
  REQUIRE(rule);
  std::vector<Diagnostic> ds;
  builtin_rules().check_document(*d.doc, *rule, ds);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "missing space after '.'");
  CHECK(ds[0].severity == Severity::warning);
  REQUIRE(ds[0].fix);
  CHECK(ds[0].fix->span == Span{6, 6});
  CHECK(ds[0].fix->replacement == " ");
}

TEST_CASE("missing-space: a quotation mark glued to a colon or comma") {
  auto m = [](std::string t) { return marked("prose/missing-space", std::move(t)); };
  CHECK(m("The coach said:\"We lost.\"") == "The coach said[[:]]\"We lost.\"");
  CHECK(m("The captain added,“We will be back.”") == "The captain added[[,]]“We will be back.”");
  // After an odd number of straight marks the mark closes: the space is missing after it.
  CHECK(m("\"We lost,\"the coach said.") == "\"We lost,[[\"]]the coach said.");
  CHECK(m("The columns \"name\",\"age\" and a list: \"x\".") ==
        "The columns \"name\",\"age\" and a list: \"x\".");
}
