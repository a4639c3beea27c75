#include "util/glob.hpp"

#include <string>

namespace claimlint {

namespace {

// Classic backtracking matcher over one string; '*' stops at '/', "**" does not.
bool match_here(std::string_view p, std::string_view s) {
  std::size_t pi = 0, si = 0;
  std::size_t star_p = std::string_view::npos, star_s = 0;
  bool star_crosses = false;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      bool double_star = pi + 1 < p.size() && p[pi + 1] == '*';
      pi += double_star ? 2 : 1;
      // "**/" also matches no folder at all.
      if (double_star && pi < p.size() && p[pi] == '/') {
        if (match_here(p.substr(pi + 1), s.substr(si))) return true;
      }
      star_p = pi;
      star_s = si;
      star_crosses = double_star;
      continue;
    }
    if (pi < p.size() && (p[pi] == s[si] || (p[pi] == '?' && s[si] != '/'))) {
      ++pi;
      ++si;
      continue;
    }
    if (star_p != std::string_view::npos && (star_crosses || s[star_s] != '/')) {
      pi = star_p;
      si = ++star_s;
      continue;
    }
    return false;
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

} // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.starts_with("./")) pattern.remove_prefix(2);
  if (path.starts_with("./")) path.remove_prefix(2);
  if (pattern.find('/') == std::string_view::npos) {
    std::size_t slash = path.rfind('/');
    return match_here(pattern, slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  if (pattern.ends_with('/')) // "archive/" = everything below archive
    return path.starts_with(pattern) || match_here(std::string(pattern) + "**", path);
  return match_here(pattern, path);
}

bool rule_pattern_matches(std::string_view pattern, std::string_view rule_id) {
  if (pattern == "*") return true;
  if (pattern.ends_with("/*")) {
    std::string_view group = pattern.substr(0, pattern.size() - 1); // keeps the '/'
    return rule_id.starts_with(group);
  }
  return pattern == rule_id;
}

} // namespace claimlint
