// `claimlint rules --test`: every rule's own examples must behave as the rule file says, so a
// rule that no longer catches its bad examples (or fires on its good ones) fails loudly.
#pragma once

#include "rules/rule_set.hpp"

#include <string>
#include <vector>

namespace claimlint {

struct SelfTestFailure {
  std::string file;
  int line = 0;
  std::string rule;
  std::string message;
};

struct SelfTestResult {
  int examples = 0;
  std::vector<SelfTestFailure> failures;
};

SelfTestResult run_rule_self_tests(const RuleSet& rules);

// Applies every fix of `diagnostics` to `text` (fixes must not overlap; later ones win ties).
std::string apply_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics);

} // namespace claimlint
