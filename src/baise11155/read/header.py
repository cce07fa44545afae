"""Finding the columns of a progress file in its header row, by the headers `model.columns`
declares, written as people write them: spaces and line breaks ignored, full-width forms read
as half-width, a unit in brackets set aside (`数量（项）` is `数量`, in 项). Every header cell is
either used, set aside on purpose (`序号`), or named in a warning; a header that looks like a
quantity when no value column was found is a problem, never every row silently counted as 1.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..model.columns import ADDITION_WORDS, IGNORED_HEADERS, PROGRESS_COLUMNS, QUANTITY_HINTS
from ..model.notices import Note, Typed, note, quoted
from .cells import FULL_WIDTH, YEARS_SPAN, CellError, parse_when
from .periods import period_of

if TYPE_CHECKING:
    from .rows import Place

HEADER_SEARCH_ROWS = 20  # the header is looked for in the first rows, under titles and 填报单位 lines
# Patterns compiled when first needed (by re's own cache), not on every start: compiling a
# character class of Chinese costs a millisecond.
_UNIT = r"(.+?)\(([^()]*)\)"
# a column named as a year, in a cross-tab (指标 | 2018 | 2019 | 2020)
_YEAR_COLUMN = r"(?:截至|截止|至)?((?:19|20)\d\d)(?:年(?:度|底|末)?)?(完成数?|完成情况|累计完成|累计|实际完成|实际)?"
# a column with the plan's target in a cross-tab, checked against the targets file
TARGET_HEADERS = frozenset({"目标", "任务", "目标任务", "目标数", "任务数", "三年目标", "总目标", "target"})


def header_key(text: str) -> tuple[str, str]:
    """A header as it is compared: (the name, the unit in brackets or "")."""
    folded = "".join(text.lstrip("\ufeff").translate(FULL_WIDTH).split()).casefold()
    folded = folded.replace("[", "(").replace("]", ")")
    unit = re.fullmatch(_UNIT, folded) if folded.endswith(")") else None
    return (unit.group(1), unit.group(2)) if unit else (folded, "")


def _key_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for column in PROGRESS_COLUMNS:
        for header in (column.name, *column.headers):
            table["".join(header.translate(FULL_WIDTH).split()).casefold()] = column.name
    return table


_HEADER_TO_COLUMN = _key_table()
_IGNORED = {header_key(header)[0] for header in IGNORED_HEADERS}
SET_ASIDE = "-"  # a mapping's role for a column to leave unread (a roll-up sets the county and category aside)


class HeaderMatch:
    """What a header row says: where each column is, the units given in brackets, the cells not
    used, and the problems that stop the file being read."""

    def __init__(self) -> None:
        self.positions: dict[str, int] = {}
        self.units: dict[str, str] = {}
        self.unused: list[tuple[int, str]] = []  # (index, the header as written)
        self.problems: list[Note] = []
        self.warnings: list[Note] = []
        # a cross-tab's columns named as years or periods (2019年, 2019年1-9月): (index, the period's last day)
        self.years: list[tuple[int, dt.date]] = []
        # of those, the columns whose figure runs from the start of its year (2019年, 1-9月, 前三季度,
        # 截至9月底): two in one year are running totals within it, the later less the earlier
        self.from_year_start: set[int] = set()
        self.target: int | None = None  # a cross-tab's target column
        self.cumulative = False  # a year column says 累计: its figures are running totals
        self.running_totals = False  # the value column says 累计 (累计完成, 截至本季度累计): running totals
        self.additions = False  # the value column says 新增 (本季度新增, 新认定): additions, never a level
        self.period = ""  # and of which period (本季度新增: a quarter's; see `periods.py`), if it says
        self.blank: list[int] = []  # header cells with nothing in them: a value under one is named
        # the header row's cells, blank ones after the last name included (a CSV's trailing commas):
        # a value beyond them is a problem, one under them a warning
        self.width = 0
        self.wide: Any = None  # one of the city's own layouts (`wide.Layout`): indicators or counties as columns

    @property
    def cross_tab(self) -> bool:
        """One row per indicator (and category), one column per year, and no year or date column."""
        return bool(self.years) and "year" not in self.positions and "date" not in self.positions

    @property
    def usable(self) -> bool:
        """An indicator column, and something that says when or how much."""
        return self.wide is not None or "indicator" in self.positions and (
            bool({"year", "date", "value"} & set(self.positions)) or self.cross_tab)


def role_of(cell: str, mapping: dict[str, str]) -> str | None:
    """The column a header names: one mapped with --column, else a known header, else None."""
    name, unit = header_key(cell)
    whole = name + (f"({unit})" if unit else "")
    for key in (whole, name):
        if key in mapping:
            return mapping[key]
    for key in (whole, name):
        if key in _HEADER_TO_COLUMN:
            return _HEADER_TO_COLUMN[key]
    return None


def _mapped_here(cell: str, mapping: dict[str, str]) -> bool:
    name, unit = header_key(cell)
    return name + (f"({unit})" if unit else "") in mapping or name in mapping


def match_header(row: list[str], place: Callable[[int | None], str], mapping: dict[str, str] | None = None
                 ) -> HeaderMatch:
    """Where each known column is in a header row; `place(column index or None)` names a cell.
    `mapping` is --column's: header (as `header_key` folds it) -> column."""
    found = HeaderMatch()
    mapping = mapping or {}
    taken = set(mapping.values()) - {SET_ASIDE}
    positions = found.positions
    for index, cell in enumerate(row):
        if not cell.strip():
            found.blank.append(index)
            continue
        column = role_of(cell, mapping)
        if column in taken and not _mapped_here(cell, mapping):
            column = None  # a known header for a column the user gave another header (--column value=…)
        if column == SET_ASIDE:  # a column the reading is told not to use (a roll-up's categories): said so
            found.warnings.append(note("column_set_aside", place(index), index=index + 1,
                                       cell=quoted(" ".join(cell.split()))))
            continue
        if column is None:
            name = header_key(cell)[0]
            year = re.fullmatch(_YEAR_COLUMN, name) if name[:1].isdigit() or name[:2] in ("截至", "截止") else None
            period = None if year else _period_column(name)
            if year:
                found.years.append((index, dt.date(int(year.group(1)), 12, 31)))
                found.from_year_start.add(index)
                found.cumulative = found.cumulative or "累计" in (year.group(2) or "")
            elif period is not None:  # 2019年1-9月, 截至2019年9月底累计: the figure at the period's end
                found.years.append((index, period))
                if re.search(FROM_YEAR_START, name):
                    found.from_year_start.add(index)
                found.cumulative = found.cumulative or "累计" in name
            elif name in TARGET_HEADERS and found.target is None:
                found.target = index
            elif name not in _IGNORED:
                found.unused.append((index, cell))
            continue
        if column in positions:
            found.problems.append(note("repeated_column", place(index), index=index + 1, cell=quoted(cell.strip()),
                                       column=column, first=positions[column] + 1))
            continue
        positions[column] = index
        unit = header_key(cell)[1]
        if unit:
            found.units[column] = unit
    if "value" not in positions and not found.cross_tab and "value" not in mapping.values():
        # no header the tool knows holds the figures, but one alone says what it holds (本季度新增,
        # 本期完成, 成交额): it is the value column, said in the read receipt; two are asked below
        said = [(index, cell) for index, cell in found.unused if _amount(cell) or _additions(cell)]
        if len(said) == 1:
            index, cell = said[0]
            positions["value"] = index
            found.unused.remove(said[0])
            unit = header_key(cell)[1]
            if unit:
                found.units["value"] = unit
    if "value" in positions:
        header = header_key(row[positions["value"]])[0]
        found.running_totals = any(word in header for word in RUNNING_TOTAL_WORDS)
        # 新增, 新认定, 本季度新增: additions, which a stock's level is not (its rows are refused)
        found.additions = any(word in header for word in ADDITION_WORDS) and not found.running_totals
        found.period = period_of(header) if found.additions else ""
        if "value" not in mapping.values():  # (a value column the user named is the one meant)
            rivals = [(index, cell) for index, cell in found.unused if _another_value(cell) or _amount(cell)]
            for index, cell in rivals:
                found.problems.append(note("two_value_columns", place(index), cell=" ".join(cell.split()),
                                           value=" ".join(row[positions["value"]].split()),
                                           header=" ".join(cell.split())))
            found.unused = [entry for entry in found.unused if entry not in rivals]
    if "indicator" not in positions:
        found.problems.append(note("no_indicator_column", place(None)))
    if not found.cross_tab:
        # year-named columns and a target column mean something only in a cross-tab
        found.unused += [(index, row[index]) for index, _ in found.years]
        if found.target is not None:
            found.unused.append((found.target, row[found.target]))
        found.unused.sort()
    if "year" not in positions and "date" not in positions and not found.cross_tab:
        found.problems.append(note("no_when_column", place(None)))
    if "value" not in positions and not found.cross_tab:
        quantities = [(index, cell) for index, cell in found.unused if _looks_like_quantity(cell)]
        for index, cell in quantities:
            found.problems.append(note("value_column_unknown", place(index), index=index + 1,
                                       cell=quoted(" ".join(cell.split())), typed=Typed(" ".join(cell.split()))))
        found.unused = [entry for entry in found.unused if entry not in quantities]
    for index, cell in found.unused:
        found.warnings.append(note("column_not_used", place(index), index=index + 1, cell=quoted(" ".join(cell.split()))))
    return found


