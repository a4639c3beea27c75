// claims/attribution-conflict: one quotation attributed to different speakers in different
// drafts ("The fog came down like a wall," said passenger Hannah Greer / said farmer Tobias
// Wren).
//
// Quotations are compared in a normal form: case folded, quotation marks, punctuation and
// ellipses dropped, spaces collapsed; one quotation that contains another of at least
// `min-words` words is the same quotation cut shorter. Speakers are people resolved across the
// story's drafts (src/corpus/): a pronoun ("she said") or a description ("the sheriff said")
// counts as the person it stands for in its draft, and an attribution whose speaker is not
// resolved says nothing. The odd attribution is reported (claim_groups.hpp, find_odd), naming
// the others; a 1:1 tie on both sides.
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

constexpr std::array<std::string_view, 4> kPlaceholders = {"quote", "speaker", "other", "tie"};

// "“We acted within hours…,” she said" -> "we acted within hours"
std::string normal_quote(std::string_view q) {
  std::string folded = fold_case(q);
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    // typographic quotes, dashes and the ellipsis are three-byte punctuation
    if (c == 0xE2 && i + 2 < folded.size()) {
      i += 2;
      letter = false;
    }
    if (c == '\'') continue; // "don't" and "dont" meet
    if (letter) {
      if (space && !out.empty()) out += ' ';
      out += static_cast<char>(c);
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

std::size_t word_count(const std::string& s) {
  return s.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), ' '));
}

class AttributionConflict final : public Check {
public:
  explicit AttributionConflict(RuleParams& p) {
    min_words_ = static_cast<std::size_t>(p.number("min-words", 5));
  }

  void check_corpus(const Corpus& corpus, CorpusSink& sink) const override {
    struct Said {
      ClaimRef ref;
      int person;
      std::string quote;
    };
    std::vector<Said> said;
    for (std::uint32_t f = 0; f < corpus.files().size(); ++f)
      for (std::uint32_t k = 0; k < corpus.files()[f].claims.size(); ++k) {
        const Claim& c = corpus.files()[f].claims[k];
        if (c.kind != ClaimKind::attribution || c.quote.end <= c.quote.begin) continue;
        int person = c.speaker.empty() ? -1 : corpus.person_of(f, c.speaker);
        std::string q = normal_quote(corpus.files()[f].source->slice(c.quote));
        if (word_count(q) < min_words_) continue;
        said.push_back({{f, k}, person, std::move(q)});
      }
    // One quotation: the same words, or words one of which contains the other.
    std::vector<int> group(said.size(), -1);
    int groups = 0;
    std::vector<std::size_t> order(said.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return said[a].quote.size() > said[b].quote.size();
    });
    for (std::size_t oi = 0; oi < order.size(); ++oi) {
      std::size_t i = order[oi];
      for (std::size_t oj = 0; oj < oi && group[i] < 0; ++oj) {
        std::size_t j = order[oj];
        if (said[j].quote == said[i].quote ||
            said[j].quote.find(said[i].quote) != std::string::npos)
          group[i] = group[j];
      }
      if (group[i] < 0) group[i] = groups++;
    }
    for (int g = 0; g < groups; ++g) {
      std::vector<ClaimRef> st;
      std::vector<int> who;
      std::set<std::pair<std::uint32_t, int>> seen; // one statement per draft and speaker
      std::set<std::uint32_t> quoting;              // drafts with the quotation, speaker or not
      for (std::size_t i = 0; i < said.size(); ++i) {
        if (group[i] != g) continue;
        quoting.insert(said[i].ref.file);
        if (said[i].person >= 0 && seen.insert({said[i].ref.file, said[i].person}).second) {
          st.push_back(said[i].ref);
          who.push_back(said[i].person);
        }
      }
      for (const Verdict& v :
           find_odd(st, [&](std::size_t i, std::size_t j) { return who[i] == who[j]; })) {
        // a tie only when no third draft has the quotation, and both speakers are named next
        // to their verb
        if (v.tie && (quoting.size() > 2 || corpus.claim(st[v.odd]).mention != "direct" ||
                      corpus.claim(st[v.against.front()]).mention != "direct"))
          continue;
        ClaimRef r = st[v.odd];
        const Claim& c = corpus.claim(r);
        RelatedList related;
        for (std::size_t j : v.against)
          related.add(corpus.source(st[j]), corpus.claim(st[j]).span,
                      fmt::format("attributed to {} here", corpus.person_name(who[j])));
        std::string_view quote = corpus.source(r).slice(c.quote);
        // At most 60 bytes, cut before a character, not inside one.
        std::size_t cut = std::min<std::size_t>(quote.size(), 60);
        while (cut > 0 && cut < quote.size() &&
               (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80)
          --cut;
        std::string shown(quote.substr(0, cut));
        if (cut < quote.size()) shown += "\xE2\x80\xA6";
        sink.report(corpus.source(r), c.span,
                    {{"quote", shown},
                     {"speaker", corpus.person_name(who[v.odd])},
                     {"other", corpus.person_name(who[v.against.front()])},
                     {"tie", v.tie ? "; a tie, no draft settles it" : ""}},
                    std::move(related));
      }
    }
  }

private:
  std::size_t min_words_ = 5;
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<AttributionConflict>(p);
}

} // namespace

CheckKind attribution_conflict_check_kind() {
  return {"attribution-conflict", "one quotation attributed to different speakers", kPlaceholders,
          &make};
}

} // namespace claimlint
