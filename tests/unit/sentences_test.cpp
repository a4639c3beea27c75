#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

using Sentences = std::vector<std::string>;

TEST_CASE("abbreviations that never end a sentence do not split") {
  CHECK(draft("Dr. Marsh said it. Mr. Steele agreed.").sentences() ==
        Sentences{"Dr. Marsh said it.", "Mr. Steele agreed."});
  CHECK(draft("Sen. Joe Manchin III spoke, e.g. on Sunday.").sentences() ==
        Sentences{"Sen. Joe Manchin III spoke, e.g. on Sunday."});
}

TEST_CASE("U.S. before a title or a name does not split") {
  CHECK(draft("U.S. President Biden met Former U.S. president Donald Trump.").sentences() ==
        Sentences{"U.S. President Biden met Former U.S. president Donald Trump."});
  CHECK(draft("The U.K. Officials Explore Strategies").sentences() ==
        Sentences{"The U.K. Officials Explore Strategies"});
  CHECK(draft("It was started by former President George W. Bush in 2001.").sentences() ==
        Sentences{"It was started by former President George W. Bush in 2001."});
}

TEST_CASE("U.S. before a sentence starter ends the sentence") {
  CHECK(draft("He lived in the U.S. He left in 2019.").sentences() ==
        Sentences{"He lived in the U.S.", "He left in 2019."});
  CHECK(draft("Shares of Acme Inc. The company declined to comment.").sentences() ==
        Sentences{"Shares of Acme Inc.", "The company declined to comment."});
  CHECK(draft("The vote is at 10 p.m. But nobody expects a surprise.").sentences() ==
        Sentences{"The vote is at 10 p.m.", "But nobody expects a surprise."});
}

TEST_CASE("ordinary sentence ends, quotes and question marks") {
  CHECK(
      draft("“There is no betrayal there,” he stated. “It is peace.” Then he left!").sentences() ==
      Sentences{"“There is no betrayal there,” he stated.", "“It is peace.”", "Then he left!"});
  CHECK(draft("Why now? Nobody knows.").sentences() == Sentences{"Why now?", "Nobody knows."});
}

TEST_CASE("a missing space after a full stop keeps one sentence, as ICU does") {
  CHECK(draft("amid ongoing conflict.The meeting went on.").sentences() ==
        Sentences{"amid ongoing conflict.The meeting went on."});
}

TEST_CASE("list items, headings and table cells are sentences of their own") {
  Draft d = draft("Future Outlook\n- security Cooperation: Improving integration.\nA | B "
                  "|\n---|---|\nx y | z |\n");
  CHECK(d.sentences() == Sentences{"Future Outlook", "security Cooperation: Improving integration.",
                                   "A", "B", "x y", "z"});
  CHECK(d.doc->sentences[0].starts_block);
  CHECK(d.doc->sentences[4].cell >= 0);
}

TEST_CASE("markdown: a line break inside a paragraph is not a sentence break") {
  Draft d = draft("The strike began\non March 2. It goes on\ntoday.\n", "s.md");
  CHECK(d.sentences() == Sentences{"The strike began\non March 2.", "It goes on\ntoday."});
}
