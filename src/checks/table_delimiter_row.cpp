// table-delimiter-row: rows of pipes with no delimiter row ("---|---") under the header, or a
// delimiter row whose cell count does not match the header. markdownlint does not see such a
// block as a table at all, so it says nothing; to a reader (and to most renderers) the table
// is broken, so claimlint says so.
#include "checks/check.hpp"

#include <array>
#include <fmt/format.h>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 1> kPlaceholders = {"problem"};

class TableDelimiterRow final : public Check {
public:
  explicit TableDelimiterRow(RuleParams&) {}

  void check(const Document& doc, DiagnosticSink& sink) const override {
    for (const Block& b : doc.blocks) {
      if (b.kind != BlockKind::table) continue;
      const TableRow& header = doc.rows[b.first_row];
      if (b.delimiter_row < 0) {
        sink.report(header.span,
                    {{"problem", "no delimiter row (such as ---|---) follows the header row"}});
        continue;
      }
      const TableRow& delim = doc.rows[b.first_row + static_cast<std::uint32_t>(b.delimiter_row)];
      if (delim.cell_count != header.cell_count)
        sink.report(delim.span,
                    {{"problem", fmt::format("the delimiter row has {} cells, the header row {}",
                                             delim.cell_count, header.cell_count)}});
    }
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<TableDelimiterRow>(p);
}

} // namespace

CheckKind table_delimiter_row_check_kind() {
  return {"table-delimiter-row", "a pipe table without a valid delimiter row", kPlaceholders,
          &make};
}

} // namespace claimlint
