// Grouping drafts into stories (stories.hpp).
#include "corpus/stories.hpp"

#include "util/hash.hpp"
#include "util/static_words.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

std::vector<StoryTerm> story_profile(const Document& doc, const WordSet& dictionary,
                                     std::vector<std::pair<std::uint64_t, std::string>>* texts) {
  // (hash, is name) per occurrence; counted after sorting.
  std::vector<std::pair<std::uint64_t, bool>> seen;
  static const StaticWords kCalendar = {"monday",    "tuesday", "wednesday", "thursday", "friday",
                                        "saturday",  "sunday",  "january",   "february", "march",
                                        "april",     "may",     "june",      "july",     "august",
                                        "september", "october", "november",  "december"};
  for (const Sentence& sen : doc.sentences) {
    auto toks = doc.tokens_of(sen);
    for (const Token& t : toks) {
      if (doc.in_verbatim(t.span.begin)) continue;
      // A figure of two digits or more is a fact of the story ("H.B. 1125", "61 million").
      if (t.kind == TokenKind::number && doc.folded(t).size() >= 2) {
        seen.push_back({t.folded_hash, false});
        continue;
      }
      if (t.kind != TokenKind::word) continue;
      std::string_view f = doc.folded(t);
      // "Arpaio's" is Arpaio.
      bool possessive = false;
      for (std::string_view pos : {std::string_view("'s"), std::string_view("\u2019s")})
        if (f.size() > pos.size() + 1 && f.ends_with(pos)) {
          f.remove_suffix(pos.size());
          possessive = true;
        }
      if (f.size() < 3) continue;
      // The token's folded hash (hash_text's low 32 bits) is already computed.
      std::uint64_t h = possessive ? (hash_text(f) & 0xffffffffu) : t.folded_hash;
      seen.push_back({h, false});
      if (!(t.shape & kStartsUpper)) continue;
      // A capitalised word is a distinctive name unless the dictionary knows it (proper names
      // the dictionary lists capitalised, "Lena", "Ortiz", are names; the days and months, a
      // closed class, are not).
      bool common = possessive
                        ? dictionary.contains(f) || kCalendar.contains(f)
                        : dictionary.contains(doc, t) || kCalendar.contains(f, t.folded_hash);
      if (common) continue;
      seen.push_back({h ^ kStoryNameSalt, true});
      if (texts) texts->push_back({h ^ kStoryNameSalt, std::string(f)});
    }
  }
  std::sort(seen.begin(), seen.end());
  std::vector<StoryTerm> out;
  for (std::size_t i = 0; i < seen.size();) {
    std::size_t j = i;
    while (j < seen.size() && seen[j].first == seen[i].first) ++j;
    out.push_back({seen[i].first, 1.0f + std::log(static_cast<float>(j - i)), seen[i].second});
    i = j;
  }
  if (texts) {
    std::sort(texts->begin(), texts->end());
    texts->erase(std::unique(texts->begin(), texts->end()), texts->end());
  }
  return out;
}

