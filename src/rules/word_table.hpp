// The hash index of a word list: one entry per line of the list's text ("#" comments, blank
// lines and trailing blanks skipped), looked up with one hash and usually one comparison. The
// index is four arrays of 32-bit numbers beside the text, so the build can compile the
// built-in lists into the binary (src/rules/embed_rules_main.cpp) and a check run uses them
// in place: compiling the 75,000-word dictionary at start-up cost ten million instructions and
// three megabytes of fresh pages.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace claimlint {

// A word index over a text it does not own; compiled-in lists keep all five parts in static
// storage.
struct WordTableView {
  std::string_view text;
  std::span<const std::uint32_t> starts, lengths; // each word's bytes in `text`
  std::span<const std::uint32_t> hashes;          // low 32 bits of each word's hash_text
  std::span<const std::uint32_t> slots; // power-of-two open addressing; 0 = empty, else index + 1

  bool contains(std::string_view word, std::uint64_t hash) const { return find(word, hash) >= 0; }
  // The entry's index (its order among the entries), or -1.
  std::int64_t find(std::string_view word, std::uint64_t hash) const {
    if (slots.empty()) return -1;
    const std::size_t mask = slots.size() - 1;
    const auto tag = static_cast<std::uint32_t>(hash);
    for (std::size_t s = hash & mask; slots[s] != 0; s = (s + 1) & mask) {
      std::uint32_t i = slots[s] - 1;
      if (hashes[i] == tag && text.substr(starts[i], lengths[i]) == word) return i;
    }
    return -1;
  }
  std::size_t size() const { return starts.size(); }
};

// The same index, owning its arrays (built at run time, or by the build step).
struct WordTable {
  std::vector<std::uint32_t> starts, lengths, hashes, slots;

  // Indexes every entry of a list's text. Repeated lines are not looked for (a repeated word is
  // found either way), which keeps compiling to one probe per word.
  static WordTable compile(std::string_view text);
  // Adds the word at text[start, start + length) unless `text` already has it in the table.
  void insert(std::string_view text, std::uint32_t start, std::uint32_t length);
  // Room for `n` entries, so that inserting them never rehashes.
  void reserve(std::size_t n);
  WordTableView view(std::string_view text) const { return {text, starts, lengths, hashes, slots}; }

private:
  void rehash();
  void rehash_to(std::size_t size);
};

} // namespace claimlint
