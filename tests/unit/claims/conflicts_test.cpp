// Cross-draft conflicts that depend on how claims are aligned: partners chosen on pair evidence
// (a date with another verb neither links nor crowds out the right partner), ties and how they
// are settled, labels as context, lengths of offices with a rank, groups of several things.
// The stories are invented for these tests (other names, places and domains than the benchmark).
#include "checks/claim_groups.hpp"

#include "story_support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

using Findings = std::vector<std::string>;

TEST_CASE("dates: a date of another event in one draft does not hide that draft's odd date") {
  // b's "began in 2019" shares most words with a's referendum sentence but says another thing
  // happened; it must not crowd out b's "March 19 referendum" as a's partner.
  Story s = check_story(
      {{"a.txt", "Voters in Marrow Bay backed the harbour levy in the March 9 referendum, ending "
                 "a long campaign.\n"},
       {"b.txt", "The levy passed in the March 19 referendum.\n\nVoters backed the harbour levy, "
                 "ending a campaign in Marrow Bay that began in 2019.\n"},
       {"c.txt", "Marrow Bay approved the harbour levy in the March 9 referendum after a long "
                 "campaign by the Tidewater Trust.\n"},
       {"d.txt", "Turnout in the March 9 referendum on the Marrow Bay harbour levy was low, the "
                 "Tidewater Trust said.\n"}});
  CHECK(s.claims_findings() == Findings{"claims/date-conflict b.txt: March 19"});
}

TEST_CASE("dates: a 1:1 tie needs one verb; two verbs are two events as often as one misdated") {
  const char* other = "The Kessock bridge reopened to traffic on Monday.\n";
  Story two_verbs =
      check_story({{"a.txt", "Orla Brenn was acquitted of fraud in 1998, court records show.\n"},
                   {"b.txt", "Orla Brenn was charged with fraud in 1997, court records show.\n"},
                   {"c.txt", other}});
  CHECK(two_verbs.claims_findings().empty());
  Story one_verb =
      check_story({{"a.txt", "Orla Brenn was acquitted of fraud in 1998, court records show.\n"},
                   {"b.txt", "Orla Brenn was acquitted of fraud in 1989, court records show.\n"},
                   {"c.txt", other}});
  CHECK(one_verb.claims_findings() ==
        Findings{"claims/date-conflict a.txt: 1998", "claims/date-conflict b.txt: 1989"});
}

TEST_CASE("dates: two years of one noun in a tie are two instances of a yearly thing") {
  Story s = check_story(
      {{"a.txt", "The count in Dunhollow will be checked against the 2020 census, officials "
                 "said.\n"},
       {"b.txt", "Officials in Dunhollow said the count would be checked against the 2030 "
                 "census.\n"},
       {"c.txt", "The Kessock bridge reopened to traffic on Monday.\n"}});
  CHECK(s.claims_findings().empty());
}

TEST_CASE("dates: 'in three decades' after a participle or a superlative looks back") {
  auto c = claims_of("---\ndate: 2025-06-23\n---\nIt is the biggest bill passed in three decades. "
                     "Rates are the highest in 20 years. It was the first time in five years. "
                     "The bridge will reopen in three weeks.\n");
  CHECK(texts_of(c, "date") == Strings{"three weeks"});
  CHECK(texts_of(c, "duration").empty());
}

TEST_CASE("durations: a tie is broken by a third draft that agrees with one side") {
  Story s = check_story(
      {{"a.txt", "Coach Ilse Varga spent 18 months in charge of the Pellmore Hawks before she "
                 "was dismissed.\n"},
       {"b.txt", "The Pellmore Hawks dismissed Ilse Varga, ending her two and a half years in "
                 "charge after a run of defeats.\n"},
       {"c.txt", "Varga was dismissed by the Pellmore Hawks, ending an 18-month spell.\n"}});
  CHECK(s.claims_findings() == Findings{"claims/duration-conflict b.txt: two and a half years"});
}

