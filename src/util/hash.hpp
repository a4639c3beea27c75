// A fast, non-cryptographic hash for short strings (words and tokens).
//
// std::hash<std::string_view> (libstdc++'s murmur variant) showed up as a few percent of a whole
// run because every word of every draft is hashed by several rules; this hash reads eight bytes
// at a time and is computed once per token (Document keeps it), so lookups in word sets and
// phrase tries only probe. Quality is ample for open-addressing tables of words.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimlint {

inline std::uint64_t hash_text(std::string_view s) {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xff51afd7ed558ccdull;
  std::uint64_t h = k1 ^ (s.size() * k2);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * k2;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  // The last 0-7 bytes without a variable-length memcpy (a call, for the short words that
  // are most of what is hashed): two overlapping 4-byte loads, or three single bytes.
  std::uint64_t v = 0;
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = a | (static_cast<std::uint64_t>(b) << 32);
  } else if (n > 0) {
    v = static_cast<unsigned char>(p[0]) |
        (static_cast<unsigned>(static_cast<unsigned char>(p[n / 2])) << 8) |
        (static_cast<unsigned>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  h = (h ^ v) * k1;
  h ^= h >> 29;
  h *= k2;
  h ^= h >> 32;
  return h;
}

// Mixes a 32-bit context (a trie node) into a hash, for tables keyed by (node, word).
inline std::uint64_t hash_combine(std::uint64_t h, std::uint32_t context) {
  h ^= (static_cast<std::uint64_t>(context) + 0x9E3779B97F4A7C15ull) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 31;
  return h;
}

} // namespace claimlint

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace claimlint {

// Hash sets and maps of words that can be asked with a string_view (a token's folded form)
// without building a std::string per lookup.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return hash_text(s); }
};
using TextSet = std::unordered_set<std::string, TextHash, std::equal_to<>>;
template <class Value>
using TextMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;

} // namespace claimlint
