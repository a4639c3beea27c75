// One way to spread independent work items over threads: the drafts of a run, the rule files
// of a rule set. Items are handed out one at a time from an atomic counter, so a slow item
// (a 50 MB draft, the rule that compiles the dictionary) does not hold up a fixed share.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace claimlint {

// Runs work(i) for every i in [0, count) on up to `jobs` threads, the calling one included.
template <typename Work> void parallel_for(std::size_t count, unsigned jobs, Work work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  unsigned threads_wanted = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(count)));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < threads_wanted; ++t) threads.emplace_back(loop);
  loop();
  for (std::thread& t : threads) t.join();
}

} // namespace claimlint