TEST_CASE("durations: two nouns may name one thing on strong evidence; a label is context") {
  // "deal" and "contract" differ; the list item's label "Contract:" and the names say it.
  Story s = check_story(
      {{"a.txt", "Tamsin Oduya joins Harwick Albion from Dunmore Rangers.\n\n- Contract: a "
                 "three-year deal with Harwick Albion\n"},
       {"b.txt", "Oduya joins Harwick Albion from Dunmore Rangers on a three-year contract.\n"},
       {"c.txt", "Oduya signed a four-year contract with Harwick Albion after leaving Dunmore "
                 "Rangers.\n"},
       {"d.txt", "Harwick Albion confirmed that Oduya has agreed a three-year contract.\n"}});
  CHECK(s.claims_findings() == Findings{"claims/duration-conflict c.txt: four-year"});
  auto c = claims_of("- Contract: a three-year deal\n");
  const Claim& deal = c.find("duration", "three-year");
  CHECK(deal.noun == "deal");
  CHECK(std::find(deal.context.begin(), deal.context.end(), Atom("contract")) !=
        deal.context.end());
}

TEST_CASE("durations: years in an office with a rank are not years in the office") {
  Story s = check_story(
      {{"a.txt", "Mayor Teodor Lisk of Brackwater ended twelve years as mayor on Friday, the "
                 "council said.\n"},
       {"b.txt", "Ona Fell of Brackwater spent two years as deputy mayor on the council, "
                 "officials said.\n"}});
  CHECK(s.claims_findings().empty());
  auto c = claims_of("Ona Fell spent two years as deputy mayor.\n");
  CHECK(c.find("duration", "two years").noun == "deputy mayor");
}

TEST_CASE("a group in which one draft gives two disagreeing statements holds several things") {
  std::vector<ClaimRef> group{{0, 1}, {0, 2}, {1, 1}};
  // draft 0's two statements disagree: a three-year and a five-year sentence
  auto agrees = [](ClaimRef a, ClaimRef b) { return !(a.file == 0 && b.file == 0); };
  CHECK(several_things(group, agrees));
  CHECK_FALSE(several_things(group, [](ClaimRef, ClaimRef) { return true; }));
  std::vector<ClaimRef> one_each{{0, 1}, {1, 1}, {2, 1}};
  CHECK_FALSE(several_things(one_each, agrees));
}

TEST_CASE("measures: a tie is broken by a third draft's only length, whatever its words") {
  Story s = check_story(
      {{"a.txt", "---\ndate: 2025-03-04\n---\nA freight train left the rails near Oskarby and "
                 "slid about 30 feet down a ravine, the rail operator said.\n"},
       {"b.txt", "---\ndate: 2025-03-04\n---\nThe derailed train plunged about 80 feet down the "
                 "ravine near Oskarby.\n"},
       {"c.txt", "---\ndate: 2025-03-05\n---\nInvestigators were at the site on Wednesday, where "
                 "the wagons lay about 9 metres below the track.\n"}});
  // 9 metres is 30 feet: the third draft sides with a, and b is the odd one
  CHECK(s.claims_findings() == Findings{"claims/quantity-conflict b.txt: about 80 feet"});
  auto c = claims_of("The wagons lay about 9 metres below the track. He drove 23 mph over the "
                     "limit.\n");
  CHECK(c.find("measure", "about 9 metres").modifier.empty());
  CHECK(c.find("measure", "23 mph").modifier == "difference");
}

TEST_CASE("counts: a share written in words is no count") {
  auto c = claims_of("Fans filled almost two-thirds of the 9,000 seats; three-quarters of them "
                     "stayed. Growth held for two quarters.\n");
  CHECK(texts_of(c, "number").empty());
  CHECK(texts_of(c, "count") == Strings{"9,000 seats", "two quarters"});
}

