// claims/affiliation-conflict: one person given two parties, or two employers or
// organisations, at the same time: "Sen. Maria Ruiz, D-Colo." vs "Republican Sen. Maria Ruiz";
// "an analyst at Greystone Partners" vs "of Carwick Securities".
//
// A person's organisation is read with their role (src/claims/roles.cpp): "of/at/for/with ORG"
// after it, "ORG's chief executive", "Kettleby Town manager", "the Green Alliance candidate",
// "who founded ORG"; a party from a party word before the title ("Democratic Gov."), a party
// tag (", D-Colo.") or an apposition (", a Democrat"). Organisations written in other words
// agree when the words of one are all among the other's ("Supporters' trust", "the Ashworth
// Rovers Supporters' Trust"), or when one abbreviates the other ("CENTCOM", "Central Command";
// "L.A. County", "Los Angeles County"); a draft that gives a person two organisations says they
// belong to both. Former ties ("who managed CD Montellà until 2023", "then-") and a possessor that
// names no organisation ("the company's") are left out. The odd organisation or party is reported
// (claim_groups.hpp, find_odd); a 1:1 tie on both sides.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "corpus/corpus.hpp"
#include "source/source_file.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <set>
#include <vector>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 5> kPlaceholders = {"person", "affiliation", "other", "what",
                                                           "tie"};