UNIT_HEADERS = ("单位", "计量单位", "unit")  # a column of each row's unit (万元 on one row, 家 on another)
# a value column whose header says so holds running totals (a level of the work done so far)
RUNNING_TOTAL_WORDS = ("累计", "截至", "截止")
# beside a value column, a header saying one of these holds figures too: which is meant is asked
_RIVAL_WORDS = ("新增", "本期", "本季度", "本月", "当期", "当年", "本年", "累计", "截至", "截止", "完成")
_NOT_RIVAL_WORDS = ("率", "比", "%", "目标", "任务", "计划", "进度", "时间", "日期", "年份", "单位", "说明", "备注")


def _another_value(cell: str) -> bool:
    """Whether a header not used holds figures of its own: a second value column."""
    name = header_key(cell)[0]
    return any(word in name for word in _RIVAL_WORDS) and not any(word in name for word in _NOT_RIVAL_WORDS)


# a header naming an amount of money: the figures of an indicator in 元, 万元 or 亿元
_AMOUNT_WORDS = ("成交额", "金额", "额度", "投入额", "产值", "收入", "经费")


def _amount(cell: str) -> bool:
    name = header_key(cell)[0]
    return any(word in name for word in _AMOUNT_WORDS) and not any(word in name for word in _NOT_RIVAL_WORDS)


