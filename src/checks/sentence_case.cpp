// sentence-case: a sentence, list item or table cell that starts with a lower-case letter
// ("moreover, the talks...", "- security Cooperation").
//
// Not flagged: words that are lower-case by design ("iPhone", "eBay", and the rule's
// `exceptions`, e.g. "von", "de", "e.g."), numbers, code and URLs, sentences that continue
// a quotation ("“Really?” she asked" is one sentence to a reader, two to ICU), text after an
// ellipsis, table cells that are values rather than sentences ("up 6%", "about 200"), and
// image alt text.
#include "checks/check.hpp"
#include "util/text.hpp"

#include <array>
#include <unordered_set>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"word"};

bool is_leading_punct(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "'" || t == "(" ||
         t == "[" || t == "*" || t == "_" || t == "-" || t == "\xE2\x80\x94" ||
         t == "\xE2\x80\x93" || t == "#" || t == "@" || t == "\xE2\x80\x9E" || t == "\xC2\xAB" ||
         t == "\xE2\x80\xB9";
}

class SentenceCase final : public Check {
public:
  explicit SentenceCase(RuleParams& p) {
    for (const std::string& w : p.list("exceptions")) exceptions_.insert(w);
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    const Sentence* prev = nullptr;
    for (const Sentence& sen : doc.sentences) {
      const Sentence* before = prev;
      prev = &sen;
      auto toks = doc.tokens_of(sen);
      std::size_t i = 0;
      while (i < toks.size() && toks[i].kind != TokenKind::word &&
             is_leading_punct(doc.text(toks[i].span)))
        ++i;
      if (i >= toks.size() || toks[i].kind != TokenKind::word) continue;
      // An ellipsis before the first word: a fragment on purpose.
      if (i > 0 && doc.text(toks[i - 1].span) == "\xE2\x80\xA6") continue;
      std::string_view word = doc.text(toks[i].span);
      if (!starts_lower(word) || has_upper_after_first(word)) continue;
      if (word.find_first_of("0123456789") != std::string_view::npos) continue; // "iphone6"
      if (code_points(word) < 2 && word != "a" && word != "i") continue; // mojibake such as "â"
      // Tag lists ("iphone, iphone 6, apple, apple keynote"): many commas, few words.
      if (comma_count(toks, doc) * 3 >= word_count(toks)) continue;
      // "h/t", "iphone-6-nfc-820x420": abbreviations and file names, not prose. A compound of
      // words ("cross-border trade rose") is a word like any other.
      if (i + 1 < toks.size() && toks[i + 1].span.begin == toks[i].span.end &&
          (doc.text(toks[i + 1].span) == "/" ||
           (doc.text(toks[i + 1].span) == "-" && !word_compound(doc, toks[i].span.begin))))
        continue;
      // Image alt text ("![a flooded street](x.png)") describes a picture; it is no sentence.
      if (toks[i].span.begin >= 2 && doc.text({toks[i].span.begin - 2, toks[i].span.begin}) == "![")
        continue;
      // A table cell that does not end like a sentence ("up 6%", "about 200") is a value, and
      // values may be written in lower case by choice: it is a slip only where the other
      // cells of its column start with a capital. A cell that is a sentence is checked.
      if (sen.cell >= 0 && !ends_like_sentence(doc.text(sen.span)) &&
          !capitalised_column(doc, sen.block, static_cast<std::uint32_t>(sen.cell)))
        continue;
      // Hashtags, handles and bracketed editor's notes ("[image via ...]").
      if (i > 0 && (doc.text(toks[i - 1].span) == "#" || doc.text(toks[i - 1].span) == "@" ||
                    doc.text(toks[i - 1].span) == "["))
        continue;
      if (looks_like_code(doc.text(sen.span))) continue;
      // Short fragments without closing punctuation outside tables are captions, credits and
      // tags ("via Daily Mail").
      if (sen.cell < 0 && word_count(toks) < 4 && !ends_like_sentence(doc.text(sen.span))) continue;
      // A list written in lower case throughout is a style; one lower-case item among
      // capitalised ones is a slip.
      if (doc.blocks[sen.block].kind == BlockKind::list_item && sen.starts_block &&
          lower_case_list(doc, sen.block))
        continue;
      // After a block that ends with ":", ";" or ",", a lower-case start continues a list.
      if (sen.starts_block && sen.cell < 0 && sen.block > 0 && continues_list(doc, sen.block))
        continue;
      if (exceptions_.count(std::string(word))) continue;
      if (doc.in_verbatim(toks[i].span.begin)) continue;
      if (sen.cell >= 0 && toks.size() == 1 && word.size() <= 3) continue;
      if (before && before->block == sen.block && before->cell == sen.cell &&
          continues_quote(doc, *before))
        continue;
      // "e.g." style abbreviations and hashtags are not sentence starts.
      std::size_t after = toks[i].span.end;
      if (after < doc.source().size() && doc.source().text()[after] == '.' && word.size() <= 2)
        continue;
      sink.report(toks[i].span, {{"word", word}}, Fix{toks[i].span, capitalize_first(word)});
    }
  }

private:
  std::unordered_set<std::string> exceptions_;

