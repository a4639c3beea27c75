// Shared by the claims/* checks: what makes two claims "about the same thing" across drafts.
#pragma once

#include "corpus/align.hpp"
#include "corpus/corpus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace claimlint {

// A subject that names a person is keyed by the resolved person, so "ortiz lena" in one draft
// and "ortiz" in another meet; other subjects ("strike", "war") are keyed as they are.
inline std::string subject_key(const Corpus& corpus, ClaimRef r) {
  const Claim& c = corpus.claim(r);
  if (c.subject.empty()) return {};
  int person = corpus.person_of(r.file, c.subject);
  return person >= 0 ? fmt::format("person:{}", person) : c.subject.str();
}

// A readable name for a subject key.
inline std::string subject_name(const Corpus& corpus, const std::string& key) {
  if (key.starts_with("person:")) return corpus.person_name(std::stoi(key.substr(7)));
  return "the " + key;
}

// The range a figure stands for, given its approximation word: "nearly 2" = [1.6, 2],
// "about 7,500" = [7,125, 7,875], "more than 400" = (400, 800].
inline std::pair<double, double> figure_range(double v, const std::string& approx,
                                              double about = 0.05, double nearly = 0.2) {
  if (approx == "about") return {v * (1 - about), v * (1 + about)};
  if (approx == "nearly") return {v * (1 - nearly), v};
  if (approx == "more-than" || approx == "at-least") return {v, v * 2};
  if (approx == "less-than" || approx == "up-to" || approx == "at-most") return {0, v};
  return {v, v};
}

inline bool ranges_overlap(std::pair<double, double> a, std::pair<double, double> b) {
  return a.first <= b.second && b.first <= a.second;
}

// The significant digits of a figure: 4,051 -> "4051", 0.035 -> "35", 2.6 million -> "26".
inline std::string significant_digits(double v) {
  std::string s = fmt::format("{:.6g}", std::fabs(v)), d;
  std::size_t e = s.find('e');
  if (e != std::string::npos) s.resize(e);
  for (char ch : s)
    if (ch >= '0' && ch <= '9' && !(d.empty() && ch == '0')) d += ch;
  while (!d.empty() && d.back() == '0') d.pop_back();
  return d;
}

// Whether a round figure is a more precise one rounded or cut short: "$43 million" for
// $43,885,310, "about 100,000" for 120,000. Only large figures (1,000 and up, the ones written
// rounded) against a more precise one: with two significant digits, rounded or cut short; with
// one, rounded, and only when an approximation word says so ("roughly 7,500" and "7,000" are
// two figures; "10 people" is no rounding of 14).
inline bool rounded_from(double round, double precise, bool approximate) {
  round = std::fabs(round);
  precise = std::fabs(precise);
  if (round < 1000 || round == precise) return false;
  std::string sr = significant_digits(round), sp = significant_digits(precise);
  if (sr.empty() || sr.size() > 2 || sp.size() <= sr.size()) return false;
  if (sr.size() == 1 && !approximate) return false;
  double scale = std::pow(10.0, std::floor(std::log10(round)) - static_cast<double>(sr.size()) + 1);
  double up = std::round(precise / scale) * scale, down = std::floor(precise / scale) * scale;
  auto same = [&](double x) { return std::fabs(x - round) <= 1e-9 * round; };
  return same(up) || (sr.size() == 2 && same(down));
}

// Whether two different written values can be one value written wrongly. Copy slips give near
// values (a toll before and after an update, a rounding, a figure from another source) or digit
// slips (a swapped, dropped or mistyped digit, a dropped zero: 1978/1987, 86/68, 1,500/15,000).
// Two figures further apart than `factor` whose digits differ in more than one place are two
// different things the alignment put together (a play's 86 yards and a season's 4,051; a
// quake's depth and its distance from a city), not a conflict an editor would want to read.
// A digit slip keeps the number of digits (a mistyped or swapped digit: 86/68, 1962/1952); a
// dropped zero keeps the digits (1,500/15,000), which plausible_slip sees as equal digits.
inline bool digit_slip(std::string_view a, std::string_view b) {
  return !a.empty() && a.size() == b.size() && edit_distance(a, b, 1) <= 1;
}

inline bool plausible_slip(double a, double b, double factor) {
  double lo = std::min(std::fabs(a), std::fabs(b)), hi = std::max(std::fabs(a), std::fabs(b));
  if (hi <= factor * lo) return true;
  return digit_slip(significant_digits(a), significant_digits(b));
}

// The number of drafts that mention a person at all. A 1:1 tie about a person is reported only
// when no third draft mentions them: if one does, its silence on the point is a reading the
// extractor could not make, not evidence that the question is open.
inline std::size_t drafts_mentioning(const Corpus& corpus, std::size_t person) {
  std::vector<std::uint32_t> files;
  for (ClaimRef r : corpus.people()[person]) files.push_back(r.file);
  std::sort(files.begin(), files.end());
  return static_cast<std::size_t>(std::unique(files.begin(), files.end()) - files.begin());
}

// Which statements of one thing are the odd ones (ties and blame). A statement's support is the
// number of drafts with a statement compatible with it (its own draft included); its rival is
// the greatest support among the statements of other drafts it contradicts. A statement whose
// rival has more support is odd and names the rival statements; when they have the same support
// (a 1:1 tie in a story of two drafts, or 2:2), both sides are reported as ties, each naming the
// other. A statement contradicted only by less supported ones is the majority and stays quiet,
// and nothing is reported when no value has the support of half the drafts that state the
// thing (a figure that moved from draft to draft has no odd one).
struct Verdict {
  std::size_t odd = 0;              // index into the statements
  std::vector<std::size_t> against; // the rival statements it contradicts, most supported
  bool tie = false;
  int support = 0, rival = 0; // drafts agreeing with it, and with its rival
};