def _additions(cell: str) -> bool:
    name = header_key(cell)[0]
    return any(word in name for word in ADDITION_WORDS) and not any(word in name for word in _NOT_RIVAL_WORDS)


_FIGURE_WORDS = r"(?:完成数?|完成情况|累计完成|累计|实际完成|实际)$"
# a period from the start of its year: 1-9月, 1月-9月, 前三季度, 上半年, 截至9月底, 全年
FROM_YEAR_START = r"(?:年|^)0?[1一]\s*月?\s*[-\u2010-\u2015~\u301c至到]|前[1-4一二三四两]|上半年|截[至止]|全年|年度"


def _period_column(name: str) -> dt.date | None:
    """The last day of a period a header names (2019年1-9月, 2019年三季度, 截至2019年9月底累计), or
    None: the column of a cross-tab that gives the figure at that day."""
    if not re.search(r"(?:19|20)\d\d", name) or YEARS_SPAN.search(name):
        return None  # (2018—2020年累计 is the whole period's column, beside the years')
    try:
        return parse_when(re.sub(_FIGURE_WORDS, "", name))[0]
    except CellError:
        return None


def _looks_like_quantity(cell: str) -> bool:
    name = header_key(cell)[0]
    return any(hint in name for hint in QUANTITY_HINTS)


