#include "util/function_ref.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace claimlint;

namespace {

int apply(FunctionRef<int(int, int)> f, int a, int b) {
  return f(a, b);
}

} // namespace

TEST_CASE("function ref: calls the callable it refers to, with its state") {
  CHECK(apply([](int a, int b) { return a * b; }, 6, 7) == 42);
  // A lambda with a large capture (std::function would allocate for it) and state that
  // outlives the call.
  std::string a = "alpha", b = "beta", c = "gamma";
  int calls = 0;
  auto counting = [&, a, b, c](int x, int y) {
    ++calls;
    return x + y + static_cast<int>(a.size() + b.size() + c.size());
  };
  CHECK(apply(counting, 1, 2) == 17);
  CHECK(apply(counting, 0, 0) == 14);
  CHECK(calls == 2);
  // A const callable, and a reference copied before the call.
  const auto constant = [](int, int) { return 7; };
  FunctionRef<int(int, int)> ref = constant;
  FunctionRef<int(int, int)> copy = ref;
  CHECK(copy(0, 0) == 7);
}