  // Do most other body cells in the column of `cell` (table `block`) start with a capital?
  static bool capitalised_column(const Document& doc, std::uint32_t block, std::uint32_t cell) {
    const Block& table = doc.blocks[block];
    if (table.kind != BlockKind::table) return false;
    int column = -1;
    for (std::uint32_t r = table.first_row; r < table.first_row + table.row_count && column < 0;
         ++r)
      if (cell >= doc.rows[r].first_cell && cell < doc.rows[r].first_cell + doc.rows[r].cell_count)
        column = static_cast<int>(cell - doc.rows[r].first_cell);
    if (column < 0) return false;
    int upper = 0, others = 0;
    for (std::uint32_t k = 0; k < table.row_count; ++k) {
      const TableRow& row = doc.rows[table.first_row + k];
      // The header row and the delimiter row are no body cells.
      if (row.delimiter || (table.delimiter_row >= 0 && static_cast<int>(k) < table.delimiter_row))
        continue;
      if (static_cast<std::uint32_t>(column) >= row.cell_count) continue;
      std::uint32_t c = row.first_cell + static_cast<std::uint32_t>(column);
      if (c == cell) continue;
      std::string_view t = doc.text(doc.cells[c].span);
      if (t.empty()) continue;
      ++others;
      upper += starts_upper(t);
    }
    return others >= 1 && upper * 4 >= others * 3;
  }

  // Whether the text from `at` to the next blank is words joined by one or two hyphens
  // ("cross-border", "well-to-do"), not a slug or a code ("iphone-6-nfc-820x420").
  static bool word_compound(const Document& doc, std::uint32_t at) {
    std::string_view rest = doc.source().text().substr(at);
    std::size_t end = rest.find_first_of(" \t\n\r");
    std::string_view run = rest.substr(0, end);
    while (!run.empty() && (run.back() == '.' || run.back() == ',' || run.back() == ';' ||
                            run.back() == ':' || run.back() == '!' || run.back() == '?'))
      run.remove_suffix(1);
    int hyphens = 0;
    for (char c : run) {
      if (c == '-') {
        ++hyphens;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80))) {
        return false;
      }
    }
    return hyphens >= 1 && hyphens <= 2 && run.front() != '-' && run.back() != '-' &&
           run.find("--") == std::string_view::npos;
  }

  static bool ends_like_sentence(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == ')'))
      t.remove_suffix(1);
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
  }

  // Do most items of the list around `block` start in lower case?
  static bool lower_case_list(const Document& doc, std::uint32_t block) {
    std::uint32_t b = block, e = block;
    while (b > 0 && doc.blocks[b - 1].kind == BlockKind::list_item) --b;
    while (e + 1 < doc.blocks.size() && doc.blocks[e + 1].kind == BlockKind::list_item) ++e;
    int lower = 0, total = 0;
    for (std::uint32_t k = b; k <= e; ++k) {
      std::string_view t = doc.text(doc.blocks[k].content);
      ++total;
      lower += starts_lower(t);
    }
    return total >= 2 && lower * 2 > total;
  }

  static std::size_t code_points(std::string_view w) {
    std::size_t n = 0;
    for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }

  static std::size_t comma_count(std::span<const Token> toks, const Document& doc) {
    std::size_t n = 0;
    for (const Token& t : toks) n += t.kind == TokenKind::punct && doc.text(t.span) == ",";
    return n;
  }

  static std::size_t word_count(std::span<const Token> toks) {
    std::size_t n = 0;
    for (const Token& t : toks) n += t.kind == TokenKind::word;
    return n;
  }

  static bool looks_like_code(std::string_view s) {
    return s.find_first_of("{}=") != std::string_view::npos ||
           s.find("//") != std::string_view::npos || s.find("();") != std::string_view::npos;
  }

  static bool continues_list(const Document& doc, std::uint32_t block) {
    const Block& prev = doc.blocks[block - 1];
    if (prev.kind == BlockKind::table || prev.kind == BlockKind::code ||
        prev.kind == BlockKind::html)
      return false;
    std::string_view t = doc.text(prev.content);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\r' || t.back() == '\n'))
      t.remove_suffix(1);
    if (t.empty()) return false;
    if (t.back() == ':' || t.back() == ';' || t.back() == ',') return true;
    // A block that stops in the middle of a sentence ("it currently has" / "job postings ..."):
    // the paragraph was broken, and the lower-case start is its continuation.
    std::size_t p = t.size();
    return starts_lower(t.substr(
               t.find_last_of(" \n") == std::string_view::npos ? 0 : t.find_last_of(" \n") + 1)) &&
           !(t.back() == '.' || t.back() == '!' || t.back() == '?') && p > 0;
  }

  // Does the previous sentence end with "?" or "!" (and closing quotes), or an ellipsis, so
  // that a lower-case start continues it?
  static bool continues_quote(const Document& doc, const Sentence& s) {
    std::string_view t = doc.text(s.span);
    while (!t.empty()) {
      // Closing quotes, including an opening one typed by mistake ("happiness?“ he asked").
      if (t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x99") || t.ends_with("\xE2\x80\x9C"))
        t.remove_suffix(3);
      else if (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']')
        t.remove_suffix(1);
      else
        break;
    }
    return t.ends_with("?") || t.ends_with("!") || t.ends_with("...") ||
           t.ends_with("\xE2\x80\xA6");
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<SentenceCase>(p);
}

} // namespace

CheckKind sentence_case_check_kind() {
  return {"sentence-case", "a sentence, list item or table cell starting in lower case",
          kPlaceholders, &make};
}

} // namespace claimlint
