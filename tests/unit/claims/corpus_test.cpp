// The corpus stage: person resolution across drafts, and the claims/* rules on small stories.
#include "corpus/corpus.hpp"

#include "story_support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("the corpus keeps people, dates and figures with a signature, and no attribution "
          "without a quotation") {
  SourceFile f("a.txt",
               "The strike, which began on March 2, is now in its third week. Transport "
               "Minister Anna de Vries said 40 buses ran. Mayor Piet Jansen counted 12 cars.\n");
  std::vector<Claim> all;
  check_source(f, builtin_rules(), &all);
  std::vector<Claim> kept = all;
  keep_corpus_claims(kept);
  auto kinds = [&](const std::vector<Claim>& cs) {
    std::vector<std::string> out;
    for (const Claim& c : cs)
      out.push_back(std::string(claim_kind_name(c.kind)) + ":" + std::string(f.slice(c.span)) +
                    (c.subject.empty() ? "" : "@" + c.subject));
    return out;
  };
  CHECK(kinds(all) == std::vector<std::string>{"date:March 2@strike", "duration:third week@strike",
                                               "person:Transport Minister Anna de Vries",
                                               "attribution:Transport Minister Anna de Vries said",
                                               "count:40 buses", "person:Mayor Piet Jansen",
                                               "count:12 cars"});
  CHECK(kinds(kept) == std::vector<std::string>{"date:March 2@strike", "duration:third week@strike",
                                                "person:Transport Minister Anna de Vries",
                                                "count:40 buses", "person:Mayor Piet Jansen",
                                                "count:12 cars"});
}

TEST_CASE("edit distance is capped") {
  CHECK(edit_distance("zelensky", "zelenskyy", 1) == 1);
  CHECK(edit_distance("hegseth", "hegseth", 1) == 0);
  CHECK(edit_distance("ortiz", "martinez", 1) == 2);
}

TEST_CASE(
    "people resolve across drafts by family name, nicknames and initials, never by family alone") {
  Story s = check_story(
      {{"a.txt",
        "Pete Hegseth spoke. Pete Hegseth left. Mayor Tom Berg and Former Mayor Kees Berg met.\n"},
       {"b.txt", "Peter Hegseth and Hegseth again. Berg said nothing.\n"}});
  // Pete/Peter is one person (a name variant, a 1:1 tie between the two drafts: both sides,
  // once per draft, the second "Pete" a note); the two Bergs are two people, and the bare "Berg" is
  // left unresolved: no title conflict between them.
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/name-variant a.txt: Pete Hegseth",
                                 "claims/name-variant b.txt: Peter Hegseth"});
}

TEST_CASE("title, date, quantity and duration conflicts, with related locations") {
  Story s = check_story({
      {"day1.txt", "---\ndate: 2025-03-20\n---\nDeputy Mayor Lena Ortiz, who took office in "
                   "January 2023, spoke. "
                   "Union leader Pieter Jansen, who represents roughly 7,500 workers, agreed.\n"},
      {"day2.txt",
       "---\ndate: 2025-03-20\n---\nMayor Lena Ortiz, in office since January 2024, spoke. "
       "Jansen, the union leader, said the 7,000 workers he represents agree.\n"},
  });
  // A story of two drafts: every disagreement is a 1:1 tie, reported on both sides.
  CHECK(s.claims_findings() == std::vector<std::string>{
                                   "claims/title-conflict day1.txt: Deputy Mayor Lena Ortiz",
                                   "claims/date-conflict day1.txt: January 2023",
                                   "claims/quantity-conflict day1.txt: roughly 7,500 workers",
                                   "claims/title-conflict day2.txt: Mayor Lena Ortiz",
                                   "claims/date-conflict day2.txt: January 2024",
                                   "claims/quantity-conflict day2.txt: 7,000 workers",
                               });
  for (const Diagnostic& d : s.diagnostics)
    if (d.rule.starts_with("claims/")) {
      REQUIRE(d.related.size() == 1);
      CHECK(d.related[0].file != nullptr);
    }
}

