// What a claim is about: the subject and predicate a date, duration or figure belongs to.
//
// "The strike, which began on March 2" -> subject strike, predicate begin; "the war, which has
// persisted for nearly two years" -> war, persist; "nearly four years of fighting" -> war
// (via "fighting", rules/lists/subjects.txt); "Jansen, who represents roughly 7,500 workers" ->
// the person jansen, represent; "the strike, now in its third week" -> strike, persist. The
// predicate is the nearest one before the claim in its sentence (rules/lists/predicates.txt); the
// subject is the nearest subject word or person before the predicate (or before the claim when
// there is none).
#include "claims/extract.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace claimlint::claims {

std::span<const Claim> Extractor::claims_of_sentences(std::uint32_t first,
                                                      std::uint32_t last) const {
  auto b = std::partition_point(claims_.begin(), claims_.end(),
                                [&](const Claim& c) { return c.sentence < first; });
  auto e =
      std::partition_point(b, claims_.end(), [&](const Claim& c) { return c.sentence <= last; });
  return {b, e};
}

void Extractor::attach_subjects() {
  for (std::size_t ci = 0; ci < claims_.size(); ++ci) {
    Claim& c = claims_[ci];
    if (c.kind == ClaimKind::person || c.kind == ClaimKind::attribution) continue;
    const Sentence& sen = doc_.sentences[c.sentence];
    auto toks = doc_.tokens_of(sen);
    // Predicate: the last predicate phrase ending before the claim in the same clause (no
    // comma or semicolon between them: "Ortiz, who took office in January 2023, told
    // reporters the city loses €40 million" ties the money to no predicate).
    std::uint32_t pred_begin = c.span.begin;
    // The clause of the claim starts after the last comma, semicolon or colon before it; a word
    // ending at or after that point is in the same clause.
    std::string_view lead = doc_.text({sen.span.begin, std::max(sen.span.begin, c.span.begin)});
    std::size_t last_break = lead.size();
    while (last_break > 0 && lead[last_break - 1] != ',' && lead[last_break - 1] != ';' &&
           lead[last_break - 1] != ':')
      --last_break;
    last_break = last_break == 0 ? std::string_view::npos : last_break - 1;
    std::uint32_t clause_begin = last_break == std::string_view::npos
                                     ? sen.span.begin
                                     : sen.span.begin + static_cast<std::uint32_t>(last_break) + 1;
    auto in_claim_clause = [&](std::uint32_t end) { return end >= clause_begin; };
    lex_.predicates.find(doc_, toks, [&](const PhraseMatcher::Match& m) {
      if (toks[m.last_token].span.end <= c.span.begin &&
          in_claim_clause(toks[m.last_token].span.end)) {
        c.predicate = lex_.predicate_forms[static_cast<std::size_t>(m.id)];
        pred_begin = toks[m.first_token].span.begin;
      }
    });
    // "four years of fighting": the subject follows the duration ("the first day of protests"
    // is a point in time, not a length).
    if (c.kind == ClaimKind::duration && c.ordinal == 0) {
      for (std::size_t k = 0; k + 1 < toks.size(); ++k)
        if (toks[k].span.begin >= c.span.end && doc_.folded(toks[k]) == "of") {
          if (auto it = lex_.subject_of.find(doc_.folded(toks[k + 1]));
              it != lex_.subject_of.end()) {
            c.subject = it->second;
            c.predicate = "persist"; // "four years of fighting": the fighting lasted that long
          }
          break;
        } else if (toks[k].span.begin >= c.span.end) {
          break;
        }
      if (!c.subject.empty()) continue;
    }
    // "The strike, now in its third week": an ordinal after a possessive counts how long the
    // subject has lasted; the possessive points back past the comma to the nearest subject word
    // or person before it.
    if (c.kind == ClaimKind::duration && c.ordinal > 0) {
      std::size_t k = 0;
      while (k < toks.size() && toks[k].span.end <= c.span.begin) ++k;
      if (k == 0) continue;
      std::string_view possessive = doc_.folded(toks[k - 1]);
      if (possessive != "its" && possessive != "his" && possessive != "her" &&
          possessive != "their")
        continue;
      std::uint32_t before = toks[k - 1].span.begin, best = 0;
      for (const Token& t : toks) {
        if (t.span.end > before) break;
        if (auto it = lex_.subject_of.find(doc_.folded(t));
            it != lex_.subject_of.end() && possessive == "its") {
          c.subject = it->second;
          best = t.span.begin;
        }
      }
      if (possessive != "its")
        for (const Claim& p : claims_of_sentences(c.sentence, c.sentence))
          if (p.kind == ClaimKind::person && p.span.end <= before && p.span.begin >= best)
            c.subject = p.key;
      if (!c.subject.empty()) c.predicate = "persist";
      continue;
    }
    // "the 7,000 workers he represents": a pronoun and a predicate right after the claim; the
    // subject is the person the pronoun stands for (the last person mentioned before).
    if (c.predicate.empty()) {
      std::size_t k = 0;
      while (k < toks.size() && toks[k].span.begin < c.span.end) ++k;
      if (k + 1 < toks.size()) {
        std::string_view pron = doc_.folded(toks[k]);
        if (pron == "he" || pron == "she") {
          int id = lex_.predicates.match_exact(doc_, toks.subspan(k + 1, 1));
          if (id >= 0) {
            c.predicate = lex_.predicate_forms[static_cast<std::size_t>(id)];
            for (const Claim& q : claims_of_sentences(c.sentence ? c.sentence - 1 : 0, c.sentence))
              if (q.kind == ClaimKind::person && q.span.end <= c.span.begin) c.subject = q.key;
            continue;
          }
        }
      }
    }
    // Subject: the nearest subject word or person before the predicate; without a predicate,
    // only a subject word in the claim's own clause.
    std::uint32_t best = 0;
    for (const Token& t : toks) {
      if (t.span.end > pred_begin) break;
      if (c.predicate.empty() && !in_claim_clause(t.span.end)) continue;
      if (auto it = lex_.subject_of.find(doc_.folded(t)); it != lex_.subject_of.end()) {
        c.subject = it->second;
        best = t.span.begin;
      }
    }
    for (const Claim& p : claims_of_sentences(c.sentence, c.sentence))
      if (p.kind == ClaimKind::person && p.span.end <= pred_begin && p.span.begin >= best &&
          !c.predicate.empty()) {
        c.subject = p.key;
        best = p.span.begin;
      }
  }
}

