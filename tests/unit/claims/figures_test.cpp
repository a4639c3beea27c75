// Ages, tallies, measures and the signatures claims are aligned by across drafts
// (src/claims/measures.cpp, src/claims/signature.cpp), and weekdays read by tense
// (src/claims/context.cpp).
#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

bool has(const std::vector<Atom>& atoms, std::string_view w) {
  for (const Atom& a : atoms)
    if (a == w) return true;
  return false;
}

} // namespace

TEST_CASE("ages: after a name, as an adjective before one, in an apposition") {
  auto c = claims_of("Ana Silva, a 61-year-old driver, was arrested. A 58-year-old Tomas Reyes "
                     "was treated. Denise Carter, 54, waited.");
  CHECK(texts_of(c, "age") == Strings{"61-year-old", "58-year-old", "54"});
  CHECK(c.find("age", "61-year-old").subject == "silva ana");
  CHECK(c.find("age", "58-year-old").subject == "reyes tomas");
  CHECK(c.find("age", "54").amount == 54);
}

TEST_CASE("tallies: a vote or a score, not a range") {
  auto c = claims_of("The board voted 7 to 2 on the plan. The jury split 10-2. Repairs take 3-5 "
                     "years.");
  const Claim& t = c.find("tally", "7 to 2");
  CHECK(t.amount == 7);
  CHECK(t.amount_high == 2);
  CHECK(t.noun == "tally");
  CHECK(c.find("tally", "10-2").amount == 10);
  CHECK(texts_of(c, "tally").size() == 2); // "3-5 years" is a range of durations
}

TEST_CASE("measures: unit, dimension and SI value, from convert-units") {
  auto c = claims_of("The bus fell about 40 feet into the gorge. The bridge is 12 metres high.");
  const Claim& feet = c.find("measure", "about 40 feet");
  CHECK(feet.unit == "ft");
  CHECK(feet.dimension == "length");
  CHECK(feet.si == doctest::Approx(12.192).epsilon(0.001));
  CHECK(feet.approx == "about");
  CHECK(feet.verb == "fall");
  CHECK(c.find("measure", "12 metres").si == doctest::Approx(12));
}

TEST_CASE("signatures: verb lemma, counted noun, clause concepts and names") {
  auto c = claims_of("The crash on Highway 9 killed 14 people, police said. Deaths rose to 21.");
  const Claim& killed = c.find("count", "14 people");
  CHECK(killed.verb == "kill");
  CHECK(killed.noun == "person");
  CHECK(has(killed.context, "die")); // "killed" and "deaths" meet under one concept
  CHECK(has(killed.context, "crash"));
  CHECK(has(killed.entities, "highway"));
  CHECK_FALSE(killed.part);
}

TEST_CASE("signatures: a part or an increment is not the total") {
  auto c = claims_of("The crash killed 14 people, three of them children. Five other "
                     "passengers were hurt, and another 12 people were treated.");
  CHECK_FALSE(c.find("count", "14 people").part);
  CHECK(c.find("count", "Five other passengers").part);
  CHECK(c.find("count", "12 people").part);
}

TEST_CASE("signatures: the event a date names") {
  auto c = claims_of("Turnout in the Nov. 4 election was high, the most since the 1998 Tarrow "
                     "Fire. The Water Code of 1989 still applies.");
  CHECK(c.find("date", "Nov. 4").noun == "election");
  CHECK(c.find("date", "1998").noun == "tarrow fire");
  CHECK(c.find("date", "1989").noun == "water code");
}

TEST_CASE("signatures: time words are a date's modifier, not its context") {
  auto c = claims_of("Vantrel has been a public company since 2014.");
  const Claim& d = c.find("date", "2014");
  CHECK(d.modifier == "since");
  CHECK_FALSE(has(d.context, "since"));
  CHECK(has(d.context, "public"));
}

