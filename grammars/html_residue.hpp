// PEGTL grammar for HTML left in text by a CMS or a generator: whole tags ("<p>", "</div>",
// "<span class=x>"), tags mangled with spaces ("< p >", "h 3 >"), and tags that lost their
// opening bracket ("p>", "/p>", "h1 >").
//
// Only names of common content elements are recognised, so "x > y" or "a<b" in prose is
// never taken for a tag. match() reports which shape was found, because Markdown allows
// well-formed inline HTML but never the mangled shapes.
#pragma once

#include <tao/pegtl.hpp>

#include <optional>
#include <string_view>

namespace claimlint::grammar::html {

using namespace tao::pegtl;

struct ws : one<' ', '\t'> {};
struct heading_name : seq<one<'h', 'H'>, star<ws>, range<'1', '6'>> {};
// Longest names first: PEGTL's sor takes the first alternative that matches.
struct element_name
    : sor<heading_name, istring<'b', 'l', 'o', 'c', 'k', 'q', 'u', 'o', 't', 'e'>,
          istring<'f', 'i', 'g', 'c', 'a', 'p', 't', 'i', 'o', 'n'>,
          istring<'f', 'i', 'g', 'u', 'r', 'e'>, istring<'a', 'r', 't', 'i', 'c', 'l', 'e'>,
          istring<'s', 'e', 'c', 't', 'i', 'o', 'n'>, istring<'s', 't', 'r', 'o', 'n', 'g'>,
          istring<'i', 'f', 'r', 'a', 'm', 'e'>, istring<'s', 'c', 'r', 'i', 'p', 't'>,
          istring<'h', 'e', 'a', 'd', 'e', 'r'>, istring<'f', 'o', 'o', 't', 'e', 'r'>,
          istring<'t', 'a', 'b', 'l', 'e'>, istring<'s', 't', 'y', 'l', 'e'>,
          istring<'s', 'm', 'a', 'l', 'l'>, istring<'t', 'b', 'o', 'd', 'y'>,
          istring<'t', 'h', 'e', 'a', 'd'>, istring<'s', 'p', 'a', 'n'>, istring<'d', 'i', 'v'>,
          istring<'i', 'm', 'g'>, istring<'n', 'a', 'v'>, istring<'s', 'u', 'p'>,
          istring<'s', 'u', 'b'>, istring<'b', 'r'>, istring<'h', 'r'>, istring<'e', 'm'>,
          istring<'l', 'i'>, istring<'u', 'l'>, istring<'o', 'l'>, istring<'t', 'r'>,
          istring<'t', 'd'>, istring<'t', 'h'>, istring<'p'>, istring<'a'>, istring<'b'>,
          istring<'i'>, istring<'u'>> {};
struct name_end : not_at<alnum> {};
struct attribute_char : not_one<'<', '>', '\n', '\r'> {};
struct attributes : seq<plus<ws>, star<attribute_char>> {};

// "<p>", "</p>", "<br/>", "<span class=x>": well-formed (possibly with attributes).
struct tag : seq<one<'<'>, opt<one<'/'>>, element_name, name_end, opt<attributes>, opt<one<'/'>>,
                 one<'>'>> {};
// "< p >", "</ p>", "< /p >": a tag with spaces around its name.
struct spaced_tag : seq<one<'<'>, star<ws>, opt<one<'/'>>, star<ws>, element_name, name_end,
                        star<ws>, opt<one<'/'>>, one<'>'>> {};
// "p>", "/p>", "h 3 >", "h1 >": a tag that lost its '<'.
struct broken_tag : seq<opt<one<'/'>>, element_name, name_end, star<ws>, one<'>'>> {};

enum class shape { tag, spaced_tag, broken_tag };

struct state {
  shape found = shape::tag;
};

template <typename Rule> struct action : nothing<Rule> {};
template <> struct action<spaced_tag> {
  template <typename Input> static void apply(const Input&, state& s) {
    s.found = shape::spaced_tag;
  }
};
template <> struct action<tag> {
  template <typename Input> static void apply(const Input&, state& s) { s.found = shape::tag; }
};
template <> struct action<broken_tag> {
  template <typename Input> static void apply(const Input&, state& s) {
    s.found = shape::broken_tag;
  }
};

struct grammar : sor<tag, spaced_tag, broken_tag> {};

struct match_result {
  std::size_t length;
  shape kind;
};

// Matches at the start of `text`. Callers try it where a tag may begin: at '<', and for broken
// tags at the start of a word.
inline std::optional<match_result> match(std::string_view text) {
  state st;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(
      text.data(), text.data() + text.size(), "html");
  if (!parse<grammar, action>(in, st)) return std::nullopt;
  return match_result{static_cast<std::size_t>(in.current() - text.data()), st.found};
}

} // namespace claimlint::grammar::html
