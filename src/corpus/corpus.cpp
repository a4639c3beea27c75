#include "corpus/corpus.hpp"

#include "util/hash.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstring>
#include <set>
#include <unordered_map>

namespace claimlint {

int edit_distance(std::string_view a, std::string_view b, int cap) {
  // Damerau-Levenshtein (optimal string alignment): a transposition is one edit ("Gho", "Goh").
  if (std::abs(static_cast<int>(a.size()) - static_cast<int>(b.size())) > cap) return cap + 1;
  std::vector<int> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    int best = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] =
          std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      best = std::min(best, cur[j]);
    }
    if (best > cap) return cap + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

namespace {

std::pair<std::string, std::string> split_key(const std::string& key) {
  std::size_t sp = key.find(' ');
  if (sp == std::string::npos) return {key, ""};
  return {key.substr(0, sp), key.substr(sp + 1)};
}

} // namespace

void keep_corpus_claims(std::vector<Claim>& claims) {
  std::vector<int> new_index(claims.size(), -1);
  std::size_t kept = 0;
  for (std::size_t k = 0; k < claims.size(); ++k) {
    const Claim& c = claims[k];
    bool keep =
        c.kind == ClaimKind::person || c.kind == ClaimKind::date || c.kind == ClaimKind::age ||
        c.kind == ClaimKind::tally || c.kind == ClaimKind::measure ||
        (c.kind == ClaimKind::attribution
             ? c.quote.end > c.quote.begin
             : !c.subject.empty() || !c.verb.empty() || !c.noun.empty() || !c.context.empty());
    if (keep) new_index[k] = static_cast<int>(kept++);
  }
  for (std::size_t k = 0; k < claims.size(); ++k) {
    if (new_index[k] < 0) continue;
    Claim& c = claims[static_cast<std::size_t>(new_index[k])];
    if (static_cast<std::size_t>(new_index[k]) != k) c = std::move(claims[k]);
    if (c.linked >= 0) c.linked = new_index[static_cast<std::size_t>(c.linked)];
  }
  claims.resize(kept);
  claims.shrink_to_fit();
}

