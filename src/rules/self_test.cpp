#include "rules/self_test.hpp"

#include "claims/claim.hpp"
#include "corpus/corpus.hpp"
#include "document/document.hpp"
#include "source/source_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace claimlint {

std::string apply_fixes(std::string_view text, const std::vector<Diagnostic>& ds) {
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : ds)
    if (d.fix) fixes.push_back(&*d.fix);
  std::sort(fixes.begin(), fixes.end(),
            [](const Fix* a, const Fix* b) { return a->span.begin > b->span.begin; });
  std::string out(text);
  std::uint32_t limit = static_cast<std::uint32_t>(out.size());
  for (const Fix* f : fixes) {
    if (f->span.end > limit) continue; // overlaps a fix already applied
    out.replace(f->span.begin, f->span.end - f->span.begin, f->replacement);
    limit = f->span.begin;
  }
  return out;
}

SelfTestResult run_rule_self_tests(const RuleSet& rules) {
  SelfTestResult result;
  for (const Rule& rule : rules.rules()) {
    auto run = [&](const RuleExample& ex) {
      ++result.examples;
      std::vector<Diagnostic> ds;
      if (!ex.drafts.empty()) {
        // The drafts of one story: claims of each, then the rule's cross-draft check.
        std::vector<std::unique_ptr<SourceFile>> sources;
        std::vector<FileClaims> files;
        for (std::size_t k = 0; k < ex.drafts.size(); ++k) {
          sources.push_back(
              std::make_unique<SourceFile>(fmt::format("<example-{}>.txt", k + 1), ex.drafts[k]));
          Document doc = build_document(*sources.back(), rules.segmentation());
          std::vector<Claim> claims = extract_claims(doc, rules.claim_lexicon()).claims;
          keep_corpus_claims(claims);
          files.push_back({sources.back().get(), std::move(claims)});
        }
        Corpus corpus(std::move(files), rules.claim_lexicon().nicknames);
        std::vector<Diagnostic> all;
        rules.check_corpus(corpus, all);
        for (Diagnostic& d : all)
          if (d.rule == rule.spec.id) ds.push_back(std::move(d));
        return ds;
      }
      SourceFile src("<example>.txt", ex.text);
      Document doc = build_document(src, rules.segmentation());
      rules.check_document(doc, rule, ds);
      return ds;
    };
    auto fail = [&](const RuleExample& ex, std::string msg) {
      result.failures.push_back({rule.spec.file, ex.line, rule.spec.id, std::move(msg)});
    };
    for (const RuleExample& ex : rule.spec.bad) {
      std::vector<Diagnostic> ds = run(ex);
      if (ds.empty()) {
        fail(ex, fmt::format("bad example not flagged: \"{}\"", ex.text));
        continue;
      }
      if (ex.message && ds.front().message != *ex.message)
        fail(ex, fmt::format("bad example \"{}\": expected message \"{}\", got \"{}\"", ex.text,
                             *ex.message, ds.front().message));
      if (ex.fixed) {
        std::string fixed = apply_fixes(ex.text, ds);
        if (fixed != *ex.fixed)
          fail(ex, fmt::format("bad example \"{}\": expected fixed text \"{}\", got \"{}\"",
                               ex.text, *ex.fixed, fixed));
      }
    }
    for (const RuleExample& ex : rule.spec.good) {
      std::vector<Diagnostic> ds = run(ex);
      if (!ds.empty())
        fail(ex, fmt::format("good example flagged: \"{}\" ({} at byte {})", ex.text,
                             ds.front().message, ds.front().span.begin));
    }
  }
  return result;
}

} // namespace claimlint
