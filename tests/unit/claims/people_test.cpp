// People recognised by their context rather than by lists of titles or names, and their roles
// read as an office model (src/claims/people.cpp, src/claims/roles.cpp).
#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("people: an apposition or a possessive role makes a name a person's") {
  auto c = claims_of("Tim Cook, Apple's chief executive, said the plan would work. The "
                     "company's chief financial officer, Luca Maestri, declined to comment. "
                     "Vantrel's chief technology officer, Dana Whitfield, left.");
  const Claim& cook = c.find("person", "Tim Cook");
  CHECK(cook.mention == "apposition");
  CHECK(cook.title == "chief executive");
  CHECK(cook.head == "executive");
  CHECK(cook.org == "Apple");
  CHECK(cook.office);
  const Claim& maestri = c.find("person", "Luca Maestri");
  CHECK(maestri.title == "chief finance officer");
  CHECK(maestri.head == "officer");
  CHECK(c.find("person", "Dana Whitfield").org == "Vantrel");
  // the apposition's speech verb gives the attribution too
  CHECK(texts_of(c, "attribution") == Strings{"Tim Cook, Apple's chief executive, said"});
}

TEST_CASE("people: an age, a party tag or a party word after or before the name") {
  auto c = claims_of("Denise Carter, 54, a nurse, was treated. Sen. Maria Ruiz, D-Colo., voted "
                     "no. Democrat Kay Hagan won.");
  CHECK(c.find("person", "Denise Carter").title == "nurse");
  CHECK_FALSE(c.find("person", "Denise Carter").office); // a description, not an office
  const Claim& age = c.find("age", "54");
  CHECK(age.amount == 54);
  CHECK(age.subject == "carter denise");
  CHECK(c.find("person", "Sen. Maria Ruiz").party == "democratic");
  const Claim& hagan = c.find("person", "Democrat Kay Hagan");
  CHECK(hagan.party == "democratic");
  CHECK_FALSE(hagan.office); // a party is no office
}

TEST_CASE("people: hyphenated and compound names and titles stay whole") {
  auto c = claims_of("Secretary-General António Guterres spoke with Anja Bauer-Lindholm, Rosa "
                     "Pérez-López and Councillor Tomas de la Cruz.");
  CHECK(texts_of(c, "person") == Strings{"Secretary-General António Guterres",
                                         "Anja Bauer-Lindholm", "Rosa Pérez-López",
                                         "Councillor Tomas de la Cruz"});
  CHECK(c.find("person", "Secretary-General António Guterres").name == "António Guterres");
  CHECK(c.find("person", "Secretary-General António Guterres").key == "guterres antonio");
  CHECK(c.find("person", "Anja Bauer-Lindholm").key == "bauerlindholm anja");
  CHECK(c.find("person", "Rosa Pérez-López").key == "perezlopez rosa");
  CHECK(c.find("person", "Councillor Tomas de la Cruz").name == "Tomas de la Cruz");
}

TEST_CASE("people: a speech verb alone makes a candidate, a full name in the draft a person") {
  auto alone = claims_of("\"We will rebuild,\" Ngata said.");
  CHECK(alone.find("person", "Ngata").mention == "candidate");
  CHECK(alone.find("attribution", "Ngata said").speaker == "ngata");
  auto both = claims_of("Aroha Ngata arrived. \"We will rebuild,\" said Ngata.");
  CHECK(both.find("person", "Aroha Ngata").mention == "full");
  CHECK(both.find("person", "Ngata").key == "ngata aroha");
  CHECK(both.find("attribution", "said Ngata").speaker == "ngata aroha");
  // days and months are no speakers
  auto day = claims_of("\"Fine,\" Monday said.");
  CHECK(texts_of(day, "person").empty());
}

TEST_CASE("people: places and kinds of people are nobody") {
  auto c = claims_of("Many North Koreans watched the parade in Saudi Arabia.");
  for (const Claim& x : c.result.claims)
    if (x.kind == ClaimKind::person) CHECK(x.mention == "candidate");
  CHECK(texts_of(c, "attribution").empty());
}

