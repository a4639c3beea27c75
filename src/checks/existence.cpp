// existence: flags any word or phrase from a list (Vale's "existence"), token-aware, so
// "SEO keywords" matches across any spacing and never inside a longer word. Lists of thousands
// of entries are one trie walk per token (rules/phrase_matcher.hpp).
#include "checks/check.hpp"
#include "rules/phrase_matcher.hpp"

#include <array>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"match"};

class Existence final : public Check {
public:
  explicit Existence(RuleParams& p) : matcher_(p.boolean("ignore-case", true)) {
    std::vector<std::string> tokens = p.list("tokens");
    if (tokens.empty()) p.error("tokens", "'tokens' must list at least one word or phrase");
    for (const std::string& t : tokens)
      if (!matcher_.add(t, 0)) p.error("tokens", "an entry of 'tokens' has no words: '" + t + "'");
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    matcher_.find_in_prose(doc, [&](Span span, int) {
      sink.report(span, {{"match", doc.text(span)}});
    });
  }

private:
  PhraseMatcher matcher_;
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<Existence>(p);
}

} // namespace

CheckKind existence_check_kind() {
  return {"existence", "flags words or phrases from a list", kPlaceholders, &make};
}

} // namespace claimlint
