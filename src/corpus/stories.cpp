// Grouping drafts into stories (stories.hpp).
#include "corpus/stories.hpp"

#include "util/hash.hpp"
#include "util/static_words.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

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
      bool cap =
          t.kind == TokenKind::word && (t.shape & kStartsUpper) && !doc.in_verbatim(t.span.begin);
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
          "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
          "january", "february",  "march",     "april",    "may",     "june",     "july",
          "august",  "september", "october",   "november", "december"};
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
  // 2. Automatic links between drafts without a key: names shared, weighed by rarity. The
  // holders of each name are a range of the sorted (name, draft) entries.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  for (std::size_t i = 0; i < n; ++i)
    if (keys[i].empty())
      for (std::uint64_t h : names[i]) entries.push_back({h, static_cast<std::uint32_t>(i)});
  std::sort(entries.begin(), entries.end());
  auto holders = [&](std::uint64_t h) {
    auto lo = std::lower_bound(entries.begin(), entries.end(),
                               std::pair<std::uint64_t, std::uint32_t>{h, 0});
    auto hi = lo;
    while (hi != entries.end() && hi->first == h) ++hi;
    return std::pair{lo, hi};
  };
  std::size_t unkeyed = 0;
  for (std::size_t i = 0; i < n; ++i) unkeyed += keys[i].empty();
  // The rarity of a name, as if the run had at least `options.typical_run` drafts: in a run
  // of one story's four drafts every name is in every draft, and is still evidence.
  const double pool = static_cast<double>(std::max(unkeyed, options.typical_run));
  auto weight = [&](std::size_t df) { return std::log(1.0 + pool / static_cast<double>(df)); };
  // A name that one draft in twenty has (and more than twenty drafts) is no evidence of one
  // story, and skipping it keeps the pairs few.
  const std::size_t max_holders = std::max<std::size_t>(20, unkeyed / 20);
  auto counts = [&](std::uint64_t h) {
    auto [lo, hi] = holders(h);
    return static_cast<std::size_t>(hi - lo);
  };
  std::vector<StoryLink> links;
  std::unordered_set<std::uint64_t> linked; // pair keys (a << 32 | b, a < b)
  // Shared weight of draft i with each later draft, accumulated in place.
  std::vector<double> acc(n, 0);
  std::vector<std::uint32_t> count(n, 0), touched;
  for (std::size_t i = 0; i < n; ++i) {
    if (!keys[i].empty()) continue;
    touched.clear();
    for (std::uint64_t h : names[i]) {
      auto [lo, hi] = holders(h);
      std::size_t df = static_cast<std::size_t>(hi - lo);
      if (df < 2 || df > max_holders) continue;
      double w = weight(df);
      for (auto it = lo; it != hi; ++it) {
        std::uint32_t j = it->second;
        if (j <= i) continue;
        if (count[j]++ == 0) touched.push_back(j);
        acc[j] += w;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t j : touched) {
      double w = acc[j];
      std::uint32_t c = count[j];
      acc[j] = 0;
      count[j] = 0;
      if (w < options.link_weight || c < options.min_shared) continue;
      if (dates[i] && dates[j] &&
          std::labs(days_from_civil(*dates[i]) - days_from_civil(*dates[j])) >
              options.max_days_apart)
        continue;
      // The evidence, for `claimlint stories`: the names both drafts have (within the limit).
      std::vector<std::uint64_t> shared;
      if (options.evidence) {
        std::set_intersection(names[i].begin(), names[i].end(), names[j].begin(), names[j].end(),
                              std::back_inserter(shared));
        std::erase_if(shared, [&](std::uint64_t h) { return counts(h) > max_holders; });
      }
      links.push_back({i, j, w, std::move(shared)});
      linked.insert((static_cast<std::uint64_t>(i) << 32) | j);
    }
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
  // A few drafts given together with nothing to tell them apart are one story, unless their
  // dates say otherwise.
  if (st.links.empty() && unkeyed == n && n >= 2 && n <= options.small_run) {
    bool close = true;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (dates[i] && dates[j] &&
            std::labs(days_from_civil(*dates[i]) - days_from_civil(*dates[j])) >
                options.max_days_apart)
          close = false;
    if (close)
      for (std::size_t i = 1; i < n; ++i) parent[find(i)] = find(0);
  }
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