TEST_CASE("weekdays: the tense says which one, the draft's date when") {
  auto c = claims_of("---\ndate: 2025-06-04\n---\nTalks will resume on Thursday. The union met "
                     "on Monday. Thursday, June 5, is the deadline.\n",
                     "draft.md");
  CHECK(c.find("date", "Thursday").resolved == "2025-06-05");         // future: the next one
  CHECK(c.find("date", "Monday").resolved == "2025-06-02");           // past: the last one
  CHECK(c.find("date", "Thursday, June 5").resolved == "2025-06-05"); // this year's June 5
  // reported speech: "would" looks ahead too
  auto d = claims_of("---\ndate: 2025-05-14\n---\nThe mayor said the town would open a fund on "
                     "Thursday.\n",
                     "draft.md");
  CHECK(d.find("date", "Thursday").resolved == "2025-05-15");
}

TEST_CASE("ages written with a unit of time are ages, not lengths of time") {
  auto c =
      claims_of("A man was charged in the rape of a 10-Year-Old girl. Her three-year-old "
                "nephew was hurt. Children as young as eight-years-old joined. A six-month-old "
                "baby was unhurt. He served a three-year term.");
  CHECK(texts_of(c, "age") ==
        Strings{"10-Year-Old", "three-year-old", "eight-years-old", "six-month-old"});
  CHECK(c.find("age", "six-month-old").unit == "M"); // in months; years when empty
  CHECK(c.find("age", "three-year-old").amount == 3);
  CHECK(texts_of(c, "duration") == Strings{"three-year"}); // the baby's age is no claim
}

TEST_CASE("'a second' before a noun is an ordinal, not a length of time") {
  auto c = claims_of("The thieves made off in a second car. He paused for a second before "
                     "answering. It was over in a second or two.");
  CHECK(texts_of(c, "duration") == Strings{"a second", "a second"});
}

TEST_CASE("durations: gaps between events and windows are told from lengths") {
  auto c = claims_of("That came five days after the vote. It was the second time in a week that "
                     "soldiers left. Attacks in the last three days killed 40. The levee held for "
                     "only about four hours before it broke. The vote came four hours after the "
                     "meeting began. The talks lasted three days.");
  CHECK(c.find("duration", "five days").modifier == "after");
  CHECK(c.find("duration", "a week").modifier == "within");
  CHECK(c.find("duration", "three days").modifier == "within");
  CHECK(c.find("duration", "about four hours").modifier == "");
  CHECK(c.find("duration", "four hours").modifier == "");
  CHECK(texts_of(c, "duration").back() == "three days");
}

TEST_CASE("dates: the two ends of a range of years are marked as such") {
  auto c = claims_of("Residents between 1919-1969 qualify. Those living there between the period "
                     "of 1921 and 1968 qualify too. It ran from 1930 to 1931.");
  CHECK(c.find("date", "1919").modifier == "from");
  CHECK(c.find("date", "1969").modifier == "to");
  CHECK(c.find("date", "1921").modifier == "from");
  CHECK(c.find("date", "1968").modifier == "to");
  CHECK(c.find("date", "1930").modifier == "from");
}

TEST_CASE("durations: 'within the first ten seconds' is a window") {
  auto c = claims_of("Within the first 10 seconds of the video, a man shouts. The decision came in "
                     "the first 100 days of office.");
  CHECK(c.find("duration", "10 seconds").modifier == "within");
  CHECK(c.find("duration", "100 days").modifier == "within");
}

TEST_CASE("measures: a unit without a vowel is read after a space; a difference is marked") {
  auto c = claims_of("The coach entered the curve at 68 mph, 23 mph over the posted limit. Police "
                     "held 20 people over the weekend. The bag weighed 12 kg. He was 12 in line.");
  CHECK(c.find("measure", "68 mph").dimension == "speed");
  CHECK(c.find("measure", "68 mph").modifier.empty());
  CHECK(c.find("measure", "23 mph").modifier == "difference");
  CHECK(c.find("count", "20 people").modifier.empty());
  CHECK(c.find("measure", "12 kg").dimension == "mass");
  CHECK(texts_of(c, "measure").size() == 3); // "12 in line" is no length
}