TEST_CASE(
    "durations: undated drafts compared by length at info severity; compatible ones are quiet") {
  Story s = check_story({{"a.txt", "The war has persisted for nearly two years.\n"},
                         {"b.txt", "After nearly four years of fighting, the war goes on.\n"},
                         {"c.txt", "The war has lasted about two years.\n"}});
  std::vector<std::string> found = s.claims_findings();
  // "nearly four years" is the odd one out: the other two agree with each other.
  CHECK(found == std::vector<std::string>{"claims/duration-conflict b.txt: nearly four years"});
  for (const Diagnostic& d : s.diagnostics)
    if (d.rule == "claims/duration-conflict") CHECK(d.severity == Severity::info);
}

TEST_CASE("durations with dates: the implied start is compared with the stated start") {
  Story s = check_story(
      {{"a.txt", "---\ndate: 2025-03-20\n---\nThe strike, which began on March 2, goes on.\n"},
       {"b.txt", "---\ndate: 2025-03-20\n---\nThe strike has lasted 18 days.\n"},
       {"c.txt", "---\ndate: 2025-03-20\n---\nThe walkout has lasted nearly five months.\n"}});
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/duration-conflict c.txt: nearly five months"});
}

TEST_CASE("durations: ordinals after a possessive count how long the subject has lasted") {
  Story s = check_story(
      {{"a.txt",
        "---\ndate: 2025-03-20\n---\nThe strike, now in its third week, began on March 2.\n"},
       {"b.txt", "---\ndate: 2025-03-20\n---\nThe strike, now in its fifth week, goes on.\n"},
       {"c.txt",
        "---\ndate: 2025-03-20\n---\nIn the third week of the strike, talks resumed. It was "
        "the second day of the talks.\n"}});
  // Mar 20 is 18 days after Mar 2: the third week fits, the fifth does not; "the third week
  // of the strike" is a time within it, not how long it has lasted.
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/duration-conflict b.txt: fifth week"});
  REQUIRE(s.diagnostics.size() >= 1);
  for (const Diagnostic& d : s.diagnostics)
    if (d.rule == "claims/duration-conflict") {
      REQUIRE(d.related.size() == 1);
      CHECK(d.related[0].message == "the start given here");
    }
}

TEST_CASE("durations: a week-scale duration gets a week's slack, not a month's") {
  Story s =
      check_story({{"a.txt", "---\ndate: 2025-03-20\n---\nThe strike began on March 2.\n"},
                   {"b.txt", "---\ndate: 2025-03-20\n---\nThe strike has lasted six weeks.\n"},
                   {"c.txt", "---\ndate: 2025-03-20\n---\nThe strike has lasted two weeks.\n"}});
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/duration-conflict b.txt: six weeks"});
}

TEST_CASE("dates: days without a year count once the draft's date resolves them") {
  Story s = check_story(
      {{"a.txt",
        "---\ndate: 2025-03-20\n---\nThe strike, which began on Sunday, March 2, goes on.\n"},
       {"b.txt", "---\ndate: 2025-03-05\n---\nThe strike began on Monday, the union said.\n"},
       {"c.txt", "---\ndate: 2025-03-20\n---\nThe strike began on March 2. The war began after "
                 "the Sept. 11 attacks in 2001.\n"},
       {"d.txt", "---\ndate: 2025-03-20\n---\nThe war began on Sept. 11 in 2001.\n"}});
  // "Monday" in a draft of Wednesday March 5 is March 3, not March 2. "Sept. 11" next to 2001
  // is not resolved into 2024, so the war's dates agree.
  CHECK(s.claims_findings() == std::vector<std::string>{"claims/date-conflict b.txt: Monday"});
}

TEST_CASE("durations: taking office is the start of a person's years in office") {
  Story s = check_story(
      {{"a.txt", "---\ndate: 2025-06-12\n---\nMayor Lena Ortiz, now in her fourth year in "
                 "office, spoke. Ortiz took office in January 2024.\n"},
       {"b.txt", "---\ndate: 2025-06-12\n---\nMayor Lena Ortiz, now in her second year, "
                 "spoke.\n"}});
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/duration-conflict a.txt: fourth year"});
}

TEST_CASE("quantity conflict on money: same subject and purpose, same currency, other sentences") {
  Story s = check_story(
      {{"a.txt", "The council approved a budget of €12 million. The strike has cost $2 million "
                 "to $3 million. A $5 million contract was signed.\n"},
       {"b.txt", "The council approved the €15 million budget. The £10 million budget of the port "
                 "is separate. A $7 million contract followed.\n"}});
  // The port's budget is in pounds (never compared across currencies); the contracts share
  // nothing but their noun, which alone aligns nothing; the strike's range is one statement.
  // Two drafts: a tie, reported on both sides.
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/quantity-conflict a.txt: €12 million",
                                 "claims/quantity-conflict b.txt: €15 million"});
}