TEST_CASE("roles: rank, head, portfolio, organisation and time") {
  auto c = claims_of("Kestrel Ford Deputy Fire Chief Marguerite Dallaire arrived. Former Mayor "
                     "Kees Berg watched. Republican Sen. Maria Ruiz voted.");
  const Claim& d = c.find("person", "Kestrel Ford Deputy Fire Chief Marguerite Dallaire");
  CHECK(d.modifiers == Strings{"deputy"});
  CHECK(d.title == "kestrel ford fire chief");
  CHECK(d.office);
  const Claim& berg = c.find("person", "Former Mayor Kees Berg");
  CHECK(berg.modifiers == Strings{"former"});
  CHECK(berg.head == "mayor");
  const Claim& ruiz = c.find("person", "Republican Sen. Maria Ruiz");
  CHECK(ruiz.head == "senator"); // the abbreviation expanded
  CHECK(ruiz.party == "republican");
  // the kinds of person a head is (WordNet), for general descriptions of an office
  CHECK(std::string_view(ruiz.kinds).find("legislator") != std::string_view::npos);
  // "who was mayor until 2019": the role ended that year
  auto until = claims_of("Kees Berg, who was mayor until 2019, watched.");
  CHECK(until.find("person", "Kees Berg").until == 2019);
}

TEST_CASE("roles: an office named for its time; a place is no organisation") {
  auto c = claims_of("The fence was built during President Barack Obama’s administration.");
  CHECK(c.find("person", "President Barack Obama").modifiers == Strings{"then"});
  auto d = claims_of("Sheikh Motlab al Nabet, spokesman of Saudi Arabia’s religious police, spoke. "
                     "The speech by Union leader Pieter Jansen followed.");
  CHECK(d.find("person", "Sheikh Motlab al Nabet").org.empty());
  CHECK(d.find("person", "Union leader Pieter Jansen").org == "Union");
}

TEST_CASE("roles: a quoted title, 'under President X' and an earlier year say what was") {
  auto c = claims_of("---\ndate: 2017-06-02\n---\n“I told President Halvard Ostrem that I would "
                     "stay,” she said. Prices rose under President Halvard Ostrem. President "
                     "Halvard Ostrem signed the treaty in 2015. Gov. Ines Varga, who visited on "
                     "Monday, said the rails were replaced in 2009. Mayor Ruth Okafor spoke.",
                     "draft.md");
  const auto& people = c.result.claims;
  int then = 0, now = 0;
  for (const Claim& p : people)
    if (p.kind == ClaimKind::person && p.office) (p.modifiers == Strings{"then"} ? then : now) += 1;
  CHECK(then == 3);
  CHECK(now == 2); // another clause's year says nothing of the governor's time
  CHECK(c.find("person", "Gov. Ines Varga").modifiers.empty());
}

TEST_CASE("people: a possessive before a name is its owner; 'told' names the listener") {
  auto c = claims_of("“We will not pay,” Fox told Fusion’s Jorge Ramos on Thursday. The Marijuana "
                     "Industry Group's Mike Elliott said it was fair.");
  CHECK(c.find("person", "Jorge Ramos").key == "ramos jorge");
  CHECK(c.find("person", "Mike Elliott").key == "elliott mike");
  for (const std::string& a : texts_of(c, "attribution"))
    CHECK(a.find("Ramos") == std::string::npos);
}

TEST_CASE("roles: what is not a title — a nickname, a plural, a word before 'former'") {
  auto c = claims_of("Less than a decade after Dick Halvorsen won, the party changed. Police "
                     "searched for the missing soldiers, Sahady said. The case turned on how "
                     "integral former President Odile Varga was. The question is whether "
                     "writer-director Gary Lusk will return. She is hiring former lawyer Shawn "
                     "Holley.");
  for (const Claim& p : c.result.claims)
    if (p.kind == ClaimKind::person) {
      CHECK(p.title.str().find("dick") == std::string::npos);
      CHECK(p.title.str().find("soldier") == std::string::npos);
      CHECK(p.title.str().find("integ") == std::string::npos);
      CHECK(p.title.str().find("whether") == std::string::npos);
      CHECK(p.title.str().find("hir") == std::string::npos);
    }
  CHECK(c.find("person", "former President Odile Varga").title == "president");
  CHECK(c.find("person", "former lawyer Shawn Holley").title == "lawyer");
}

