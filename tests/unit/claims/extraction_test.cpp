// Claim extraction: every example of the issue, and the near-misses beside them.
#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("money: symbols, codes, words, scales, rates, conversions") {
  auto c = claims_of(
      "It costs $16 billion, US$ 5, 40m euros and €40 million a day. Britain raised it beyond "
      "£50 billion ($65 billion USD). Profit was $2.4bn, or 50 cents a share.");
  CHECK(texts_of(c, "money") == Strings{"$16 billion", "US$ 5", "40m euros", "€40 million a day",
                                        "beyond £50 billion", "$65 billion USD", "$2.4bn",
                                        "50 cents a share"});
  const Claim& rate = c.find("money", "€40 million a day");
  CHECK(rate.amount == 40e6);
  CHECK(rate.currency == "EUR");
  CHECK(rate.per == "day");
  const Claim& gbp = c.find("money", "beyond £50 billion");
  CHECK(gbp.approx == "more-than");
  REQUIRE(gbp.linked >= 0);
  CHECK(c.text(c.result.claims[static_cast<std::size_t>(gbp.linked)]) == "$65 billion USD");
  CHECK(c.find("money", "50 cents a share").amount == doctest::Approx(0.5));
}

TEST_CASE("percent: forms, ranges, points, approximations") {
  auto c = claims_of("Growth was 10 percent, then 3.5%, 0.1 percentage points, 3 to 5 percent and "
                     "nearly 7 per cent.");
  CHECK(texts_of(c, "percent") == Strings{"10 percent", "3.5%", "0.1 percentage points",
                                          "3 to 5 percent", "nearly 7 per cent"});
  CHECK(c.find("percent", "0.1 percentage points").points);
  CHECK(c.find("percent", "3 to 5 percent").amount_high == 5);
  CHECK(c.find("percent", "nearly 7 per cent").approx == "nearly");
}

TEST_CASE("counts: the counted noun, approximations, and what is not a count") {
  auto c = claims_of(
      "Jansen represents roughly 7,500 workers, 120 police officers and more than 400 vessels. "
      "One of the ships left in 2014; the 2022 invasion went on. About 2,000 troops stayed.");
  CHECK(texts_of(c, "count") == Strings{"roughly 7,500 workers", "120 police officers",
                                        "more than 400 vessels", "About 2,000 troops"});
  CHECK(c.find("count", "120 police officers").noun == "officer");
  CHECK(c.find("count", "roughly 7,500 workers").approx == "about");
  CHECK(texts_of(c, "date") == Strings{"2014", "2022"}); // a year, not a count; "One of" is nothing
}

TEST_CASE("dates: absolute, relative, years in context, resolved against the draft's date") {
  auto c = claims_of(
      "---\ndate: 2025-03-20\n---\n"
      "It began in February 2022 and on Monday, March 2. Last year, this quarter and yesterday "
      "differed; pre-2014 borders, since 2021, (2022), on Wednesday and by the end of March "
      "too.\n");
  CHECK(texts_of(c, "date") == Strings{"February 2022", "Monday, March 2", "Last year",
                                       "this quarter", "yesterday", "2014", "2021", "2022",
                                       "Wednesday", "March"});
  CHECK(c.find("date", "February 2022").resolved == "2022-02");
  CHECK(c.find("date", "Monday, March 2").resolved == "2025-03-02");
  CHECK(c.find("date", "Last year").resolved == "2024");
  CHECK(c.find("date", "this quarter").resolved == "2025-Q1");
  CHECK(c.find("date", "yesterday").resolved == "2025-03-19");
  CHECK(c.find("date", "2014").modifier == "before");
  CHECK(c.find("date", "2021").modifier == "since");
  CHECK(c.find("date", "Wednesday").resolved == "2025-03-19");
  CHECK(c.find("date", "March").modifier == "by-end");
}

TEST_CASE("dates: undated drafts keep the relative form, never the wall clock") {
  auto c = claims_of("Last month Washington acted; the vote is on Thursday, June 4.");
  const Claim& last = c.find("date", "Last month");
  CHECK(last.relative == "last-month");
  CHECK(last.resolved.empty());
  CHECK(c.find("date", "Thursday, June 4").resolved.empty());
}

TEST_CASE("dates: May the month and may the verb") {
  auto c = claims_of(
      "Talks may resume. They may one day return. The deal was signed in May 2014 and on May 5.");
  CHECK(texts_of(c, "date") == Strings{"May 2014", "May 5"});
}