template <typename Compatible>
std::vector<Verdict> find_odd(std::span<const ClaimRef> st, Compatible&& compatible) {
  std::vector<Verdict> out;
  const std::size_t n = st.size();
  std::vector<std::uint32_t> files;
  for (ClaimRef r : st) files.push_back(r.file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  if (files.size() < 2) return out;
  std::vector<char> ok(n * n, 1); // compatible(i, j), asked once per pair
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      ok[i * n + j] = ok[j * n + i] = compatible(i, j) ? 1 : 0;
  std::vector<int> support(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::uint32_t f : files) {
      if (f == st[i].file) {
        ++support[i];
        continue;
      }
      for (std::size_t j = 0; j < n; ++j)
        if (st[j].file == f && ok[i * n + j]) {
          ++support[i];
          break;
        }
    }
  for (std::size_t i = 0; i < n; ++i) {
    Verdict v;
    v.odd = i;
    v.support = support[i];
    for (std::size_t j = 0; j < n; ++j)
      if (st[j].file != st[i].file && !ok[i * n + j]) v.rival = std::max(v.rival, support[j]);
    if (v.rival < v.support || v.rival == 0) continue;
    // A majority is one: at least half the drafts that state the thing. Where every draft says
    // something else (a toll that moved all day), no statement is the odd one.
    if (2 * static_cast<std::size_t>(v.rival) < files.size()) continue;
    for (std::size_t j = 0; j < n; ++j)
      if (st[j].file != st[i].file && !ok[i * n + j] && support[j] == v.rival)
        v.against.push_back(j);
    v.tie = v.rival == v.support;
    out.push_back(std::move(v));
  }
  return out;
}

// Whether a group holds several things: one draft gives two statements of it that disagree
// (`agrees(a, b)` false): "a three-year sentence" and "a five-year sentence" in one article are two
// sentences, and the group that joined them to a third draft's "12-year sentence" has no odd one.
template <typename Agrees> bool several_things(std::span<const ClaimRef> st, Agrees&& agrees) {
  for (std::size_t i = 0; i < st.size(); ++i)
    for (std::size_t j = i + 1; j < st.size(); ++j)
      if (st[i].file == st[j].file && !agrees(st[i], st[j])) return true;
  return false;
}

// The number of drafts with a statement in `st`.
inline std::size_t distinct_files(std::span<const ClaimRef> st) {
  std::vector<std::uint32_t> files;
  for (ClaimRef r : st) files.push_back(r.file);
  std::sort(files.begin(), files.end());
  return static_cast<std::size_t>(std::unique(files.begin(), files.end()) - files.begin());
}

// The parts of a group of several things that strong links hold together: the connected
// components of the pairs `score(a, b)` puts at `strong` or more ("a 15-year moratorium" and "a
// 10-year moratorium" stay together; a weak link to "cost over five years" is cut). Each part
// with statements of at least two drafts, and no draft that disagrees with itself, is returned.
template <typename Score, typename Agrees>
std::vector<std::vector<ClaimRef>> strong_parts(std::span<const ClaimRef> st, Score&& score,
                                                double strong, Agrees&& agrees) {
  const std::size_t n = st.size();
  std::vector<std::size_t> parent(n);
  for (std::size_t i = 0; i < n; ++i) parent[i] = i;
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (st[i].file != st[j].file && score(st[i], st[j]) >= strong) parent[find(i)] = find(j);
  std::vector<std::vector<ClaimRef>> parts;
  std::vector<std::size_t> slot(n, SIZE_MAX);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t r = find(i);
    if (slot[r] == SIZE_MAX) {
      slot[r] = parts.size();
      parts.emplace_back();
    }
    parts[slot[r]].push_back(st[i]);
  }
  std::erase_if(parts, [&](const std::vector<ClaimRef>& p) {
    return distinct_files(p) < 2 || several_things(p, agrees);
  });
  return parts;
}

// How a verdict's 1:1 tie ends (Aligner::settle_tie): nullopt when this statement is not
// reported (a third draft sides with it, or the tie is unsure), else whether it is still
// reported as a tie (false: a third draft sided with the other statement). A verdict that is no
// tie gives false.
template <typename Agrees>
std::optional<bool> settled_tie(const Aligner& aligner, std::span<const ClaimRef> thing,
                                const Verdict& v, double side, double strength, double fraction,
                                Agrees&& agrees, bool sole_votes = false) {
  if (!v.tie) return false;
  Aligner::TieCall call = aligner.settle_tie(thing, thing[v.odd], thing[v.against.front()], side,
                                             strength, fraction, agrees, sole_votes);
  if (call == Aligner::TieCall::skip) return std::nullopt;
  return call == Aligner::TieCall::tie;
}

// Keeps, of the statements an odd one contradicts, those `plausible(odd, j)` says it could be a
// slip of; false when none is left (the odd statement is about something else).
template <typename Plausible> bool keep_plausible(Verdict& v, Plausible&& plausible) {
  std::erase_if(v.against, [&](std::size_t j) { return !plausible(v.odd, j); });
  return !v.against.empty();
}

} // namespace claimlint
