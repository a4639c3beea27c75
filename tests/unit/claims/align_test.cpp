// Cross-draft mechanics: which values can be slips of one another, which statement is the odd
// one (ties and blame), claims aligned by what they say, offices compared as a model, and drafts
// grouped into stories (claim_groups.hpp, corpus/align.hpp, corpus/stories.hpp).
#include "checks/claim_groups.hpp"
#include "corpus/stories.hpp"

#include "story_support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

// Two drafts of one story (the front-matter key groups them whatever names they share).
Story two(std::string a, std::string b) {
  return check_story(
      {{"a.md", "---\nstory: s\n---\n" + a + "\n"}, {"b.md", "---\nstory: s\n---\n" + b + "\n"}});
}

} // namespace

TEST_CASE("slips: near values, digit slips and dropped zeros, not values of other things") {
  CHECK(significant_digits(4051) == "4051");
  CHECK(significant_digits(2.6e6) == "26");
  CHECK(significant_digits(0.035) == "35");
  CHECK(digit_slip("86", "68"));
  CHECK(digit_slip("1987", "1978"));
  CHECK_FALSE(digit_slip("2", "25")); // a digit more is another magnitude
  CHECK(plausible_slip(12, 21, 5));
  CHECK(plausible_slip(1500, 15000, 5)); // the same digits
  CHECK(plausible_slip(109, 190, 5));
  CHECK_FALSE(plausible_slip(86, 4051, 5));
  CHECK_FALSE(plausible_slip(10, 26000, 5));
}

TEST_CASE("rounded_from: a large round figure is a precise one rounded or cut short") {
  CHECK(rounded_from(43e6, 43885310, false));       // cut short
  CHECK(rounded_from(44e6, 43885310, false));       // rounded
  CHECK(rounded_from(100000, 120000, true));        // "about 100,000"
  CHECK_FALSE(rounded_from(100000, 120000, false)); // one digit needs an approximation word
  CHECK_FALSE(rounded_from(7000, 7500, true));      // one digit is rounded, not cut short
  CHECK_FALSE(rounded_from(200000, 120000, true));
  CHECK_FALSE(rounded_from(10, 14, true));     // a small count is exact
  CHECK_FALSE(rounded_from(1300, 1000, true)); // the precise one is not the round one
}

TEST_CASE("find_odd: the majority stays quiet, a tie names both sides, no majority no blame") {
  std::vector<ClaimRef> st = {{0, 0}, {1, 0}, {2, 0}};
  std::vector<int> value = {14, 14, 41};
  auto same = [&](std::size_t i, std::size_t j) { return value[i] == value[j]; };
  auto v = find_odd(std::span<const ClaimRef>(st), same);
  REQUIRE(v.size() == 1);
  CHECK(v[0].odd == 2);
  CHECK(v[0].against == std::vector<std::size_t>{0, 1});
  CHECK_FALSE(v[0].tie);
  value = {14, 41, 14};
  std::vector<ClaimRef> pair = {{0, 0}, {1, 0}};
  auto t = find_odd(std::span<const ClaimRef>(pair), same);
  REQUIRE(t.size() == 2);
  CHECK(t[0].tie);
  CHECK(t[1].tie);
  // three drafts, three values: the figure moved, no statement is the odd one
  value = {12, 13, 21};
  CHECK(find_odd(std::span<const ClaimRef>(st), same).empty());
}

TEST_CASE("quantities: two drafts disagreeing is a tie reported on both sides") {
  auto s = two("The Merriton ferry was carrying 112 passengers when it struck the pier.",
               "The Merriton ferry was carrying 121 passengers when it struck the pier.");
  CHECK(s.claims_findings() == Strings{"claims/quantity-conflict a.md: 112 passengers",
                                       "claims/quantity-conflict b.md: 121 passengers"});
}

