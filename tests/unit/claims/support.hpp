// Helpers for claim tests: extract the claims of a draft and look them up by text.
#pragma once

#include "../support.hpp"
#include "claims/claim.hpp"

#include <string>
#include <vector>

namespace claimlint::testing {

using Strings = std::vector<std::string>;

struct ClaimsOf {
  Draft draft;
  ExtractedClaims result;

  std::string text(const Claim& c) const { return std::string(draft.text(c.span)); }
  // The claims as "kind:text" strings, in order.
  std::vector<std::string> list() const {
    std::vector<std::string> out;
    for (const Claim& c : result.claims)
      out.push_back(std::string(claim_kind_name(c.kind)) + ":" + text(c));
    return out;
  }
  const Claim& find(std::string_view kind, std::string_view text_of) const {
    for (const Claim& c : result.claims)
      if (claim_kind_name(c.kind) == kind && text(c) == text_of) return c;
    FAIL("no claim " << kind << ":" << text_of);
    return result.claims.front();
  }
};

inline ClaimsOf claims_of(std::string text, std::string path = "draft.txt") {
  ClaimsOf out{draft(std::move(text), std::move(path)), {}};
  out.result = extract_claims(*out.draft.doc, builtin_rules().claim_lexicon());
  return out;
}

// Only the claims of one kind, as their texts.
inline std::vector<std::string> texts_of(const ClaimsOf& c, std::string_view kind) {
  std::vector<std::string> out;
  for (const Claim& x : c.result.claims)
    if (claim_kind_name(x.kind) == kind) out.push_back(c.text(x));
  return out;
}

} // namespace claimlint::testing
