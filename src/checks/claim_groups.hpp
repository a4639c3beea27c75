// Shared by the claims/* checks: what makes two claims "about the same thing" across drafts.
#pragma once

#include "corpus/corpus.hpp"

#include <fmt/format.h>
#include <string>

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

} // namespace claimlint
