// PEGTL grammar for web addresses inside prose: URLs with a scheme, "www." hosts, e-mail
// addresses and bare domains ("nytimes.com", "bbc.co.uk/news").
//
// Prose rules must not look inside these (a missing-space check would otherwise flag
// "example.com/a,b" or "user@mail.Example.org"). The grammar is deliberately strict about bare
// domains: the last label must be a common top-level domain written in lower case, and a label
// that is one upper-case letter ("U.S.is") means an initialism, not a host.
#pragma once

#include <tao/pegtl.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimlint::grammar::web {

namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// Characters allowed inside a URL after the host: printable ASCII except space and delimiters
// that never appear unescaped in a URL written in prose.
struct url_char : ranges<'!', '!', '#', ';', '=', '=', '?', '_', 'a', '~'> {};
struct scheme : seq<alpha, star<sor<alnum, one<'+', '-', '.'>>>> {};
struct url : seq<scheme, string<':', '/', '/'>, plus<url_char>> {};

struct label : seq<alnum, star<sor<alnum, seq<plus<one<'-'>>, at<alnum>>>>> {};
struct host : seq<label, plus<one<'.'>, label>> {};
struct path : seq<one<'/', '?', '#'>, star<url_char>> {};
struct www : seq<istring<'w', 'w', 'w', '.'>, host, opt<path>> {};

struct local_char : sor<alnum, one<'.', '_', '%', '+', '-'>> {};
struct email : seq<plus<local_char>, one<'@'>, host> {};

struct domain : seq<host, opt<path>> {};

struct address : sor<url, www, email, domain> {};
struct grammar : seq<address> {};

// Records which alternative matched and where the host ended, for the TLD check.
struct state {
  enum class kind { none, url, www, email, domain } matched = kind::none;
  const char* host_begin = nullptr;
  const char* host_end = nullptr;
};

template <typename Rule> struct action : nothing<Rule> {};
template <> struct action<url> {
  template <typename Input> static void apply(const Input&, state& s) {
    s.matched = state::kind::url;
  }
};
template <> struct action<www> {
  template <typename Input> static void apply(const Input&, state& s) {
    s.matched = state::kind::www;
  }
};
template <> struct action<email> {
  template <typename Input> static void apply(const Input&, state& s) {
    s.matched = state::kind::email;
  }
};
template <> struct action<domain> {
  template <typename Input> static void apply(const Input&, state& s) {
    s.matched = state::kind::domain;
  }
};
template <> struct action<host> {
  template <typename Input> static void apply(const Input& in, state& s) {
    s.host_begin = in.begin();
    s.host_end = in.end();
  }
};

// Top-level domains that news copy actually cites. Two-letter country codes that are also
// common English words ("it", "is", "in", "to", "me", "us", ...) are left out on purpose.
inline bool is_common_tld(std::string_view t) {
  static constexpr std::array<std::string_view, 46> kTlds = {
      "ae",  "app", "au", "biz", "br",  "ca", "cn",  "co",   "com", "cz", "de",  "dev",
      "dk",  "edu", "es", "eu",  "fi",  "fr", "gov", "gr",   "hk",  "ie", "il",  "info",
      "int", "io",  "jp", "kr",  "mil", "mx", "net", "news", "nl",  "nz", "org", "pk",
      "pl",  "pt",  "ru", "se",  "sg",  "tv", "tw",  "ua",   "uk",  "za"};
  return std::binary_search(kTlds.begin(), kTlds.end(), t);
}

struct match_result {
  std::size_t length = 0; // bytes, trailing sentence punctuation already trimmed
  state::kind kind = state::kind::none;
};

// Tries to match a web address starting exactly at the beginning of `text`.
inline std::optional<match_result> match(std::string_view text) {
  state st;
  pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "web");
  if (!pegtl::parse<grammar, action>(in, st)) return std::nullopt;
  std::size_t len = static_cast<std::size_t>(in.current() - text.data());
  if (st.matched == state::kind::domain) {
    std::string_view h(st.host_begin, static_cast<std::size_t>(st.host_end - st.host_begin));
    std::size_t dot = h.rfind('.');
    std::string_view tld = h.substr(dot + 1);
    std::string_view before = h.substr(0, dot);
    std::size_t dot2 = before.rfind('.');
    std::string_view second = dot2 == std::string_view::npos ? before : before.substr(dot2 + 1);
    // "WhatDoesItMean.Com": capitalised generic TLDs of three letters are still TLDs.
    std::string lower(tld);
    if (tld.size() == 3 && tld[0] >= 'A' && tld[0] <= 'Z')
      lower[0] = static_cast<char>(tld[0] - 'A' + 'a');
    if (!is_common_tld(lower)) return std::nullopt;
    if (second.size() == 1 && second[0] >= 'A' && second[0] <= 'Z') return std::nullopt;
  }
  // Sentence punctuation after an address belongs to the sentence, as in GFM autolinks.
  while (len > 0 && std::string_view(".,:;!?'\")*_~").find(text[len - 1]) != std::string_view::npos)
    --len;
  if (len == 0) return std::nullopt;
  return match_result{len, st.matched};
}

} // namespace claimlint::grammar::web
