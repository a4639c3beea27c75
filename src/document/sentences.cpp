// Sentence segmentation: Unicode's sentence boundaries (sentence_breaks.hpp, the same as ICU's
// sentence break iterator), then claimlint's abbreviation pass (see segmentation.hpp), and a
// pass that ignores the hard break at a line end inside a wrapped Markdown paragraph.
#include "document/document.hpp"
#include "document/segmentation.hpp"
#include "document/sentence_breaks.hpp"

#include "source/utf8.hpp"
#include "util/byte_scan.hpp"

#include <unicode/uchar.h>

#include <algorithm>

namespace claimlint {

std::optional<AbbreviationKind> Segmentation::abbreviation(std::string_view word) const {
  if (auto it = abbreviations_.find(std::string(word)); it != abbreviations_.end())
    return it->second;
  // Initialisms not in the list ("F.B.I.", "W."): single letters each followed by a dot.
  if (word.size() >= 2 && word.size() % 2 == 0) {
    bool initials = true;
    for (std::size_t i = 0; i < word.size(); i += 2)
      if (!(word[i] >= 'A' && word[i] <= 'Z') || word[i + 1] != '.') initials = false;
    if (initials) return AbbreviationKind::may_end_sentence;
  }
  return std::nullopt;
}

namespace {

bool is_ws(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_opening_punct(char32_t c) {
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB;
}

// The word after byte `p` (skipping spaces and opening punctuation), up to the next space or
// punctuation other than an apostrophe.
std::string_view next_word(std::string_view s, std::size_t p) {
  while (p < s.size()) {
    std::size_t q = p;
    char32_t c = next_code_point(s, q);
    if (!is_ws(c) && !is_opening_punct(c)) break;
    p = q;
  }
  std::size_t b = p;
  while (p < s.size()) {
    std::size_t q = p;
    char32_t c = next_code_point(s, q);
    if (!u_isalnum(static_cast<UChar32>(c)) && c != '\'' && c != 0x2019) break;
    p = q;
  }
  return s.substr(b, p - b);
}

// Should the Unicode break at `b` (relative to s) be kept?
bool keep_break(std::string_view s, std::size_t b, const Segmentation& seg) {
  std::size_t e = b;
  bool newline = false;
  while (e > 0) {
    std::size_t q = e;
    char32_t c = prev_code_point(s, q);
    if (!is_ws(c)) break;
    if (c == '\n') newline = true;
    e = q;
  }
  if (e == 0) return false;
  std::size_t w = e;
  while (w > 0) {
    std::size_t q = w;
    char32_t c = prev_code_point(s, q);
    if (is_ws(c)) break;
    w = q;
  }
  std::string_view word = s.substr(w, e - w);
  if (newline) {
    // A break at a line end inside a wrapped paragraph is only real after closing punctuation.
    std::size_t q = e;
    char32_t last = prev_code_point(s, q);
    while ((last == '"' || last == '\'' || last == ')' || last == 0x201D || last == 0x2019) &&
           q > 0)
      last = prev_code_point(s, q);
    if (last != '.' && last != '!' && last != '?' && last != 0x2026) return false;
  }
  if (word.empty() || word.back() != '.') return true;
  while (!word.empty()) {
    std::size_t q = 0;
    char32_t c = next_code_point(word, q);
    if (!is_opening_punct(c)) break;
    word.remove_prefix(q);
  }
  auto kind = seg.abbreviation(word);
  if (!kind) return true;
  if (*kind == AbbreviationKind::never_ends_sentence) return false;
  return seg.is_sentence_starter(next_word(s, b));
}

// Unicode never breaks before a lower-case word ("ended. moreover, ..."), since that is how an
// abbreviation looks. After an ordinary word that is not a listed abbreviation, such a full
// stop does end a sentence: the lower-case start is the slip prose/sentence-case reports.
void add_lowercase_breaks(std::string_view s, const Segmentation& seg,
                          std::vector<std::size_t>& breaks) {
  std::size_t before = breaks.size();
  for (std::size_t i = 2; i + 2 < s.size(); ++i) {
    i = find_byte_of<'.'>(s, i);
    if (i == std::string_view::npos || i + 2 >= s.size()) break;
    if (s[i + 1] != ' ' && s[i + 1] != '\n') continue;
    std::size_t n = i + 1;
    while (n < s.size() && (s[n] == ' ' || s[n] == '\n' || s[n] == '\t')) ++n;
    if (n >= s.size()) break;
    std::size_t q = n;
    if (!u_islower(static_cast<UChar32>(next_code_point(s, q)))) continue;
    std::size_t w = i;
    bool lower = false, ok = true;
    while (w > 0) {
      std::size_t r = w;
      char32_t c = prev_code_point(s, r);
      if (is_ws(c) || is_opening_punct(c)) break;
      if (!u_isalpha(static_cast<UChar32>(c))) {
        ok = false;
        break;
      }
      if (u_islower(static_cast<UChar32>(c))) lower = true;
      w = r;
    }
    if (!ok || !lower || i - w < 2) continue;
    std::string word(s.substr(w, i - w + 1));
    if (seg.abbreviation(word)) continue;
    breaks.push_back(n);
  }
  if (breaks.size() != before) {
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  }
}

void split_span(Document& doc, Span span, std::uint32_t block, int cell,
                std::vector<std::size_t>& candidates, const Segmentation& seg) {
  std::string_view s = doc.text(span);
  if (s.empty()) return;
  candidates.clear();
  find_sentence_breaks(s, candidates);
  std::vector<std::size_t> breaks;
  std::size_t start = 0;
  bool first = true;
  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e) {
      std::size_t q = b;
      if (!is_ws(next_code_point(s, q))) break;
      b = q;
    }
    while (e > b) {
      std::size_t q = e;
      if (!is_ws(prev_code_point(s, q))) break;
      e = q;
    }
    if (b >= e) return;
    Sentence sen;
    sen.span = {span.begin + static_cast<std::uint32_t>(b),
                span.begin + static_cast<std::uint32_t>(e)};
    sen.block = block;
    sen.cell = cell;
    sen.starts_block = first;
    first = false;
    doc.sentences.push_back(sen);
  };
  for (std::size_t b : candidates)
    if (keep_break(s, b, seg)) breaks.push_back(b);
  add_lowercase_breaks(s, seg, breaks);
  for (std::size_t b : breaks) {
    emit(start, b);
    start = b;
  }
  emit(start, s.size());
}

} // namespace

void split_sentences(Document& doc, const Segmentation& seg) {
  std::vector<std::size_t> candidates;
  for (std::uint32_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    switch (b.kind) {
    case BlockKind::paragraph:
    case BlockKind::heading:
    case BlockKind::list_item:
    case BlockKind::quote:
      split_span(doc, b.content, i, -1, candidates, seg);
      break;
    case BlockKind::table:
      for (std::uint32_t r = b.first_row; r < b.first_row + b.row_count; ++r) {
        if (doc.rows[r].delimiter) continue;
        for (std::uint32_t c = 0; c < doc.rows[r].cell_count; ++c) {
          std::uint32_t ci = doc.rows[r].first_cell + c;
          split_span(doc, doc.cells[ci].span, i, static_cast<int>(ci), candidates, seg);
        }
      }
      break;
    default:
      break;
    }
  }
}

} // namespace claimlint
