// The block structurer: splits a draft's body into headings, paragraphs, list items, tables,
// code, HTML fragments and quotes, for both dialects.
//
// Markdown follows CommonMark + GFM closely enough for linting prose (ATX and setext headings,
// fenced and indented code, lists with lazy continuation, block quotes, HTML blocks, pipe
// tables). Plain-text drafts, as CMS exports and generators produce them, put one paragraph on
// a line with no blank lines between, mark headings only by being short lines without closing
// punctuation, start list items with "- ", and write pipe tables with or without the leading
// pipe; there, a long line (60 bytes or more) that ends without sentence punctuation and is
// followed by a line that starts in lower case is a hard-wrapped paragraph, not a heading.
//
// Rows of pipes with no delimiter row still become a table (delimiter_row = -1), so the table
// rules can say what is wrong with them instead of the text being linted as prose.
#include "document/document.hpp"

#include "source/utf8.hpp"

#include <unicode/uchar.h>

namespace claimlint {

std::string_view block_kind_name(BlockKind k) {
  switch (k) {
  case BlockKind::paragraph:
    return "paragraph";
  case BlockKind::heading:
    return "heading";
  case BlockKind::list_item:
    return "list_item";
  case BlockKind::table:
    return "table";
  case BlockKind::code:
    return "code";
  case BlockKind::html:
    return "html";
  case BlockKind::quote:
    return "quote";
  case BlockKind::thematic_break:
    return "thematic_break";
  }
  return "paragraph";
}

namespace {

struct Line {
  std::uint32_t begin, end; // without the terminator
  std::string_view text;
};

std::vector<Line> split_lines(const SourceFile& src) {
  std::vector<Line> lines;
  std::string_view t = src.text();
  std::uint32_t p = src.body_begin();
  while (p < t.size()) {
    std::size_t nl = t.find('\n', p);
    std::uint32_t e = nl == std::string_view::npos ? static_cast<std::uint32_t>(t.size())
                                                   : static_cast<std::uint32_t>(nl);
    std::uint32_t end = e;
    if (end > p && t[end - 1] == '\r') --end;
    lines.push_back({p, end, t.substr(p, end - p)});
    p = e + 1;
  }
  return lines;
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// Blank: only spaces, tabs, CR and no-break spaces (which CMS exports leave on empty lines).
bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (is_space(c) || c == '\r') continue;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

int indent_of(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c == ' ')
      ++n;
    else if (c == '\t')
      n += 4 - n % 4;
    else
      break;
  }
  return n;
}

std::size_t skip_spaces(std::string_view s, std::size_t p = 0) {
  while (p < s.size() && is_space(s[p])) ++p;
  return p;
}

// Positions of the pipes that separate cells: every pipe not escaped with a backslash. As in
// GFM, a pipe inside a code span still splits the cell; only "\|" keeps it.
std::vector<std::uint32_t> cell_pipes(std::string_view s) {
  std::vector<std::uint32_t> pipes;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '|') pipes.push_back(static_cast<std::uint32_t>(i));
    ++i;
  }
  return pipes;
}

bool is_delimiter_cell(std::string_view c) {
  c = trim(c);
  if (c.empty()) return false;
  if (c.front() == ':') c.remove_prefix(1);
  if (!c.empty() && c.back() == ':') c.remove_suffix(1);
  if (c.empty()) return false;
  for (char ch : c)
    if (ch != '-') return false;
  return true;
}

struct RowShape {
  bool leading = false, trailing = false;
  std::vector<Span> cells; // relative to the line
};

RowShape row_shape(std::string_view s) {
  RowShape r;
  std::vector<std::uint32_t> pipes = cell_pipes(s);
  std::size_t first = skip_spaces(s);
  std::size_t last = s.size();
  while (last > first && is_space(s[last - 1])) --last;
  r.leading = !pipes.empty() && pipes.front() == first;
  r.trailing = !pipes.empty() && pipes.back() + 1 == last && !(r.leading && pipes.size() == 1);
  std::vector<std::uint32_t> bounds;
  bounds.push_back(r.leading ? pipes.front() + 1 : static_cast<std::uint32_t>(first));
  for (std::size_t k = r.leading ? 1 : 0; k < pipes.size(); ++k) {
    if (r.trailing && k == pipes.size() - 1) break;
    bounds.push_back(pipes[k]);
    bounds.push_back(pipes[k] + 1);
  }
  bounds.push_back(r.trailing ? pipes.back() : static_cast<std::uint32_t>(last));
  for (std::size_t k = 0; k + 1 < bounds.size(); k += 2) {
    std::uint32_t b = bounds[k], e = bounds[k + 1];
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    r.cells.push_back({b, e});
  }
  return r;
}

