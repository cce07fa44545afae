"""The cross-tab layout analysts use most: one row per indicator (and category), one column per
year (`指标 | 目标 | 2018 | 2019 | 2020`). Each filled year cell is one figure, read as a ledger row
(indicator, category, year, value, county) of its own, so that every rule of a ledger applies and
every message names the cell. A 目标 column is checked against the plan; year columns saying 累计
(or a title above saying so) hold running totals, whose differences are a count's figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model.kinds import output_number
from ..model.notices import note
from .cells import CellError, parse_value
from .totals import is_footer, is_total

if TYPE_CHECKING:
    from ..model.kinds import Number
    from ..model.observations import Observations
    from ..model.plan import Indicator
    from .header import HeaderMatch
    from .lookup import NameIndex
    from .rows import Place

# the ledger row each figure becomes
COLUMNS = {"indicator": 0, "category": 1, "year": 2, "value": 3, "county": 4}
UNIT = 5  # and the row's unit, where a 单位 column gives one (万元 on a money row, 家 on another)
WIDTH = len(COLUMNS) + 1


class CrossTab:
    """Turns the rows under a cross-tab's header into ledger rows, one per filled year cell."""

    def __init__(self, match: HeaderMatch, names: NameIndex, out: Observations, place: Place, cumulative: bool,
                 unit: int | None = None) -> None:
        self.unit = unit  # the column of each row's unit, if any
        self.match = match
        self.names = names
        self.out = out
        self.file_place = place
        self.cumulative = cumulative or match.cumulative
        self.years = sorted(match.years, key=lambda column: column[1])
        # a part of a year (7-9月, 三季度) that a later column to date of the same year (1-9月, the
        # year) already holds: set aside, or it would count twice
        to_date = [(index, when) for index, when in self.years if index in match.from_year_start]
        self.covered = {index for index, when in self.years if index not in match.from_year_start and any(
            other != index and later.year == when.year and later >= when for other, later in to_date)}
        self._column: int | None = None  # the year cell being read, for messages

    def place(self, line: int, column: int | None) -> str:
        """Where a ledger row's cell is in the file: its year cell for the year and the value."""
        positions = self.match.positions
        real = {0: positions.get("indicator"), 1: positions.get("category"), 4: positions.get("county"), UNIT: self.unit}
        return self.file_place(line, real.get(column) if column in real else self._column)

    def rows(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
        positions = self.match.positions
        i_indicator, i_category, i_county = (positions.get(c) for c in ("indicator", "category", "county"))
        for line, row in rows:
            def cell(index: int | None, row: list[str] = row) -> str:
                return row[index] if index is not None and index < len(row) else ""

            if not any(text.strip() for text in row):
                continue
            indicator_text = cell(i_indicator)
            if not indicator_text.strip():
                # a total written where the ledger row has no cell for it (序号, an item): carried as its
                # indicator; so is a footer (填表人：… in the 序号 cell, 审核人：… under a year), which the
                # ledger's rules then tell
                indicator_text = next((text for text in row if text.strip() and (is_total(text) or is_footer(text))),
                                      indicator_text)
                if is_footer(indicator_text):
                    self._column = i_indicator
                    yield line, [indicator_text] + [""] * (WIDTH - 1)
                    continue
            indicator = self._indicator(indicator_text)
            if self.match.target is not None and indicator is not None:
                self._check_target(line, indicator, cell(i_category), cell(self.match.target))
            figures: list[Number | None] = []
            before: Number | None = None
            so_far: dict[int, Number] = {}  # a year's figure to date, from its columns running from its start
            for index, year in self.years:
                text = cell(index).strip()
                if not text or (index in self.covered and not self.cumulative):
                    continue
                self._column = index
                if not self.cumulative and index in self.match.from_year_start and (
                        indicator is None or not indicator.kind.levels):
                    # 1-6月 then 1-9月 (or the whole year): the later is the year so far, less the earlier
                    total = _number(text)
                    if total is not None:
                        earlier = so_far.get(year.year)
                        so_far[year.year] = total
                        if earlier is not None:
                            if total < earlier:
                                self.out.problem(note("running_total_falls", self.file_place(line, index),
                                                      year=shown(year), total=text, before=earlier))
                                continue
                            text = str(output_number(total - earlier))
                if self.cumulative and (indicator is None or not indicator.kind.levels):
                    # a count's running total (and a total row's) is differenced; a stock's is its level
                    total = _number(text)
                    if total is not None and before is not None and total < before:
                        self.out.problem(note("running_total_falls", self.file_place(line, index), year=shown(year),
                                              total=text, before=before))
                        before = total
                        continue
                    text, before = self._difference(text, before)
                figures.append(_number(text))
                yield line, [indicator_text, cell(i_category), year.isoformat(), text, cell(i_county), cell(self.unit)]
            i_value = positions.get("value")
            if i_value is not None and indicator is not None and cell(i_value).strip():
                self._check_sum(line, indicator, cell(i_value), figures, i_value)
            # a row with an indicator and no figure yields nothing: its indicator has no data there

    def _indicator(self, text: str) -> Indicator | None:
        try:
            return self.names.indicator(text) if text.strip() else None
        except CellError:
            return None  # the ledger row says so, at its cell

    def _difference(self, text: str, before: Number | None) -> tuple[str, Number | None]:
        """A running total's figure for its year: itself less the one before it."""
        try:
            total = parse_value(text)
        except CellError:
            return text, before  # the ledger row refuses it, at its cell
        figure = total - before if before is not None else total
        shown = str(figure) if isinstance(figure, int) else repr(float(figure))
        return shown, total

    def _check_sum(self, line: int, indicator: Indicator, text: str, figures: list[Number | None], column: int
                   ) -> None:
        """A column beside the years (累计完成, 合计) is checked against the row's year figures: a
        count adds them up; a stock's is its latest."""
        try:
            stated = parse_value(text)
        except CellError:
            return
        known = [figure for figure in figures if figure is not None]
        if not known:
            return
        expected = known[-1] if indicator.kind.levels else sum(known, 0)
        if stated != expected:
            self.out.warnings.append(note("row_total_differs", self.file_place(line, column), id=indicator.id,
                                          name=indicator.name.zh, stated=text.strip(), figures=expected))

    def _check_target(self, line: int, indicator: Indicator, category_text: str, text: str) -> None:
        if not text.strip():
            return
        try:
            stated = parse_value(text)
            category = self.names.category(indicator, category_text)
        except CellError:
            return
        planned = next((c.target for c in indicator.categories if c.id == category), None) if category else indicator.target
        if planned is not None and stated != planned:
            self.out.warnings.append(note("target_differs", self.file_place(line, self.match.target), id=indicator.id,
                                          name=indicator.name.zh, stated=str(text).strip(), planned=planned))


def _number(text: str) -> Number | None:
    try:
        return parse_value(text)
    except CellError:
        return None


def shown(when: dt.date) -> str:
    """A cross-tab column's period as said: 2019 for a year's column, 2019-09-30 for a part of one."""
    return str(when.year) if (when.month, when.day) == (12, 31) else when.isoformat()
