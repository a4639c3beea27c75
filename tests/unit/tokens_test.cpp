#include "support.hpp"

#include <unicode/uchar.h>

using namespace claimlint;
using namespace claimlint::testing;

using Tokens = std::vector<std::string>;

TEST_CASE("tokens: words with apostrophes, numbers with separators, initialisms, punctuation") {
  Draft d = draft("Ukraine’s 7,500 workers got $3.5bn from the U.S. on Feb. 2!");
  CHECK(d.tokens() == Tokens{"Ukraine’s", "7,500", "workers", "got", "$", "3.5", "bn", "from",
                             "the", "U.S.", "on", "Feb", ".", "2", "!"});
  CHECK(d.doc->tokens[0].kind == TokenKind::word);
  CHECK(d.doc->tokens[1].kind == TokenKind::number);
  CHECK(d.doc->tokens[4].kind == TokenKind::symbol);
  CHECK(d.doc->tokens[14].kind == TokenKind::punct);
}

TEST_CASE("tokens: a glued word after an initialism is its own token") {
  CHECK(draft("Hegseth and U.K.Officials met").tokens() ==
        Tokens{"Hegseth", "and", "U.K.", "Officials", "met"});
  CHECK(draft("Zelenskyy—a leader").tokens() == Tokens{"Zelenskyy", "—", "a", "leader"});
}

TEST_CASE("tokens belong to their sentence") {
  Draft d = draft("One two. Three.");
  REQUIRE(d.doc->sentences.size() == 2);
  CHECK(d.doc->sentences[0].token_count == 3);
  CHECK(d.doc->sentences[1].first_token == 3);
  CHECK(d.doc->sentences[1].token_count == 2);
}

TEST_CASE("tokens: punctuation has no case, so its folded form is its text") {
  // fold_tokens copies a punctuation token's bytes as its folded form without asking ICU; this
  // holds only while no punctuation code point has a case folding.
  for (UChar32 c = 0; c <= 0x10FFFF; ++c)
    if (u_ispunct(c) && u_foldCase(c, U_FOLD_CASE_DEFAULT) != c) FAIL_CHECK("folds: U+" << c);
  Draft d = draft("“Well” — she said… «non» ¿qué?");
  for (const Token& t : d.doc->tokens) {
    CAPTURE(d.doc->text(t.span));
    if (t.kind != TokenKind::punct) continue;
    CHECK(d.doc->folded(t) == d.doc->text(t.span));
    CHECK(t.shape == 0);
  }
}
