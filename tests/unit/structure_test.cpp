#include "support.hpp"

using namespace claimlint;
using namespace claimlint::testing;

namespace {

std::vector<std::string> kinds(const Draft& d) {
  std::vector<std::string> out;
  for (const Block& b : d.doc->blocks) out.emplace_back(block_kind_name(b.kind));
  return out;
}

std::vector<std::string> contents(const Draft& d) {
  std::vector<std::string> out;
  for (const Block& b : d.doc->blocks) out.emplace_back(d.text(b.content));
  return out;
}

std::vector<std::string> cells_of(const Draft& d, const TableRow& row) {
  std::vector<std::string> out;
  for (std::uint32_t c = 0; c < row.cell_count; ++c)
    out.emplace_back(d.text(d.doc->cells[row.first_cell + c].span));
  return out;
}

} // namespace

TEST_CASE("plain drafts: bare-line headings, one paragraph per line, '- ' lists, HTML residue") {
  Draft d = draft("Hegseth Defends Trump's Approach\n"
                  "During a visit to Brussels, Hegseth spoke. He was firm.\n"
                  "Key priorities included:\n"
                  "- Expanding training programs\n"
                  "- security Cooperation: Improving integration.\n"
                  "p>\n"
                  "< p >European nations express apprehension.\n"
                  "In Conclusion\n");
  CHECK(kinds(d) == std::vector<std::string>{"heading", "paragraph", "paragraph", "list_item",
                                             "list_item", "html", "paragraph", "heading"});
  CHECK(contents(d)[3] == "Expanding training programs");
  CHECK(contents(d)[4] == "security Cooperation: Improving integration.");
  CHECK(d.doc->blocks[0].level == 0);
}

TEST_CASE("plain drafts: a hard-wrapped paragraph is one block") {
  Draft d = draft("The strike at the Harbor of Veldmoor, which began on March 2, has\nclosed every "
                  "port in the region.\n"
                  "Next line.\n");
  CHECK(kinds(d) == std::vector<std::string>{"paragraph", "paragraph"});
  CHECK(contents(d)[0] == "The strike at the Harbor of Veldmoor, which began on March 2, "
                          "has\nclosed every port in the region.");
}

TEST_CASE("tables without leading pipes, with a trailing pipe, as in the seeds") {
  Draft d = draft("Intro paragraph.\n"
                  "Country | Military aid Provided | Training Programs Initiated |\n"
                  "---|---|---|\n"
                  "United States | $16 billion | Logistics & Strategy |\n"
                  "Germany | $3 billion | Armor Training |\n"
                  "After the table.\n");
  REQUIRE(kinds(d) == std::vector<std::string>{"paragraph", "table", "paragraph"});
  const Block& t = d.doc->blocks[1];
  CHECK(t.row_count == 4);
  CHECK(t.delimiter_row == 1);
  const TableRow& header = d.doc->rows[t.first_row];
  CHECK_FALSE(header.leading_pipe);
  CHECK(header.trailing_pipe);
  CHECK(cells_of(d, header) == std::vector<std::string>{"Country", "Military aid Provided",
                                                        "Training Programs Initiated"});
  CHECK(d.doc->rows[t.first_row + 1].delimiter);
  CHECK(cells_of(d, d.doc->rows[t.first_row + 2]) ==
        std::vector<std::string>{"United States", "$16 billion", "Logistics & Strategy"});
}

TEST_CASE(
    "tables with leading pipes and escaped pipes; as in GFM, a code span does not protect a pipe") {
  Draft d = draft("| Aspect | Focus `a|b` | Outcome |\n"
                  "|:---|:---:|---:|\n"
                  "| Diplomatic \\| Engagement | US | Unified |\n",
                  "t.md");
  REQUIRE(kinds(d) == std::vector<std::string>{"table"});
  const Block& t = d.doc->blocks[0];
  const TableRow& header = d.doc->rows[t.first_row];
  CHECK(header.leading_pipe);
  CHECK(header.trailing_pipe);
  CHECK(cells_of(d, header) == std::vector<std::string>{"Aspect", "Focus `a", "b`", "Outcome"});
  CHECK(cells_of(d, d.doc->rows[t.first_row + 2]) ==
        std::vector<std::string>{"Diplomatic \\| Engagement", "US", "Unified"});
}

TEST_CASE("pipe rows without a delimiter row still form a table") {
  Draft d = draft("| a | b |\n| c | d |\n");
  REQUIRE(kinds(d) == std::vector<std::string>{"table"});
  CHECK(d.doc->blocks[0].delimiter_row == -1);
  Draft prose = draft("Either this | or that.\nA second line.\n");
  CHECK(kinds(prose) == std::vector<std::string>{"paragraph", "paragraph"});
}

TEST_CASE("markdown: ATX and setext headings, paragraphs across lines, lists, code, quotes, HTML") {
  Draft d = draft("# Strike enters third week #\n"
                  "\n"
                  "The strike began\n"
                  "on March 2.\n"
                  "\n"
                  "Sub heading\n"
                  "-----------\n"
                  "\n"
                  "- first item\n"
                  "  continues here\n"
                  "2. next item of the same list\n"
                  "\n"
                  "```\n"
                  "code.The here\n"
                  "```\n"
                  "\n"
                  "    indented code\n"
                  "\n"
                  "> quoted text\n"
                  "\n"
                  "<div>\n"
                  "html\n"
                  "</div>\n"
                  "\n"
                  "***\n",
                  "story.md");
  CHECK(kinds(d) == std::vector<std::string>{"heading", "paragraph", "heading", "list_item",
                                             "list_item", "code", "code", "quote", "html",
                                             "thematic_break"});
  CHECK(contents(d)[0] == "Strike enters third week");
  CHECK(d.doc->blocks[0].level == 1);
  CHECK(contents(d)[1] == "The strike began\non March 2.");
  CHECK(d.doc->blocks[2].level == 2);
  CHECK(contents(d)[3] == "first item\n  continues here");
  CHECK(contents(d)[4] == "next item of the same list");
  CHECK(contents(d)[7] == "quoted text");
}

TEST_CASE("front matter is not part of the structure") {
  Draft d = draft("---\ntitle: T\n---\nHeadline Here\n\nBody sentence.\n");
  CHECK(kinds(d) == std::vector<std::string>{"heading", "paragraph"});
}

TEST_CASE("prose spans cover block contents and table cells but not delimiter rows or code") {
  Draft d = draft("Para one.\nA | B |\n---|---|\nc1 | c2 |\n", "x.txt");
  std::vector<std::string> prose;
  for (Span s : d.doc->prose) prose.emplace_back(d.text(s));
  CHECK(prose == std::vector<std::string>{"Para one.", "A", "B", "c1", "c2"});
}