Corpus::Corpus(std::vector<FileClaims> files, const TextMap<std::string>& nicknames)
    : files_(std::move(files)) {
  auto canonical_given = [&](const std::string& g) {
    auto it = nicknames.find(g);
    return it == nicknames.end() ? g : it->second;
  };
  // One given name, or a spelling of it: a nickname pair, an initial, or a variant one or two
  // edits apart with the same first letter ("Corinne"/"Corrine", "Darius"/"Dariusz",
  // "Dmitri"/"Dmitry"); `strict` asks for the same name or a nickname or initial only.
  auto same_given = [&](const std::string& a, const std::string& b, bool strict) {
    if (a.empty() || b.empty()) return false;
    if (canonical_given(a) == canonical_given(b)) return true;
    if ((a.size() == 1 && b.starts_with(a)) || (b.size() == 1 && a.starts_with(b))) return true;
    if (strict || a.size() < 3 || b.size() < 3 || a.front() != b.front()) return false;
    // "Donnell"/"Dornella", "Daniel"/"Daniela": a final "a" on one side only marks another
    // person (often a relative), not a spelling.
    if ((a.back() == 'a') != (b.back() == 'a')) return false;
    return edit_distance(a, b, 2) <= (std::min(a.size(), b.size()) >= 6 ? 2 : 1);
  };
  // 1. People from full keys ("family given"). A family name one edit from another (a
  // transposition counts as one) with the same given name is the same person spelled two ways
  // ("Nordqvist"/"Nordquist", "Gho"/"Goh"); the same family name with a given name one or two
  // edits apart is too ("Corinne"/"Corrine"). "Ocampo Ferrer" and "Ocampo-Ferrer" meet through
  // the family name written without its space or hyphen.
  struct Person {
    std::string family, given, joined; // joined: the last two name words as one ("ocampoferrer")
    bool kin = true;                   // every mention introduces a relative of a namesake
    int mentions = 0;                  // full mentions over the drafts
  };
  std::vector<Person> persons;
  // Candidates by family name: the exact spelling, and every spelling with one byte deleted.
  // Two names within one edit share an entry (a deletion from one, or from both), so a lookup
  // finds every candidate without comparing against all people (cost linear in mentions).
  // The deletion index is keyed by the deletion's hash: a collision only adds a candidate,
  // which the edit distance then turns down.
  std::unordered_map<std::string, std::vector<int>> by_family;
  std::unordered_map<std::uint64_t, std::vector<int>> by_deletion;
  auto deletions = [](const std::string& f, auto&& each) {
    char d[64]; // a family name is short; a longer one is looked up whole only
    if (f.size() > sizeof d) return;
    for (std::size_t i = 0; i < f.size(); ++i) {
      std::memcpy(d, f.data(), i);
      std::memcpy(d + i, f.data() + i + 1, f.size() - i - 1);
      each(hash_text(std::string_view(d, f.size() - 1)));
    }
  };
  auto joined_of = [](const Claim& c) {
    // "Beatriz Ocampo Ferrer" -> "ocampoferrer"
    std::string name = c.name;
    std::size_t last = name.rfind(' ');
    if (last == std::string::npos) return std::string();
    std::size_t before = name.rfind(' ', last - 1);
    if (before == std::string::npos) return std::string();
    std::string out;
    for (char ch : name.substr(before + 1))
      if (ch != ' ' && ch != '-') out += ch;
    return fold_case(out);
  };
  auto add_person = [&](const std::string& family, const std::string& given,
                        const std::string& joined) {
    int id = static_cast<int>(persons.size());
    persons.push_back({family, given, joined});
    by_family[family].push_back(id);
    by_deletion[hash_text(family)].push_back(id);
    deletions(family, [&](std::uint64_t d) { by_deletion[d].push_back(id); });
    if (!joined.empty() && joined != family) by_family[joined].push_back(id);
  };
  auto find_person = [&](const std::string& family, const std::string& given,
                         const std::string& joined) -> int {
    std::vector<int> candidates;
    auto take = [&](const auto& index, const auto& key) {
      if (auto it = index.find(key); it != index.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    };
    take(by_family, family);
    if (!joined.empty()) take(by_family, joined);
    if (family.size() >= 3) {
      take(by_deletion, hash_text(family));
      deletions(family, [&](std::uint64_t d) { take(by_deletion, d); });
    }
    std::sort(candidates.begin(), candidates.end()); // the earliest person wins
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // Exact family names first, then spellings one edit apart.
    for (int pass = 0; pass < 2; ++pass)
      for (int p : candidates) {
        const Person& person = persons[static_cast<std::size_t>(p)];
        bool exact = person.family == family || (!joined.empty() && person.joined == joined) ||
                     person.family == joined || person.joined == family;
        if (pass == 0 && exact && same_given(person.given, given, false)) return p;
        if (pass == 1 && !exact && edit_distance(person.family, family, 1) <= 1 &&
            same_given(person.given, given, true))
          return p;
      }
    // A long family name two edits away with the same given name ("Tarkington"/"Tarkenton",
    // "Beaudet"/"Beaudette").
    if (family.size() >= 7)
      for (std::size_t p = 0; p < persons.size(); ++p) {
        const Person& person = persons[p];
        if (person.family.size() >= 7 && same_given(person.given, given, true) &&
            edit_distance(person.family, family, 2) <= 2)
          return static_cast<int>(p);
      }
    return -1;
  };
  for (std::uint32_t f = 0; f < files_.size(); ++f)
    for (const Claim& c : files_[f].claims) {
      if (c.kind != ClaimKind::person || c.mention == "candidate") continue;
      // (named, not a structured binding: clang's C++20 does not let lambdas capture those)
      const std::pair<std::string, std::string> split = split_key(c.key);
      const std::string& family = split.first;
      const std::string& given = split.second;
      if (given.empty()) continue;
      std::string joined = joined_of(c);
      int id = find_person(family, given, joined);
      if (id < 0) {
        add_person(family, given, joined);
        id = static_cast<int>(persons.size() - 1);
      }
      if (!c.kin) persons[static_cast<std::size_t>(id)].kin = false;
      ++persons[static_cast<std::size_t>(id)].mentions;
    }
  // 2. Every key of every file to a person.
  for (std::uint32_t f = 0; f < files_.size(); ++f)
    for (const Claim& c : files_[f].claims) {
      if (c.kind != ClaimKind::person || key_to_person_.count({f, c.key})) continue;
      // (named, not a structured binding: clang's C++20 does not let lambdas capture those)
      const std::pair<std::string, std::string> split = split_key(c.key);
      const std::string& family = split.first;
      const std::string& given = split.second;
      int id = -1;
      if (!given.empty()) {
        id = find_person(family, given, joined_of(c));
      } else {
        // A family name alone joins a person only when exactly one has it (relatives of a
        // namesake aside); failing that, one person whose family name is one edit away
        // ("Desrosier" in a headline for Desrosiers).
        // The one person of that name, or the one the story names three times as often as
        // any other of that name (the principal, not a brother in one paragraph).
        auto unique = [&](const std::vector<int>& ids) {
          int only = -1, top = 0, second = 0;
          for (int p : ids) {
            const Person& person = persons[static_cast<std::size_t>(p)];
            if (person.kin || p == only) continue;
            if (person.mentions > top) {
              second = top;
              top = person.mentions;
              only = p;
            } else {
              second = std::max(second, person.mentions);
            }
          }
          if (only >= 0 && second > 0 && !(top >= 3 * second && top >= 3)) return -2;
          return only;
        };
        if (auto it = by_family.find(family); it != by_family.end())
          id = std::max(-1, unique(it->second));
        // (a long name only, and not a bare candidate outside a headline: "Kobani" the town
        // is no misspelt "Kobane")
        if (id < 0 && family.size() >= 7 && (by_family.find(family) == by_family.end())) {
          std::vector<int> close;
          auto take = [&](std::uint64_t key) {
            if (auto it = by_deletion.find(key); it != by_deletion.end())
              for (int p : it->second)
                if (edit_distance(persons[static_cast<std::size_t>(p)].family, family, 1) <= 1)
                  close.push_back(p);
          };
          take(hash_text(family));
          deletions(family, take);
          std::sort(close.begin(), close.end());
          close.erase(std::unique(close.begin(), close.end()), close.end());
          id = std::max(-1, unique(close));
        }
      }
      key_to_person_[{f, c.key}] = id;
    }
  people_.resize(persons.size());
  for (std::uint32_t f = 0; f < files_.size(); ++f)
    for (std::uint32_t k = 0; k < files_[f].claims.size(); ++k) {
      const Claim& c = files_[f].claims[k];
      if (c.kind != ClaimKind::person) continue;
      int id = key_to_person_[{f, c.key}];
      if (id >= 0) people_[static_cast<std::size_t>(id)].push_back({f, k});
    }
  person_names_.resize(persons.size());
  for (std::size_t p = 0; p < persons.size(); ++p) {
    // The display name is the full name whose family spelling is the most frequent over all
    // mentions ("Lindqvist" twice beats "Lindquist" once), then the most frequent full name.
    auto family_of = [](const std::string& name) { return name.substr(name.rfind(' ') + 1); };
    std::map<std::string, int> full_counts, family_counts;
    for (ClaimRef r : people_[p]) {
      const Claim& c = claim(r);
      ++family_counts[family_of(c.name)];
      if (c.name.find(' ') != std::string::npos) ++full_counts[c.name];
    }
    std::pair<int, int> best{-1, -1};
    for (const auto& [name, n] : full_counts) {
      std::pair<int, int> score{family_counts[family_of(name)], n};
      if (score > best) {
        best = score;
        person_names_[p] = name;
      }
    }
    if (person_names_[p].empty()) person_names_[p] = persons[p].given + " " + persons[p].family;
  }
}

int Corpus::person_of(std::uint32_t file, const std::string& key) const {
  auto it = key_to_person_.find({file, key});
  return it == key_to_person_.end() ? -1 : it->second;
}

} // namespace claimlint
