// Minimal JSON string escaping for the reporters: output is built with fmt into one buffer,
// with keys in a fixed order so that runs are byte-identical.
#pragma once

#include <string>
#include <string_view>

namespace claimlint {

// Appends `s` as a JSON string literal (quotes included). `s` is valid UTF-8 and is kept
// as UTF-8; only '"', '\\' and control characters are escaped.
inline void append_json_string(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    default:
      if (c < 0x20 || c == 0x7F) {
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += ch;
      }
    }
  }
  out += '"';
}

inline std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

} // namespace claimlint
