// UAX #29 sentence boundaries, one forward pass; see sentence_breaks.hpp for why it exists.
//
// The rules, with the Sentence_Break classes they use (SATerm is ATerm or STerm, ParaSep is
// Sep, CR or LF):
//   SB3  CR × LF                     SB4  ParaSep ÷
//   SB5  Extend and Format characters belong to the character before them (not after ParaSep)
//   SB6  ATerm × Numeric             SB7  (Upper | Lower) ATerm × Upper
//   SB8  ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
//   SB8a SATerm Close* Sp* × (SContinue | SATerm)
//   SB9, SB10: no break inside SATerm Close* Sp* ParaSep?
//   SB11 SATerm Close* Sp* ParaSep? ÷          SB998 otherwise no break
// So breaks only ever follow a terminator run or a paragraph separator, and the scan between
// those is a byte-table lookup.
#include "document/sentence_breaks.hpp"

#include "source/utf8.hpp"
#include "util/byte_scan.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace claimlint {

namespace {

// Code points below this take their class from a table; the rest ask ICU. It covers Latin,
// Greek, Cyrillic and the General Punctuation block (curly quotes, dashes, U+2028/9).
constexpr char32_t kTableLimit = 0x2100;

struct ClassTable {
  std::array<std::uint8_t, kTableLimit> sentence_break{};
  // Bytes that may start a code point where a break can follow: SATerm and ParaSep in ASCII,
  // and every multi-byte lead (decoded and checked when met).
  std::array<bool, 256> may_matter{};

  ClassTable() {
    for (char32_t c = 0; c < kTableLimit; ++c)
      sentence_break[c] = static_cast<std::uint8_t>(
          u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
    for (unsigned b = 0; b < 0x80; ++b) {
      auto sb = sentence_break[b];
      may_matter[b] =
          sb == U_SB_ATERM || sb == U_SB_STERM || sb == U_SB_CR || sb == U_SB_LF || sb == U_SB_SEP;
    }
    for (unsigned b = 0xC0; b < 0x100; ++b) may_matter[b] = true;
    // The block scan (find_byte_in) looks for exactly these ASCII bytes; should ICU's data ever
    // name another, the byte-by-byte scan (which reads this table) takes over.
    for (unsigned b = 0; b < 0x80; ++b)
      if (may_matter[b] != (b == '.' || b == '!' || b == '?' || b == '\n' || b == '\r'))
        block_scan = false;
  }
  bool block_scan = true;
};

const ClassTable& class_table() {
  static const ClassTable table;
  return table;
}

class Scanner {
public:
  explicit Scanner(std::string_view text) : text_(text), table_(class_table()) {}

  std::size_t size() const { return text_.size(); }

  // The first position at or after `pos` whose byte may matter (see ClassTable), or size().
  std::size_t next_that_may_matter(std::size_t pos) const {
    if (table_.block_scan) // sixteen bytes at a time where the table says what find_byte_in does
      return std::min(find_byte_in<0xC0, '.', '!', '?', '\n', '\r'>(text_, pos), text_.size());
    while (pos < text_.size() && !table_.may_matter[static_cast<unsigned char>(text_[pos])]) ++pos;
    return pos;
  }

  int class_at(std::size_t pos, std::size_t& next) const {
    next = pos;
    return class_of(next_code_point(text_, next));
  }

  // The class of the character at `pos` and the end of it with the Extend and Format
  // characters that belong to it (SB5).
  int unit_at(std::size_t pos, std::size_t& end) const {
    int sb = class_at(pos, end);
    if (is_para_sep(sb)) return sb;
    while (end < text_.size()) {
      std::size_t after = 0;
      int next = class_at(end, after);
      if (next != U_SB_EXTEND && next != U_SB_FORMAT) break;
      end = after;
    }
    return sb;
  }

  // The class of the character before `pos`, skipping the Extend and Format characters that
  // belong to it; U_SB_OTHER at the start.
  int base_class_before(std::size_t pos) const {
    while (pos > 0) {
      int sb = class_of(prev_code_point(text_, pos));
      if (sb != U_SB_EXTEND && sb != U_SB_FORMAT) return sb;
    }
    return U_SB_OTHER;
  }

  static bool is_para_sep(int sb) { return sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF; }
  static bool is_terminator(int sb) { return sb == U_SB_ATERM || sb == U_SB_STERM; }

  // End of the paragraph separator at `pos` (CR LF is one, SB3).
  std::size_t para_sep_end(int sb, std::size_t end) const {
    if (sb == U_SB_CR && end < text_.size() && text_[end] == '\n') return end + 1;
    return end;
  }

  // SB8: from `pos`, skip everything but letters, terminators and separators; is the first of
  // those a lower-case letter?
  bool lower_follows(std::size_t pos) const {
    while (pos < text_.size()) {
      std::size_t end = 0;
      int sb = unit_at(pos, end);
      if (sb == U_SB_LOWER) return true;
      if (sb == U_SB_OLETTER || sb == U_SB_UPPER || is_para_sep(sb) || is_terminator(sb))
        return false;
      pos = end;
    }
    return false;
  }

private:
  int class_of(char32_t c) const {
    if (c < kTableLimit) return table_.sentence_break[c];
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK);
  }

  std::string_view text_;
  const ClassTable& table_;
};

} // namespace

void find_sentence_breaks(std::string_view text, std::vector<std::size_t>& breaks) {
  Scanner scan(text);
  const std::size_t n = scan.size();
  auto add = [&](std::size_t at) {
    if (at > 0 && at < n) breaks.push_back(at);
  };
  std::size_t pos = 0;
  while (pos < n) {
    pos = scan.next_that_may_matter(pos);
    if (pos >= n) break;
    std::size_t end = 0;
    int sb = scan.unit_at(pos, end);
    if (Scanner::is_para_sep(sb)) {
      pos = scan.para_sep_end(sb, end);
      add(pos);
      continue;
    }
    if (!Scanner::is_terminator(sb)) {
      pos = end;
      continue;
    }
    const bool aterm = sb == U_SB_ATERM;
    const std::size_t term_end = end;
    if (aterm && term_end < n) {
      std::size_t after = 0;
      int next = scan.unit_at(term_end, after);
      if (next == U_SB_NUMERIC) { // SB6
        pos = term_end;
        continue;
      }
      if (next == U_SB_UPPER) { // SB7
        int before = scan.base_class_before(pos);
        if (before == U_SB_UPPER || before == U_SB_LOWER) {
          pos = term_end;
          continue;
        }
      }
    }
    // SB9/SB10: the terminator's closing punctuation, then its spaces.
    std::size_t at = term_end;
    bool closes = true;
    while (at < n) {
      std::size_t after = 0;
      int next = scan.unit_at(at, after);
      if (closes && next == U_SB_CLOSE) {
        at = after;
        continue;
      }
      if (next != U_SB_SP) break;
      closes = false;
      at = after;
    }
    if (at >= n) break;
    std::size_t after = 0;
    int next = scan.unit_at(at, after);
    if (Scanner::is_para_sep(next)) { // SB11 with its separator
      pos = scan.para_sep_end(next, after);
      add(pos);
      continue;
    }
    pos = at;
    if (next == U_SB_SCONTINUE || Scanner::is_terminator(next)) continue; // SB8a
    if (aterm && scan.lower_follows(at)) continue;                        // SB8
    add(at);                                                              // SB11
  }
}

} // namespace claimlint