TEST_CASE("title conflict: a title with its own end date is a former one once it has ended") {
  Story s = check_story(
      {{"a.txt", "---\ndate: 2025-05-02\n---\nKees Berg, who was mayor until 2019, spoke. Piet "
                 "Bos, who was mayor until 2027, waved. Anna Smit, who served as deputy mayor, "
                 "left.\n"},
       {"b.txt", "---\ndate: 2025-05-03\n---\nFormer mayor Kees Berg smiled. Mayor Piet Bos "
                 "agreed. Mayor Anna Smit nodded.\n"}});
  // Berg's past title is "former mayor" in both; Bos is still mayor until 2027; Smit was a
  // deputy mayor, never the mayor: a tie between the two drafts, both sides reported.
  CHECK(s.claims_findings() ==
        std::vector<std::string>{"claims/title-conflict a.txt: Anna Smit",
                                 "claims/title-conflict b.txt: Mayor Anna Smit"});
}

TEST_CASE("a finding names at most ten related statements and counts the rest") {
  std::vector<std::pair<std::string, std::string>> drafts;
  for (int i = 0; i < 12; ++i)
    drafts.push_back(
        {fmt::format("d{}.md", 10 + i),
         "---\ndate: 2025-03-20\n---\nThe strike, now in its second week, goes on.\n"});
  drafts.push_back(
      {"odd.md", "---\ndate: 2025-03-20\n---\nThe strike, now in its ninth week, goes on.\n"});
  Story s = check_story(drafts);
  const Diagnostic* odd = nullptr;
  for (const Diagnostic& d : s.diagnostics)
    if (d.rule == "claims/duration-conflict" && d.file->path() == "odd.md") odd = &d;
  REQUIRE(odd != nullptr);
  REQUIRE(odd->related.size() == 10);
  CHECK(odd->related[0].message == "a duration that does not fit");
  CHECK(odd->related[9].message == "a duration that does not fit (and 2 more statements)");
}

TEST_CASE("a related list keeps ten statements and counts the others") {
  SourceFile file("a.md", "text");
  auto messages = [&](int n) {
    RelatedList list;
    for (int i = 0; i < n; ++i) list.add(file, {0, 4}, fmt::format("statement {}", i));
    std::vector<std::string> out;
    for (const RelatedLocation& r : std::move(list).take()) out.push_back(r.message);
    return out;
  };
  CHECK(messages(0).empty());
  CHECK(messages(10).size() == 10);
  CHECK(messages(10).back() == "statement 9");
  CHECK(messages(11).size() == 10);
  CHECK(messages(11).back() == "statement 9 (and 1 more statement)");
  CHECK(messages(5000).back() == "statement 9 (and 4990 more statements)");
}

TEST_CASE("a given name with a final 'a' on one side only is another person") {
  Story s = check_story({{"a.txt", "Donnell Conner spoke. Donnell Conner left.\n"},
                         {"b.txt", "Dornella Conner spoke.\n"}});
  CHECK(s.claims_findings().empty());
}

TEST_CASE("an age in an undated draft may be a year off when the story spans months") {
  Story s = check_story({{"a.md", "---\ndate: 2013-01-03\n---\nTomas Reyes, 26, was charged.\n"},
                         {"b.md", "---\ndate: 2013-09-27\n---\nTomas Reyes, 27, was convicted.\n"},
                         {"c.txt", "Tomas Reyes, 27, was convicted on Thursday.\n"}});
  CHECK(s.claims_findings().empty());
  Story t = check_story({{"a.md", "---\ndate: 2013-09-20\n---\nTomas Reyes, 26, was charged.\n"},
                         {"b.md", "---\ndate: 2013-09-27\n---\nTomas Reyes, 27, was convicted.\n"},
                         {"c.txt", "Tomas Reyes, 27, was convicted on Thursday.\n"}});
  CHECK(t.claims_findings() == std::vector<std::string>{"claims/quantity-conflict a.md: 26"});
}