TEST_CASE("quantities: with a majority only the odd figure is reported") {
  auto s = check_story(
      {{"a.md", "---\nstory: s\n---\nThe Orla bus crash killed 14 people near Tamsin Gorge.\n"},
       {"b.md", "---\nstory: s\n---\nThe Orla bus crash killed 14 people near Tamsin Gorge.\n"},
       {"c.md", "---\nstory: s\n---\nThe Orla bus crash killed 41 people near Tamsin Gorge.\n"}});
  CHECK(s.claims_findings() == Strings{"claims/quantity-conflict c.md: 41 people"});
}

TEST_CASE("quantities: figures of other things are not compared") {
  // a season's yards against a game's: far apart with other digits
  CHECK(two("Quarterback Jalen Marsh threw for 226 yards against the Kestrels.",
            "Quarterback Jalen Marsh threw for 4,051 yards against the Kestrels.")
            .claims_findings()
            .empty());
  // an increment is not the total
  CHECK(two("The Orla bus crash killed 14 people near Tamsin Gorge.",
            "The Orla bus crash killed 14 people near Tamsin Gorge; two more people died later.")
            .claims_findings()
            .empty());
}

TEST_CASE("dates: one event, two dates; two events, no conflict") {
  CHECK(two("Corran Valley Coaches, founded in 1987, runs 60 buses.",
            "Corran Valley Coaches, founded in 1978, runs 60 buses.")
            .claims_findings() ==
        Strings{"claims/date-conflict a.md: 1987", "claims/date-conflict b.md: 1978"});
  CHECK(two("Orla Brennan, who founded the Merriton choir, died in 1992.",
            "The Merriton choir's conductor, Piet Vos, died in 2005.")
            .claims_findings()
            .empty());
}

TEST_CASE("titles: other offices conflict, general descriptions and ranks with posts do not") {
  CHECK(two("Sheriff Dolores Vance of Harlan County closed the road.",
            "Police Chief Dolores Vance of Harlan County closed the road.")
            .claims_findings() ==
        Strings{"claims/title-conflict a.md: Sheriff Dolores Vance",
                "claims/title-conflict b.md: Police Chief Dolores Vance"});
  CHECK(two("Fire Chief Marguerite Dallaire spoke.", "Deputy Fire Chief Marguerite Dallaire spoke.")
            .claims_findings()
            .size() == 2);
  // "leader" is a kind of president (WordNet)
  CHECK(two("President Mahmoud Abbas of the Palestinian Authority spoke in Ramallah.",
            "Palestinian leader Mahmoud Abbas spoke in Ramallah.")
            .claims_findings()
            .empty());
  // a military rank is held with a post
  CHECK(two("Col. Patrick Ryder briefed reporters at the Pentagon.",
            "Patrick Ryder, a Pentagon spokesman, briefed reporters.")
            .claims_findings()
            .empty());
  // a name in a title says whose office it is, not which office
  CHECK(two("NJ Governor Chris Christie signed the bill.",
            "Jersey Governor Chris Christie signed the bill.")
            .claims_findings()
            .empty());
}

TEST_CASE("attributions and affiliations across two drafts") {
  CHECK(two("\"We will not be moved,\" said Aroha Ngata, a tenant, at the Merriton hearing.",
            "\"We will not be moved,\" said Lena Ortiz, a tenant, at the Merriton hearing.")
            .claims_findings() == Strings{"claims/attribution-conflict a.md: said Aroha Ngata",
                                          "claims/attribution-conflict b.md: said Lena Ortiz"});
  CHECK(two("Sen. Maria Ruiz, D-Colo., voted against the Kestrel water bill.",
            "Republican Sen. Maria Ruiz voted against the Kestrel water bill.")
            .claims_findings()
            .size() == 2);
}

namespace {

// A profile of distinctive names given as small numbers, each once.
std::vector<StoryTerm> names_profile(std::initializer_list<std::uint64_t> names) {
  std::vector<StoryTerm> out;
  for (std::uint64_t h : names) out.push_back({h, 1.0f, true});
  return out;
}

} // namespace

