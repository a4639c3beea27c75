#include "rules/self_test.hpp"

#include "document/document.hpp"
#include "source/source_file.hpp"

#include <fmt/format.h>

#include <algorithm>

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
      SourceFile src("<example>.txt", ex.text);
      Document doc = build_document(src, rules.segmentation());
      std::vector<Diagnostic> ds;
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
