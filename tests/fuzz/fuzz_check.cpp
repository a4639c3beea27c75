// libFuzzer target for everything that reads a draft: UTF-8 validation, front matter, the block
// structurer of both dialects, sentence and token segmentation, the claim grammars, the document
// rules, the corpus stage and both reporters.
//
// The claims of each draft are also extracted with both start filters (claim.hpp), which must
// find the same claims.
//
// One input is one or more drafts separated by the byte 0x1E (ASCII record separator), so the
// fuzzer also reaches the cross-document rules. The first byte of each draft picks its dialect.
//
// Built two ways: with -fsanitize=fuzzer by scripts/fuzz (clang), and as `fuzz_replay`, a plain
// program that feeds every file under the given folders to the same function; ctest runs the
// replay over tests/fuzz/corpus and tests/fuzz/crashers so every past crash stays fixed.
#include "claims/claim.hpp"
#include "cli/runner.hpp"
#include "corpus/corpus.hpp"
#include "diagnostics/reporter.hpp"
#include "document/document.hpp"
#include "rules/rule_set.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

const claimlint::RuleSet& builtin_rules() {
  static const claimlint::RuleSet rules = [] {
    std::vector<claimlint::RuleError> errors;
    claimlint::RuleSet set = claimlint::RuleSet::load({claimlint::builtin_rule_root()}, errors);
    if (!errors.empty()) {
      std::fprintf(stderr, "%s\n", errors.front().format().c_str());
      std::abort();
    }
    return set;
  }();
  return rules;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace claimlint;
  const RuleSet& rules = builtin_rules();
  std::string_view input(reinterpret_cast<const char*>(data), size);

  std::vector<std::unique_ptr<SourceFile>> sources;
  std::vector<FileClaims> files;
  RunResult result;
  for (std::size_t begin = 0, n = 0; begin <= input.size(); ++n) {
    std::size_t end = input.find('\x1e', begin);
    if (end == std::string_view::npos) end = input.size();
    std::string_view draft = input.substr(begin, end - begin);
    begin = end + 1;
    std::string name =
        "draft" + std::to_string(n) + (!draft.empty() && (draft[0] & 1) ? ".md" : ".txt");
    auto loaded = load_source_bytes(std::string(draft), name, {});
    if (auto* error = std::get_if<InputError>(&loaded)) {
      result.input_errors.push_back(*error);
      continue;
    }
    auto source = std::move(std::get<std::unique_ptr<SourceFile>>(loaded));
    {
      Document doc = build_document(*source, rules.segmentation());
      const ClaimLexicon& lexicon = rules.claim_lexicon();
      if (render_claims_jsonl(doc, extract_claims(doc, lexicon, StartFilter::words)) !=
          render_claims_jsonl(doc, extract_claims(doc, lexicon, StartFilter::prefixes))) {
        std::fprintf(stderr, "the start filters found different claims\n");
        std::abort();
      }
    }
    std::vector<Claim> claims;
    for (Diagnostic& d : check_source(*source, rules, &claims))
      result.diagnostics.push_back(std::move(d));
    files.push_back({source.get(), std::move(claims)});
    result.files.push_back(name);
    sources.push_back(std::move(source));
  }
  Corpus corpus(std::move(files), rules.claim_lexicon().nicknames);
  rules.check_corpus(corpus, result.diagnostics);
  sort_diagnostics(result.diagnostics);
  std::string text = render_text(result, {false, true});
  std::string json = render_json(result);
  return text.empty() && json.empty() ? -1 : 0;
}
