// claims/title-conflict: one person given incompatible offices at the same time.
//
// Every title of a person is an office model (src/claims/roles.hpp): rank words (deputy, vice,
// assistant, acting, interim, former), the head ("chief", "judge", "officer"; synonyms meet
// under one WordNet name: "chairwoman" and "chair" are "president") and the portfolio words
// ("fire", "district court", "finance"). Two offices of one person are compatible when:
//   - one's words are all among the other's and their ranks agree ("Chief Dallaire", "the
//     town's fire chief", "Kestrel Ford Fire Chief"; "finance chief", "chief financial
//     officer"), or
//   - the same draft gives the person both (a president and chief executive holds both).
// Otherwise they conflict: another rank ("Deputy Fire Chief" / "Fire Chief", "Former Mayor" /
// "Mayor"), another portfolio of the same head ("District Court Judge" / "Superior Court
// Judge") or another head ("Police Chief" / "Sheriff", "chairman" / "chief executive").
// Descriptions ("a farmer", "the victim's brother") are no office and never conflict; titles
// marked "then-", "-elect", "designate", or ended by a stated date ("who was deputy mayor until
// 2021") are not current and left out, and so are drafts more than `max-days-apart` apart.
// The odd title is reported (claim_groups.hpp, find_odd), naming the ones it contradicts; a
// 1:1 tie on both sides.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "corpus/corpus.hpp"
#include "source/source_file.hpp"
#include "util/date.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 5> kPlaceholders = {"person", "title", "other", "count",
                                                           "tie"};

struct Office {
  std::set<std::string> ranks; // deputy, vice, former; chief, lieutenant before another head
  std::set<std::string> words; // every word of the title as written, ranks and head included
  std::string head, written_head, text; // head: its office name; text: "deputy fire chief"
  std::set<std::string> kinds;          // what else the head is: "leader", "legislator" (WordNet)
};

class TitleConflict final : public Check {
public:
  explicit TitleConflict(RuleParams& p) {
    for (const std::string& w : p.list("office-modifiers")) office_modifiers_.insert(w);
    for (const std::string& w : p.list("not-current")) not_current_.insert(w);
    max_days_ = static_cast<long>(p.number("max-days-apart", 365));
    if (auto words = p.word_set("dictionary")) dictionary_ = std::move(*words);
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    for (std::size_t p = 0; p < corpus.people().size(); ++p) {
      std::vector<ClaimRef> st;
      std::vector<Office> offices;
      for (ClaimRef r : corpus.people()[p]) {
        const Claim& c = corpus.claim(r);
        if (!c.office || c.head.empty() || c.until) continue;
        if (std::any_of(c.modifiers.begin(), c.modifiers.end(),
                        [&](const std::string& m) { return not_current_.count(m) > 0; }))
          continue;
        st.push_back(r);
        offices.push_back(office_of(c));
      }
      if (st.size() < 2) continue;
      // Offices a draft gives the person together are all held at once.
      // (Two ranks of one office in one draft, "former president" and "president", are held
      // together by no one: the draft contradicts itself.)
      std::set<std::pair<std::string, std::string>> held;
      for (std::size_t i = 0; i < st.size(); ++i)
        for (std::size_t j = 0; j < st.size(); ++j)
          if (i != j && st[i].file == st[j].file && offices[i].head != offices[j].head)
            held.insert({offices[i].text, offices[j].text});
      auto compatible = [&](std::size_t i, std::size_t j) {
        if (too_far_apart(corpus.source(st[i]), corpus.source(st[j]))) return true;
        if (held.count({offices[i].text, offices[j].text})) return true;
        return same_office(offices[i], offices[j]);
      };
      for (const Verdict& v : find_odd(st, compatible)) {
        ClaimRef r = st[v.odd];
        if (v.tie && drafts_mentioning(corpus, p) > 2 &&
            offices[v.odd].ranks.count("former") ==
                offices[v.against.front()].ranks.count("former"))
          continue;
        // Another office altogether, or "former": a person often holds two offices, and a
        // title may be an earlier one; only a majority of drafts says one is wrong.
        bool tie = v.tie;
        if (tie) {
          const Office &a = offices[v.odd], &b = offices[v.against.front()];
          std::set<std::string> ra = a.ranks, rb = b.ranks;
          ra.erase("former");
          rb.erase("former");
          // (In a story of two drafts every disagreement is a tie worth reporting.)
          if (a.head != b.head && corpus.files().size() > 2) continue;
          if (ra == rb && a.words == b.words) {
            // "Former president" against "President", one draft each: "former" is the claim
            // the other draft does not make, so it is the one reported, when the drafts speak
            // of the same day (a title can end between two dates).
            if (!a.ranks.count("former") ||
                !same_day(corpus.source(st[v.odd]), corpus.source(st[v.against.front()])))
              continue;
            tie = false;
          }
        }
        const Office& mine = offices[v.odd];
        const Office& other = offices[v.against.front()];
        RelatedList related;
        for (std::size_t j : v.against)
          related.add(corpus.source(st[j]), corpus.claim(st[j]).span,
                      fmt::format("called '{}' here", offices[j].text));
        sink.report(corpus.source(r), corpus.claim(r).span,
                    {{"person", corpus.person_name(static_cast<int>(p))},
                     {"title", mine.text},
                     {"other", other.text},
                     {"count", fmt::format("{}", v.rival)},
                     {"tie", tie ? "; a tie, no draft settles it" : ""}},
                    std::move(related));
      }
    }
  }

private:
  std::set<std::string> office_modifiers_, not_current_;
  WordSet dictionary_;
  long max_days_ = 365;

