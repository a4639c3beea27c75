// Helpers for cross-draft tests: check a small story of drafts end to end (claims, corpus,
// claims/* rules) and list its cross-draft findings.
#pragma once

#include "checks/check.hpp"
#include "cli/runner.hpp"
#include "corpus/corpus.hpp"

#include "support.hpp"

namespace claimlint::testing {

struct Story {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> claims_findings() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics)
      if (d.rule.starts_with("claims/"))
        out.push_back(d.rule + " " + d.file->path() + ": " + std::string(d.file->slice(d.span)));
    return out;
  }
};

inline Story check_story(std::vector<std::pair<std::string, std::string>> drafts) {
  Story s;
  std::vector<FileClaims> claims;
  for (auto& [path, text] : drafts) {
    s.files.push_back(std::make_unique<SourceFile>(path, text));
    std::vector<Claim> c;
    check_source(*s.files.back(), builtin_rules(), &c);
    keep_corpus_claims(c); // as check_file does
    claims.push_back({s.files.back().get(), std::move(c)});
  }
  Corpus corpus(std::move(claims), builtin_rules().claim_lexicon().nicknames);
  builtin_rules().check_corpus(corpus, s.diagnostics);
  sort_diagnostics(s.diagnostics);
  return s;
}

} // namespace claimlint::testing