TEST_CASE("stories: drafts sharing rare names are one story; a round-up does not chain two") {
  // names as hashes: 1-3 are one story's, 7-9 another's; draft 4 mentions both
  std::vector<std::vector<StoryTerm>> names = {names_profile({1, 2, 3}), names_profile({1, 2, 3}),
                                               names_profile({7, 8, 9}), names_profile({7, 8, 9}),
                                               names_profile({1, 2, 3, 7, 8, 9})};
  std::vector<std::optional<Date>> dates(5);
  std::vector<std::string> keys(5);
  Stories st = group_stories(names, dates, keys);
  CHECK(st.story_of[0] == st.story_of[1]);
  CHECK(st.story_of[2] == st.story_of[3]);
  CHECK(st.story_of[0] != st.story_of[2]);
  // a front-matter key wins over the names
  keys = {"x", "", "", "", "x"};
  Stories keyed = group_stories(names, dates, keys);
  CHECK(keyed.story_of[0] == keyed.story_of[4]);
  CHECK(keyed.names[static_cast<std::size_t>(keyed.story_of[0])] == "x");
  // far apart in time: two stories
  names = {names_profile({1, 2, 3}), names_profile({1, 2, 3})};
  dates = {Date{2025, 1, 1}, Date{2025, 6, 1}};
  keys = {"", ""};
  Stories apart = group_stories(names, dates, keys);
  CHECK(apart.story_of[0] != apart.story_of[1]);
  // drafts with nothing to link them are each a story of their own, however few
  names = {names_profile({1}), names_profile({2}), names_profile({3})};
  dates.assign(3, std::nullopt);
  keys.assign(3, "");
  Stories few = group_stories(names, dates, keys);
  CHECK(few.story_of[0] != few.story_of[1]);
  CHECK(few.story_of[1] != few.story_of[2]);
  names.assign(6, {});
  for (std::uint64_t k = 0; k < 6; ++k) names[k] = names_profile({k + 10});
  dates.assign(6, std::nullopt);
  keys.assign(6, "");
  Stories many = group_stories(names, dates, keys);
  CHECK(many.story_of[0] != many.story_of[1]);
}

TEST_CASE("stories: a draft's profile holds its words, figures and distinctive names") {
  Draft d = draft("Arpaio's deputies met Sheriff Arpaio on Friday. The 2,400 workers struck at "
                  "Harwick, and 7 ships waited.");
  std::vector<std::pair<std::uint64_t, std::string>> texts;
  std::vector<StoryTerm> p =
      story_profile(*d.doc, builtin_rules().claim_lexicon().dictionary, &texts);
  std::vector<std::string> names;
  for (auto& [h, t] : texts) names.push_back(t);
  std::sort(names.begin(), names.end());
  // "Arpaio's" is Arpaio; "Sheriff", "Friday" and "The" are known words, not names
  CHECK(names == std::vector<std::string>{"arpaio", "harwick"});
  auto term = [&](std::string_view text, bool name) -> const StoryTerm* {
    std::uint64_t h = hash_text(text) & 0xffffffffu; // words go by the token's 32-bit hash
    for (const StoryTerm& t : p)
      if (t.name == name && (name ? t.hash != h : t.hash == h) &&
          (!name || std::any_of(texts.begin(), texts.end(),
                                [&](auto& x) { return x.first == t.hash && x.second == text; })))
        return &t;
    return nullptr;
  };
  REQUIRE(term("arpaio", true));
  CHECK(term("arpaio", true)->tf > 1.5f); // twice: 1 + log 2
  REQUIRE(term("deputies", false));
  CHECK(term("deputies", false)->tf == doctest::Approx(1.0));
  CHECK(term("2,400", false));    // a figure of two digits or more is a term
  CHECK_FALSE(term("7", false));  // a single digit is not
  CHECK_FALSE(term("at", false)); // words under three letters are not
  CHECK(std::is_sorted(p.begin(), p.end(),
                       [](const StoryTerm& a, const StoryTerm& b) { return a.hash < b.hash; }));
}
