#include "diagnostics/fingerprint.hpp"

#include "source/source_file.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <string_view>

namespace claimlint {

namespace {

constexpr std::size_t kContextBytes = 32; // on each side of the span, within its line

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
  std::uint32_t line_end = line_begin + static_cast<std::uint32_t>(li.line_text(line).size());
  std::uint32_t before = d.span.begin > line_begin + kContextBytes
                             ? d.span.begin - static_cast<std::uint32_t>(kContextBytes)
                             : line_begin;
  std::uint32_t after_end =
      std::min<std::uint32_t>(line_end, std::max(d.span.end, d.span.begin) + kContextBytes);
  // Cutting inside a multi-byte character is harmless: the bytes are hashed, not shown.
  f.folded(file.text().substr(before, d.span.begin - before));
  if (d.span.end < after_end) f.folded(file.text().substr(d.span.end, after_end - d.span.end));
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