TEST_CASE("durations: amounts, approximations, ordinals, open intervals") {
  auto c = claims_of(
      "The war has persisted for nearly two years; after 18 months, two weeks after the vote, now "
      "in "
      "its third week, on the ninth day, in her fourth year, for a year and nearly four years of "
      "fighting.");
  CHECK(texts_of(c, "duration") == Strings{"nearly two years", "18 months", "two weeks",
                                           "third week", "ninth day", "fourth year", "a year",
                                           "nearly four years"});
  CHECK(c.find("duration", "nearly two years").iso == "P2Y");
  CHECK(c.find("duration", "nearly two years").approx == "nearly");
  CHECK(c.find("duration", "third week").ordinal == 3);
  CHECK(c.find("duration", "nearly four years").subject == "war");
}

TEST_CASE("people: titles, modifiers, affiliations, appositions, references") {
  auto c = claims_of("Secretary of Defense Pete Hegseth met German Chancellor Friedrich Merz, "
                     "former U.S. envoy Steve Witkoff, "
                     "Former U.S. president Donald Trump and NATO Secretary-General Mark Rutte. "
                     "Pieter Jansen, the union leader, "
                     "spoke. Council President Raj Patel agreed. Mr. Steele and Hegseth left.");
  CHECK(texts_of(c, "person") ==
        Strings{"Secretary of Defense Pete Hegseth", "German Chancellor Friedrich Merz",
                "former U.S. envoy Steve Witkoff", "Former U.S. president Donald Trump",
                "NATO Secretary-General Mark Rutte", "Pieter Jansen", "Council President Raj Patel",
                "Steele", "Hegseth"});
  CHECK(c.find("person", "Secretary of Defense Pete Hegseth").head == "secretary");
  const Claim& trump = c.find("person", "Former U.S. president Donald Trump");
  CHECK(trump.title == "president");
  CHECK(trump.affiliation == "U.S.");
  CHECK(trump.modifiers == Strings{"former"});
  CHECK(trump.key == "trump donald");
  CHECK(c.find("person", "NATO Secretary-General Mark Rutte").affiliation == "NATO");
  CHECK(c.find("person", "Pieter Jansen").title == "union leader");
  CHECK(c.find("person", "Pieter Jansen").mention == "apposition");
  CHECK(c.find("person", "Hegseth").key == "hegseth pete"); // resolved to the full mention
}

TEST_CASE("people: keys fold case and accents; Mr. is no title") {
  auto c = claims_of("Mayor Lena Ortíz spoke. Later ortiz agreed, and Lena Ortiz left.");
  CHECK(c.find("person", "Mayor Lena Ortíz").key == "ortiz lena");
  CHECK(c.find("person", "Lena Ortiz").key == "ortiz lena");
  // A courtesy title says "a person", not an office.
  auto d = claims_of("Mr. Steele said it.");
  CHECK(texts_of(d, "person") == Strings{"Steele"});
  CHECK(d.find("person", "Steele").title.empty());
}

TEST_CASE("attributions: both orders, pronouns") {
  auto c = claims_of(
      "Secretary of Defense Pete Hegseth spoke. Hegseth asserted that it was “no betrayal” of "
      "Ukraine. "
      "“There is no betrayal there,” he stated. “It depends on Russia,” Hegseth declared.");
  Strings verbs;
  for (const Claim& a : c.result.claims)
    if (a.kind == ClaimKind::attribution) {
      verbs.push_back(a.verb);
      CHECK(a.speaker == "hegseth pete");
    }
  CHECK(verbs == Strings{"asserted", "stated", "declared"});
  CHECK(c.text(c.find("attribution", "he stated")).size() > 0);
}

TEST_CASE("what a claim is about: subject and predicate") {
  auto c = claims_of(
      "The strike, which began on March 2, goes on. Ortiz, who took office in January 2023, "
      "spoke. The walkout has lasted 18 days.");
  const Claim& began = c.find("date", "March 2");
  CHECK(began.subject == "strike");
  CHECK(began.predicate == "begin");
  CHECK(c.find("date", "January 2023").predicate == "take office");
  CHECK(c.find("duration", "18 days").subject == "strike"); // "walkout" is a synonym
}

