// Ranges, bounds and changes (src/claims/ranges.cpp, the bound words of
// grammars/quantities.hpp), and ages in every unit (src/claims/quantities.cpp). The examples
// are new sentences, not the Recognizers-Text specs the accuracy script measures.
#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("ranges: two ends joined by to, a dash, through or between ... and are one claim") {
  auto c = claims_of("Tickets cost $15 to $30 at the door. Turnout was 58-61% in the valley. "
                     "Between 40 and 55 volunteers came. Estimates range from $2 to $3.5 billion. "
                     "Waits ran 20–45 minutes. Teams of 8 through 12 players. Crews of two or "
                     "three workers.");
  const Claim& money = c.find("money", "$15 to $30");
  CHECK(money.amount == 15);
  CHECK(money.amount_high == 30);
  CHECK(money.currency == "USD");
  const Claim& pct = c.find("percent", "58-61%");
  CHECK(pct.amount == 58);
  CHECK(pct.amount_high == 61);
  const Claim& count = c.find("count", "Between 40 and 55 volunteers");
  CHECK(count.amount == 40);
  CHECK(count.amount_high == 55);
  CHECK(count.noun == "volunteer");
  // the scale of the high end is carried back to the low end
  const Claim& fund = c.find("money", "from $2 to $3.5 billion");
  CHECK(fund.amount == 2e9);
  CHECK(fund.amount_high == 3.5e9);
  CHECK(c.find("count", "8 through 12 players").amount_high == 12);
  CHECK(c.find("count", "two or three workers").amount == 2);
  CHECK(texts_of(c, "number").empty()); // no end left over as a figure of its own
}

TEST_CASE("ranges: the scale is carried back only when the order holds") {
  auto c = claims_of("Bids ranged from $400,000 to $1.2 million. Sales hit 3 to 4 million units.");
  const Claim& bids = c.find("money", "from $400,000 to $1.2 million");
  CHECK(bids.amount == 400000); // not 400,000 million
  CHECK(bids.amount_high == 1.2e6);
  const Claim& sales = c.find("count", "3 to 4 million units");
  CHECK(sales.amount == 3e6);
  CHECK(sales.amount_high == 4e6);
}

TEST_CASE("ranges: measures convert the low end to the high end's unit") {
  auto c = claims_of("Waves of 3 to 5 metres hit the pier. The storm dropped 2-4 inches of rain.");
  const Claim& waves = c.find("measure", "3 to 5 metres");
  CHECK(waves.amount == 3);
  CHECK(waves.amount_high == 5);
  CHECK(waves.unit == "m");
  CHECK(waves.si == doctest::Approx(3));
  CHECK(c.find("measure", "2-4 inches").amount_high == 4);
}

TEST_CASE("ranges: look-alikes stay apart") {
  auto c = claims_of("Unemployment fell from 6.1 to 5.9 percent. Exports rose from 12% to 15%. "
                     "The Hawks won 3-2 on Sunday. Call +1-555-0100-2233 now. Filed 2019-04.");
  // a fall and a rise are changes: the first figure is what it changed from
  CHECK(c.find("number", "6.1").modifier == "from");
  CHECK_FALSE(c.find("percent", "5.9 percent").amount_high.has_value());
  CHECK(c.find("percent", "12%").modifier == "from");
  CHECK(c.find("percent", "15%").modifier.empty());
  CHECK(texts_of(c, "tally") == Strings{"3-2"});
  // a telephone number and a year-month are no figures
  for (const auto& t : texts_of(c, "number")) CHECK(t != "555");
  CHECK(texts_of(c, "number") == Strings{"6.1"});
}

