// Fingerprints: an identity for a finding that survives edits elsewhere in the draft.
//
// SARIF's partialFingerprints and the baseline file both need to recognise "the same finding"
// after lines were added above it, so the fingerprint is built from what the finding is about,
// never from where it is: the rule, the file, the flagged text and a little of the text around
// it on the same line (whitespace folded, so re-wrapping a paragraph does not change it). Two
// identical findings in one file are told apart by their order of occurrence.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <string>
#include <vector>

namespace claimlint {

// 16 lower-case hex digits; the same for the same rule, file, span text and context.
std::string fingerprint(const Diagnostic& d);

// One fingerprint per diagnostic (same order as `sorted`), each with ":N" appended, N counting
// earlier diagnostics with the same fingerprint in the same file (":0" for the first).
std::vector<std::string> fingerprints_with_occurrence(const std::vector<Diagnostic>& sorted);

} // namespace claimlint
