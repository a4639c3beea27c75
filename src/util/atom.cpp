#include "util/atom.hpp"

#include "util/hash.hpp"

#include <mutex>

namespace claimlint {

namespace {
// Sharded so that two threads extracting claims rarely wait for each other.
struct Shard {
  std::mutex mutex;
  TextSet strings; // node-based: an element's address never changes
};
Shard shards[16];
} // namespace

const std::string& Atom::intern(std::string_view text) {
  Shard& shard = shards[hash_text(text) & 15];
  std::lock_guard lock(shard.mutex);
  auto it = shard.strings.find(text);
  if (it == shard.strings.end()) it = shard.strings.emplace(text).first;
  return *it;
}

} // namespace claimlint