double profile_similarity(const std::vector<StoryTerm>& a, const std::vector<StoryTerm>& b,
                          const std::function<double(std::uint64_t)>& weight,
                          std::size_t* names_shared) {
  double dot = 0, na = 0, nb = 0;
  std::size_t names = 0;
  auto ia = a.begin(), ib = b.begin();
  while (ia != a.end() || ib != b.end()) {
    if (ib == b.end() || (ia != a.end() && ia->hash < ib->hash)) {
      double v = ia->tf * weight(ia->hash);
      na += v * v;
      ++ia;
    } else if (ia == a.end() || ib->hash < ia->hash) {
      double v = ib->tf * weight(ib->hash);
      nb += v * v;
      ++ib;
    } else {
      double w = weight(ia->hash);
      double va = ia->tf * w, vb = ib->tf * w;
      na += va * va;
      nb += vb * vb;
      dot += va * vb;
      names += ia->name && w > 0;
      ++ia;
      ++ib;
    }
  }
  if (names_shared) *names_shared = names;
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

Stories group_stories(const std::vector<std::vector<StoryTerm>>& profiles,
                      const std::vector<std::optional<Date>>& dates,
                      const std::vector<std::string>& keys, const StoryOptions& options) {
  const std::size_t n = profiles.size();
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
  // 2. Automatic links between drafts without a key: cosine similarity of their profiles. The
  // holders of each term are a range of the sorted (term, draft, weight) entries.
  struct Entry {
    std::uint64_t hash;
    std::uint32_t draft : 31;
    std::uint32_t name : 1;
    float tf;
    bool operator<(const Entry& o) const {
      return hash != o.hash ? hash < o.hash : draft < o.draft;
    }
  };
  std::vector<Entry> entries;
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (keys[i].empty()) total += profiles[i].size();
  entries.reserve(total);
  for (std::size_t i = 0; i < n; ++i)
    if (keys[i].empty())
      for (const StoryTerm& t : profiles[i])
        entries.push_back({t.hash, static_cast<std::uint32_t>(i), t.name, t.tf});
  // By term, then draft: entries were pushed in draft order, so a stable sort by the hash alone
  // gives both. A least-significant-digit radix sort (8 passes of a byte) is linear: std::sort
  // of a 2,000-draft run's entries was a tenth of the cross-draft stage.
  {
    std::vector<Entry> buffer(entries.size());
    for (int shift = 0; shift < 64; shift += 8) {
      std::array<std::size_t, 257> count{};
      for (const Entry& en : entries) ++count[((en.hash >> shift) & 0xff) + 1];
      bool one_bucket = false;
      for (std::size_t b = 1; b <= 256; ++b) one_bucket |= count[b] == entries.size();
      if (one_bucket) continue; // every entry has this byte alike: the order stands
      for (std::size_t b = 1; b <= 256; ++b) count[b] += count[b - 1];
      for (const Entry& en : entries) buffer[count[(en.hash >> shift) & 0xff]++] = en;
      entries.swap(buffer);
    }
  }
  std::size_t unkeyed = 0;
  for (std::size_t i = 0; i < n; ++i) unkeyed += keys[i].empty();
  // The rarity of a term, as if the run had at least `options.typical_run` drafts: in a run
  // of one story's four drafts every name is in every draft, and is still evidence.
  const double pool = static_cast<double>(std::max(unkeyed, options.typical_run));
  // A term that one draft in twenty has (and more than twenty drafts) tells nothing of which
  // story a draft belongs to ("said", "police"), and skipping it keeps the pairs few.
  const std::size_t max_holders = std::max<std::size_t>(20, unkeyed / 20);
  // Per term range: its idf (0 when left out). Per draft: the norm of its weighted profile.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges; // [begin, end) into entries
  std::vector<double> idf;
  std::vector<double> norm(n, 0);
  for (std::size_t k = 0; k < entries.size();) {
    std::size_t e = k;
    while (e < entries.size() && entries[e].hash == entries[k].hash) ++e;
    std::size_t df = e - k;
    double w = df > max_holders ? 0.0 : std::log(pool / static_cast<double>(df));
    for (std::size_t x = k; x < e; ++x) {
      double v = entries[x].tf * w;
      norm[entries[x].draft] += v * v;
    }
    ranges.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(e)});
    idf.push_back(w);
    k = e;
  }
  for (double& v : norm) v = std::sqrt(v);
  // Per draft, the shared terms it holds (term range, its own entry), to walk its partners:
  // those after it in the range, since entries of one term are in draft order.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> held(n);
  for (std::size_t r = 0; r < ranges.size(); ++r) {
    auto [k, e] = ranges[r];
    if (e - k < 2 || idf[r] <= 0) continue;
    for (std::uint32_t x = k; x < e; ++x)
      held[entries[x].draft].push_back({static_cast<std::uint32_t>(r), x});
  }
  std::vector<StoryLink> links;
  std::unordered_set<std::uint64_t> linked; // pair keys (a << 32 | b, a < b)
  // Dot product of draft i with each later draft, accumulated in place.
  std::vector<double> dot(n, 0);
  std::vector<std::uint32_t> names_shared(n, 0), touched;
  std::vector<char> seen(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (!keys[i].empty() || norm[i] <= 0) continue;
    touched.clear();
    for (auto [r, own] : held[i]) {
      double mine = entries[own].tf * idf[r];
      for (std::uint32_t x = own + 1; x < ranges[r].second; ++x) {
        std::uint32_t j = entries[x].draft;
        if (!seen[j]) {
          seen[j] = 1;
          touched.push_back(j);
        }
        dot[j] += mine * entries[x].tf * idf[r];
        names_shared[j] += entries[x].name;
      }
    }
    // (Links are ordered below, so the order partners were met in does not matter.)
    for (std::uint32_t j : touched) {
      double cosine = norm[j] > 0 ? dot[j] / (norm[i] * norm[j]) : 0.0;
      std::uint32_t c = names_shared[j];
      dot[j] = 0;
      names_shared[j] = 0;
      seen[j] = 0;
      if (cosine < options.link_cosine || c < options.min_shared) continue;
      if (dates[i] && dates[j] &&
          std::labs(days_from_civil(*dates[i]) - days_from_civil(*dates[j])) >
              options.max_days_apart)
        continue;
      // The evidence, for `claimlint stories`: the names both drafts have, rarest first.
      std::vector<std::uint64_t> shared;
      if (options.evidence) {
        std::vector<std::pair<double, std::uint64_t>> named;
        for (auto [r, own] : held[i]) {
          auto [k, e] = ranges[r];
          if (!entries[k].name) continue;
          for (std::uint32_t x = own + 1; x < e; ++x)
            if (entries[x].draft == j) named.push_back({-idf[r], entries[k].hash});
        }
        std::sort(named.begin(), named.end());
        for (auto& [w, h] : named) shared.push_back(h);
      }
      links.push_back({i, j, cosine, std::move(shared)});
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