TEST_CASE("claims JSON lines carry the fields of PRODUCT.md §4") {
  auto c = claims_of("Growth was 10 percent.");
  std::string out = render_claims_jsonl(*c.draft.doc, c.result);
  CHECK(out == "{\"file\":\"draft.txt\",\"kind\":\"percent\",\"text\":\"10 "
               "percent\",\"start\":11,\"end\":21,"
               "\"line\":1,\"column\":12,\"column_utf16\":12,\"value\":{\"value\":10},"
               "\"signature\":{\"noun\":\"growth\",\"context\":[\"growth\"]}}\n");
}

// Found on the news corpus: "20140361670" made std::stoi throw out_of_range and the whole file
// was lost. Long digit runs are now implausible values, not exceptions.
TEST_CASE("digit runs too long for an int are no claim and no crash") {
  std::string long_figure(400, '9');
  auto c = claims_of("Call 20140361670 on 20140361670th day, 12/99999999999/2014 or "
                     "31 20140361670 at 20140361670 o'clock. They owe $" +
                     long_figure + ". Born 99999999999999 years ago.");
  CHECK(c.find("number", "20140361670").amount == 20140361670.0);
  CHECK(c.find("money", "$" + long_figure).amount > 1e300);
  CHECK(texts_of(c, "duration").empty()); // "20140361670th day" is no ordinal
}

TEST_CASE("money: what an amount is for, and the subject it belongs to") {
  auto c = claims_of(
      "The council approved a budget of €12 million. The €15 million budget drew fire. The "
      "strike has cost more than €700 million. It would cost about $800 to $1,000 per officer. "
      "The deal cost AMD $334 million ($281M in cash). A $5 million contract went abroad. Annual "
      "losses of $3 million a day mounted.");
  CHECK(c.find("money", "€12 million").purpose == "budget");
  CHECK(c.find("money", "€12 million").subject == "budget");
  CHECK(c.find("money", "€15 million").purpose == "budget");
  CHECK(c.find("money", "more than €700 million").purpose == "cost");
  CHECK(c.find("money", "more than €700 million").subject == "strike");
  // one range, one purpose
  CHECK(c.find("money", "about $800 to $1,000 per officer").purpose == "cost");
  CHECK(c.find("money", "about $800 to $1,000 per officer").amount_high == 1000);
  CHECK(c.find("money", "about $800 to $1,000 per officer").per == "officer");
  CHECK(c.find("money", "$281M").purpose.empty());      // a part, in parentheses
  CHECK(c.find("money", "$5 million").purpose.empty()); // "contract" is no purpose word
  CHECK(c.find("money", "$3 million a day").purpose == "loss");
}

TEST_CASE("dates: a bare month after words that look ahead or back") {
  auto c = claims_of("---\ndate: 2025-05-13\n---\n"
                     "It will be paid by June, talks run until March and resume next May; it "
                     "was agreed last May and in April, and is due by the end of February.\n");
  CHECK(c.find("date", "June").resolved == "2025-06");
  CHECK(c.find("date", "March").resolved == "2026-03");
  CHECK(c.find("date", "next May").resolved == "2026-05");
  CHECK(c.find("date", "last May").resolved == "2024-05");
  CHECK(c.find("date", "April").resolved == "2025-04");
  CHECK(c.find("date", "February").resolved == "2026-02"); // by the end of February
}

TEST_CASE("frequent words the extractor looks at twice still start the claims they can start") {
  // "the", "in" and "at" start a claim only before a day, in "in excess of" and in "at
  // least/most"; words such as "for", "on", "they" never do (the claim starts after them).
  auto c = claims_of(
      "---\ndate: 2025-03-20\n---\n"
      "The day before yesterday, on the 5th of May and on the Fourth of July, the strike cost "
      "in excess of $100 million. At least 25 people and at most 40 buses waited for a year. "
      "They said the 12 officers, in 3 weeks, for five years, court 4 cases. For the record.\n");
  CHECK(texts_of(c, "date") ==
        Strings{"The day before yesterday", "the 5th of May", "the Fourth of July", "3 weeks"});
  CHECK(texts_of(c, "money") == Strings{"in excess of $100 million"});
  CHECK(texts_of(c, "count") ==
        Strings{"At least 25 people", "at most 40 buses", "12 officers", "4 cases"});
  CHECK(texts_of(c, "duration") == Strings{"a year", "five years"});
}