Located = tuple[int, list[str], HeaderMatch, list[list[str]], list[tuple[int, list[str]]]]
# asked of each row looked at, with the rows above it and the rows to come: whether it is the header
# of another layout (`wide.recogniser`: the city's own, indicators or counties as columns)
Recognise = Callable[[int, list[str], list[list[str]], Iterator[tuple[int, list[str]]]], Located | None]


def locate_header(rows: Iterator[tuple[int, list[str]]], place: Place, mapping: dict[str, str], sheet: bool,
                  recognise: Recognise | None = None) -> Located | None:
    """The header row: the first of the first rows that names an indicator column and a year, date
    or value column (a title, a 填报单位 line above it are skipped). A two-row header — a group row
    (指标 | 完成情况 spanning 2018年 | 2019年, a cell merged down) over the names — is read as one: the
    names row takes its blank cells from the group row. When no row qualifies, the first row with
    anything in it, whose problems say what is missing. Returns (line, cells, match, the rows
    skipped above it, the rows read after it that are data), or None when there is no row with
    anything in it. A header with blank cells among its names may be a group row: the row after
    it is read to tell, and given back as data if it is not names. A row `recognise` knows as the
    header of another layout is that header, as it says."""
    first: tuple[int, list[str], HeaderMatch, int] | None = None
    best: tuple[int, tuple[int, list[str], HeaderMatch, int]] | None = None  # the row most like a header, by its names
    pending: tuple[int, list[str], HeaderMatch] | None = None  # usable, but with problems: a group row?
    above: list[list[str]] = []
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        cells = list(row)
        while cells and not cells[-1].strip():
            cells.pop()  # a sheet's used range often runs past the last named column; a CSV's commas too
        other = recognise(number, cells, above, rows) if recognise is not None else None
        if other is not None:
            return other
        match = match_header(cells, functools.partial(place, number), mapping)
        match.width = len(cells) if sheet else len(row)
        if first is None:
            first = (number, cells, match, len(above))
        score = _names_in(cells, mapping)
        if score and (best is None or score > best[0]):
            best = (score, (number, cells, match, len(above)))  # (and the rows above it: a title's date)
        if match.usable and not match.problems and pending is None:
            # (a CSV's trailing blank cells count: "指标,2019年完成情况," is a group row over two columns)
            if all(cell.strip() for cell in cells) and (sheet or len(cells) == len(row)):
                return number, cells, match, above, []
            pending = (number, cells, match)  # blank cells among the names: perhaps a group row
            above.append(cells)
            continue
        if above:
            group = above[-1]
            filled = [cells[i] if i < len(cells) and cells[i].strip() else (group[i] if i < len(group) else "")
                      for i in range(max(len(cells), len(group)))]
            combined = match_header(filled, functools.partial(place, number), mapping)
            combined.width = len(filled) if sheet else max(len(row), len(filled))
            if combined.usable and not combined.problems and _names_row(cells, mapping):
                return number, filled, combined, above[:-1], []
        if pending is not None:
            return pending[0], pending[1], pending[2], above[:-1], [(number, row)]
        if match.usable:
            pending = (number, cells, match)  # usable but with problems: the row under it may complete it
        above.append(cells)
        if len(above) >= HEADER_SEARCH_ROWS:
            break
    if pending is not None:
        return pending[0], pending[1], pending[2], above[:-1], []
    if first is None:
        return None
    # no row can be read as the header: the one most like it is the one whose problems are said
    # (a title above it says nothing of what is missing)
    number, cells, match, before = best[1] if best is not None else first
    return number, cells, match, above[:before], []


def _names_row(cells: list[str], mapping: dict[str, str]) -> bool:
    """Whether a row holds names of columns rather than figures: two or more cells a header would hold."""
    return _names_in(cells, mapping) >= 2


def _names_in(cells: list[str], mapping: dict[str, str]) -> int:
    """How many cells of a row a header would hold: known columns' names, years, a target."""
    named = 0
    for cell in cells:
        if cell.strip():
            name = header_key(cell)[0]
            if role_of(cell, mapping) is not None or name in TARGET_HEADERS or name in _IGNORED or (
                    name[:1].isdigit() and re.fullmatch(_YEAR_COLUMN, name)):
                named += 1
    return named