// What an amount of money is for (rules/lists/money-purposes.txt): the purpose noun right after
// it ("the €15 million budget", "a $16 billion aid package": the last of up to three words),
// the noun it measures ("a budget of €12 million", "losses worth $3 million", one adjective
// allowed: "annual losses of"), or what it cost ("the strike has cost more than €700 million",
// the first amount after "cost" only). A parenthesised amount is a part or a conversion of the
// one before it and gets no purpose.
// A purpose that is itself a subject word ("budget") is also the subject when none was found.
void Extractor::attach_purposes() {
  auto purpose_of = [&](const Token& t) -> const std::string* {
    auto it = lex_.purpose_of.find(fold_case(doc_.text(t.span)));
    return it == lex_.purpose_of.end() ? nullptr : &it->second;
  };
  std::uint32_t cost_sentence = UINT32_MAX; // the sentence whose "cost" already has its amount
  for (Claim& c : claims_) {
    if (c.kind != ClaimKind::money) continue;
    // "$334 million ($281M in cash)": a parenthesised amount is a part or a conversion.
    std::string_view before_text = doc_.source().text().substr(0, c.span.begin);
    while (!before_text.empty() && before_text.back() == ' ') before_text.remove_suffix(1);
    if (!before_text.empty() && before_text.back() == '(') continue;
    auto toks = doc_.tokens_of(doc_.sentences[c.sentence]);
    std::size_t after = 0;
    while (after < toks.size() && toks[after].span.begin < c.span.end) ++after;
    std::size_t before = after;
    while (before > 0 && toks[before - 1].span.end > c.span.begin) --before;
    // After: "€15 million budget", "$16 billion aid package".
    for (std::size_t k = after; k < toks.size() && k < after + 3; ++k) {
      if (toks[k].kind != TokenKind::word) break;
      if (const std::string* p = purpose_of(toks[k]))
        c.purpose = *p;
      else if (!c.purpose.empty())
        break;
    }
    // Before: "budget of €12 million", "annual losses of".
    if (c.purpose.empty() && before >= 2) {
      std::string link = fold_case(doc_.text(toks[before - 1].span));
      if (link == "of" || link == "worth" || link == "totaling" || link == "totalling")
        for (std::size_t back = 2; back <= 3 && back <= before; ++back)
          if (const std::string* p = purpose_of(toks[before - back])) {
            c.purpose = *p;
            break;
          }
    }
    // Only the first amount after "cost": "could cost $800 to $1,000" is one range.
    if (c.purpose.empty() && c.predicate == "cost" && cost_sentence != c.sentence) {
      c.purpose = "cost";
      cost_sentence = c.sentence;
    }
    if (c.subject.empty() && !c.purpose.empty())
      if (auto it = lex_.subject_of.find(c.purpose); it != lex_.subject_of.end())
        c.subject = it->second;
  }
}

} // namespace claimlint::claims
