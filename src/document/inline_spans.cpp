// Finds the inline spans prose rules must not look inside: code spans, web addresses (by the
// PEGTL grammar in grammars/web_address.hpp), and in Markdown also link destinations, autolinks
// and inline HTML tags.
#include "document/document.hpp"

#include "grammars/web_address.hpp"

#include <algorithm>
#include <array>

namespace claimlint {

namespace {

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_chunk_break(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void scan_code_spans(std::string_view s, std::uint32_t base, std::vector<Span>& out) {
  std::size_t i = 0;
  while ((i = s.find('`', i)) != std::string_view::npos) {
    if (i > 0 && s[i - 1] == '\\') {
      ++i;
      continue;
    }
    std::size_t run = s.find_first_not_of('`', i);
    if (run == std::string_view::npos) break;
    run -= i;
    std::size_t close = i + run;
    for (;;) {
      close = s.find(s.substr(i, run), close);
      if (close == std::string_view::npos) break;
      std::size_t after = s.find_first_not_of('`', close);
      if (after == std::string_view::npos) after = s.size();
      if (after - close == run) break;
      close = after;
    }
    if (close == std::string_view::npos) {
      i += run;
      continue;
    }
    out.push_back(
        {base + static_cast<std::uint32_t>(i), base + static_cast<std::uint32_t>(close + run)});
    i = close + run;
  }
}

void try_address(std::string_view s, std::size_t at, std::uint32_t base, std::vector<Span>& out) {
  if (auto m = grammar::web::match(s.substr(at)))
    out.push_back(
        {base + static_cast<std::uint32_t>(at), base + static_cast<std::uint32_t>(at + m->length)});
}

// Bytes without which a chunk cannot hold an address: a dot, an '@' or the ':' of "://".
constexpr std::array<bool, 256> kAddressMarks = [] {
  std::array<bool, 256> marks{};
  marks['.'] = marks['@'] = marks[':'] = true;
  return marks;
}();

void scan_web_addresses(std::string_view s, std::uint32_t base, std::vector<Span>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Jump to the next mark and widen it to its chunk; chunks without a mark are skipped
    // unread, as the tests below would skip them.
    std::size_t mark = i;
    while (mark < s.size() && !kAddressMarks[static_cast<unsigned char>(s[mark])]) ++mark;
    if (mark == s.size()) break;
    std::size_t b = mark;
    while (b > i && !is_chunk_break(s[b - 1])) --b;
    i = mark;
    while (i < s.size() && !is_chunk_break(s[i])) ++i;
    std::string_view chunk = s.substr(b, i - b);
    bool dot_word = false;
    for (std::size_t k = 0; k + 1 < chunk.size(); ++k)
      if (chunk[k] == '.' && is_ascii_alnum(chunk[k + 1]) && k > 0 &&
          is_ascii_alnum(chunk[k - 1])) {
        dot_word = true;
        break;
      }
    bool has_at = chunk.find('@') != std::string_view::npos;
    std::size_t scheme = chunk.find("://");
    if (!dot_word && !has_at && scheme == std::string_view::npos) continue;
    std::size_t before = out.size();
    if (scheme != std::string_view::npos) {
      std::size_t st = scheme;
      while (st > 0 && (is_ascii_alnum(chunk[st - 1]) || chunk[st - 1] == '+' ||
                        chunk[st - 1] == '-' || chunk[st - 1] == '.'))
        --st;
      try_address(s, b + st, base, out);
    }
    if (out.size() == before && has_at) {
      std::size_t a = chunk.find('@'), st = a;
      while (st > 0 && (is_ascii_alnum(chunk[st - 1]) ||
                        std::string_view("._%+-").find(chunk[st - 1]) != std::string_view::npos))
        --st;
      if (st < a) try_address(s, b + st, base, out);
    }
    if (out.size() == before && dot_word) {
      std::size_t st = 0;
      while (st < chunk.size() && !is_ascii_alnum(chunk[st])) {
        // Skip opening punctuation, including multi-byte quotes.
        ++st;
      }
      if (st < chunk.size()) try_address(s, b + st, base, out);
      // "re/code.net", "Moody’sEconomy.com": the address may start inside the chunk, after
      // any character that cannot be part of a host name.
      for (std::size_t k = st + 1; k < chunk.size() && out.size() == before; ++k)
        if (is_ascii_alnum(chunk[k]) && !is_ascii_alnum(chunk[k - 1]) && chunk[k - 1] != '.' &&
            chunk[k - 1] != '-')
          try_address(s, b + k, base, out);
    }
  }
}

void scan_markdown_inline(std::string_view s, std::uint32_t base, std::vector<Span>& out) {
  // Link destinations: "](" ... ")".
  std::size_t i = 0;
  while ((i = s.find("](", i)) != std::string_view::npos) {
    std::size_t close = s.find(')', i + 2);
    if (close == std::string_view::npos) break;
    out.push_back(
        {base + static_cast<std::uint32_t>(i + 2), base + static_cast<std::uint32_t>(close)});
    i = close;
  }
  // Autolinks and inline HTML tags: "<http://...>", "<span class=x>", "</em>".
  i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    std::size_t close = s.find('>', i);
    if (close == std::string_view::npos) break;
    char c = i + 1 < s.size() ? s[i + 1] : ' ';
    if (c == '/' || c == '!' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      std::string_view inner = s.substr(i + 1, close - i - 1);
      if (inner.find('<') == std::string_view::npos && inner.find('\n') == std::string_view::npos)
        out.push_back(
            {base + static_cast<std::uint32_t>(i), base + static_cast<std::uint32_t>(close + 1)});
    }
    i = close;
  }
}

} // namespace

void find_verbatim_spans(Document& doc) {
  std::vector<Span>& out = doc.verbatim;
  bool markdown = doc.source().dialect() == Dialect::markdown;
  auto scan = [&](Span sp) {
    std::string_view s = doc.text(sp);
    scan_code_spans(s, sp.begin, out);
    scan_web_addresses(s, sp.begin, out);
    if (markdown) scan_markdown_inline(s, sp.begin, out);
  };
  for (Span sp : doc.prose) scan(sp);
  std::sort(out.begin(), out.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (Span s : out) {
    if (!merged.empty() && s.begin < merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  out = std::move(merged);
}

bool Document::in_verbatim(std::uint32_t offset) const {
  return verbatim_at(offset).end != 0;
}

Span Document::verbatim_at(std::uint32_t offset) const {
  auto it = std::upper_bound(verbatim.begin(), verbatim.end(), offset,
                             [](std::uint32_t o, Span s) { return o < s.begin; });
  if (it == verbatim.begin()) return {};
  --it;
  return offset < it->end ? *it : Span{};
}

} // namespace claimlint
