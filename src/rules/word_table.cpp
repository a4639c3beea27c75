#include "rules/word_table.hpp"

#include "util/hash.hpp"

namespace claimlint {

void WordTable::rehash() {
  std::size_t size = 16;
  while (size < starts.size() * 2) size *= 2; // at most half full
  rehash_to(size);
}

void WordTable::rehash_to(std::size_t size) {
  slots.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::uint32_t i = 0; i < starts.size(); ++i) {
    std::size_t s = hashes[i] & mask; // tables stay below 2^32 slots: the low bits suffice
    while (slots[s] != 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
}

void WordTable::reserve(std::size_t n) {
  starts.reserve(n);
  lengths.reserve(n);
  hashes.reserve(n);
  std::size_t size = 16;
  while (size < n * 2) size *= 2;
  if (size > slots.size()) rehash_to(size);
}

WordTable WordTable::compile(std::string_view text) {
  WordTable t;
  t.starts.reserve(text.size() / 8);
  t.lengths.reserve(text.size() / 8);
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(p, e - p);
    const std::size_t start = p;
    p = e + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    t.starts.push_back(static_cast<std::uint32_t>(start));
    t.lengths.push_back(static_cast<std::uint32_t>(line.size()));
    t.hashes.push_back(static_cast<std::uint32_t>(hash_text(line)));
  }
  t.rehash();
  return t;
}

void WordTable::insert(std::string_view text, std::uint32_t start, std::uint32_t length) {
  std::string_view word = text.substr(start, length);
  const std::uint64_t h = hash_text(word);
  if (view(text).contains(word, h)) return;
  starts.push_back(start);
  lengths.push_back(length);
  hashes.push_back(static_cast<std::uint32_t>(h));
  if (starts.size() * 2 > slots.size()) {
    rehash();
    return;
  }
  const std::size_t mask = slots.size() - 1;
  std::size_t s = h & mask;
  while (slots[s] != 0) s = (s + 1) & mask;
  slots[s] = static_cast<std::uint32_t>(starts.size());
}

} // namespace claimlint
