// table-column-count: a table row with more or fewer cells than the header row (markdownlint
// MD056). The delimiter row is the business of table-delimiter-row.
#include "checks/check.hpp"

#include <array>
#include <fmt/format.h>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 3> kPlaceholders = {"found", "expected", "problem"};

class TableColumnCount final : public Check {
public:
  explicit TableColumnCount(RuleParams&) {}

  void check(const Document& doc, DiagnosticSink& sink) const override {
    for (const Block& b : doc.blocks) {
      // Without a delimiter row it is not a table to Markdown; table-delimiter-row reports it.
      if (b.kind != BlockKind::table || b.row_count < 2 || b.delimiter_row < 0) continue;
      const TableRow& header = doc.rows[b.first_row];
      for (std::uint32_t r = 1; r < b.row_count; ++r) {
        const TableRow& row = doc.rows[b.first_row + r];
        if (row.delimiter && static_cast<int>(r) == b.delimiter_row) continue;
        if (row.cell_count == header.cell_count) continue;
        std::string found = fmt::format("{}", row.cell_count),
                    expected = fmt::format("{}", header.cell_count);
        sink.report(row.span, {{"found", found},
                               {"expected", expected},
                               {"problem", row.cell_count > header.cell_count ? "too many cells"
                                                                              : "too few cells"}});
      }
    }
  }
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<TableColumnCount>(p);
}

} // namespace

CheckKind table_column_count_check_kind() {
  return {"table-column-count", "a table row with more or fewer cells than the header",
          kPlaceholders, &make};
}

} // namespace claimlint