  Office office_of(const Claim& c) const {
    Office o;
    std::string text;
    for (const std::string& m : c.modifiers)
      if (office_modifiers_.count(m)) {
        o.ranks.insert(m == "ex" ? "former" : m);
        text += m + " ";
      }
    std::string title = c.title;
    std::vector<std::string> words;
    std::size_t p = 0;
    while (p < title.size()) {
      std::size_t e = title.find(' ', p);
      if (e == std::string::npos) e = title.size();
      if (e > p) words.push_back(title.substr(p, e - p));
      p = e + 1;
    }
    // A rank word before the head is a rank: "chief inspector", "lieutenant governor".
    for (std::size_t k = 0; k < words.size(); ++k) {
      // A name or an abbreviation in a title ("NJ governor", "CHP officer", "Brooklyn
      // councilman") says whose office it is, which affiliation-conflict compares: the
      // portfolio is told by common words ("district court", "fire").
      if (k + 1 < words.size() && dictionary_.size() > 0 && !dictionary_.contains(words[k]) &&
          !office_modifiers_.count(words[k]))
        continue;
      o.words.insert(words[k]);
      if (k + 1 < words.size() && office_modifiers_.count(words[k])) o.ranks.insert(words[k]);
    }
    o.written_head = words.empty() ? c.head.str() : words.back();
    o.head = c.head;
    o.text = text + c.title.str();
    std::string_view k = c.kinds;
    while (!k.empty()) {
      std::size_t e = std::min(k.find(' '), k.size());
      if (e > 0) o.kinds.emplace(k.substr(0, e));
      k.remove_prefix(std::min(e + 1, k.size()));
    }
    return o;
  }

  // Ranks agree, but for a rank that is the other title's head ("finance chief", "chief
  // financial officer").
  static bool same_ranks(const Office& a, const Office& b) {
    std::set<std::string> ra = a.ranks, rb = b.ranks;
    ra.erase(b.written_head);
    rb.erase(a.written_head);
    return ra == rb;
  }

  // The head of one is a word of the other's portfolio ("senator", "senate minority leader"):
  // two offices of one body, often held together.
  static bool same_body(const Office& a, const Office& b) {
    auto stem = [](const std::string& w) {
      return w.substr(0, std::min<std::size_t>(5, w.size()));
    };
    for (const std::string& w : b.words)
      if (w != b.written_head && w.size() >= 5 && stem(w) == stem(a.written_head)) return true;
    for (const std::string& w : a.words)
      if (w != a.written_head && w.size() >= 5 && stem(w) == stem(b.written_head)) return true;
    return false;
  }

