// Aligning claims across drafts by their signatures (align.hpp).
#include "corpus/align.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

namespace claimlint {

namespace {

// Sum of f over the atoms two sorted lists share.
template <typename F> double shared(const std::vector<Atom>& a, const std::vector<Atom>& b, F&& f) {
  double sum = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j)
      ++i;
    else if (*j < *i)
      ++j;
    else {
      sum += f(*i);
      ++i;
      ++j;
    }
  }
  return sum;
}

} // namespace

bool different_names(const Claim& a, const Claim& b) {
  if (a.clause_names.empty() || b.clause_names.empty()) return false;
  auto x = a.clause_names.begin(), y = b.clause_names.begin();
  while (x != a.clause_names.end() && y != b.clause_names.end()) {
    if (*x == *y) return false;
    if (*x < *y)
      ++x;
    else
      ++y;
  }
  return true;
}

bool same_noun(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  std::string_view longer = a.size() > b.size() ? a : b;
  std::string_view shorter = a.size() > b.size() ? b : a;
  return shorter.size() >= 4 && longer.ends_with(shorter);
}

double alignment_score(const Claim& a, const Claim& b, FunctionRef<double(const Atom&)> idf,
                       const AlignWeights& w) {
  double score = 0;
  if (!a.verb.empty() && a.verb == b.verb) score += w.verb;
  if (same_noun(a.noun, b.noun)) score += w.noun;
  score += shared(a.context, b.context, [&](const Atom& x) { return idf(x); });
  // The three rarest names the two sentences share.
  std::vector<double> names;
  shared(a.entities, b.entities, [&](const Atom& x) {
    names.push_back(idf(x));
    return 0.0;
  });
  std::sort(names.rbegin(), names.rend());
  for (std::size_t k = 0; k < names.size() && k < 3; ++k) score += w.entity * names[k];
  return score;
}

Aligner::Aligner(const Corpus& corpus, std::span<const ClaimRef> claims, Comparable comparable,
                 const AlignWeights& weights)
    : corpus_(corpus), claims_(claims.begin(), claims.end()), comparable_(comparable),
      weights_(weights) {
  // Document frequency of each concept and name over these claims (atoms compare by pointer).
  for (ClaimRef r : claims_) {
    const Claim& c = corpus_.claim(r);
    for (const Atom& x : c.context) ++df_[&x.str()];
    for (const Atom& x : c.entities) ++df_[&x.str()];
  }
  sigs_.resize(claims_.size());
  for (std::size_t i = 0; i < claims_.size(); ++i) {
    const Claim& c = corpus_.claim(claims_[i]);
    for (const Atom& x : c.context) sigs_[i].context.push_back({&x.str(), idf(x)});
    for (const Atom& x : c.entities) sigs_[i].entities.push_back({&x.str(), idf(x)});
    std::sort(sigs_[i].context.begin(), sigs_[i].context.end());
    std::sort(sigs_[i].entities.begin(), sigs_[i].entities.end());
    index_[(static_cast<std::uint64_t>(claims_[i].file) << 32) | claims_[i].claim] = i;
  }
}

std::size_t Aligner::index_of(ClaimRef r) const {
  auto it = index_.find((static_cast<std::uint64_t>(r.file) << 32) | r.claim);
  return it == index_.end() ? SIZE_MAX : it->second;
}

double Aligner::score_at(std::size_t i, std::size_t j, bool demanding) const {
  const Claim& a = corpus_.claim(claims_[i]);
  const Claim& b = corpus_.claim(claims_[j]);
  double need = comparable_(a, b);
  if (need <= 0) return 0;
  if (weights_.contrast_names && different_names(a, b)) return 0;
  const Signature &sa = sigs_[i], &sb = sigs_[j];
  bool noun = same_noun(a.noun, b.noun);
  int pieces = noun ? 1 : 0;
  // Calls f(idf) for each atom two sorted lists share.
  auto each_shared = [](const std::vector<Weighted>& p, const std::vector<Weighted>& q, auto&& f) {
    for (auto x = p.begin(), y = q.begin(); x != p.end() && y != q.end();) {
      if (x->atom < y->atom)
        ++x;
      else if (y->atom < x->atom)
        ++y;
      else {
        f(x->idf);
        ++x;
        ++y;
      }
    }
  };
  double score = 0;
  each_shared(sa.context, sb.context, [&](double idf) {
    score += idf;
    ++pieces;
  });
  // The three rarest names the two sentences share.
  double top[3] = {0, 0, 0};
  int names = 0;
  each_shared(sa.entities, sb.entities, [&](double idf) {
    ++names;
    for (double& t : top)
      if (idf > t) std::swap(idf, t);
  });
  if (names > 0) ++pieces;
  if (pieces < weights_.min_pieces) return 0;
  if (!a.verb.empty() && a.verb == b.verb) score += weights_.verb;
  if (noun) score += weights_.noun;
  for (double t : top) score += weights_.entity * t;
  return demanding && need > 1 && score < need * weights_.threshold ? 0 : score;
}

