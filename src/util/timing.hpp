// Optional timing for --stats and the benchmark: measure a piece of work only when asked,
// so a normal run pays nothing but a null check.
#pragma once

#include <chrono>

namespace claimlint {

// Runs `work` and returns its result; when `seconds` is not null, adds the time it took.
template <typename Work> auto timed(double* seconds, Work work) {
  if (!seconds) return work();
  struct Stop {
    double* s;
    std::chrono::steady_clock::time_point t0;
    ~Stop() { *s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); }
  } stop{seconds, std::chrono::steady_clock::now()};
  return work();
}

} // namespace claimlint