TEST_CASE("dates: the subject of a passive says what a date is of") {
  Story s = check_story(
      {{"a.txt", "---\ndate: 2025-09-10\n---\nThe first case was confirmed on Sept. 1, health "
                 "officials in Corvale said.\n"},
       {"b.txt", "---\ndate: 2025-09-10\n---\nThe first case was confirmed on Sept. 1.\n"},
       {"c.txt", "---\ndate: 2025-09-12\n---\nOfficials say the first case was confirmed on "
                 "Sept. 7.\n"}});
  CHECK(s.claims_findings() == Findings{"claims/date-conflict c.txt: Sept. 7"});
}

TEST_CASE("dates: a month the tense resolves is compared with a month of a given year only") {
  Story s = check_story(
      {{"a.txt", "---\ndate: 2026-01-14\n---\nThe Brindle Road library will close when the lease "
                 "runs out in June, the Halvering council said.\n"},
       {"b.txt", "---\ndate: 2026-01-15\n---\nThe Halvering council said the Brindle Road "
                 "library will close in June, when its lease runs out.\n"},
       {"c.txt", "---\ndate: 2026-01-16\n---\nThe Brindle Road library will close in June 2027, "
                 "when the lease runs out, the Halvering council said.\n"}});
  CHECK(s.claims_findings() == Findings{"claims/date-conflict c.txt: June 2027"});
}

TEST_CASE("labels: a hyphenated label word gives the concepts of its parts") {
  auto label = claims_of("- Swearing-in: Ines Varga will take office on Jan. 2.\n");
  auto clause = claims_of("Ines Varga will be sworn in on Jan. 2.\n");
  const Claim& a = label.find("date", "Jan. 2");
  const Claim& b = clause.find("date", "Jan. 2");
  REQUIRE(!b.verb.empty());
  // the label's "swearing" meets the clause's "sworn" in one concept
  bool shared = false;
  for (const Atom& x : a.context)
    shared |= std::find(b.context.begin(), b.context.end(), x) != b.context.end();
  CHECK(shared);
}

TEST_CASE("a group of several things is judged in the parts strong links hold together") {
  // 0-1 and 1-2 are strong links, 2-3 a weak one; draft 2 disagrees with itself (claims 2, 3)
  std::vector<ClaimRef> group{{0, 1}, {1, 1}, {2, 1}, {2, 2}, {3, 1}};
  auto score = [](ClaimRef a, ClaimRef b) {
    auto strong = [](ClaimRef x, ClaimRef y) {
      return (x.file == 0 && y.file == 1) || (x.file == 1 && y.file == 2 && y.claim == 1);
    };
    if (strong(a, b) || strong(b, a)) return 10.0;
    return 3.0;
  };
  auto agrees = [](ClaimRef a, ClaimRef b) { return !(a.file == 2 && b.file == 2); };
  auto parts = strong_parts(group, score, 6.0, agrees);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].size() == 3); // drafts 0, 1 and 2's first claim; the weak rest falls away
}

TEST_CASE("durations: a length's noun stops at a preposition ('a four-week inquiry into ...')") {
  auto c = claims_of("It was found during a four-week inquiry into samples from the plant.\n");
  CHECK(c.find("duration", "four-week").noun == "inquiry");
}

TEST_CASE("dates: a voter in a tie may use another verb ('established' beside 'founded')") {
  Story s = check_story(
      {{"a.txt", "Brackley Dyes, founded in 1962, employs about 300 people at Fenmoor Wharf and "
                 "makes dyes for the textile trade.\n"},
       {"b.txt", "Brackley Dyes was founded in 1926 and makes dyes for the textile trade at "
                 "Fenmoor Wharf.\n"},
       {"c.txt", "The company, established in 1962, said its staff at Fenmoor Wharf were "
                 "safe.\n"},
       {"d.txt", "The fire at Fenmoor Wharf was put out on Tuesday.\n"}});
  // c sides with a: b is the odd one, not a tie reported on both sides
  CHECK(s.claims_findings() == Findings{"claims/date-conflict b.txt: 1926"});
}
