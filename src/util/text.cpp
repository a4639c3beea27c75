#include "util/text.hpp"

#include "source/utf8.hpp"

#include <unicode/ucasemap.h>
#include <unicode/uchar.h>

#include <memory>

namespace claimlint {

void fold_case_into(std::string& out, std::string_view s) {
  // ASCII (nearly every token of English news) is folded in place, without ICU; one pass both
  // lowers and notices a non-ASCII byte.
  out.resize(s.size());
  unsigned char high = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    high |= c;
    out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  if (high < 0x80) return;
  out.clear();
  UErrorCode st = U_ZERO_ERROR;
  thread_local std::unique_ptr<UCaseMap, void (*)(UCaseMap*)> map(ucasemap_open("", 0, &st),
                                                                  ucasemap_close);
  st = U_ZERO_ERROR;
  out.resize(s.size() * 3 + 4);
  int32_t n = ucasemap_utf8FoldCase(map.get(), out.data(), static_cast<int32_t>(out.size()),
                                    s.data(), static_cast<int32_t>(s.size()), &st);
  if (U_FAILURE(st)) {
    out.assign(s);
    return;
  }
  out.resize(static_cast<std::size_t>(n));
}

std::string fold_case(std::string_view s) {
  std::string out;
  fold_case_into(out, s);
  return out;
}

char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  if (static_cast<unsigned char>(s[0]) < 0x80) return static_cast<unsigned char>(s[0]);
  std::size_t p = 0;
  return next_code_point(s, p);
}

namespace {
// ICU's character properties, with the ASCII answers inline: nearly every character of English
// news is ASCII, and these tests run on most words of every draft.
bool is_upper(char32_t c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c));
}
bool is_lower(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(static_cast<UChar32>(c));
}
bool is_alpha(char32_t c) {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(static_cast<UChar32>(c));
}
} // namespace

bool starts_upper(std::string_view w) {
  return is_upper(first_code_point(w));
}
bool starts_lower(std::string_view w) {
  return is_lower(first_code_point(w));
}

bool has_upper_after_first(std::string_view w) {
  std::size_t p = 0;
  if (w.empty()) return false;
  next_code_point(w, p);
  while (p < w.size())
    if (is_upper(next_code_point(w, p))) return true;
  return false;
}

bool is_all_upper(std::string_view w) {
  bool letter = false;
  std::size_t p = 0;
  while (p < w.size()) {
    char32_t c = next_code_point(w, p);
    if (is_lower(c)) return false;
    if (is_alpha(c)) letter = true;
  }
  return letter;
}

bool is_all_lower(std::string_view w) {
  bool letter = false;
  std::size_t p = 0;
  while (p < w.size()) {
    char32_t c = next_code_point(w, p);
    if (is_upper(c)) return false;
    if (is_alpha(c)) letter = true;
  }
  return letter;
}

std::string capitalize_first(std::string_view w) {
  if (w.empty()) return {};
  std::size_t p = 0;
  char32_t c = next_code_point(w, p);
  std::string out;
  append_utf8(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
  out.append(w.substr(p));
  return out;
}

std::string uri_encode_path(std::string_view path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// One American form of a British spelling, by the regular correspondences: -ise/-isation
// -> -ize/-ization, -yse -> -yze, -our -> -or, -tre -> -ter, -ence -> -ense (defence), a
// doubled l before -ed/-ing/-er -> one l, -ogue -> -og.
std::string american_spelling(std::string w) {
  // Most words have none of the British endings or "our": answer them without copying.
  if (w.find("is") == std::string::npos && w.find("ys") == std::string::npos &&
      w.find("our") == std::string::npos && w.find("tre") == std::string::npos &&
      w.find("ll") == std::string::npos && w.find("ence") == std::string::npos &&
      w.find("ogue") == std::string::npos)
    return w;
  auto swap = [&w](std::string_view from, std::string_view to) {
    for (std::size_t k = w.find(from); k != std::string::npos; k = w.find(from, k + to.size())) {
      // Only inside a word of some length: "rise", "wise", "tour" stay.
      if (k < 3) continue;
      w.replace(k, from.size(), to);
    }
  };
  swap("isation", "ization");
  for (std::string_view end : {"ise", "ised", "ises", "ising", "iser", "isers"})
    if (w.size() > end.size() + 3 && w.ends_with(end)) w.replace(w.size() - end.size(), 2, "iz");
  for (std::string_view end : {"yse", "ysed", "yses", "ysing"})
    if (w.size() > end.size() + 2 && w.ends_with(end)) w.replace(w.size() - end.size(), 2, "yz");
  swap("our", "or");
  for (std::string_view end : {"tre", "tres"})
    if (w.size() > end.size() + 2 && w.ends_with(end)) w.replace(w.size() - end.size(), 3, "ter");
  for (std::string_view end : {"lled", "lling", "ller", "llers"})
    if (w.size() > end.size() + 2 && w.ends_with(end)) w.erase(w.size() - end.size(), 1);
  if (w.ends_with("ence") && w.size() > 6 && w[w.size() - 5] == 'f')
    w.replace(w.size() - 3, 1, "s");
  if (w.ends_with("ogue") && w.size() > 6) w.erase(w.size() - 2);
  return w;
}

} // namespace claimlint
