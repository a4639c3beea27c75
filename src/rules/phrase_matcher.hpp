// A token trie for word and phrase lists ("teh", "United States", "SEO keywords preserved").
//
// Phrases are tokenized with the document tokenizer, so "U.S.-based" in a list and in a draft
// split the same way. Matching walks the trie from every token of a sentence: the cost is the
// number of tokens times the length of the longest partial match, independent of how many
// thousands of entries the list has — no regular expression per entry. The trie's edges live
// in one open-addressing table keyed by (node, word hash), and a document's tokens carry their
// folded form and hash, so a step is one probe and, on a hit, one comparison.
#pragma once

#include "document/document.hpp"
#include "util/function_ref.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class PhraseMatcher {
public:
  explicit PhraseMatcher(bool ignore_case = true) : ignore_case_(ignore_case) {
    node_ids_.push_back(-1);
  }

  // Adds a phrase; `id` is returned on matches. Returns false for a phrase with no tokens.
  bool add(std::string_view phrase, int id);
  std::size_t size() const { return count_; }

  struct Match {
    std::uint32_t first_token, last_token; // indexes into the token span, inclusive
    int id;
  };
  // The id of the phrase that spans exactly `tokens` (tokens of `doc`), or -1.
  int match_exact(const Document& doc, std::span<const Token> tokens) const;
  // Longest match starting at each token of `tokens` (tokens of `doc`), left to right,
  // non-overlapping.
  void find(const Document& doc, std::span<const Token> tokens,
            FunctionRef<void(const Match&)> on_match) const;
  // Every match in the sentences of `doc`, as a byte span, outside code and URLs.
  void find_in_prose(const Document& doc, FunctionRef<void(Span span, int id)> on_match) const;

private:
  struct Edge {
    std::uint32_t from = 0, to = 0, hash = 0, key = 0; // key: index into keys_
  };
  bool ignore_case_;
  std::vector<int> node_ids_; // per node: the id of the phrase ending there, or -1
  std::vector<std::string> keys_;
  std::vector<Edge> edges_;
  std::vector<std::uint32_t> slots_; // 0 = empty, else index + 1 into edges_
  // Bit (hash & 0xFFFF) is set when some phrase starts with a word of that hash: most tokens
  // start no phrase, and this answers them without a probe.
  std::vector<bool> first_words_ = std::vector<bool>(1 << 16);
  std::size_t count_ = 0;

  // The node reached from `node` over the word `key` with hash_text low bits `hash`, or -1.
  int step(int node, std::string_view key, std::uint32_t hash) const;
  void insert_edge(const Edge& e);
  // The key under which `t` is looked up: its folded form, or its text for a case-sensitive
  // list.
  std::string_view key_of(const Document& doc, const Token& t, std::uint32_t& hash) const;
};

} // namespace claimlint
