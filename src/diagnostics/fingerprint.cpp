#include "diagnostics/fingerprint.hpp"

#include "source/source_file.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <string_view>

namespace claimlint {

namespace {

// On each side of the span, within its line. Short on purpose: a longer context would change
// when a neighbouring finding in the same sentence is fixed, and the baselined finding beside
// it would come back as new. Identical findings in one file are told apart by counting.
constexpr std::size_t kContextBytes = 12;

// FNV-1a, 64 bits: stable across platforms and releases, which std::hash is not.
struct Fnv {
  std::uint64_t h = 0xcbf29ce484222325ull;
  void byte(unsigned char c) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  // Folds every run of whitespace to one space and drops it at the ends.
  void folded(std::string_view s) {
    bool pending_space = false, any = false;
    for (char ch : s) {
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        pending_space = any;
        continue;
      }
      if (pending_space) byte(' ');
      pending_space = false;
      any = true;
      byte(static_cast<unsigned char>(ch));
    }
    byte(0); // field separator
  }
};

// Up to kContextBytes bytes of whitespace-folded text next to the span, within its line:
// counted after folding, so that extra spaces do not shift the window.
std::string folded_context(std::string_view line, std::size_t from, bool backwards) {
  std::string out;
  bool space = false;
  auto take = [&](char c) {
    bool is_space = c == ' ' || c == '\t' || c == '\r';
    if (is_space) {
      space = !out.empty();
      return;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  };
  if (backwards) {
    for (std::size_t i = from; i > 0 && out.size() < kContextBytes; --i) take(line[i - 1]);
    return std::string(out.rbegin(), out.rend());
  }
  for (std::size_t i = from; i < line.size() && out.size() < kContextBytes; ++i) take(line[i]);
  return out;
}

} // namespace

std::string fingerprint(const Diagnostic& d) {
  Fnv f;
  f.folded(d.rule);
  if (!d.file) return fmt::format("{:016x}", f.h);
  const SourceFile& file = *d.file;
  f.folded(file.path());
  f.folded(file.slice(d.span));
  const LineIndex& li = file.lines();
  std::uint32_t line = li.line_of(d.span.begin);
  std::uint32_t line_begin = li.line_start(line);
  std::string_view text = li.line_text(line);
  std::size_t begin = d.span.begin - line_begin;
  std::size_t end =
      std::min<std::size_t>(std::max(d.span.end, d.span.begin) - line_begin, text.size());
  // Cutting inside a multi-byte character is harmless: the bytes are hashed, not shown.
  f.folded(folded_context(text, begin, true));
  f.folded(folded_context(text, end, false));
  return fmt::format("{:016x}", f.h);
}

std::vector<std::string> fingerprints_with_occurrence(const std::vector<Diagnostic>& sorted) {
  std::vector<std::string> out;
  out.reserve(sorted.size());
  std::map<std::string, int> seen;
  for (const Diagnostic& d : sorted) {
    std::string fp = fingerprint(d);
    int n = seen[fp]++;
    out.push_back(fmt::format("{}:{}", fp, n));
  }
  return out;
}

} // namespace claimlint
