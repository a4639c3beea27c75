// Finding the next byte of a small fixed set in a buffer.
//
// Several rules look at every byte of every paragraph for a handful of punctuation bytes
// (quotation marks, full stops, capitals that may start a weekday). With SSE2, which every
// x86-64 CPU has, sixteen bytes are compared against the whole set at once; elsewhere it is the
// plain loop. The answer is the same either way.
#pragma once

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimlint {

// The first position at or after `from` whose byte is one of `Bytes` or, when `Above` is below
// 256, at least `Above` (0xC0: any multi-byte UTF-8 lead); npos if there is none.
template <unsigned Above, unsigned char... Bytes>
std::size_t find_byte_in(std::string_view s, std::size_t from) {
  static_assert(sizeof...(Bytes) > 0 && Above <= 256);
  std::size_t i = from;
  const std::size_t n = s.size();
#if defined(__SSE2__)
  const char* data = s.data();
  for (; i + 16 <= n; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    __m128i hits = _mm_setzero_si128();
    if constexpr (Above < 256) {
      // The bytes that max(byte, Above) leaves unchanged are those from Above up.
      const __m128i floor = _mm_set1_epi8(static_cast<char>(Above));
      hits = _mm_cmpeq_epi8(_mm_max_epu8(block, floor), block);
    }
    ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(Bytes))))),
     ...);
    if (int mask = _mm_movemask_epi8(hits))
      return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= Above || ((b == Bytes) || ...)) return i;
  }
  return std::string_view::npos;
}

// The first position at or after `from` whose byte is one of `Bytes`, or npos.
template <unsigned char... Bytes> std::size_t find_byte_of(std::string_view s, std::size_t from) {
  return find_byte_in<256, Bytes...>(s, from);
}

} // namespace claimlint
