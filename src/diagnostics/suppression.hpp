// Inline control: HTML comments in a draft that switch rules off for part of it.
//
//   <!-- claimlint-disable-next-line prose/a-an, claims/* -->   the line after the comment
//   <!-- claimlint-disable-line prose/a-an -->                  the comment's own line
//   <!-- claimlint-disable prose/headline-case -->  ...  <!-- claimlint-enable prose/headline-case
//   -->
//   <!-- claimlint-disable-file table/pipe-style -->            the whole file
//
// Rules are ids or groups ("prose/*"), separated by commas or spaces; no rule means every rule.
// HTML comments are invisible in rendered Markdown and are what markdownlint and Vale use, so
// editors already know the form. A directive naming a rule that does not exist is reported
// (input/directive), because a typo there would silently switch nothing off.
#pragma once

#include "diagnostics/diagnostic.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class SourceFile;

class Suppressions {
public:
  // Reads every directive in `file`; problems in directives are appended to `problems`.
  // `is_known` tells whether a rule pattern names at least one rule.
  static Suppressions read(const SourceFile& file,
                           const std::function<bool(std::string_view)>& is_known,
                           std::vector<Diagnostic>& problems);

  bool empty() const { return ranges_.empty(); }
  // Whether a finding of `rule` starting at byte `offset` is switched off.
  bool suppresses(std::string_view rule, std::uint32_t offset) const;

private:
  struct Range {
    std::uint32_t begin = 0, end = 0; // bytes, end exclusive
    std::string pattern;              // "*" for every rule
  };
  std::vector<Range> ranges_;
};

// Drops the findings that `suppressions_of(file)` switches off; returns how many were dropped.
std::size_t
apply_suppressions(std::vector<Diagnostic>& diagnostics,
                   const std::function<const Suppressions*(const SourceFile*)>& suppressions_of);

} // namespace claimlint
