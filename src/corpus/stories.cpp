// Grouping drafts into stories (stories.hpp).
#include "corpus/stories.hpp"

#include "util/hash.hpp"
#include "util/static_words.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <unordered_map>

namespace claimlint {

std::vector<std::uint64_t> story_names(const Document& doc, const WordSet& dictionary,
                                       std::vector<std::pair<std::uint64_t, std::string>>* texts) {
  std::vector<std::uint64_t> out;
  std::string run;
  std::size_t words = 0;
  bool distinctive = false;
  auto flush = [&] {
    if (!run.empty() && distinctive) {
      out.push_back(hash_text(run));
      if (texts) texts->push_back({out.back(), run});
    }
    run.clear();
    words = 0;
    distinctive = false;
  };
  for (const Sentence& sen : doc.sentences) {
    auto toks = doc.tokens_of(sen);
    for (std::size_t k = 0; k < toks.size(); ++k) {
      const Token& t = toks[k];
      bool cap = t.kind == TokenKind::word && (t.shape & kStartsUpper) &&
                 !doc.in_verbatim(t.span.begin);
      if (!cap) {
        flush();
        continue;
      }
      std::string_view f = doc.folded(t);
      // A word the dictionary knows is distinctive only inside a longer name ("Tamsin Gorge");
      // a sentence's first word is capitalised for the sentence.
      // (Proper names the dictionary lists capitalised, "Lena", "Ortiz", are names; the days
      // and months, a closed class, are not.)
      static const StaticWords kCalendar = {
          "monday",  "tuesday",  "wednesday", "thursday", "friday",  "saturday", "sunday",
          "january", "february", "march",    "april",    "may",     "june",     "july",
          "august",  "september", "october", "november", "december"};
      bool common = dictionary.contains(doc, t) || kCalendar.contains(f, t.folded_hash);
      if (k == 0 && common) continue;
      if (!run.empty()) run += ' ';
      run += f;
      ++words;
      distinctive = distinctive || !common;
      // Each uncommon word is a name too: "Larkhaven Councillor Priyanka Desrosiers" and
      // "Councillor Priyanka Desrosiers" share "desrosiers" and "priyanka".
      if (!common) {
        out.push_back(hash_text(f));
        if (texts) texts->push_back({out.back(), std::string(f)});
      }
    }
    flush();
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Stories group_stories(const std::vector<std::vector<std::uint64_t>>& names,
                      const std::vector<std::optional<Date>>& dates,
                      const std::vector<std::string>& keys, const StoryOptions& options) {
  const std::size_t n = names.size();
  Stories st;
  st.story_of.assign(n, -1);
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // 1. Front-matter keys.
  std::unordered_map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < n; ++i) {
    if (keys[i].empty()) continue;
    auto [it, fresh] = by_key.emplace(keys[i], i);
    if (!fresh) parent[find(i)] = find(it->second);
  }
  // 2. Automatic links between drafts without a key: names shared, weighed by rarity.
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> holders;
  for (std::size_t i = 0; i < n; ++i)
    if (keys[i].empty())
      for (std::uint64_t h : names[i]) holders[h].push_back(i);
  std::size_t unkeyed = 0;
  for (std::size_t i = 0; i < n; ++i) unkeyed += keys[i].empty();
  // The rarity of a name, as if the run had at least `options.typical_run` drafts: in a run
  // of one story's four drafts every name is in every draft, and is still evidence.
  const double pool = static_cast<double>(std::max(unkeyed, options.typical_run));
  auto weight = [&](std::size_t df) { return std::log(1.0 + pool / static_cast<double>(df)); };
  // Shared weight per pair, from the names' holders (names held by very many drafts are
  // skipped: they link nothing and would make this quadratic).
  struct Shared {
    double weight = 0;
    std::uint32_t count = 0;
  };
  std::unordered_map<std::uint64_t, Shared> pairs;
  // A name that one draft in twenty has (and more than twenty drafts) is no evidence of one
  // story, and skipping it keeps the pairs few.
  const std::size_t max_holders = std::max<std::size_t>(20, unkeyed / 20);
  for (const auto& [h, who] : holders) {
    if (who.size() < 2 || who.size() > max_holders) continue;
    double w = weight(who.size());
    for (std::size_t x = 0; x < who.size(); ++x)
      for (std::size_t y = x + 1; y < who.size(); ++y) {
        Shared& p = pairs[(static_cast<std::uint64_t>(who[x]) << 32) | who[y]];
        p.weight += w;
        ++p.count;
      }
  }
  std::vector<StoryLink> links;
  std::unordered_map<std::uint64_t, bool> linked; // pair key -> linked
  for (const auto& [key, p] : pairs) {
    std::size_t a = key >> 32, b = key & 0xFFFFFFFF;
    if (p.weight < options.link_weight || p.count < options.min_shared) continue;
    if (dates[a] && dates[b] &&
        std::labs(days_from_civil(*dates[a]) - days_from_civil(*dates[b])) > options.max_days_apart)
      continue;
    // The evidence, for `claimlint stories`: the names both drafts have (within the limit).
    std::vector<std::uint64_t> shared;
    std::set_intersection(names[a].begin(), names[a].end(), names[b].begin(), names[b].end(),
                          std::back_inserter(shared));
    shared.erase(std::remove_if(shared.begin(), shared.end(),
                                [&](std::uint64_t h) {
                                  auto it = holders.find(h);
                                  return it == holders.end() || it->second.size() > max_holders;
                                }),
                 shared.end());
    links.push_back({a, b, p.weight, std::move(shared)});
    linked[key] = true;
  }
  // Strongest links first; two groups join only when most pairs of drafts across them are
  // linked, so one draft that mentions two stories (a round-up, a README) does not chain them.
  std::sort(links.begin(), links.end(), [](const StoryLink& x, const StoryLink& y) {
    return std::tie(y.weight, x.a, x.b) < std::tie(x.weight, y.a, y.b);
  });
  std::vector<std::vector<std::size_t>> members(n);
  for (std::size_t i = 0; i < n; ++i) members[find(i)].push_back(i);
  auto is_linked = [&](std::size_t x, std::size_t y) {
    if (x > y) std::swap(x, y);
    return linked.count((static_cast<std::uint64_t>(x) << 32) | y) > 0;
  };
  for (StoryLink& link : links) {
    std::size_t ra = find(link.a), rb = find(link.b);
    if (ra == rb) {
      st.links.push_back(std::move(link));
      continue;
    }
    std::size_t yes = 0, all = 0;
    for (std::size_t x : members[ra])
      for (std::size_t y : members[rb]) {
        ++all;
        yes += is_linked(x, y);
      }
    if (2 * yes < all) continue;
    parent[ra] = rb;
    members[rb].insert(members[rb].end(), members[ra].begin(), members[ra].end());
    members[ra].clear();
    st.links.push_back(std::move(link));
  }
  std::sort(st.links.begin(), st.links.end(), [](const StoryLink& x, const StoryLink& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  // Stories numbered by their first draft.
  std::unordered_map<std::size_t, int> id_of_root;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t root = find(i);
    auto [it, fresh] = id_of_root.emplace(root, static_cast<int>(st.names.size()));
    if (fresh) st.names.push_back(keys[i]);
    st.story_of[i] = it->second;
  }
  return st;
}

} // namespace claimlint
