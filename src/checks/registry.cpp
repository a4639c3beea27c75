// The one place check kinds are registered: add a line to CLAIMLINT_CHECK_KINDS for a new
// kind, defined in its own file as `CheckKind <name>_check_kind()`.
#include "checks/check.hpp"

#include <array>

#define CLAIMLINT_CHECK_KINDS(X) X(missing_space)

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
