// A token trie for word and phrase lists ("teh", "United States", "SEO keywords preserved").
//
// Phrases are tokenized with the document tokenizer, so "U.S.-based" in a list and in a draft
// split the same way. Matching walks the trie from every token of a sentence: the cost is the
// number of tokens times the length of the longest partial match, independent of how many
// thousands of entries the list has — no regular expression per entry.
#pragma once

#include "document/document.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimlint {

class PhraseMatcher {
public:
  explicit PhraseMatcher(bool ignore_case = true) : ignore_case_(ignore_case) {
    nodes_.emplace_back();
  }

  // Adds a phrase; `id` is returned on matches. Returns false for a phrase with no tokens.
  bool add(std::string_view phrase, int id);
  std::size_t size() const { return count_; }

  struct Match {
    std::uint32_t first_token, last_token; // indexes into the token span, inclusive
    int id;
  };
  // The id of the phrase that spans exactly `tokens`, or -1.
  int match_exact(std::string_view text_of_file, std::span<const Token> tokens) const;
  // Longest match starting at each token, left to right, non-overlapping.
  void find(std::string_view text_of_file, std::span<const Token> tokens,
            const std::function<void(const Match&)>& on_match) const;
  // Every match in the sentences of `doc`, as a byte span, outside code and URLs.
  void find_in_prose(const Document& doc,
                     const std::function<void(Span span, int id)>& on_match) const;

private:
  struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Node {
    std::unordered_map<std::string, int, TransparentHash, std::equal_to<>> next;
    int id = -1;
  };
  bool ignore_case_;
  std::vector<Node> nodes_;
  std::size_t count_ = 0;
};

} // namespace claimlint
