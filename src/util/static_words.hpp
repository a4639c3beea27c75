// A small fixed set of words (function words, determiners, a check's closed class) that is
// asked about very often: an open-addressing table of hash_text values, so a look-up is one
// hash (or none, with a document token's folded_hash) and usually one comparison, instead of
// a scan of the list.
#pragma once

#include "util/hash.hpp"

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace claimlint {

class StaticWords {
public:
  StaticWords(std::initializer_list<std::string_view> words) {
    std::size_t size = 16;
    while (size < words.size() * 4) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::string_view w : words) {
      std::uint32_t h = static_cast<std::uint32_t>(hash_text(w));
      std::size_t i = h & mask_;
      while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask_;
      slots_[i] = {w, h};
    }
  }
  // `hash` is hash_text(w)'s low 32 bits (a document token's folded_hash).
  bool contains(std::string_view w, std::uint32_t hash) const {
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word.empty()) return false;
      if (s.hash == hash && s.word == w) return true;
    }
  }
  bool contains(std::string_view w) const {
    return contains(w, static_cast<std::uint32_t>(hash_text(w)));
  }

private:
  struct Slot {
    std::string_view word;
    std::uint32_t hash = 0;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

} // namespace claimlint
