// libFuzzer target for the language server's input: the bytes are what an editor writes to
// `claimlint lsp` (framing headers, JSON-RPC bodies, every method), served to the end of the
// stream. The workspace is never indexed, so a fuzzed rootUri cannot make it read the disk.
#include "lsp/server.hpp"
#include "rules/rule_set.hpp"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

namespace {

const claimlint::RuleSet& builtin_rules() {
  static const claimlint::RuleSet rules = [] {
    std::vector<claimlint::RuleError> errors;
    return claimlint::RuleSet::load({claimlint::builtin_rule_root()}, errors);
  }();
  return rules;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace claimlint;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  LanguageServerOptions options;
  options.debounce = std::chrono::milliseconds(0);
  options.index_workspace = false;
  options.join_reader = true;
  int code = run_language_server(builtin_rules(), RunOptions{}, in, out, options);
  if (code != 0 && code != 1) std::abort(); // the spec's two exit codes, nothing else
  return 0;
}