  // One head is a kind of the other: "the leader" is a general word for "President Abbas",
  // "attorney" for "senior counsel", "spokesperson" for "spokeswoman".
  static bool more_general(const Office& a, const Office& b) {
    return b.kinds.count(a.head) || b.kinds.count(a.written_head);
  }

  // A military or police rank is held together with a post: "Col. Patrick Ryder, a
  // spokesman", "Inspector Dave Gaskin, a police spokesman".
  static bool rank_and_post(const Office& a, const Office& b) {
    // (an "officer" is also an official: no rank)
    auto rank = [](const Office& o) {
      return (o.kinds.count("serviceman") || o.kinds.count("policeman")) &&
             !o.kinds.count("official");
    };
    return rank(a) != rank(b);
  }

  static bool only_time(const std::set<std::string>& ranks) {
    return std::all_of(ranks.begin(), ranks.end(),
                       [](const std::string& r) { return r == "former"; });
  }

  static bool same_office(const Office& a, const Office& b) {
    if (a.head != b.head && same_body(a, b)) return true;
    if (a.head != b.head && rank_and_post(a, b)) return true;
    // "former senator" and "Secretary of State", "former homicide investigator" and "private
    // investigator": an earlier office and a current, other one. ("Former mayor" and "mayor"
    // remain one office at two times.)
    if (a.ranks.count("former") != b.ranks.count("former") &&
        (a.head != b.head ||
         (!std::includes(a.words.begin(), a.words.end(), b.words.begin(), b.words.end()) &&
          !std::includes(b.words.begin(), b.words.end(), a.words.begin(), a.words.end()))))
      return true;
    // "Mr. Mitchell's deputy" for "deputy campaign manager": a rank alone as the head is a
    // general word for any office of that rank.
    if (a.words.size() == 1 && b.ranks.count(a.written_head)) return true;
    if (b.words.size() == 1 && a.ranks.count(b.written_head)) return true;
    // "attorney" for "senior counsel": a general description says nothing of the rank, only
    // of the time ("former").
    if (a.head != b.head && a.ranks.count("former") == b.ranks.count("former") &&
        ((more_general(a, b) && only_time(a.ranks)) || (more_general(b, a) && only_time(b.ranks))))
      return true;
    if (!same_ranks(a, b)) return false;
    if (a.head != b.head && (more_general(a, b) || more_general(b, a))) return true;
    if (std::includes(b.words.begin(), b.words.end(), a.words.begin(), a.words.end()) ||
        std::includes(a.words.begin(), a.words.end(), b.words.begin(), b.words.end()))
      return true;
    // One office under two names ("chairwoman", "chair"): the portfolios must still agree.
    if (a.head != b.head) return false;
    std::set<std::string> pa = a.words, pb = b.words;
    pa.erase(a.written_head);
    pb.erase(b.written_head);
    return std::includes(pa.begin(), pa.end(), pb.begin(), pb.end()) ||
           std::includes(pb.begin(), pb.end(), pa.begin(), pa.end());
  }

  static bool same_day(const SourceFile& a, const SourceFile& b) {
    auto da = a.reference_date(), db = b.reference_date();
    if (!da || !db) return !da && !db; // undated drafts speak of one moment
    return *da == *db;
  }

  bool too_far_apart(const SourceFile& a, const SourceFile& b) const {
    auto da = a.reference_date(), db = b.reference_date();
    if (!da || !db) return false;
    return std::labs(days_from_civil(*da) - days_from_civil(*db)) > max_days_;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<TitleConflict>(p);
}

} // namespace

CheckKind title_conflict_check_kind() {
  return {"title-conflict", "one person given incompatible titles", kPlaceholders, &make};
}

} // namespace claimlint