bool has_pipe(std::string_view s) {
  // Most lines have no '|' at all: memchr answers them without building the list.
  return s.find('|') != std::string_view::npos && !cell_pipes(s).empty();
}

bool is_delimiter_row(std::string_view s) {
  if (!has_pipe(s)) return false;
  RowShape r = row_shape(s);
  if (r.cells.empty()) return false;
  for (Span c : r.cells)
    if (!is_delimiter_cell(s.substr(c.begin, c.end - c.begin))) return false;
  return true;
}

// A line that is nothing but a (possibly mangled) HTML tag: "<p>", "p>", "< p >", "h 3 >",
// "</div>". Such lines are CMS residue, not prose.
bool is_html_fragment_line(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  // A whole-line comment, such as a claimlint directive, is markup in plain drafts too.
  if (s.starts_with("<!--") && s.ends_with("-->")) return true;
  if (s.front() == '<' && s.back() == '>') {
    std::size_t p = skip_spaces(s, 1);
    if (p < s.size() && (s[p] == '/' || s[p] == '!')) ++p;
    p = skip_spaces(s, p);
    if (p >= s.size() || !((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z')))
      return false;
    // "<p>text</p>" style lines hold prose; only treat the line as a fragment when it is a
    // single tag.
    return s.find('<', 1) == std::string_view::npos;
  }
  if (s.back() != '>' || s.size() > 12) return false;
  std::size_t p = 0;
  if (s[p] == '/') ++p;
  if (p >= s.size() || !((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z')))
    return false;
  for (std::size_t i = p; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '))
      return false;
  }
  return true;
}

// Markdown HTML block start: "<tag", "</tag", "<!--", "<?", "<!X".
bool is_html_block_start(std::string_view t) {
  if (t.size() < 2 || t[0] != '<') return false;
  char c = t[1];
  if (c == '!' || c == '?') return true;
  if (c == '/') c = t.size() > 2 ? t[2] : ' ';
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "- ", "* ", "+ ", "• " or "1. " / "1) ". Returns the marker width including the space, 0 if
// the line is no list item.
std::size_t list_marker(std::string_view t, bool markdown) {
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t'))
    return 2;
  if (t.size() == 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && markdown) return 1;
  if (t.starts_with("\xE2\x80\xA2 ")) return 4; // "• "
  // "a) ", "b) ": lettered lists in plain drafts.
  if (!markdown && t.size() >= 3 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')' && t[2] == ' ')
    return 3;
  std::size_t d = 0;
  while (d < t.size() && d < 9 && t[d] >= '0' && t[d] <= '9') ++d;
  if (d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') &&
      (t[d + 1] == ' ' || t[d + 1] == '\t'))
    return d + 2;
  return 0;
}

bool is_thematic_break(std::string_view t) {
  char m = 0;
  int n = 0;
  for (char c : t) {
    if (is_space(c)) continue;
    if (c != '-' && c != '*' && c != '_') return false;
    if (m && c != m) return false;
    m = c;
    ++n;
  }
  return n >= 3;
}

int atx_level(std::string_view t) {
  std::size_t h = 0;
  while (h < t.size() && t[h] == '#') ++h;
  if (h == 0 || h > 6) return 0;
  if (h < t.size() && !is_space(t[h])) return 0;
  return static_cast<int>(h);
}

std::string_view fence_of(std::string_view t) {
  if (t.size() < 3 || (t[0] != '`' && t[0] != '~')) return {};
  std::size_t n = t.find_first_not_of(t[0]);
  if (n == std::string_view::npos) n = t.size();
  if (n < 3) return {};
  if (t[0] == '`' && t.substr(n).find('`') != std::string_view::npos) return {};
  return t.substr(0, n);
}

// Last code point of `s` after closing quotes and brackets, for "does this line end a
// sentence".
char32_t final_char(std::string_view s) {
  std::size_t p = s.size();
  while (p > 0) {
    char32_t c = prev_code_point(s, p);
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D ||
        c == 0x2019 || c == 0xBB || c == '*' || c == '_')
      continue;
    return c;
  }
  return 0;
}

bool ends_sentence(std::string_view s) {
  char32_t c = final_char(s);
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' || c == ',';
}

bool starts_lowercase(std::string_view s) {
  std::size_t p = skip_spaces(s);
  if (p >= s.size()) return false;
  return u_islower(static_cast<UChar32>(next_code_point(s, p)));
}

// Plain-text headings are short lines that do not end like a sentence.
bool looks_like_plain_heading(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 160 || ends_sentence(s)) return false;
  int words = 0;
  bool in_word = false, letters = false;
  std::size_t p = 0;
  while (p < s.size()) {
    char32_t c = next_code_point(s, p);
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in_word) ++words;
    in_word = !sp;
    if (u_isalpha(static_cast<UChar32>(c))) letters = true;
  }
  return letters && words <= 20;
}

constexpr std::size_t kMinWrappedLine = 60;

class Structurer {
public:
  Structurer(Document& doc) : doc_(doc), lines_(split_lines(doc.source())) {}

  void run() {
    if (doc_.source().dialect() == Dialect::markdown)
      markdown();
    else
      plain();
  }

private:
  Document& doc_;
  std::vector<Line> lines_;

  Block& add(BlockKind kind, std::size_t first, std::size_t last, std::uint32_t content_begin) {
    Block b;
    b.kind = kind;
    b.span = {lines_[first].begin, lines_[last].end};
    b.content = {content_begin, lines_[last].end};
    doc_.blocks.push_back(b);
    return doc_.blocks.back();
  }

  // A table starting at line i: header + delimiter row, or a run of two or more pipe rows.
  // Returns the number of lines it takes (0 if none starts here).
  std::size_t table_at(std::size_t i) const {
    if (!has_pipe(lines_[i].text)) return 0;
    bool with_delimiter = i + 1 < lines_.size() && is_delimiter_row(lines_[i + 1].text);
    std::size_t n = 1;
    bool markdown = doc_.source().dialect() == Dialect::markdown;
    // In Markdown (GFM) a table runs to the first blank line or block start, so a line without
    // pipes right under it is a row; plain drafts put headings right after tables.
    while (i + n < lines_.size() && !is_blank(lines_[i + n].text) &&
           (has_pipe(lines_[i + n].text) ||
            (markdown && with_delimiter && n >= 2 && !starts_block(lines_[i + n].text))))
      ++n;
    if (with_delimiter) return n;
    // Without a delimiter row, only rows that clearly look tabular count: two or more pipes,
    // or a leading pipe, on every line.
    if (n < 2) return 0;
    for (std::size_t k = 0; k < n; ++k) {
      std::string_view t = lines_[i + k].text;
      if (cell_pipes(t).size() < 2 && t[skip_spaces(t)] != '|') return k >= 2 ? k : 0;
    }
    return n;
  }

  void add_table(std::size_t first, std::size_t count) {
    Block& b = add(BlockKind::table, first, first + count - 1, lines_[first].begin);
    b.content = b.span;
    b.first_row = static_cast<std::uint32_t>(doc_.rows.size());
    b.row_count = static_cast<std::uint32_t>(count);
    for (std::size_t k = 0; k < count; ++k) {
      const Line& l = lines_[first + k];
      RowShape shape = row_shape(l.text);
      TableRow row;
      row.span = {l.begin, l.end};
      row.leading_pipe = shape.leading;
      row.trailing_pipe = shape.trailing;
      row.delimiter = is_delimiter_row(l.text);
      row.first_cell = static_cast<std::uint32_t>(doc_.cells.size());
      row.cell_count = static_cast<std::uint32_t>(shape.cells.size());
      for (Span c : shape.cells) doc_.cells.push_back({{l.begin + c.begin, l.begin + c.end}});
      if (row.delimiter && k == 1 && b.delimiter_row < 0) b.delimiter_row = 1;
      doc_.rows.push_back(row);
    }
  }

  void plain() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      std::string_view t = lines_[i].text;
      if (is_blank(t)) {
        ++i;
        continue;
      }
      if (std::size_t n = table_at(i)) {
        add_table(i, n);
        i += n;
        continue;
      }
      std::size_t lead = skip_spaces(t);
      std::string_view rest = t.substr(lead);
      if (is_html_fragment_line(t)) {
        add(BlockKind::html, i, i, lines_[i].begin + static_cast<std::uint32_t>(lead));
        ++i;
        continue;
      }
      if (std::size_t m = list_marker(rest, false)) {
        std::size_t last = continuation_end(i);
        add(BlockKind::list_item, i, last,
            lines_[i].begin + static_cast<std::uint32_t>(skip_spaces(t, lead + m)));
        i = last + 1;
        continue;
      }
      std::size_t last = continuation_end(i);
      BlockKind kind =
          last == i && looks_like_plain_heading(t) ? BlockKind::heading : BlockKind::paragraph;
      add(kind, i, last, lines_[i].begin + static_cast<std::uint32_t>(lead));
      i = last + 1;
    }
  }

  // Plain text: a line that does not end a sentence, followed directly by a line that starts
  // in lower case, is a hard-wrapped paragraph.
  std::size_t continuation_end(std::size_t i) const {
    // Wrapped lines are long; a short line without closing punctuation is a heading, even when
    // the paragraph after it starts in lower case (a slip sentence-case reports).
    while (i + 1 < lines_.size() && lines_[i].text.size() >= kMinWrappedLine &&
           !ends_sentence(lines_[i].text) && starts_lowercase(lines_[i + 1].text) &&
           !is_blank(lines_[i + 1].text) && !list_marker(trim(lines_[i + 1].text), false) &&
           !has_pipe(lines_[i + 1].text))
      ++i;
    return i;
  }

  // Does this line start a block that ends a GFM table?
  static bool starts_block(std::string_view t) {
    if (indent_of(t) >= 4) return false;
    std::string_view r = t.substr(skip_spaces(t));
    return atx_level(r) || !fence_of(r).empty() || r.starts_with(">") || is_thematic_break(r) ||
           is_html_block_start(r) || list_marker(r, true);
  }

  // Does line `t` start a block that interrupts a Markdown paragraph?
  bool interrupts_paragraph(std::size_t i) const {
    std::string_view t = lines_[i].text;
    if (indent_of(t) >= 4) return false;
    std::string_view r = t.substr(skip_spaces(t));
    if (atx_level(r) || !fence_of(r).empty() || r.starts_with(">") || is_thematic_break(r) ||
        is_html_block_start(r))
      return true;
    std::size_t m = list_marker(r, true);
    // An ordered list interrupts a paragraph only when it starts at 1 (CommonMark 5.3).
    if (m && (r[0] < '0' || r[0] > '9' || r.starts_with("1.") || r.starts_with("1)")) &&
        m < r.size())
      return true;
    return i + 1 < lines_.size() && has_pipe(t) && is_delimiter_row(lines_[i + 1].text);
  }

  void markdown() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      std::string_view t = lines_[i].text;
      if (is_blank(t)) {
        ++i;
        continue;
      }
      int indent = indent_of(t);
      std::size_t lead = skip_spaces(t);
      std::string_view r = t.substr(lead);
      std::uint32_t content = lines_[i].begin + static_cast<std::uint32_t>(lead);
      if (indent >= 4) {
        std::size_t last = i;
        for (std::size_t k = i + 1; k < lines_.size(); ++k) {
          if (is_blank(lines_[k].text)) continue;
          if (indent_of(lines_[k].text) < 4) break;
          last = k;
        }
        add(BlockKind::code, i, last, content);
        i = last + 1;
        continue;
      }
      if (std::string_view fence = fence_of(r); !fence.empty()) {
        std::size_t last = lines_.size() - 1;
        for (std::size_t k = i + 1; k < lines_.size(); ++k) {
          std::string_view c = trim(lines_[k].text);
          if (c.starts_with(fence) && c.find_first_not_of(fence[0]) == std::string_view::npos) {
            last = k;
            break;
          }
        }
        add(BlockKind::code, i, last, content);
        i = last + 1;
        continue;
      }
      if (int level = atx_level(r)) {
        std::size_t b = skip_spaces(r, static_cast<std::size_t>(level));
        std::size_t e = r.size();
        while (e > b && is_space(r[e - 1])) --e;
        std::size_t closing = e;
        while (closing > b && r[closing - 1] == '#') --closing;
        if (closing < e && (closing == b || is_space(r[closing - 1]))) {
          e = closing;
          while (e > b && is_space(r[e - 1])) --e;
        }
        Block& h = add(BlockKind::heading, i, i, content + static_cast<std::uint32_t>(b));
        h.content.end = content + static_cast<std::uint32_t>(e);
        h.level = level;
        ++i;
        continue;
      }
      if (is_thematic_break(r)) {
        add(BlockKind::thematic_break, i, i, content);
        ++i;
        continue;
      }
      if (is_html_block_start(r) || is_html_fragment_line(r)) {
        // CommonMark: a comment, processing instruction, declaration or CDATA block ends on
        // the line holding its terminator; other HTML blocks end at a blank line.
        std::string_view terminator = r.starts_with("<!--")        ? "-->"
                                      : r.starts_with("<?")        ? "?>"
                                      : r.starts_with("<![CDATA[") ? "]]>"
                                      : r.starts_with("<!")        ? ">"
                                                                   : "";
        std::size_t last = i;
        if (!terminator.empty()) {
          std::size_t skip = terminator == ">" ? 2 : terminator.size() + 1;
          bool ends_here = r.find(terminator, std::min(skip, r.size())) != std::string_view::npos;
          while (!ends_here && last + 1 < lines_.size())
            ends_here = lines_[++last].text.find(terminator) != std::string_view::npos;
        } else {
          while (last + 1 < lines_.size() && !is_blank(lines_[last + 1].text)) ++last;
        }
        add(BlockKind::html, i, last, content);
        i = last + 1;
        continue;
      }
      if (r.starts_with(">")) {
        std::size_t last = i;
        while (last + 1 < lines_.size() && !is_blank(lines_[last + 1].text)) ++last;
        add(BlockKind::quote, i, last, content + static_cast<std::uint32_t>(skip_spaces(r, 1)));
        i = last + 1;
        continue;
      }
      if (std::size_t n = table_at(i)) {
        add_table(i, n);
        i += n;
        continue;
      }
      if (std::size_t m = list_marker(r, true)) {
        std::size_t content_indent = lead + m;
        std::size_t last = i;
        bool after_blank = false;
        for (std::size_t k = i + 1; k < lines_.size(); ++k) {
          std::string_view lt = lines_[k].text;
          if (is_blank(lt)) {
            after_blank = true;
            continue;
          }
          bool indented = indent_of(lt) >= static_cast<int>(content_indent);
          if (after_blank && !indented) break;
          // Any list marker starts the next item of the same list ("2." included).
          if (!indented && list_marker(trim(lt), true)) break;
          if (!indented && interrupts_paragraph(k)) break;
          // Nested items stay inside their parent's block for prose purposes.
          if (after_blank) break;
          last = k;
        }
        add(BlockKind::list_item, i, last, content + static_cast<std::uint32_t>(skip_spaces(r, m)));
        i = last + 1;
        continue;
      }
      // Paragraph, possibly turned into a setext heading by an underline.
      std::size_t last = i;
      bool setext = false;
      int setext_level = 0;
      for (std::size_t k = i + 1; k < lines_.size(); ++k) {
        std::string_view lt = lines_[k].text;
        if (is_blank(lt)) break;
        std::string_view u = trim(lt);
        if (indent_of(lt) < 4 && !u.empty() &&
            (u.find_first_not_of('=') == std::string_view::npos ||
             u.find_first_not_of('-') == std::string_view::npos)) {
          setext = true;
          setext_level = u[0] == '=' ? 1 : 2;
          break;
        }
        if (interrupts_paragraph(k)) break;
        last = k;
      }
      if (setext) {
        Block& h = add(BlockKind::heading, i, last, content);
        h.level = setext_level;
        i = last + 2;
        continue;
      }
      add(BlockKind::paragraph, i, last, content);
      i = last + 1;
    }
  }
};

} // namespace

void structure_blocks(Document& doc) {
  Structurer(doc).run();
  for (const Block& b : doc.blocks) {
    switch (b.kind) {
    case BlockKind::paragraph:
    case BlockKind::heading:
    case BlockKind::list_item:
    case BlockKind::quote:
      doc.prose.push_back(b.content);
      break;
    case BlockKind::table:
      for (std::uint32_t r = b.first_row; r < b.first_row + b.row_count; ++r) {
        if (doc.rows[r].delimiter) continue;
        for (std::uint32_t c = 0; c < doc.rows[r].cell_count; ++c)
          doc.prose.push_back(doc.cells[doc.rows[r].first_cell + c].span);
      }
      break;
    default:
      break;
    }
  }
}

} // namespace claimlint