TEST_CASE("signatures: a table cell's claim takes its row label and column header") {
  auto c = claims_of("| Event | Date |\n|---|---|\n| Sentencing | Jan. 16, 2026 |\n", "draft.md");
  const Claim& d = c.find("date", "Jan. 16, 2026");
  CHECK(has(d.context, "sentence"));
  CHECK(has(d.context, "date"));
}

TEST_CASE("signatures: the counted noun over a place, and 'the number of' what") {
  auto c = claims_of("The number of confirmed measles cases in Orrin County reached 31 on Monday. "
                     "The number of deaths reached 9. Shares in Veltris fell 6 per cent.");
  CHECK(c.find("number", "31").noun == "case");
  CHECK(c.find("number", "9").noun == "death");
  CHECK(c.find("percent", "6 per cent").noun == "share");
}

TEST_CASE("durations: 'a two-and-a-half-year deal' is two and a half years") {
  auto c =
      claims_of("Mulrooney signed a three-and-a-half-year deal. It took two and a half hours.");
  CHECK(c.find("duration", "three-and-a-half-year").amount == doctest::Approx(3.5));
  CHECK(c.find("duration", "two and a half hours").amount == doctest::Approx(2.5));
}

TEST_CASE("signatures: the names of a claim's own clause, without its speaker") {
  auto c = claims_of("Pitman will appear before Taunton Crown Court on 19 August, Inspector Ruth "
                     "Lake said. Another review published in 2014 found no link.");
  const Claim& d = c.find("date", "19 August");
  CHECK(has(d.clause_names, "crown"));
  CHECK(has(d.clause_names, "taunton"));
  CHECK_FALSE(has(d.clause_names, "lake"));
  CHECK(c.find("date", "2014").part); // another instance
}

TEST_CASE("dates: 'the 1930's' is a decade, not the year 1930") {
  auto c = claims_of("The gang was founded in the 1930's by Luciano. It was founded in 1931.");
  CHECK(texts_of(c, "date") == Strings{"1931"});
}

TEST_CASE("currencies glued to their country's letters, glued per cent, and signs") {
  auto c = claims_of("The fund holds NZ$2.1 billion. A coffee costs S$8.50. The listing raised "
                     "HK$3.2bn and R$40 million. Prices rose 18pc in March and 2.4pc in April.");
  CHECK(c.find("money", "NZ$2.1 billion").currency == "NZD");
  CHECK(c.find("money", "NZ$2.1 billion").amount == 2.1e9);
  CHECK(c.find("money", "S$8.50").currency == "SGD");
  CHECK(c.find("money", "HK$3.2bn").currency == "HKD");
  CHECK(c.find("money", "R$40 million").currency == "BRL");
  CHECK(c.find("percent", "18pc").amount == 18);
  CHECK(c.find("percent", "2.4pc").amount == 2.4);
  auto s = claims_of("Shares fell -2.4% on Monday. It was \xE2\x88\x92"
                     "3.5% in May. Costs (-5%) "
                     "eased. The low was minus-8 degrees. The score was 3-2 and rents rose "
                     "10-20%.");
  CHECK(s.find("percent", "-2.4%").amount == -2.4);
  CHECK(s.find("percent", "\xE2\x88\x92"
                          "3.5%")
            .amount == -3.5);
  CHECK(s.find("percent", "-5%").amount == -5);
  CHECK(s.find("count", "minus-8 degrees").amount == -8);
  // a hyphen between figures is a range or a score, never a sign
  CHECK(s.find("percent", "10-20%").amount == 10);
  CHECK(texts_of(s, "number") == Strings{"3", "2"});
}

TEST_CASE("measures: units convert-units lacks come from mathjs (lbs, barrels, metric tons)") {
  auto c = claims_of("The sack weighs 40lbs. Output fell by 300,000 barrels a day. Mills shipped "
                     "12,000 metric tons of steel. The mast is 9 dm thick.");
  const Claim& lbs = c.find("measure", "40lbs");
  CHECK(lbs.unit == "lb");
  CHECK(lbs.si == doctest::Approx(40 * 453.59237));
  CHECK(c.find("measure", "300,000 barrels").unit == "bbl");
  CHECK(c.find("measure", "300,000 barrels").dimension == "volume");
  CHECK(c.find("measure", "12,000 metric tons").dimension == "mass");
  CHECK(c.find("measure", "9 dm").unit == "dm");
}

