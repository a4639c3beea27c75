// claims/title-conflict: one person given incompatible titles across or within drafts:
// "President Donald Trump" vs "Former U.S. president Donald Trump", "Mayor" vs "Deputy Mayor",
// "Transport Minister" vs "Infrastructure Minister".
//
// A role is the title plus the modifiers that change the office (`office-modifiers`: former,
// deputy, acting, ...). Generic descriptions (`generic-titles`: official, leader, spokesperson)
// never conflict. Two roles conflict when they differ and share their head word ("minister"),
// or when both are offices from the lexicon. Mentions marked "then-" are historical and left
// out, and so are drafts whose dates lie more than `max-days-apart` apart: titles change over
// time. The less frequent role is reported, naming the more frequent one; on a tie the role
// with an office-changing modifier is reported.
#include "checks/check.hpp"
#include "corpus/corpus.hpp"
#include "source/source_file.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 4> kPlaceholders = {"person", "title", "other", "count"};

class TitleConflict final : public Check {
public:
  explicit TitleConflict(RuleParams& p) {
    for (const std::string& w : p.list("office-modifiers")) office_modifiers_.insert(w);
    for (const std::string& w : p.list("generic-titles")) generic_.insert(w);
    max_days_ = static_cast<long>(p.number("max-days-apart", 365));
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    for (std::size_t p = 0; p < corpus.people().size(); ++p) {
      std::map<std::string, std::vector<ClaimRef>> roles;
      for (ClaimRef r : corpus.people()[p]) {
        const Claim& c = corpus.claim(r);
        if (c.title.empty() || generic_.count(c.title)) continue;
        bool historical = false;
        std::string role;
        for (const std::string& m : c.modifiers) {
          if (m == "then" || m == "then-") historical = true;
          // "ex-" and "ex" say what "former" says.
          if (office_modifiers_.count(m))
            role += (m == "ex" || m == "ex-" ? std::string("former") : m) + " ";
        }
        if (historical) continue;
        roles[role + c.title].push_back(r);
      }
      if (roles.size() < 2) continue;
      // The most frequent role; ties go to the role without office-changing modifiers.
      auto majority = roles.end();
      for (auto it = roles.begin(); it != roles.end(); ++it) {
        if (majority == roles.end() || it->second.size() > majority->second.size() ||
            (it->second.size() == majority->second.size() &&
             modifier_count(it->first) < modifier_count(majority->first)))
          majority = it;
      }
      for (auto it = roles.begin(); it != roles.end(); ++it) {
        if (it == majority || !conflict(it->first, majority->first)) continue;
        ClaimRef example = majority->second.front();
        for (ClaimRef r : it->second) {
          if (too_far_apart(corpus.source(r), corpus.source(example))) continue;
          RelatedLocation rel{&corpus.source(example), corpus.claim(example).span,
                              fmt::format("called '{}' here", majority->first)};
          sink.report(corpus.source(r), corpus.claim(r).span,
                      {{"person", corpus.person_name(static_cast<int>(p))},
                       {"title", it->first},
                       {"other", majority->first},
                       {"count", fmt::format("{}", majority->second.size())}},
                      {rel});
        }
      }
    }
  }

private:
  std::set<std::string> office_modifiers_, generic_;
  long max_days_ = 365;

  static std::size_t modifier_count(const std::string& role) {
    return std::count(role.begin(), role.end(), ' ');
  }

  static std::string head(const std::string& role) {
    std::size_t sp = role.find_last_of(' ');
    return sp == std::string::npos ? role : role.substr(sp + 1);
  }
  // The office without its modifiers, whatever their order ("former deputy mayor" -> "mayor").
  static std::string bare(const std::string& role, const std::set<std::string>& mods) {
    std::string out = role;
    for (bool stripped = true; stripped;) {
      stripped = false;
      for (const std::string& m : mods)
        if (out.starts_with(m + " ")) {
          out = out.substr(m.size() + 1);
          stripped = true;
        }
    }
    return out;
  }

  static std::set<std::string> words(const std::string& s) {
    std::set<std::string> out;
    std::size_t p = 0;
    while (p < s.size()) {
      std::size_t e = s.find(' ', p);
      if (e == std::string::npos) e = s.size();
      out.insert(s.substr(p, e - p));
      p = e + 1;
    }
    return out;
  }

  bool conflict(const std::string& a, const std::string& b) const {
    if (a == b) return false;
    std::string ba = bare(a, office_modifiers_), bb = bare(b, office_modifiers_);
    // The same office with and without "former", "deputy", ...: a conflict.
    if (ba == bb) return true;
    // A short form of the same title ("Secretary Mattis", "Justice Roberts", "Speaker Pelosi")
    // is compatible.
    std::set<std::string> wa = words(ba), wb = words(bb);
    if (std::includes(wa.begin(), wa.end(), wb.begin(), wb.end()) ||
        std::includes(wb.begin(), wb.end(), wa.begin(), wa.end()))
      return false;
    // Two offices of one kind: "transport minister" vs "infrastructure minister".
    return head(ba) == head(bb);
  }

  bool too_far_apart(const SourceFile& a, const SourceFile& b) const {
    auto da = a.reference_date(), db = b.reference_date();
    if (!da || !db) return false;
    return std::labs(days_from_civil(*da) - days_from_civil(*db)) > max_days_;
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<TitleConflict>(p);
}

} // namespace

CheckKind title_conflict_check_kind() {
  return {"title-conflict", "one person given incompatible titles", kPlaceholders, &make};
}

} // namespace claimlint
