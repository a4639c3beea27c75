// A "key value" word list looked up in place by binary search over its sorted lines
// (rules/lists/concepts.txt, inflections.txt, pertainyms.txt: up to tens of thousands of
// lines). A compiled-in list is already sorted by bytes (scripts/make-word-lists writes them
// so) and is searched where it lies: loading costs nothing. A list with user additions is
// sorted once into a copy.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/word_table.hpp"

namespace claimlint {

class SortedPairs {
public:
  SortedPairs() = default;
  // With `sorted`, `text` is sorted by bytes and outlives this object; otherwise its lines are
  // sorted into a copy.
  SortedPairs(std::string_view text, bool sorted) {
    if (!sorted) {
      std::vector<std::string_view> lines;
      std::size_t p = 0;
      while (p < text.size()) {
        std::size_t e = text.find('\n', p);
        if (e == std::string_view::npos) e = text.size();
        std::string_view line = text.substr(p, e - p);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && line.front() != '#') lines.push_back(line);
        p = e + 1;
      }
      std::stable_sort(lines.begin(), lines.end(),
                       [](std::string_view a, std::string_view b) { return key(a) < key(b); });
      owned_ = std::make_shared<std::string>();
      for (std::string_view l : lines) (*owned_).append(l).push_back('\n');
      text = *owned_;
    }
    // Comment lines come first (they sort first and are written first).
    std::size_t p = 0;
    while (p < text.size() && text[p] == '#') {
      std::size_t e = text.find('\n', p);
      p = e == std::string_view::npos ? text.size() : e + 1;
    }
    body_ = text.substr(p);
    // Where each line starts, so a lookup is a binary search over these and one comparison
    // per step (no scanning for line ends).
    for (std::size_t q = 0; q < body_.size();) {
      std::size_t e = body_.find('\n', q);
      if (e == std::string_view::npos) e = body_.size();
      std::size_t sp = body_.find(' ', q);
      if (sp > e) sp = e;
      starts_.push_back({static_cast<std::uint32_t>(q), static_cast<std::uint32_t>(sp - q),
                         static_cast<std::uint32_t>(e)});
      q = e + 1;
    }
  }

  // A compiled-in list (sorted by bytes): its compiled index already holds every line's start
  // and length (word_table.hpp), so nothing is built at start-up.
  explicit SortedPairs(const WordTableView& compiled)
      : text_(compiled.text), line_starts_(compiled.starts), line_lengths_(compiled.lengths) {}

  // The value of `k`, or an empty view.
  std::string_view find(std::string_view k) const {
    if (!line_starts_.empty()) return find_compiled(k);
    std::size_t lo = 0, hi = starts_.size();
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      const Line& l = starts_[mid];
      std::string_view lk = body_.substr(l.begin, l.key);
      int c = lk.compare(k);
      if (c == 0) {
        std::size_t v = l.begin + l.key + 1;
        return v < l.end ? body_.substr(v, l.end - v) : std::string_view();
      }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    return {};
  }
  bool empty() const { return body_.empty() && line_starts_.empty(); }

private:
  std::string_view find_compiled(std::string_view k) const {
    std::size_t lo = 0, hi = line_starts_.size();
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      std::string_view line = text_.substr(line_starts_[mid], line_lengths_[mid]);
      std::string_view lk = key(line);
      int c = lk.compare(k);
      if (c == 0) return lk.size() < line.size() ? line.substr(lk.size() + 1) : std::string_view();
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    return {};
  }
  static std::string_view key(std::string_view line) { return line.substr(0, line.find(' ')); }
  struct Line {
    std::uint32_t begin, key, end; // the line's start, its key's length, its end
  };
  std::shared_ptr<std::string> owned_;
  std::string_view body_;
  std::vector<Line> starts_;
  std::string_view text_;                                   // a compiled-in list's text
  std::span<const std::uint32_t> line_starts_, line_lengths_; // its lines, in order
};

} // namespace claimlint
