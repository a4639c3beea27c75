// Roles and offices: what a phrase next to a name says the person is.
//
// A role phrase is read as an office model (issue: offices as a model, not a list of head words):
//   [time words] [party] [rank words] [portfolio words] HEAD [of|at|for|with ORGANISATION]
// "former Deputy Fire Chief", "Vantrel's chief technology officer", "president of the Eastbrook
// Federation of Teachers", "Republican Gov.", "a 61-year-old driver for Pellham Coach Lines".
// The head is a person noun (rules/lists/person-nouns.txt, derived from WordNet) or an
// abbreviated title ("Sgt.", rules/lists/title-abbreviations.txt); rank and time words come
// from rules/lists/title-modifiers.txt; portfolio words are every other word of the phrase,
// adjectives read as the noun they pertain to ("financial" -> "finance"). A role after an
// indefinite article ("a farmer") or with a head that names no office ("passenger", "brother":
// rules/lists/non-office-nouns.txt) is a description, not an office.
#pragma once

#include "claims/lexicon.hpp"
#include "document/document.hpp"

#include <span>
#include <string>
#include <vector>

namespace claimlint::claims {

struct Role {
  std::size_t begin = 0, end = 0;     // the phrase's tokens [begin, end)
  int head = -1;                      // the head's token, -1 when the phrase has none
  std::string head_word;              // "chief", "sergeant" (abbreviations expanded)
  std::string_view kinds;             // the written head's kinds: "president leader" (WordNet)
  std::string title;                  // portfolio and head, rank and time words left out
  std::vector<std::string> modifiers; // rank and time words, in order: former, deputy
  std::string org;                    // "Corran Valley Coaches"; "company" when generic
  std::string party;                  // "democratic", "republican", "independent"
  std::string affiliation;            // a nationality or party adjective as written ("U.S.")
  bool office = false;
  bool definite = false;  // "the" or a possessive before it
  bool honorific = false; // "Dr." / "Mr." right before the name (not a role)
  int until = 0;          // "who was deputy mayor until 2021"
  bool found() const { return head >= 0; }
};

// Reads roles in one sentence's tokens.
class RoleReader {
public:
  RoleReader(const Document& doc, const ClaimLexicon& lex, std::span<const Token> toks)
      : doc_(doc), lex_(lex), toks_(toks), lemma_(LemmaCache::for_thread(lex)),
        head_(toks.size(), -1) {}

  // The role written right before token `name` ("Deputy Fire Chief Marguerite Dallaire",
  // "Medical director Dr. Felicity Marchbank", "former U.S. envoy Steve Witkoff"), reading no
  // further left than `floor`. With `comma`, the phrase ends in a comma before the name ("The
  // company's chief operating officer, Renata Voss,") and must start the sentence or follow a
  // determiner.
  Role before(std::size_t name, std::size_t floor = 0, bool comma = false) const;
  // The role of an apposition starting at token `k` (after its comma): "the union's treasurer",
  // "a farmer whose land ...", "chief executive of Corran Valley Coaches", "a Democrat".
  Role after(std::size_t k) const;
  // A party tag at `k`: "D-Colo.", "R-Ohio", "(I-Vt.)"; the party, or empty.
  std::string party_tag(std::size_t k, std::size_t& end) const;
  // The organisation named from `k` on ("the Eastbrook Federation of Teachers"), its end in
  // `end`; empty when `k` starts none.
  std::string organisation(std::size_t k, std::size_t& end) const;

  // Token tests.
  bool is_word(std::size_t k) const { return k < toks_.size() && toks_[k].kind == TokenKind::word; }
  bool is_cap(std::size_t k) const { return is_word(k) && (toks_[k].shape & kStartsUpper); }
  std::string_view text(std::size_t k) const { return doc_.text(toks_[k].span); }
  std::string_view folded(std::size_t k) const { return doc_.folded(toks_[k]); }
  bool is(std::size_t k, std::string_view s) const { return k < toks_.size() && text(k) == s; }
  // A person noun or an abbreviated title: a role's head.
  bool is_head(std::size_t k) const;
  // An abbreviated title ("Sgt", "Gov"); its expansion, or empty.
  std::string_view abbreviation(std::size_t k) const;
  bool is_function_word(std::size_t k) const;
  bool is_verb_form(std::size_t k) const; // "found", "sacked", "leading": not in a title
  // An office (rules/lists/office-nouns.txt, an abbreviated title), not a description.
  bool is_office(const Role& r) const;

private:
  const Document& doc_;
  const ClaimLexicon& lex_;
  std::span<const Token> toks_;
  LemmaCache& lemma_;
  mutable std::vector<std::int8_t> head_; // is_head per token: -1 not asked yet, 0, 1
  bool compute_is_head(std::size_t k) const;

  // Fills title, modifiers, party and affiliation from the words [from, head].
  void read_words(Role& r, std::size_t from) const;
};

// A party's name in one form: "Democrat", "Democratic", "D" -> "democratic".
std::string normalise_party(std::string_view folded);

} // namespace claimlint::claims