TEST_CASE("bounds: comparison words, negated and inclusive comparisons, symbols, open ends") {
  auto c = claims_of("Crowds were greater than 9,000. Fares stay lower than $4. No fewer than "
                     "12 ships docked. Loads of no more than 80 tonnes. Readings of >= 7 and "
                     "< 3 were flagged. The plan covers 500 homes or more. Fines of $200 or less "
                     "apply. Scores above 90 and below 95 pass. At most 30 and at least 10 seats.");
  CHECK(c.find("number", "greater than 9,000").approx == "more-than");
  CHECK(c.find("money", "lower than $4").approx == "less-than");
  CHECK(c.find("count", "No fewer than 12 ships").approx == "at-least");
  CHECK(c.find("measure", "no more than 80 tonnes").approx == "at-most");
  CHECK(c.find("number", ">= 7").approx == "at-least");
  CHECK(c.find("number", "< 3").approx == "less-than");
  CHECK(c.find("count", "500 homes or more").approx == "at-least");
  CHECK(c.find("money", "$200 or less").approx == "at-most");
  const Claim& scores = c.find("number", "above 90 and below 95");
  CHECK(scores.amount == 90);
  CHECK(scores.amount_high == 95);
  CHECK(scores.approx.empty());
  const Claim& seats = c.find("count", "At most 30 and at least 10 seats");
  CHECK(seats.amount == 10);
  CHECK(seats.amount_high == 30);
}

TEST_CASE("bounds: an open end followed by another figure bounds that figure") {
  auto c = claims_of("The tally was 40 or higher than 35.");
  CHECK(c.find("number", "higher than 35").approx == "more-than");
  CHECK(c.find("number", "40").approx.empty());
}

TEST_CASE("ages: years old, of age, aged, yo, in months, weeks and days") {
  auto c = claims_of("The bridge is more than 300 years old. She learned to swim at 6 years of "
                     "age. Marta Quell, aged 71, spoke. A 44 yo cyclist was hurt. The foal is "
                     "nine weeks old. The calf was ten days old.");
  const Claim& bridge = c.find("age", "more than 300 years old");
  CHECK(bridge.amount == 300);
  CHECK(bridge.approx == "more-than");
  CHECK(c.find("age", "6 years of age").amount == 6);
  CHECK(c.find("age", "71").amount == 71);
  CHECK(c.find("age", "44 yo").amount == 44);
  CHECK(c.find("age", "nine weeks old").unit == "W");
  CHECK(c.find("age", "ten days old").unit == "D");
}

TEST_CASE("ranges: number words written apart are no range; a half between scale words") {
  auto c = claims_of("The score was fifty - two. Five and a half million people voted. Apple paid "
                     "$6B for it. Use a 3B pencil. A date: 2018-7-6.");
  CHECK(texts_of(c, "number").empty()); // neither "fifty" nor "two" alone
  CHECK(c.find("count", "Five and a half million people").amount == 5.5e6);
  CHECK(c.find("money", "$6B").amount == 6e9);
  CHECK(texts_of(c, "count").size() == 1); // a 3B pencil is a grade
  CHECK(c.find("date", "2018").year == 2018);
}

TEST_CASE("a new user's classes: ranges with a bare high end, bounds after units, as many as") {
  auto c =
      claims_of("The repair needs $3-5 million. Loads of 5-7 tonnes came in. Only ships of 300 "
                "metres or more dock here. As many as 600 workers walked out. Shares rose 2% "
                "to 1,450.");
  const Claim& repair = c.find("money", "$3-5 million");
  CHECK(repair.amount == 3e6);
  CHECK(repair.amount_high == 5e6);
  CHECK(c.find("measure", "5-7 tonnes").amount_high == 7);
  CHECK(c.find("measure", "300 metres or more").approx == "at-least");
  CHECK(c.find("count", "As many as 600 workers").approx == "up-to");
  CHECK_FALSE(c.find("percent", "2%").amount_high.has_value()); // a rise and a level
}

TEST_CASE("a new user's classes: ages, heights, scores, and numbers that are no figures") {
  auto c = claims_of("Chen Wei, who is 45, runs the farm. Priya Nair (52) spoke. Sara Kim turned "
                     "19 in May. He stands 6ft 2in. The 2024/25 season opens; the desk is open "
                     "24/7. Call 0800 555 0199 or 555-0142. Rovers beat Manchester City 2-1.");
  CHECK(c.find("age", "45").subject == "wei chen");
  CHECK(c.find("age", "52").subject == "nair priya");
  CHECK(c.find("age", "19").subject == "kim sara");
  CHECK(c.find("measure", "6ft 2in").amount == doctest::Approx(6 + 2.0 / 12));
  CHECK(texts_of(c, "number").empty());
  CHECK(c.find("tally", "2-1").amount == 2);
}
