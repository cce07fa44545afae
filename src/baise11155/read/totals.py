"""Rows that are not data: totals (合计, 小计, 总计, 共计), checked against the rows they add up and
left out, and footers (填表人, 审核人, 注：…), left out. Each is named in a warning by the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cells import CellError

if TYPE_CHECKING:
    from .lookup import NameIndex

# rows that are not data: totals (checked against the rows they add up) and footers (skipped)
TOTAL_WORDS = frozenset({"合计", "小计", "总计", "共计", "总合计", "全市合计", "total", "subtotal"})
FOOTER_STARTS = ("填表人", "审核人", "联系电话", "联系人", "制表人", "填报人", "负责人", "注:", "注：", "说明:",
                 "说明：", "备注:", "备注：")


def not_data(row: list[str], i_indicator: int, i_category: int | None, names: NameIndex) -> tuple[str, str | None] | None:
    """("total", the indicator it totals or None for all) or ("footer", None) for a row that is not
    data: its indicator cell (or, that blank, its first filled cell) reads 合计/小计/总计/共计, or its
    category cell does on an indicator's row; or it starts with 填表人, 审核人, 注： and the like."""
    indicator_cell = row[i_indicator].strip()
    first = indicator_cell or next((cell.strip() for cell in row if cell.strip()), "")
    folded = "".join(first.split()).casefold()
    if folded in TOTAL_WORDS:
        return "total", None
    if folded.startswith(FOOTER_STARTS):
        return "footer", None
    if indicator_cell and i_category is not None and "".join(row[i_category].split()) in TOTAL_WORDS:
        try:
            return "total", names.indicator(indicator_cell).id
        except CellError:
            return None
    return None
