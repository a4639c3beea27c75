// Tokenizer: words (letters and marks, with inner apostrophes; initialisms such as "U.S." are
// one token including their dots), numbers (digits with inner "," or "."), and single
// punctuation or symbol characters. Character classes come from ICU.
#include "document/document.hpp"

#include "source/utf8.hpp"
#include "util/hash.hpp"
#include "util/text.hpp"

#include <unicode/uchar.h>

namespace claimlint {

namespace {

// ICU's classes of the 128 ASCII characters, asked once: the tokenizer sees every character of
// every draft, and asking ICU per character was most of its time.
struct AsciiClasses {
  bool letter[128], upper[128], white[128], punct[128];
  bool word[128]; // letter or digit: continues a word
  AsciiClasses() {
    for (UChar32 c = 0; c < 128; ++c) {
      auto t = u_charType(c);
      letter[c] = u_isalpha(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
      word[c] = letter[c] || (c >= '0' && c <= '9');
      upper[c] = u_isupper(c);
      white[c] = u_isUWhiteSpace(c);
      punct[c] = u_ispunct(c);
    }
  }
};
const AsciiClasses kAscii;
const AsciiClasses& ascii() {
  return kAscii;
}

bool is_letter(char32_t c) {
  if (c < 128) return ascii().letter[c];
  auto t = u_charType(static_cast<UChar32>(c));
  return u_isalpha(static_cast<UChar32>(c)) || t == U_NON_SPACING_MARK ||
         t == U_COMBINING_SPACING_MARK;
}
bool is_upper(char32_t c) {
  return c < 128 ? ascii().upper[c] : u_isupper(static_cast<UChar32>(c));
}
bool is_white(char32_t c) {
  return c < 128 ? ascii().white[c] : u_isUWhiteSpace(static_cast<UChar32>(c));
}
bool is_punct(char32_t c) {
  return c < 128 ? ascii().punct[c] : u_ispunct(static_cast<UChar32>(c));
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

char32_t peek(std::string_view s, std::size_t p) {
  if (p >= s.size()) return 0;
  return next_code_point(s, p);
}

} // namespace

void tokenize_text(std::string_view s, std::uint32_t base, std::vector<Token>& out) {
  std::size_t p = 0;
  while (p < s.size()) {
    std::size_t start = p;
    char32_t c = next_code_point(s, p);
    if (is_white(c)) continue;
    TokenKind kind;
    if (is_letter(c)) {
      kind = TokenKind::word;
      std::size_t len1 = p;
      while (p < s.size()) {
        const auto b = static_cast<unsigned char>(s[p]);
        if (b < 0x80 && ascii().word[b]) { // most of a word: one table look-up per byte
          ++p;
          continue;
        }
        std::size_t q = p;
        char32_t d = next_code_point(s, q);
        if (is_letter(d) || is_digit(d)) {
          p = q;
          continue;
        }
        if ((d == '\'' || d == 0x2019) && is_letter(peek(s, q))) {
          p = q;
          continue;
        }
        break;
      }
      // Initialism: single capitals each followed by '.', e.g. "U.S." or "U.K." (the "U.K."
      // of "U.K.Officials" ends before the glued word).
      if (p == len1 && is_upper(c) && peek(s, p) == '.') {
        std::size_t q = p + 1;
        bool multi = false;
        while (q < s.size()) {
          std::size_t r = q;
          char32_t d = next_code_point(s, r);
          if (!is_upper(d) || r >= s.size() || s[r] != '.') break;
          q = r + 1;
          multi = true;
        }
        if (multi) p = q;
      }
    } else if (is_digit(c)) {
      kind = TokenKind::number;
      while (p < s.size()) {
        if (is_digit(static_cast<unsigned char>(s[p]))) {
          ++p;
        } else if ((s[p] == ',' || s[p] == '.') && p + 1 < s.size() &&
                   is_digit(static_cast<unsigned char>(s[p + 1]))) {
          p += 2;
        } else {
          break;
        }
      }
    } else {
      kind = is_punct(c) ? TokenKind::punct : TokenKind::symbol;
    }
    out.push_back(
        {{base + static_cast<std::uint32_t>(start), base + static_cast<std::uint32_t>(p)}, kind});
  }
}

void tokenize(Document& doc) {
  for (Sentence& sen : doc.sentences) {
    sen.first_token = static_cast<std::uint32_t>(doc.tokens.size());
    tokenize_text(doc.text(sen.span), sen.span.begin, doc.tokens);
    sen.token_count = static_cast<std::uint32_t>(doc.tokens.size()) - sen.first_token;
  }
  fold_tokens(doc);
}

void fold_tokens(Document& doc) {
  std::string_view text = doc.source().text();
  std::size_t total = 0;
  for (const Token& t : doc.tokens) total += t.span.end - t.span.begin;
  // ASCII folds byte for byte, into a buffer sized for it; a non-ASCII token (case folding may
  // lengthen it: "ß" -> "ss") grows the buffer as needed.
  std::string& out = doc.folded_text;
  out.resize(total);
  std::size_t used = 0, remaining = total; // remaining: bytes of the tokens still to fold
  std::string scratch;
  auto in_range = [](unsigned char c, char first) {
    return static_cast<unsigned char>(c - static_cast<unsigned char>(first)) < 26;
  };
  for (Token& t : doc.tokens) {
    std::string_view w = text.substr(t.span.begin, t.span.end - t.span.begin);
    remaining -= w.size();
    const std::size_t at = used;
    unsigned char high = 0, upper = 0, lower = 0;
    // Locals, not the string and the token: the compiler keeps them in registers (a char store
    // may alias anything, so it would reload members after every byte).
    char* dst = out.data() + at;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const auto c = static_cast<unsigned char>(w[k]);
      high |= c;
      const bool is_upper = in_range(c, 'A');
      upper |= is_upper;
      lower |= in_range(c, 'a');
      dst[k] = static_cast<char>(c + (is_upper ? 'a' - 'A' : 0));
    }
    used = at + w.size();
    if (high < 0x80) {
      t.shape = static_cast<std::uint8_t>((!w.empty() && in_range(w[0], 'A') ? kStartsUpper : 0) |
                                          (lower && !upper ? kAllLower : 0));
    } else if (t.kind == TokenKind::punct) {
      // Punctuation has no case: the bytes copied above are its folded form, and it has no
      // letters. Curly quotes and dashes are most of the non-ASCII tokens of news text.
      t.shape = 0;
    } else {
      fold_case_into(scratch, w);
      if (out.size() < at + scratch.size() + remaining) out.resize(at + scratch.size() + remaining);
      std::copy(scratch.begin(), scratch.end(), out.begin() + static_cast<std::ptrdiff_t>(at));
      used = at + scratch.size();
      t.shape = static_cast<std::uint8_t>((starts_upper(w) ? kStartsUpper : 0) |
                                          (is_all_lower(w) ? kAllLower : 0));
    }
    t.folded_begin = static_cast<std::uint32_t>(at);
    t.folded_size = static_cast<std::uint32_t>(used - at);
    t.folded_hash =
        static_cast<std::uint32_t>(hash_text(std::string_view(out).substr(at, used - at)));
  }
  out.resize(used);
}

} // namespace claimlint
