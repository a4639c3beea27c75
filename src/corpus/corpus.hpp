// The corpus stage: the claims of every checked file, and the people behind the person
// mentions, resolved across files. Corpus-scope rules (claims/*) run over this after every
// file's document stage, so a draft is checked against the other drafts of its story.
//
// Person resolution: full mentions are grouped by case- and accent-folded family name; inside a
// family, given names that are equal, nickname pairs (rules/lists/nicknames.txt) or an initial
// of each other are one person. A family-only mention ("Jansen") joins the person of that
// family when there is exactly one; otherwise it stays alone: when unsure, say nothing.
// Family names one edit apart ("Zelensky", "Zelenskyy") with the same given name are one
// person too.
#pragma once

#include "claims/claim.hpp"
#include "source/source_file.hpp"

#include "util/hash.hpp"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimlint {

struct FileClaims {
  const SourceFile* source = nullptr;
  std::vector<Claim> claims;
};

// Drops the claims no cross-draft rule reads: attributions without a quotation, and figures
// and durations whose clause gave no signature. People, dates, ages, tallies and measures stay.
// Every draft's claims are held until the end of the run, so this is most of the memory a large run
// needs. Links between kept claims are renumbered; others are cut.
void keep_corpus_claims(std::vector<Claim>& claims);

struct ClaimRef {
  std::uint32_t file = 0;  // index into Corpus::files
  std::uint32_t claim = 0; // index into FileClaims::claims
};

class Corpus {
public:
  // `nicknames` maps a folded nickname to its folded full name ("pete" -> "peter").
  Corpus(std::vector<FileClaims> files, const TextMap<std::string>& nicknames);

  const std::vector<FileClaims>& files() const { return files_; }
  const Claim& claim(ClaimRef r) const { return files_[r.file].claims[r.claim]; }
  const SourceFile& source(ClaimRef r) const { return *files_[r.file].source; }
  // Person mentions grouped by resolved person, in file and position order.
  const std::vector<std::vector<ClaimRef>>& people() const { return people_; }
  // The resolved person id of a person key in a file, or -1 ("jansen" -> Pieter Jansen).
  int person_of(std::uint32_t file, const std::string& key) const;
  // A display name for a person: the most frequent full written name.
  const std::string& person_name(int id) const {
    return person_names_[static_cast<std::size_t>(id)];
  }

private:
  std::vector<FileClaims> files_;
  std::vector<std::vector<ClaimRef>> people_;
  std::vector<std::string> person_names_;
  std::map<std::pair<std::uint32_t, std::string>, int> key_to_person_;
};

// Levenshtein distance, capped: returns cap + 1 when larger.
int edit_distance(std::string_view a, std::string_view b, int cap);

} // namespace claimlint
