"""Rows that are not data: totals (合计, 小计, 总计, 共计, 汇总), checked against the rows they add up and
left out, and footers (填表人, 审核人, 注：…), left out. Each is named in a warning by the reader.

A total may be written in any of the cells that say what a row is: the indicator, the category,
the county, the item or the row number (序号), as `合计`, `合 计`, `合计：`, `本页小计`, `小计（2019年）`
or `全市合计`. An item named as the city's total on a stock's row is not a total but data: the
level of the whole city, as a stock is reported (`全市合计 45`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..model.areas import names_an_area
from .cells import FULL_WIDTH, CellError

if TYPE_CHECKING:
    from ..model.kinds import Number
    from .lookup import NameIndex

BREAKDOWN = "其中"  # 其中：… — a row that is part of the row above it, not more of the same
INDENTS = ("\u3000", "\t")  # a name indented (by an ideographic space, a tab) is a part of the row above too
SUBTOTAL = "小计"  # adds the rows since the last total of any kind; the others, since the last grand total
TOTAL_ENDINGS = ("合计", "小计", "总计", "共计", "汇总", "total", "subtotal")
FOOTER_STARTS = ("填表人", "审核人", "联系电话", "联系人", "制表人", "填报人", "负责人", "注:", "说明:", "备注:",
                 "填报日期", "填表日期", "报送日期", "制表日期", "填报时间", "报送时间", "单位负责人", "分管领导",
                 "审核:", "审批人", "统计人", "填报单位(盖章)", "单位(盖章)", "统计时间:", "统计日期:", "截止时间:",
                 "填报说明", "填表说明", "数据来源:", "资料来源:", "制表单位:", "填报单位:", "附注:")


def folded(cell: str) -> str:
    """A cell as totals are told: no spaces, half-width, without a closing colon or a bracket."""
    text = "".join(cell.translate(FULL_WIDTH).split()).casefold().rstrip(":")
    if text.endswith(")") and "(" in text:
        text = text[: text.index("(")]
    return text


def is_total(cell: str) -> bool:
    return folded(cell).endswith(TOTAL_ENDINGS)


def is_footer(cell: str) -> bool:
    """填表人：…, 审核人：…, 注：…: a line under the table, not data."""
    return cell.strip()[:1] in _FOOTER_FIRST and folded(cell).startswith(FOOTER_STARTS)


@functools.lru_cache(maxsize=4)
def _last_letters(endings: tuple[str, ...]) -> re.Pattern[str]:
    """The last character of each ending, as a cell may write it (full-width, upper case), as one
    character class: a text with none of them holds no ending, found without folding it. Made from
    the endings each time they are asked for (a new ending is known here at once), not listed."""
    letters = {form for ending in endings for letter in {ending[-1], ending[-1].upper()}
               for form in (letter, chr(ord(letter) + 0xFEE0) if "!" <= letter <= "~" else letter)}
    return re.compile("[" + re.escape("".join(sorted(letters))) + "]")


def _may_be_total(text: str) -> bool:
    """Whether any of the cells run together holds a total's word anywhere: the endings
    themselves, looked for in the text folded as `folded` folds a cell (so no ending is ever
    known here and not there)."""
    if _last_letters(TOTAL_ENDINGS).search(text) is None:
        return False
    text = "".join(text.translate(FULL_WIDTH).split()).casefold()
    return any(ending in text for ending in TOTAL_ENDINGS)


class Columns:
    """The columns a total may be written in, by their place in the row."""

    def __init__(self, indicator: int, category: int | None, county: int | None, item: int | None) -> None:
        self.indicator, self.category, self.county, self.item = indicator, category, county, item
        # the cells besides the indicator's that may say 合计, the item's last
        self.others = [i for i in (category, county, item) if i is not None]


_FOOTER_FIRST = frozenset(start[0] for start in FOOTER_STARTS)


class NotData(NamedTuple):
    """A row that is not data: a total (of `indicator`, or of all when None; `subtotal` a 小计) or
    a footer; `column` is the index of the cell that says so."""

    what: str  # "total" or "footer"
    indicator: str | None
    subtotal: bool
    column: int


def not_data(row: list[str], columns: Columns, names: NameIndex) -> NotData | None:
    """What a row is when it is not data; None for data. Run on every row: a row whose cells that
    could say so hold no total's word anywhere is passed at once."""
    indicator_cell = row[columns.indicator].strip()
    left = 0  # the leftmost cell with anything in it: a 序号 cell, often
    while left < len(row) - 1 and not row[left].strip():
        left += 1
    first = columns.indicator if indicator_cell else left
    if is_footer(row[first]):
        return NotData("footer", None, False, first)
    places = [first, left, *columns.others]
    if not _may_be_total("".join(row[i] for i in places)):
        return None
    indicator = None
    if indicator_cell and not is_total(indicator_cell):
        with contextlib.suppress(CellError):
            indicator = names.indicator(indicator_cell)
    if columns.item is not None and indicator is not None and indicator.kind.levels:
        # on a stock's row, an item named 全市合计 is the city's level (wherever the item's column is)
        places = [i for i in places if i != columns.item]
    column = next((i for i in places if row[i].strip() and is_total(row[i])), None)
    if column is None:
        return None
    return NotData("total", indicator.id if indicator is not None else None, folded(row[column]).endswith(SUBTOTAL),
                   column)


