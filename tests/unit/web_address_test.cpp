#include "grammars/html_residue.hpp"
#include "grammars/web_address.hpp"

#include "support.hpp"

#include <tao/pegtl/contrib/analyze.hpp>

using namespace claimlint;
using namespace claimlint::testing;

TEST_CASE("the web address and HTML residue grammars have no infinite loops (pegtl::analyze)") {
  CHECK(tao::pegtl::analyze<grammar::web::grammar>(-1) == 0);
  CHECK(tao::pegtl::analyze<grammar::html::grammar>(-1) == 0);
}

TEST_CASE("web addresses: URLs, www, e-mail and bare domains") {
  auto len = [](std::string_view s) {
    auto m = grammar::web::match(s);
    return m ? m->length : 0;
  };
  CHECK(len("https://example.com/a,b;c?x=1.") == 29);
  CHECK(len("http://video.foxnews.com'") == 24);
  CHECK(len("www.bbc.co.uk/news, said") == 18);
  CHECK(len("desk@news.example.org.") == 21);
  CHECK(len("nytimes.com reported") == 11);
  CHECK(len("WhatDoesItMean.Com.") == 18);
  CHECK(len("conflict.The meeting") == 0); // "The" is no TLD
  CHECK(len("U.S.is essential") == 0);     // an initialism, not a host
  CHECK(len("peace.it was") == 0);         // "it" is left out of the TLD list on purpose
  CHECK(len("report.pdf") == 0);
}

TEST_CASE("web addresses become verbatim spans of the document") {
  Draft d = draft("See re/code.net and (mail desk@example.org) or https://x.io/a?b=c,d today.");
  std::vector<std::string> v;
  for (Span s : d.doc->verbatim) v.emplace_back(d.text(s));
  CHECK(v == std::vector<std::string>{"code.net", "desk@example.org", "https://x.io/a?b=c,d"});
}

TEST_CASE("markdown code spans, link destinations and inline tags are verbatim") {
  Draft d =
      draft("Run `a.b,c` and [the site](http://a.example/x,y) <span class=x>ok</span>.\n", "a.md");
  std::vector<std::string> v;
  for (Span s : d.doc->verbatim) v.emplace_back(d.text(s));
  CHECK(v ==
        std::vector<std::string>{"`a.b,c`", "http://a.example/x,y", "<span class=x>", "</span>"});
}