double Aligner::idf(const Atom& x) const {
  auto it = df_.find(&x.str());
  double d = it == df_.end() ? 1 : it->second;
  // As if there were at least `typical_pool` candidates: in a story of two short drafts every
  // word is in every claim, and a shared word is still evidence.
  double pool = std::max(static_cast<double>(claims_.size()), weights_.typical_pool);
  return std::log(1 + pool / d);
}

double Aligner::score(ClaimRef ra, ClaimRef rb, bool demanding) const {
  std::size_t i = index_of(ra), j = index_of(rb);
  if (i != SIZE_MAX && j != SIZE_MAX) return score_at(i, j, demanding);
  const Claim& a = corpus_.claim(ra);
  const Claim& b = corpus_.claim(rb);
  double need = comparable_(a, b);
  if (need <= 0) return 0;
  if (weights_.contrast_names && different_names(a, b)) return 0;
  int pieces = same_noun(a.noun, b.noun) ? 1 : 0;
  pieces += static_cast<int>(shared(a.context, b.context, [](const Atom&) { return 1.0; }));
  pieces += shared(a.entities, b.entities, [](const Atom&) { return 1.0; }) > 0 ? 1 : 0;
  if (pieces < weights_.min_pieces) return 0;
  double score = alignment_score(
      a, b, [&](const Atom& x) { return idf(x); }, weights_);
  return demanding && need > 1 && score < need * weights_.threshold ? 0 : score;
}

bool Aligner::stated_elsewhere(std::span<const ClaimRef> group, double fraction) const {
  for (ClaimRef r : claims_) {
    bool in_drafts =
        std::any_of(group.begin(), group.end(), [&](ClaimRef g) { return g.file == r.file; });
    if (in_drafts) continue;
    for (ClaimRef g : group)
      if (score(g, r) >= weights_.threshold * fraction) return true;
  }
  return false;
}

int Aligner::break_tie(std::span<const ClaimRef> group, ClaimRef a, ClaimRef b, double fraction,
                       FunctionRef<bool(ClaimRef, ClaimRef)> agrees, bool sole_votes) const {
  int vote = 0;
  for (ClaimRef r : claims_) {
    if (r.file == a.file || r.file == b.file) continue;
    bool in_group = std::any_of(group.begin(), group.end(),
                                [&](ClaimRef g) { return g.file == r.file && g.claim == r.claim; });
    // A voter needs less evidence than a partner: the pair is already aligned, and the third
    // draft only says which side it reads like ("The company, founded in 1987" has the verb
    // and little else).
    // (The pair is settled; a voter only says which side it reads like, so a pair that needs
    // more evidence to link, "established in 1962" beside "founded in 1926", votes on the usual
    // fraction: the alignment's demand is for choosing partners, not for siding.)
    auto vote_score = [&](ClaimRef x) {
      double s = score(x, r, false);
      const Claim &cx = corpus_.claim(x), &cr = corpus_.claim(r);
      if (s == 0 && !cx.verb.empty() && cx.verb == cr.verb && comparable_(cx, cr) > 0)
        s = alignment_score(
            cx, cr, [&](const Atom& w) { return idf(w); }, weights_);
      return s;
    };
    // With `sole_votes`, a draft's only statement comparable with both sides votes without
    // shared words: the third draft's one length ("lay about 12 metres below the road") is the
    // length of the fall.
    auto sole = [&] {
      for (ClaimRef o : claims_)
        if (o.file == r.file && !(o.claim == r.claim) &&
            comparable_(corpus_.claim(a), corpus_.claim(o)) > 0 &&
            comparable_(corpus_.claim(b), corpus_.claim(o)) > 0)
          return false;
      return true;
    };
    if (!in_group && std::max(vote_score(a), vote_score(b)) < weights_.threshold * fraction &&
        !(sole_votes && sole()))
      continue;
    if (comparable_(corpus_.claim(a), corpus_.claim(r)) <= 0 ||
        comparable_(corpus_.claim(b), corpus_.claim(r)) <= 0)
      continue;
    bool with_a = agrees(a, r), with_b = agrees(b, r);
    if (with_a != with_b) vote += with_a ? 1 : -1;
  }
  return vote > 0 ? 1 : vote < 0 ? -1 : 0;
}

