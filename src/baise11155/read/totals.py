"""Rows that are not data: totals (合计, 小计, 总计, 共计), checked against the rows they add up and
left out, and footers (填表人, 审核人, 注：…), left out. Each is named in a warning by the reader.

A total may be written in any of the cells that say what a row is: the indicator, the category,
the county, the item or the row number (序号), as `合计`, `合 计`, `合计：`, `本页小计`, `小计（2019年）`
or `全市合计`. An item named as the city's total on a stock's row is not a total but data: the
level of the whole city, as a stock is reported (`全市合计 45`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .cells import FULL_WIDTH, CellError

if TYPE_CHECKING:
    from ..model.kinds import Number
    from .lookup import NameIndex

SUBTOTAL = "小计"  # adds the rows since the last total of any kind; the others, since the last grand total
TOTAL_ENDINGS = ("合计", "小计", "总计", "共计", "total", "subtotal")
FOOTER_STARTS = ("填表人", "审核人", "联系电话", "联系人", "制表人", "填报人", "负责人", "注:", "说明:", "备注:")


def folded(cell: str) -> str:
    """A cell as totals are told: no spaces, half-width, without a closing colon or a bracket."""
    text = "".join(cell.translate(FULL_WIDTH).split()).casefold().rstrip(":")
    if text.endswith(")") and "(" in text:
        text = text[: text.index("(")]
    return text


def is_total(cell: str) -> bool:
    return folded(cell).endswith(TOTAL_ENDINGS)


class Columns:
    """The columns a total may be written in, by their place in the row."""

    def __init__(self, indicator: int, category: int | None, county: int | None, item: int | None) -> None:
        self.indicator, self.category, self.county, self.item = indicator, category, county, item


def not_data(row: list[str], columns: Columns, names: NameIndex) -> tuple[str, str | None, bool] | None:
    """("total", the indicator it totals or None for all, whether a subtotal) or ("footer", None,
    False) for a row that is not data; None for data."""
    indicator_cell = row[columns.indicator].strip()
    leftmost = next((cell.strip() for cell in row if cell.strip()), "")  # a 序号 cell, often
    first = indicator_cell or leftmost
    if folded(first).startswith(FOOTER_STARTS):
        return "footer", None, False
    indicator = None
    if indicator_cell and not is_total(indicator_cell):
        try:
            indicator = names.indicator(indicator_cell)
        except CellError:
            pass
    cells = [first, leftmost] + [row[i] for i in (columns.category, columns.county) if i is not None]
    if columns.item is not None and not (indicator is not None and indicator.kind.levels):
        cells.append(row[columns.item])  # on a stock's row, an item named 全市合计 is the city's level
    word = next((cell for cell in cells if cell.strip() and is_total(cell)), None)
    if word is None:
        return None
    return "total", indicator.id if indicator is not None else None, folded(word).endswith(SUBTOTAL)


class RunningSums:
    """The sums a total is checked against: a 小计 against the rows since the last total of any
    kind, a grand total (合计, 总计, 共计) against those since the last grand total; an indicator's
    total against its own rows; a dated total (a cross-tab's year column) against that date's."""

    def __init__(self) -> None:
        # (indicator, date) -> sum, since the last total of any kind / since the last grand total
        self.since_any: dict[tuple[str, dt.date], Number] = {}
        self.since_grand: dict[tuple[str, dt.date], Number] = {}

    def add(self, indicator: str, when: dt.date, value: Number) -> None:
        key = (indicator, when)
        self.since_any[key] = self.since_any.get(key, 0) + value
        self.since_grand[key] = self.since_grand.get(key, 0) + value

    def _matching(self, indicator: str | None, when: dt.date | None, subtotal: bool) -> list[tuple[str, dt.date]]:
        sums = self.since_grand if indicator is None and not subtotal else self.since_any
        return [key for key in sums if (indicator is None or key[0] == indicator) and (when is None or key[1] == when)]

    def covers(self, indicator: str | None, when: dt.date | None, subtotal: bool) -> bool:
        """Whether any row since the total's start is there for it to add up. A `合计` row with
        none above it is not a total but a figure given as one (`2019年合计 23`)."""
        return bool(self._matching(indicator, when, subtotal))

    def close(self, indicator: str | None, when: dt.date | None, subtotal: bool) -> Number:
        """What the rows since the total's start add up to; the next stretch starts after it."""
        grand = indicator is None and not subtotal
        sums = self.since_grand if grand else self.since_any
        total = sum((sums[key] for key in self._matching(indicator, when, subtotal)), 0)
        for table in (self.since_any, self.since_grand) if grand else (self.since_any,):
            for key in [key for key in table if (indicator is None or key[0] == indicator)
                        and (when is None or key[1] == when)]:
                del table[key]
        return total
