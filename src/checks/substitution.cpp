// substitution: maps a wrong word or phrase to the right one (Vale's "substitution") and
// offers the replacement as a fix, keeping the capitalisation of what was written
// ("Teh" -> "The"). Token-aware trie matching, like existence.
#include "checks/check.hpp"
#include "rules/phrase_matcher.hpp"
#include "util/text.hpp"

#include <array>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 2> kPlaceholders = {"match", "replacement"};

std::string keep_case(std::string_view written, const std::string& replacement) {
  if (written.size() > 1 && is_all_upper(written)) {
    std::string out = replacement;
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
  }
  if (starts_upper(written)) return capitalize_first(replacement);
  return replacement;
}

class Substitution final : public Check {
public:
  explicit Substitution(RuleParams& p) : matcher_(p.boolean("ignore-case", true)) {
    auto pairs = p.pairs("swap");
    if (pairs.empty()) p.error("swap", "'swap' must map at least one wrong form to a right one");
    for (auto& [wrong, right] : pairs) {
      if (!matcher_.add(wrong, static_cast<int>(replacements_.size())))
        p.error("swap", "an entry of 'swap' has no words: '" + wrong + "'");
      replacements_.push_back(right);
    }
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    matcher_.find_in_prose(doc, [&](Span span, int id) {
      std::string_view written = doc.text(span);
      std::string right = keep_case(written, replacements_[static_cast<std::size_t>(id)]);
      if (right == written) return;
      sink.report(span, {{"match", written}, {"replacement", right}}, Fix{span, right});
    });
  }

private:
  PhraseMatcher matcher_;
  std::vector<std::string> replacements_;
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<Substitution>(p);
}

} // namespace

CheckKind substitution_check_kind() {
  return {"substitution", "replaces wrong words or phrases from a list, with a fix", kPlaceholders,
          &make};
}

} // namespace claimlint
