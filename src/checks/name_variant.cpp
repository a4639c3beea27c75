// claims/name-variant: one person written two ways across or within drafts — a nickname for
// the full given name ("Pete"/"Peter Hegseth"), case ("zelenskyy"), accents ("Ortiz"/"Ortíz"),
// or a transliteration one letter apart ("Zelensky"/"Zelenskyy"). People are resolved by the
// corpus stage (src/corpus/). Family names are compared over every mention and given names over
// full mentions; each mention with a minority spelling is reported once, naming the majority
// spelling, how often it occurs, and one place where it does. Ties say nothing.
#include "checks/check.hpp"
#include "corpus/corpus.hpp"
#include "source/source_file.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 4> kPlaceholders = {"written", "majority", "count",
                                                           "person"};

class NameVariant final : public Check {
public:
  explicit NameVariant(RuleParams& p) {
    for (const std::string& w : p.list("name-particles")) particles_.insert(fold_case(w));
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    std::set<std::pair<std::uint32_t, std::uint32_t>> places; // one report per place
    for (std::size_t p = 0; p < corpus.people().size(); ++p) {
      const auto& mentions = corpus.people()[p];
      std::set<std::pair<std::uint32_t, std::uint32_t>> reported;
      // Family names as written (every mention), then given names as written (full names).
      for (int part = 0; part < 2; ++part) {
        std::map<std::string, std::vector<ClaimRef>> forms;
        for (ClaimRef r : mentions) {
          const std::string& name = corpus.claim(r).name;
          if (is_all_upper(name))
            continue; // "CAPALDI!" in a quoted headline is a style, not a spelling
          std::size_t sp = name.find(' ');
          if (part == 0) forms[family_spelling(name)].push_back(r);
          // Given names only: "Al Mansouri", "Le Pen", "La Villette" start with a particle.
          else if (sp != std::string::npos && !particles_.count(fold_case(name.substr(0, sp))))
            forms[name.substr(0, sp)].push_back(r);
        }
        if (forms.size() < 2) continue;
        auto majority = forms.begin();
        for (auto it = forms.begin(); it != forms.end(); ++it)
          if (it->second.size() > majority->second.size()) majority = it;
        for (auto it = forms.begin(); it != forms.end(); ++it) {
          if (it == majority || it->second.size() >= majority->second.size()) continue;
          // The majority's full written name, for the message: a full mention if there is one.
          ClaimRef example = majority->second.front();
          for (ClaimRef m : majority->second)
            if (corpus.claim(m).name.find(' ') != std::string::npos) {
              example = m;
              break;
            }
          const Claim& ex = corpus.claim(example);
          std::string count = fmt::format("{}", majority->second.size());
          for (ClaimRef r : it->second) {
            if (!reported.insert({r.file, r.claim}).second) continue;
            const Claim& c = corpus.claim(r);
            if (!places.insert({r.file, c.span.begin}).second) continue;
            Span name_span{c.span.end - static_cast<std::uint32_t>(c.name.size()), c.span.end};
            Span ex_span{ex.span.end - static_cast<std::uint32_t>(ex.name.size()), ex.span.end};
            RelatedLocation rel{&corpus.source(example), ex_span,
                                fmt::format("written '{}' here", ex.name)};
            sink.report(corpus.source(r), name_span,
                        {{"written", c.name},
                         {"majority", part == 0 ? majority->first : ex.name.str()},
                         {"count", count},
                         {"person", corpus.person_name(static_cast<int>(p))}},
                        {rel});
          }
        }
      }
    }
  }

private:
  std::set<std::string> particles_;

  // The family name as written, without a particle joined by a hyphen: "al-Baghdadi" and
  // "Baghdadi" are one spelling, "Calderon" and "Calderón" are not.
  std::string family_spelling(const std::string& name) const {
    std::size_t sp = name.find_last_of(' ');
    std::string family = sp == std::string::npos ? name : name.substr(sp + 1);
    std::size_t dash = family.find('-');
    if (dash != std::string::npos && particles_.count(fold_case(family.substr(0, dash))))
      family = family.substr(dash + 1);
    return family;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<NameVariant>(p);
}

} // namespace

CheckKind name_variant_check_kind() {
  return {"name-variant", "one person spelled two ways across drafts", kPlaceholders, &make};
}

} // namespace claimlint