TEST_CASE("measures: pounds are a weight only where the sentence weighs") {
  auto c = claims_of("He shed 30 pounds before the fight. Police seized 12 pounds of cocaine. A "
                     "210-pound lineman signed. The fine was 500 pounds. The club paid 40 million "
                     "pounds for him.");
  CHECK(c.find("measure", "30 pounds").unit == "lb");
  CHECK(c.find("measure", "12 pounds").unit == "lb");
  CHECK(c.find("measure", "210-pound").unit == "lb");
  CHECK(c.find("money", "500 pounds").currency == "GBP");
  CHECK(c.find("money", "40 million pounds").currency == "GBP");
}

TEST_CASE("measures: fractions, feet and inches, bracketed units, powers, sizes") {
  auto c = claims_of("The trail is 7 1/2 miles. Add ¾ cup of milk and 1/4 mile more. She is 5 "
                     "feet 7 inches. The load is 30 (kg). Plots of 450m2 sold. He is 1.9m tall. "
                     "The dose was 80 µg.");
  CHECK(c.find("measure", "7 1/2 miles").amount == 7.5);
  CHECK(c.find("measure", "¾ cup").amount == 0.75);
  CHECK(c.find("measure", "1/4 mile").amount == 0.25);
  const Claim& height = c.find("measure", "5 feet 7 inches");
  CHECK(height.unit == "ft");
  CHECK(height.amount == doctest::Approx(5 + 7.0 / 12));
  CHECK(c.find("measure", "30 (kg)").unit == "kg");
  CHECK(c.find("measure", "450m2").dimension == "area");
  CHECK(c.find("measure", "1.9m").amount == doctest::Approx(1.9)); // metres, not 1.9 million
  CHECK(c.find("measure", "80 µg").unit == "mcg");
}

TEST_CASE("measures: look-alikes (million, weather degrees, names with numbers)") {
  auto c = claims_of("Sales reached 5m units. It was 31 degrees in the shade. The F-16 and the "
                     "scp-173 file. The dial turned 90 degrees. A magnitude-6.2 quake hit.");
  CHECK(texts_of(c, "measure") == Strings{"90 degrees"}); // an angle: something turned
  CHECK(c.find("measure", "90 degrees").dimension == "angle");
  for (const auto& t : texts_of(c, "number")) {
    CHECK(t != "16");
    CHECK(t != "173");
  }
  CHECK(c.find("number", "6.2").amount == doctest::Approx(6.2));
}

TEST_CASE("scales: lakh, crore, and scale words in a row") {
  auto c = claims_of("The state spent ₹40 crore. Farmers sold 25 lakh tonnes. About 3 hundred "
                     "thousand people marched.");
  CHECK(c.find("money", "₹40 crore").amount == 4e8);
  CHECK(c.find("measure", "25 lakh tonnes").amount == 2.5e6);
  CHECK(c.find("count", "About 3 hundred thousand people").amount == 3e5);
}

TEST_CASE("currencies from ICU: symbols one currency owns, codes, English names, M-codes") {
  auto c = claims_of("Bananas cost ₡850 a kilo. Rent is 4,000元. The fee is CHF 250. Vouchers of "
                     "60GBP went out. The grant was 2,500 Costa Rican colóns. Losses topped 45 "
                     "MUSD. Revenue was MEUR 12.");
  CHECK(c.find("money", "₡850").currency == "CRC");
  CHECK(c.find("money", "4,000元").currency == "CNY");
  CHECK(c.find("money", "CHF 250").amount == 250);
  CHECK(c.find("money", "60GBP").currency == "GBP");
  CHECK(c.find("money", "2,500 Costa Rican colóns").currency == "CRC");
  CHECK(c.find("money", "45 MUSD").amount == 45e6);
  CHECK(c.find("money", "MEUR 12").amount == 12e6);
  CHECK(c.find("money", "MEUR 12").currency == "EUR");
}

