#include "support.hpp"

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
