#include "util/atom.hpp"

#include <doctest/doctest.h>

#include <map>
#include <thread>
#include <vector>

using namespace claimlint;

TEST_CASE("atoms: equal texts share one copy, compare and convert like strings") {
  std::string built = "per";
  built += "sist";
  Atom a = "persist", b = built, empty;
  CHECK(a == b);
  CHECK(&a.str() == &b.str()); // interned
  CHECK(a == "persist");
  CHECK(a != "persists");
  CHECK(empty.empty());
  CHECK(Atom("") == empty);
  CHECK(a.size() == 7);
  CHECK(a.starts_with("pers"));
  CHECK(a.substr(0, 3) == "per");
  CHECK(a + "!" == "persist!");
  CHECK("-" + a == "-persist");
  CHECK(fmt::format("[{}]", a) == "[persist]");
  std::map<Atom, int> ordered{{"b", 2}, {"a", 1}};
  CHECK(ordered.begin()->first == "a");
  const std::string& as_string = a;
  CHECK(as_string == "persist");
  a.clear();
  CHECK(a.empty());
  CHECK(sizeof(Atom) == sizeof(void*));
}

TEST_CASE("atoms: interning from several threads gives one copy per text") {
  std::vector<const std::string*> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 2000; ++i) Atom(std::to_string(i) + "x");
      seen[t] = &Atom("shared-value").str();
    });
  for (std::thread& t : threads) t.join();
  for (const std::string* p : seen) CHECK(p == seen[0]);
}
