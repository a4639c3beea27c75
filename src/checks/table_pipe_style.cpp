// table-pipe-style: leading and trailing pipes used inconsistently (markdownlint MD055). With
// the default style `consistent`, the header row of the first table in the document sets the
// style for every row of every table; `leading_and_trailing`, `leading_only`, `trailing_only`
// and `no_leading_or_trailing` enforce one style.
#include "checks/check.hpp"

#include <array>

namespace claimlint {

namespace {

constexpr std::array<std::string_view, 3> kPlaceholders = {"expected", "found", "problem"};

struct Style {
  bool leading, trailing;
};

std::string_view style_name(Style s) {
  if (s.leading && s.trailing) return "leading_and_trailing";
  if (s.leading) return "leading_only";
  if (s.trailing) return "trailing_only";
  return "no_leading_or_trailing";
}

class TablePipeStyle final : public Check {
public:
  explicit TablePipeStyle(RuleParams& p) {
    std::string style = p.string("style", "consistent");
    if (style == "consistent")
      fixed_ = false;
    else if (style == "leading_and_trailing")
      style_ = {true, true};
    else if (style == "leading_only")
      style_ = {true, false};
    else if (style == "trailing_only")
      style_ = {false, true};
    else if (style == "no_leading_or_trailing")
      style_ = {false, false};
    else
      p.error("style",
              "style must be consistent, leading_and_trailing, leading_only, trailing_only or "
              "no_leading_or_trailing, not '" +
                  style + "'");
  }

  void check(const Document& doc, DiagnosticSink& sink) const override {
    bool have = fixed_;
    Style want = style_;
    for (const Block& b : doc.blocks) {
      if (b.kind != BlockKind::table || b.delimiter_row < 0) continue;
      for (std::uint32_t r = 0; r < b.row_count; ++r) {
        const TableRow& row = doc.rows[b.first_row + r];
        Style got{row.leading_pipe, row.trailing_pipe};
        if (!have) {
          want = got;
          have = true;
          continue;
        }
        if (got.leading == want.leading && got.trailing == want.trailing) continue;
        std::string_view problem =
            got.leading != want.leading
                ? (want.leading ? "missing leading pipe" : "unexpected leading pipe")
                : (want.trailing ? "missing trailing pipe" : "unexpected trailing pipe");
        sink.report(
            row.span,
            {{"expected", style_name(want)}, {"found", style_name(got)}, {"problem", problem}});
      }
    }
  }

private:
  bool fixed_ = true;
  Style style_{true, true};
};

std::unique_ptr<Check> make(RuleParams& p) {
  return std::make_unique<TablePipeStyle>(p);
}

} // namespace

CheckKind table_pipe_style_check_kind() {
  return {"table-pipe-style", "leading and trailing table pipes used inconsistently", kPlaceholders,
          &make};
}

} // namespace claimlint