TEST_CASE("currencies: look-alikes that are words or units") {
  auto c = claims_of("ALL 5 teams lost. He drank 2 cups. Only TOP 10 lists count.");
  CHECK(texts_of(c, "money").empty());
}

TEST_CASE("numbers: South Asian grouping and fractions of a scale") {
  auto c = claims_of("The loan was 12,34,567 rupees. Half a million people fled. A quarter "
                     "million dollars went missing. It cost three quarters billion euros.");
  CHECK(c.find("money", "12,34,567 rupees").amount == 1234567);
  CHECK(c.find("count", "Half a million people").amount == 5e5);
  CHECK(c.find("money", "A quarter million dollars").amount == 2.5e5);
  CHECK(c.find("money", "three quarters billion euros").amount == 7.5e8);
}

TEST_CASE("rates: per any noun, per and a unit of measure, a head") {
  auto c = claims_of("Copper sold at $8,900 per tonne. Diesel hit €1.95 a litre. Dinner was "
                     "£35 a head. Dividends of 12 cents per share were paid. Rice cost $3/kg.");
  CHECK(c.find("money", "$8,900 per tonne").per == "mt");
  CHECK(c.find("money", "€1.95 a litre").per == "l");
  CHECK(c.find("money", "£35 a head").per == "head");
  CHECK(c.find("money", "12 cents per share").per == "share");
  CHECK(c.find("money", "$3/kg").per == "kg");
}

TEST_CASE("spelled-out counts before names; distances in time keep their amount") {
  auto c = claims_of("Four Serie A clubs bid for him. Two UN agencies objected. Nine days later "
                     "the port reopened.");
  CHECK(c.find("count", "Four Serie A clubs").amount == 4);
  CHECK(c.find("count", "Two UN agencies").noun == "agency");
  CHECK(texts_of(c, "person").empty()); // "Two UN" is no name
  const Claim& later = c.find("date", "Nine days later");
  CHECK(later.amount == 9);
  CHECK(later.unit == "D");
}

TEST_CASE("signatures: a share's subject is what was measured, 'of' its whole") {
  auto c = claims_of("Turnout was 34.1% of the city's 230,600 registered voters. About 8% of "
                     "its workforce will go.\n");
  CHECK(c.find("percent", "34.1%").noun == "turnout");
  CHECK(c.find("percent", "About 8%").noun == "workforce");
}

TEST_CASE("signatures: a date's event is a passive's subject or a noun before its preposition") {
  auto c = claims_of("The first case was confirmed on Aug. 4. Sentencing is set for Jan. 16. "
                     "The judge scheduled sentencing for March 3. The board was meeting on "
                     "Monday.\n");
  CHECK(c.find("date", "Aug. 4").noun == "case");
  CHECK(c.find("date", "Jan. 16").noun == "sentence");
  CHECK(c.find("date", "March 3").noun == "sentence");
  CHECK(c.find("date", "Monday").noun.empty()); // "was meeting" is a verb
}

TEST_CASE("dates: a bare month follows the tense; an unlisted participle after 'was' is a verb") {
  auto c = claims_of("---\ndate: 2026-01-14\n---\nBoth schools will close when the school year "
                     "ends in June. The fair opened in June. The series was relaunched in 2005.\n");
  std::vector<std::string> resolved;
  for (const Claim& x : c.result.claims)
    if (x.kind == ClaimKind::date && x.month == 6) resolved.push_back(x.resolved.str());
  CHECK(resolved == Strings{"2026-06", "2025-06"});
  CHECK(c.find("date", "2005").verb == "relaunch");
}

TEST_CASE("durations: 'over' after a length spreads it; it is no 'more than'") {
  auto c = claims_of("Jurors deliberated for about 11 hours over two days. The strike lasted over "
                     "two days.\n");
  std::vector<std::string> approx;
  for (const Claim& x : c.result.claims)
    if (x.kind == ClaimKind::duration) approx.push_back(x.approx.str());
  CHECK(approx == Strings{"about", "", "more-than"});
}