bool Aligner::stated_together(ClaimRef a, ClaimRef b, double fraction,
                              FunctionRef<bool(ClaimRef, ClaimRef)> agrees) const {
  // Drafts with a statement like a's, and drafts with one like b's.
  std::vector<std::uint32_t> like_a{a.file}, like_b{b.file};
  auto same = [](ClaimRef x, ClaimRef y) { return x.file == y.file && x.claim == y.claim; };
  const Claim &ca = corpus_.claim(a), &cb = corpus_.claim(b);
  for (ClaimRef r : claims_) {
    if (same(r, a) || same(r, b)) continue;
    // Of the same counted thing: "two years into a four-year term" gives one term. (The cheap
    // tests first: a draft's claims are many, its figures of one noun few.)
    const Claim& cr = corpus_.claim(r);
    bool noun_a = ca.noun.empty() || cr.noun == ca.noun,
         noun_b = cb.noun.empty() || cr.noun == cb.noun;
    if (!noun_a && !noun_b) continue;
    if (comparable_(ca, cr) <= 0 && comparable_(cb, cr) <= 0) continue;
    bool with_a = agrees(r, a), with_b = agrees(r, b);
    if (with_a == with_b || !(with_a ? noun_a : noun_b)) continue;
    ClaimRef to = with_a ? a : b;
    if (score(to, r) < weights_.threshold * fraction) continue;
    (with_a ? like_a : like_b).push_back(r.file);
  }
  for (std::uint32_t f : like_a)
    if (std::find(like_b.begin(), like_b.end(), f) != like_b.end()) return true;
  return false;
}

std::vector<std::vector<ClaimRef>> Aligner::groups() const {
  std::vector<std::vector<ClaimRef>> groups;
  const std::vector<ClaimRef>& claims = claims_;
  if (claims.size() < 2) return groups;
  std::vector<std::uint32_t> files;
  for (ClaimRef r : claims) files.push_back(r.file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  if (files.size() < 2) return groups;
  auto file_slot = [&](std::uint32_t f) {
    return static_cast<std::size_t>(std::lower_bound(files.begin(), files.end(), f) -
                                    files.begin());
  };
  // Each claim's best partner in each other file.
  const std::size_t nf = files.size();
  std::vector<int> best(claims.size() * nf, -1);
  std::vector<double> best_score(claims.size() * nf, 0), second(claims.size() * nf, 0);
  for (std::size_t i = 0; i < claims.size(); ++i)
    for (std::size_t j = 0; j < claims.size(); ++j) {
      if (claims[j].file == claims[i].file) continue;
      double s = score_at(i, j);
      std::size_t slot = i * nf + file_slot(claims[j].file);
      if (best[slot] < 0 || s > best_score[slot]) {
        second[slot] = best[slot] < 0 ? 0 : best_score[slot];
        if (s < weights_.threshold) continue;
        best[slot] = static_cast<int>(j);
        best_score[slot] = s;
      } else if (s > second[slot]) {
        second[slot] = s;
      }
    }
  // A partner is kept only when it stands out from the claim's next best in that draft: of two
  // touchdown runs or two vote counts, neither is the one.
  for (std::size_t slot = 0; slot < best.size(); ++slot)
    if (best[slot] >= 0 && best_score[slot] - second[slot] < weights_.margin) best[slot] = -1;
  // Mutual best pairs, joined into groups (union-find).
  std::vector<std::size_t> parent(claims.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<bool> linked(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i)
    for (std::size_t f = 0; f < nf; ++f) {
      int j = best[i * nf + f];
      if (j < 0 ||
          best[static_cast<std::size_t>(j) * nf + file_slot(claims[i].file)] != static_cast<int>(i))
        continue;
      parent[find(i)] = find(static_cast<std::size_t>(j));
      linked[i] = linked[static_cast<std::size_t>(j)] = true;
    }
  if (std::getenv("CLAIMLINT_DEBUG_ALIGN")) {
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const Claim& a = corpus_.claim(claims[i]);
      std::fprintf(stderr, "[%s] %.*s ->", corpus_.source(claims[i]).path().c_str(),
                   static_cast<int>(a.span.end - a.span.begin),
                   corpus_.source(claims[i]).slice(a.span).data());
      for (std::size_t f = 0; f < nf; ++f) {
        int j = best[i * nf + f];
        if (j < 0) continue;
        const Claim& b = corpus_.claim(claims[static_cast<std::size_t>(j)]);
        bool mutual = best[static_cast<std::size_t>(j) * nf + file_slot(claims[i].file)] ==
                      static_cast<int>(i);
        std::fprintf(stderr, " %s'%.*s'(%.1f)", mutual ? "*" : "",
                     static_cast<int>(b.span.end - b.span.begin),
                     corpus_.source(claims[static_cast<std::size_t>(j)]).slice(b.span).data(),
                     best_score[i * nf + f]);
      }
      std::fprintf(stderr, "\n");
    }
  }
  std::vector<std::size_t> slot_of(claims.size(), SIZE_MAX);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (!linked[i]) continue;
    std::size_t root = find(i);
    if (slot_of[root] == SIZE_MAX) {
      slot_of[root] = groups.size();
      groups.emplace_back();
    }
    groups[slot_of[root]].push_back(claims[i]);
  }
  return groups;
}

} // namespace claimlint
