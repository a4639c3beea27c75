// The one place check kinds are registered: add a line to CLAIMLINT_CHECK_KINDS for a new
// kind, defined in its own file as `CheckKind <name>_check_kind()`.
#include "checks/check.hpp"

#include <array>

// clang-format off
#define CLAIMLINT_CHECK_KINDS(X) \
  X(missing_space)               \
  X(a_an)                        \
  X(sentence_case)               \
  X(repeated_word)               \
  X(existence)                   \
  X(substitution)                \
  X(proper_noun_case)            \
  X(html_residue)                \
  X(unbalanced_quotes)           \
  X(hyphen_as_dash)              \
  X(assistant_frame)             \
  X(headline_case)               \
  X(table_column_count)          \
  X(table_delimiter_row)         \
  X(table_pipe_style)            \
  X(weekday_mismatch)            \
  X(name_variant)                \
  X(title_conflict)              \
  X(date_conflict)               \
  X(duration_conflict)           \
  X(quantity_conflict)           \
  X(attribution_conflict)        \
  X(affiliation_conflict)
// clang-format on

namespace claimlint {

#define CLAIMLINT_DECLARE(name) CheckKind name##_check_kind();
CLAIMLINT_CHECK_KINDS(CLAIMLINT_DECLARE)
#undef CLAIMLINT_DECLARE

std::span<const CheckKind> check_kinds() {
#define CLAIMLINT_ENTRY(name) name##_check_kind(),
  static const std::array kKinds{CLAIMLINT_CHECK_KINDS(CLAIMLINT_ENTRY)};
#undef CLAIMLINT_ENTRY
  return kKinds;
}

const CheckKind* find_check_kind(std::string_view name) {
  for (const CheckKind& k : check_kinds())
    if (k.name == name) return &k;
  return nullptr;
}

} // namespace claimlint
