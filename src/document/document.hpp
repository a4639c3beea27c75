// The structured view of one draft: blocks, table rows and cells, sentences and tokens.
//
// Built once per file by build_document(); every element is a byte span into the SourceFile's
// buffer (never a copy), so checks can slice the original text and report exact positions.
// Plain-text drafts and Markdown share this one model; only the block structurer differs.
#pragma once

#include "diagnostics/diagnostic.hpp"
#include "source/source_file.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

class Segmentation;

enum class BlockKind { paragraph, heading, list_item, table, code, html, quote, thematic_break };
std::string_view block_kind_name(BlockKind k);

struct TableCell {
  Span span; // the cell's text without the surrounding pipes and spaces
};

struct TableRow {
  Span span; // the whole row line without its line terminator
  bool leading_pipe = false;
  bool trailing_pipe = false;
  bool delimiter = false; // a "---|:---:|" row
  std::uint32_t first_cell = 0, cell_count = 0;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  Span span;     // whole lines of the block, without the final line terminator
  Span content;  // the text without block markers ("# ", "- ", "> "); for tables = span
  int level = 0; // heading level (1-6); 0 for a plain-text heading, which has no level
  std::uint32_t first_row = 0, row_count = 0; // tables only, indexes into Document::rows
  int delimiter_row = -1; // index within the table's rows, -1 when the table has none
};

enum class TokenKind : std::uint8_t { word, number, punct, symbol };

// Case of a token's letters, computed once per token (several rules and the claim extractor
// ask about most words): bits of Token::shape.
enum TokenShape : std::uint8_t {
  kStartsUpper = 1, // "Kyiv", "NATO"
  kAllLower = 2,    // at least one letter and no upper-case one: "kyiv", "e-mail"
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::word;
  std::uint8_t shape = 0; // TokenShape bits, filled for a document's tokens
  // The case-folded form in Document::folded_text and its hash_text (low 32 bits), filled for
  // a document's tokens: folding and hashing each word once here, instead of once per rule,
  // was a fifth of a whole run. Tokens made by tokenize_text alone leave them empty.
  std::uint32_t folded_begin = 0, folded_size = 0, folded_hash = 0;
};

struct Sentence {
  Span span;
  std::uint32_t block = 0;
  int cell = -1; // index into Document::cells when the sentence is a table cell's text
  std::uint32_t first_token = 0, token_count = 0;
  bool starts_block = false; // first sentence of its block or cell
};

class Document {
public:
  explicit Document(const SourceFile& source) : source_(&source) {}

  const SourceFile& source() const { return *source_; }
  std::string_view text(Span s) const { return source_->slice(s); }

  std::vector<Block> blocks;
  std::vector<TableRow> rows;
  std::vector<TableCell> cells;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string folded_text; // every token's case-folded form, one after another
  // Spans prose rules must not look inside: code spans, URLs, e-mail addresses, domains,
  // Markdown link destinations and inline HTML tags. Sorted and non-overlapping.
  std::vector<Span> verbatim;

  // The text spans that hold prose, in order: the content of paragraphs, headings, list items
  // and quotes, and every table cell outside delimiter rows. Character-level rules scan these
  // rather than sentences, so a slip at a sentence boundary ("2022.The") is still seen.
  std::vector<Span> prose;

  bool in_verbatim(std::uint32_t offset) const;
  // The verbatim span containing `offset`, or an empty span.
  Span verbatim_at(std::uint32_t offset) const;
  // The case-folded form of one of this document's tokens ("Zelenskyy" -> "zelenskyy").
  std::string_view folded(const Token& t) const {
    return {folded_text.data() + t.folded_begin, t.folded_size};
  }
  std::span<const Token> tokens_of(const Sentence& s) const {
    return {tokens.data() + s.first_token, s.token_count};
  }

private:
  const SourceFile* source_;
};

// Runs the whole structure stage: blocks, inline verbatim spans, sentences, tokens.
Document build_document(const SourceFile& source, const Segmentation& segmentation);

// Stage entry points, exposed for tests.
void structure_blocks(Document& doc);
void find_verbatim_spans(Document& doc);
void split_sentences(Document& doc, const Segmentation& segmentation);
void tokenize(Document& doc);
void fold_tokens(Document& doc); // fills folded_text and each token's folded form and hash
// Tokenizes `text` (which starts at byte `base` of its file) into `out`.
void tokenize_text(std::string_view text, std::uint32_t base, std::vector<Token>& out);

} // namespace claimlint