TEST_CASE("roles: an organisation that is a person is no employer") {
  auto c =
      claims_of("Tobias Wren, Mr. Harcastle's deputy, approved it. Brendan Vale, a spokesman "
                "for Speaker Ruth Ashcombe, declined. Ivo Lind, a spokesman for General Motors, "
                "spoke.");
  CHECK(c.find("person", "Tobias Wren").org.empty());
  CHECK(c.find("person", "Brendan Vale").org.empty());
  CHECK(c.find("person", "Ivo Lind").org == "General Motors");
}

TEST_CASE("people: a name ending in an administrative unit is a place") {
  auto c = claims_of("Orrin County said on Monday that cases had reached 13. Kestrel City said "
                     "nothing. Ana Hill said it was fine.");
  CHECK(texts_of(c, "person") == Strings{"Ana Hill"});
}

TEST_CASE("roles: an ampersand inside a title; a settlement is no organisation") {
  auto c = claims_of("Palmer Fire & Rescue Chief John McNutt saw flames. Bensu Elianita, a "
                     "resident of Bukit Sama village, spoke.");
  CHECK(c.find("person", "Palmer Fire & Rescue Chief John McNutt").title ==
        "palmer fire rescue chief");
  CHECK(c.find("person", "Bensu Elianita").org.empty());
}

TEST_CASE("roles: a term with its years ended; an ordinal is no rank; a quote closed later") {
  auto c = claims_of("Vicente Fox, Mexico’s president from 2000 to 2006, said it was a mistake. "
                     "Policy is in the hands of Mike Pompeo, the president’s second secretary of "
                     "state. That includes Senator Ana Lieberman.” Gentry Collins and former "
                     "Michigan GOP chairman Saul Anuzis spoke.");
  CHECK(c.find("person", "Vicente Fox").until == 2006);
  CHECK(c.find("person", "Mike Pompeo").title == "secretary");
  CHECK(c.find("person", "Senator Ana Lieberman").modifiers == Strings{"then"});
  CHECK(c.find("person", "former Michigan GOP chairman Saul Anuzis").modifiers ==
        Strings{"former"});
}

TEST_CASE("people: a party's name before an apposition's head, and letters after it") {
  auto c = claims_of("Health Minister Ines Korda, a Liberal Alliance member of parliament, spoke. "
                     "Vera Holm, a Green Alliance MP, agreed. Pavel Sunde, a Labour Party "
                     "official, did not. Jo Carrow MP said the plan was late.");
  // "Liberal" is a person noun ("a liberal") inside the party's name, not the role's head
  CHECK(c.find("person", "Health Minister Ines Korda").org == "Liberal Alliance");
  const Claim& holm = c.find("person", "Vera Holm");
  CHECK(holm.org == "Green Alliance");
  CHECK(holm.title == "member of parliament");
  CHECK(c.find("person", "Pavel Sunde").org == "Labour Party");
  // letters after a name are no part of it, and "Green Alliance MP" names no one
  CHECK(c.find("person", "Jo Carrow").name == "Jo Carrow");
  for (const Claim& p : c.result.claims) CHECK(c.text(p).find("Alliance MP") == std::string::npos);
}

TEST_CASE("people: an apposition's relative clause names the organisation") {
  auto c =
      claims_of("Nadia Perrow, a parent who helped organize the Sefton Parents Coalition, "
                "spoke. Omar Reyes, a teacher who ran the Dale Street Choir until 2019, sang.");
  CHECK(c.find("person", "Nadia Perrow").org == "Sefton Parents Coalition");
  CHECK(c.find("person", "Omar Reyes").org.empty()); // a past tie is no affiliation now
}

TEST_CASE("people: the verb right after a name names the organisation, as a relative clause") {
  auto c = claims_of("Declan Marr joins from Brennock Rangers on a two-year contract. Ilse Roper "
                     "runs the Harbour Workers Union. Tom Hale said Acme Corp was late. Ana Ruiz "
                     "managed Dale United until 2019.\n");
  CHECK(c.find("person", "Declan Marr").org == "Brennock Rangers");
  CHECK(c.find("person", "Ilse Roper").org == "Harbour Workers Union");
  CHECK(c.find("person", "Tom Hale").org.empty());
  CHECK(c.find("person", "Ana Ruiz").org.empty()); // a tie that ended
}