def area_named(cell: str, is_area: Callable[[str], bool] = names_an_area) -> str:
    """The area a total's word is preceded by (右江区 in 右江区合计, 百色市 in 百色市合计), or "" when
    no area's name is (合计, 全市合计, 本页小计, Grand total). What names an area: by default a name
    ending as a place's does; a reader whose plan lists its counties asks the plan (山区县小计, the
    mountain counties' subtotal, names none of Baise's)."""
    text = folded(cell)
    ending = max((e for e in TOTAL_ENDINGS if text.endswith(e)), key=len, default="")
    named = text[: len(text) - len(ending)]
    return named if is_area(named) else ""


Sums = dict[tuple[str, dt.date], tuple["Number", int]]  # (indicator, date) -> (sum, rows)


class RunningSums:
    """The sums a total is checked against: a 小计 against the rows since the last total of any
    kind, a grand total (合计, 总计, 共计) against those since the last grand total; an indicator's
    total against its own rows; a dated total (a cross-tab's year column) against that date's.

    Nothing is kept per row: the sums since a total are the observations' sums now less their
    sums when that total was met (`current` gives them), so a file without totals costs nothing."""

    def __init__(self, current: Callable[[], Sums]) -> None:
        self.current = current
        self.at_any: Sums = current()  # the sums when the last total of any kind was met
        self.at_grand: Sums = self.at_any  # ... and the last grand total

    def _since(self, indicator: str | None, when: dt.date | None, subtotal: bool, now: Sums) -> tuple[Number, int]:
        before = self.at_grand if indicator is None and not subtotal else self.at_any
        total: Number = 0
        rows = 0
        for key, (value, count) in now.items():
            if (indicator is None or key[0] == indicator) and (when is None or key[1] == when):
                earlier = before.get(key, (0, 0))
                total += value - earlier[0]
                rows += count - earlier[1]
        return total, rows

    def covers(self, indicator: str | None, when: dt.date | None, subtotal: bool) -> bool:
        """Whether any row since the total's start is there for it to add up. A `合计` row with
        none above it is not a total but a figure given as one (`2019年合计 23`)."""
        return self._since(indicator, when, subtotal, self.current())[1] > 0

    def close(self, indicator: str | None, when: dt.date | None, subtotal: bool) -> Number:
        """What the rows since the total's start add up to; the next stretch starts after it."""
        now = self.current()
        total = self._since(indicator, when, subtotal, now)[0]
        if indicator is None and when is None:
            self.at_any = now
            if not subtotal:
                self.at_grand = now
        else:
            matching = {key: sums for key, sums in now.items()
                        if (indicator is None or key[0] == indicator) and (when is None or key[1] == when)}
            self.at_any = {**self.at_any, **matching}
            if indicator is None and not subtotal:
                self.at_grand = {**self.at_grand, **matching}
        return total
