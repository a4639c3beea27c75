// claims/name-variant: one person written two ways across or within drafts — a nickname for
// the full given name ("Pete"/"Peter Hegseth"), a variant of it ("Corinne"/"Corrine",
// "Darius"/"Dariusz"), case ("zelenskyy"), accents ("Ortiz"/"Ortíz"), a hyphen ("Ocampo
// Ferrer"/"Ocampo-Ferrer") or a letter ("Nordqvist"/"Nordquist", "Gho"/"Goh"). People are
// resolved by the corpus stage (src/corpus/). Family names are compared over every mention and
// given names over full mentions, draft by draft: the odd spelling is reported (claim_groups.hpp,
// find_odd) naming the spelling of the other drafts, once per draft and spelling (at its first
// mention, the draft's other mentions of it as notes); in a story of two drafts, or any 1:1 tie,
// both spellings are reported, each naming the other.
#include "checks/check.hpp"
#include "checks/claim_groups.hpp"
#include "corpus/corpus.hpp"
#include "source/source_file.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 5> kPlaceholders = {"written", "majority", "count", "person",
                                                           "tie"};

class NameVariant final : public Check {
public:
  explicit NameVariant(RuleParams& p) {
    for (const std::string& w : p.list("name-particles")) particles_.insert(fold_case(w));
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    std::set<std::pair<std::uint32_t, std::uint32_t>> places; // one report per place
    for (std::size_t p = 0; p < corpus.people().size(); ++p) {
      const auto& mentions = corpus.people()[p];
      // Family names as written (every mention), then given names as written (full names).
      for (int part = 0; part < 2; ++part) {
        std::vector<ClaimRef> st;
        std::vector<std::string> spelling;
        for (ClaimRef r : mentions) {
          const Claim& c = corpus.claim(r);
          if (c.mention == "role") continue; // the same mention read twice
          const std::string& name = c.name;
          // "CAPALDI!", "PETER Capaldi": capitals are a style, not a spelling
          bool shouted = false;
          for (std::size_t p0 = 0; p0 < name.size();) {
            std::size_t e0 = name.find(' ', p0);
            if (e0 == std::string::npos) e0 = name.size();
            std::string_view part(name.data() + p0, e0 - p0);
            if (part.size() > 1 && is_all_upper(part)) shouted = true;
            p0 = e0 + 1;
          }
          if (shouted || name.starts_with('-')) continue;
          std::string form = part == 0 ? family_spelling(name) : given_spelling(name);
          if (form.empty()) continue;
          st.push_back(r);
          spelling.push_back(std::move(form));
        }
        // Spellings of one name are close: a mention written far from the others ("Bakr" for
        // "al-Baghdadi") is another name of the person, or another person, not a misspelling.
        {
          std::map<std::string, int> count;
          for (const std::string& w : spelling) ++count[w];
          std::string common;
          int best = 0;
          for (const auto& [w, n] : count)
            if (n > best) {
              best = n;
              common = w;
            }
          std::vector<ClaimRef> kept;
          std::vector<std::string> kept_spelling;
          std::string folded_common = fold_case(common);
          for (std::size_t i = 0; i < st.size(); ++i)
            if (spelling[i] == common ||
                edit_distance(fold_case(spelling[i]), folded_common, 3) <= 3 ||
                spelling[i].find('-') != std::string::npos ||
                common.find('-') != std::string::npos) {
              kept.push_back(st[i]);
              kept_spelling.push_back(spelling[i]);
            }
          st = std::move(kept);
          spelling = std::move(kept_spelling);
        }
        auto verdicts =
            find_odd(st, [&](std::size_t i, std::size_t j) { return spelling[i] == spelling[j]; });
        // One report per draft and spelling, at its first mention; the draft's other mentions
        // of that spelling are notes ("Ka'Loni" five times in one draft is one slip to fix).
        std::set<std::pair<std::uint32_t, std::string>> reported;
        for (const Verdict& v : verdicts) {
          ClaimRef r = st[v.odd];
          if (v.tie && drafts_mentioning(corpus, p) > 2) continue;
          const Claim& c = corpus.claim(r);
          if (!places.insert({r.file, c.span.begin}).second) continue;
          if (!reported.insert({r.file, spelling[v.odd]}).second) continue;
          // The other spelling's full written name, for the message: a full mention if any.
          ClaimRef example = st[v.against.front()];
          for (std::size_t j : v.against)
            if (corpus.claim(st[j]).name.find(' ') != std::string::npos) {
              example = st[j];
              break;
            }
          const Claim& ex = corpus.claim(example);
          Span name_span{c.span.end - static_cast<std::uint32_t>(c.name.size()), c.span.end};
          Span ex_span{ex.span.end - static_cast<std::uint32_t>(ex.name.size()), ex.span.end};
          RelatedList related;
          related.add(corpus.source(example), ex_span, fmt::format("written '{}' here", ex.name));
          for (const Verdict& w : verdicts) {
            ClaimRef o = st[w.odd];
            const Claim& oc = corpus.claim(o);
            if (o.file != r.file || oc.span.begin <= c.span.begin ||
                spelling[w.odd] != spelling[v.odd])
              continue;
            places.insert({o.file, oc.span.begin});
            related.add(corpus.source(o),
                        {oc.span.end - static_cast<std::uint32_t>(oc.name.size()), oc.span.end},
                        fmt::format("also written '{}' here", oc.name));
          }
          for (std::size_t j : v.against)
            if (st[j].file != example.file || st[j].claim != example.claim) {
              const Claim& o = corpus.claim(st[j]);
              related.add(corpus.source(st[j]),
                          {o.span.end - static_cast<std::uint32_t>(o.name.size()), o.span.end},
                          fmt::format("written '{}' here", o.name));
            }
          sink.report(corpus.source(r), name_span,
                      {{"written", c.name},
                       {"majority", part == 0 ? spelling[v.against.front()] : ex.name.str()},
                       {"count", fmt::format("{}", v.rival)},
                       // in a tie, the other spelling: "'Castelane' for Ewan Castellane"
                       {"person", v.tie ? ex.name.str() : corpus.person_name(static_cast<int>(p))},
                       {"tie", v.tie ? "; a tie, no draft settles it" : ""}},
                      std::move(related));
        }
      }
    }
  }

private:
  std::set<std::string> particles_;

  // The family name as written, without a particle joined by a hyphen: "al-Baghdadi" and
  // "Baghdadi" are one spelling, "Calderon" and "Calderón" are not. "Ocampo Ferrer" and
  // "Ocampo-Ferrer" differ in the last two words.
  std::string family_spelling(const std::string& name) const {
    std::size_t sp = name.find_last_of(' ');
    std::string family = sp == std::string::npos ? name : name.substr(sp + 1);
    std::size_t dash = family.find('-');
    if (dash != std::string::npos && particles_.count(fold_case(family.substr(0, dash))))
      family = family.substr(dash + 1);
    return family;
  }

  // The given name as written: the first word of a full name that does not start with a
  // particle ("Al Mansouri", "Le Pen", "La Villette").
  std::string given_spelling(const std::string& name) const {
    std::size_t sp = name.find(' ');
    if (sp == std::string::npos || particles_.count(fold_case(name.substr(0, sp)))) return {};
    return name.substr(0, sp);
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