// The organisation's words in order, folded, without dots, possessives and joining words:
// "L.A. County" -> "la", "county".
std::vector<std::string> ordered_words(std::string_view org) {
  std::vector<std::string> out;
  std::string folded = fold_case(org);
  std::size_t p = 0;
  while (p < folded.size()) {
    std::size_t e = p;
    while (e < folded.size() && folded[e] != ' ' && folded[e] != '-') ++e;
    std::string w;
    for (char ch : folded.substr(p, e - p))
      if (ch != '.') w += ch;
    for (std::string_view s : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
      if (w.ends_with(s)) w.resize(w.size() - s.size());
    if (!w.empty() && w != "the" && w != "of" && w != "and" && w != "&" && w != "for")
      out.push_back(w);
    p = e + 1;
  }
  return out;
}

// The same words as a set, for inclusion, without initials: a middle initial ("Speaker John A.
// Boehner") says nothing about which organisation.
std::set<std::string> org_words(std::string_view org) {
  std::set<std::string> out;
  for (std::string& w : ordered_words(org))
    if (w.size() > 1) out.insert(std::move(w));
  return out;
}

// Can `abbr` be spelled by a prefix of each word of `words[from, to)` in order ("centcom":
// "central command"; "la": "los angeles"; "nypd": "new york police department")?
bool spells(std::string_view abbr, const std::vector<std::string>& words, std::size_t from,
            std::size_t to) {
  if (from == to) return abbr.empty();
  if (abbr.empty()) return false;
  const std::string& w = words[from];
  for (std::size_t n = 1; n <= std::min(abbr.size(), w.size()) && abbr[n - 1] == w[n - 1]; ++n)
    if (spells(abbr.substr(n), words, from + 1, to)) return true;
  return false;
}

// One organisation written once in full and once abbreviated: "CENTCOM" and "Central Command",
// "L.A. County Sheriff" and "Los Angeles County Sheriff". The words both share at the start and
// the end are taken off; each remaining word of the short form must spell, by prefixes, a run
// of words of the long form, in order.
// "FLDS" for "Fundamentalist Church of Jesus Christ of Latter Day Saints": an acronym in
// capitals, three letters or more, of the initials of some of the long form's words, the first
// among them.
bool initials_of(std::string_view acronym, const std::vector<std::string>& words) {
  if (acronym.size() < 3 || words.size() < acronym.size()) return false;
  for (char ch : acronym)
    if (ch < 'A' || ch > 'Z') return false;
  if (words.front().front() != acronym.front() - 'A' + 'a') return false;
  std::size_t w = 1;
  for (std::size_t i = 1; i < acronym.size(); ++i) {
    while (w < words.size() && words[w].front() != acronym[i] - 'A' + 'a') ++w;
    if (w == words.size()) return false;
    ++w;
  }
  return true;
}

bool abbreviates(std::string_view a, std::string_view b) {
  std::vector<std::string> x = ordered_words(a), y = ordered_words(b);
  if (x.size() == 1 && initials_of(a, y)) return true;
  if (y.size() == 1 && initials_of(b, x)) return true;
  if (x.size() > y.size()) std::swap(x, y);
  std::size_t head = 0;
  while (head < x.size() && x[head] == y[head]) ++head;
  std::size_t tail = 0;
  while (tail < x.size() - head && x[x.size() - 1 - tail] == y[y.size() - 1 - tail]) ++tail;
  if (head + tail == x.size()) return false; // nothing left to spell: not an abbreviation
  if (x.size() - head - tail != 1 || x[head].size() < 2 || x[head].size() > 12) return false;
  return y.size() - head - tail >= 2 && spells(x[head], y, head, y.size() - tail);
}

class AffiliationConflict final : public Check {
public:
  explicit AffiliationConflict(RuleParams& p) {
    for (const std::string& w : p.list("not-current")) not_current_.insert(w);
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    for (std::size_t p = 0; p < corpus.people().size(); ++p) {
      for (int what = 0; what < 2; ++what) { // organisations, then parties
        std::vector<ClaimRef> st;
        std::vector<std::string> value;
        std::vector<std::set<std::string>> words;
        for (ClaimRef r : corpus.people()[p]) {
          const Claim& c = corpus.claim(r);
          if (c.until || std::any_of(c.modifiers.begin(), c.modifiers.end(),
                                     [&](const std::string& m) { return not_current_.count(m); }))
            continue;
          const std::string& v = what == 0 ? c.org.str() : c.party.str();
          if (v.empty()) continue;
          if (what == 0 && !starts_upper(v)) continue; // "the company's": no name
          st.push_back(r);
          value.push_back(v);
          words.push_back(org_words(v));
        }
        if (st.size() < 2) continue;
        std::set<std::pair<std::string, std::string>> both; // given together in one draft
        for (std::size_t i = 0; i < st.size(); ++i)
          for (std::size_t j = 0; j < st.size(); ++j)
            if (i != j && st[i].file == st[j].file) both.insert({value[i], value[j]});
        auto compatible = [&](std::size_t i, std::size_t j) {
          if (what == 1) return value[i] == value[j];
          if (both.count({value[i], value[j]})) return true;
          const auto &a = words[i], &b = words[j];
          return std::includes(a.begin(), a.end(), b.begin(), b.end()) ||
                 std::includes(b.begin(), b.end(), a.begin(), a.end()) ||
                 abbreviates(value[i], value[j]);
        };
        for (const Verdict& v : find_odd(st, compatible)) {
          ClaimRef r = st[v.odd];
          if (v.tie && drafts_mentioning(corpus, p) > 2) continue;
          RelatedList related;
          for (std::size_t j : v.against)
            related.add(corpus.source(st[j]), corpus.claim(st[j]).span,
                        fmt::format("'{}' here", value[j]));
          sink.report(corpus.source(r), corpus.claim(r).span,
                      {{"person", corpus.person_name(static_cast<int>(p))},
                       {"affiliation", value[v.odd]},
                       {"other", value[v.against.front()]},
                       {"what", what == 0 ? "organisation" : "party"},
                       {"tie", v.tie ? "; a tie, no draft settles it" : ""}},
                      std::move(related));
        }
      }
    }
  }

private:
  std::set<std::string> not_current_;
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<AffiliationConflict>(p);
}

} // namespace

CheckKind affiliation_conflict_check_kind() {
  return {"affiliation-conflict", "one person given two parties or organisations", kPlaceholders,
          &make};
}

} // namespace claimlint
