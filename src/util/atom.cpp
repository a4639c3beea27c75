#include "util/atom.hpp"

#include "util/hash.hpp"

#include <array>
#include <cstdint>
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
  const std::uint64_t hash = hash_text(text);
  // Most atoms repeat ("title", "full", the key of a person named ten times): a small cache of
  // this thread's recent atoms answers them without the lock and the set. Interned strings
  // never move or die, so the cached pointers stay valid.
  thread_local std::array<const std::string*, 1024> recent{};
  const std::string*& cached = recent[(hash >> 4) & 1023];
  if (cached && *cached == text) return *cached;
  Shard& shard = shards[hash & 15];
  std::lock_guard lock(shard.mutex);
  auto it = shard.strings.find(text);
  if (it == shard.strings.end()) it = shard.strings.emplace(text).first;
  cached = &*it;
  return *it;
}

} // namespace claimlint
