"""The city's own layouts, read as ledgers. A table with a row per county (or unit) and a column per
indicator (`序号 | 县（市、区） | 突破重大技术（项） | … | 统计时间 | 备注`), and its transpose, a row per
indicator and a column per county (`指标 | 右江区 | 田阳区 | … | 合计`), their headers found and read
by `wide_header`. Each filled figure cell is read as a ledger row of its own (indicator, category,
date, year, value, county) and goes through `RowReader.take`, so that every rule of a ledger applies
— a 合计 row or column checked and left out, footers, a city row, 其中 rows, running totals — and
every message names the cell. A blank cell is no figure.

The date is a 统计时间/日期/年份 column's, or one from outside the table (the sheet's name, the
title: `wide_reader`'s `outside`); with neither the table is refused at its header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..model.areas import area_key
from ..model.notices import Note, columns_read, note
from ..model.plan import COUNT_UNITS
from .cells import CellError, parse_value
from .header import header_key
from .rows import RowReader
from .running import RunningTotals
from .totals import BREAKDOWN, folded, is_footer, is_total
from .wide_header import (
    COUNTIES,
    INDICATORS,
    NOT_READ,
    Layout,
    cell_at,
    indicator_named,
    recogniser,
    whole_city,
)

if TYPE_CHECKING:
    from ..model.observations import Observations
    from ..model.plan import Indicator
    from .header import Located
    from .lookup import NameIndex
    from .rows import Place, SeenItems
    from .wide_header import Figure

__all__ = ["WideTable", "recogniser", "wide_reader"]

# the ledger row each figure becomes
COLUMNS = {"indicator": 0, "category": 1, "date": 2, "year": 3, "value": 4, "county": 5}
WIDTH = len(COLUMNS)
_INDICATOR, _CATEGORY, _DATE, _YEAR, _VALUE, _COUNTY = range(WIDTH)


def wide_reader(label: str, found: Located, place: Place, names: NameIndex, out: Observations, seen: SeenItems,
                trace: Callable[..., Any] | None, *, series: RunningTotals, all_parts: bool, line_units: tuple[str, ...] = (),
                outside: Callable[[], tuple[dt.date, Note] | None] = lambda: None, figures_given: dict | None = None,
                area_names: dict[str, list] | None = None
                ) -> tuple[RowReader, int, WideTable, list] | None:
    """The reader of a table in one of the city's layouts, as `_Context.reader` returns one, or None
    with the problem noted. `outside` gives the date a table with no date column stands at, from
    outside it (the sheet's name, the title), with the note saying where it came from; None when
    nothing does (a problem said, if it gave two). `line_units` are those a 单位： line above the
    header gives: the unit of a column whose header gives none, as for a ledger's value column."""
    line, cells, match, skipped, leftover = found
    layout: Layout = match.wide
    positions = match.positions
    dated = "date" in positions or "year" in positions
    figures = [figure for figure in layout.figures if not figure.is_part]
    given = None
    if not dated and (layout.kind == COUNTIES or any(not (figure.year or figure.date) for figure in figures)):
        before = out.problem_count
        given = outside()
        if given is None:
            if out.problem_count == before:
                out.problem(note("wide_no_when", place(line, None), row=line))
            return None
    # a title saying 累计 (截至本季度累计): the counts' figures are running totals
    titled = any("累计" in "".join(cells_above) for cells_above in skipped)
    counts = [figure for figure in figures if figure.indicator.kind.accrues]
    for figure in counts:
        figure.running = figure.running or titled
    mixed = next((figure for figure in counts if figure.running != counts[0].running), None)
    if mixed is not None:
        summed, other = (mixed, counts[0]) if mixed.running else (counts[0], mixed)
        out.problem(note("wide_running_mixed", place(line, summed.index), cell=summed.header, other=other.header))
        return None
    running = bool(counts) and counts[0].running or (layout.kind == COUNTIES and titled)
    table = WideTable(layout, positions, names, out, place, given[0].isoformat() if given is not None else "")
    unused = sum(warning.code in NOT_READ for warning in match.warnings)
    shown = columns_read(positions, cells)
    if layout.kind == INDICATORS:
        headers = ", ".join(figure.header for figure in figures)
        out.warnings.append(note("layout_indicator_columns", place(line, None), indicators=headers))
        out.recognised.append(note("recognised_indicator_columns", place(line, None), row=line, columns=shown,
                                   indicators=headers, unused=unused))
        values = note("values_indicator_columns_running" if running else "values_indicator_columns", columns=headers)
    else:
        counties = ", ".join(county for _, county in layout.counties)
        totals = ", ".join(" ".join(layout.names[index].split()) for index, _ in layout.totals)
        out.warnings.append(note("layout_county_columns_total" if totals else "layout_county_columns",
                                 place(line, None), counties=counties, totals=totals))
        out.recognised.append(note("recognised_county_columns", place(line, None), row=line, columns=shown,
                                   counties=counties, unused=unused))
        values = note("values_county_columns_running" if running else "values_county_columns",
                      counties=len(layout.counties))
    years = sorted({figure.year or figure.header for figure in figures if figure.year or figure.date})
    if dated:
        headers_of = {c: " ".join(cells[positions[c]].split()) for c in ("date", "year") if c in positions}
        dates = note("dates_columns", **headers_of) if len(headers_of) == 2 else \
            note("dates_column", header=next(iter(headers_of.values())))
    elif given is not None:
        dates = given[1]
    else:
        dates = note("dates_year_columns", years=", ".join(years))
    # (figures given across files and sheets, and areas' names, shared with every other layout's reader)
    reader = RowReader(label, COLUMNS, WIDTH, names, out, seen, place=table.place, trace=trace,
                       series=series if running else None, receipt=(values, dates), given=figures_given,
                       area_names=area_names)
    reader.all_parts = all_parts
    # a list of counting units (单位：项、个、家) names each indicator's, never a conversion: the columns'
    # own units say which is whose; a unit of money or people (单位：万元) is the columns' without one
    reader.line_units = () if all(unit in COUNT_UNITS for unit in line_units) else line_units
    return reader, WIDTH, table, leftover


class WideTable:
    """Turns the rows under one of the city's layouts into ledger rows, one per filled figure cell."""

    def __init__(self, layout: Layout, positions: dict[str, int], names: NameIndex, out: Observations, place: Place,
                 given: str) -> None:
        self.layout = layout
        self.names = names
        self.out = out
        self.file_place = place
        self.given = given  # a date from outside the table, for a table with no date column
        self.label = positions.get("county", positions.get("item"))  # a row's county (or unit)
        self.i_indicator = positions.get("indicator")
        self.i_category, self.i_date, self.i_year, self.i_note = (positions.get(c) for c in
                                                                  ("category", "date", "year", "note"))
        self._cell: int | None = None  # the figure cell being read, for messages
        self._label: int | None = self.label  # where the ledger row's county (or label) comes from
        self._year: int | None = self.i_year
        self.beyond_named = False  # a figure right of the header, or under no name, has been named
        self.units: dict[tuple[str, str], str | None] = {}  # COUNTIES: (indicator cell, unit) -> what follows its figures
        self.rows_seen: dict[tuple[str, ...], int] = {}  # a row's county (or indicator) and date -> its line

    def place(self, line: int, column: int | None) -> str:
        """Where a ledger row's cell is in the file: the figure cell for its value (and for the row)."""
        real = {_CATEGORY: self.i_category, _DATE: self.i_date, _YEAR: self._year if self._year is not None else
                self.i_date, _COUNTY: self._label}
        if self.layout.kind == COUNTIES:
            real[_INDICATOR] = self._label
            real[_COUNTY] = self._cell
        if column in real and real[column] is not None:
            return self.file_place(line, real[column])
        if column == _DATE and self.i_date is None:
            return self.file_place(line, None)  # a date given from outside the table: the row
        return self.file_place(line, self._cell)

    def rows(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
        read = self._county_row if self.layout.kind == INDICATORS else self._indicator_row
        for line, row in rows:
            if not any(text.strip() for text in row):
                continue
            self._unnamed(line, row)
            yield from read(line, row)

    def _when(self, row: list[str]) -> tuple[str, str]:
        return (cell_at(row, self.i_date) if self.i_date is not None else self.given,
                cell_at(row, self.i_year) if self.i_year is not None else "")

    def _county_row(self, line: int, row: list[str]) -> Iterator[tuple[int, list[str]]]:
        """A row of a table with a column per indicator: one ledger row per filled figure cell."""
        label = cell_at(row, self.label) if self.label is not None else ""
        self._label = self.label
        if not label.strip():  # a 合计 written in the 序号 cell, a footer across the row
            self._label, label = self._text_elsewhere(row)
        if is_footer(label):  # 填表人：… in the 序号 cell, 审核人：… under a figure's header: the ledger tells it
            self._cell = self._label
            yield line, [label, "", *self._when(row), "", ""]
            return
        label = whole_city(label)
        date, year = self._when(row)
        category = cell_at(row, self.i_category) if self.i_category is not None else ""
        filled = [figure for figure in self.layout.figures if cell_at(row, figure.index).strip()]
        if not any(not figure.is_part for figure in filled):
            if label.strip() and self._label != self.label:
                # no figure, and text where no county is: a footer, a total, or a row that is not
                # known, as the ledger tells
                self._cell = self._label
                yield line, [label, "", date, year, "", ""]
            return  # a county that reported nothing: no figure
        if self._twice(line, label, (area_key(label), category.strip(), date.strip(), year.strip())):
            return
        for figure in filled:
            text = cell_at(row, figure.index)
            if figure.is_part:
                self._check_part(line, row, figure, text)
                continue
            self._cell = figure.index
            self._year = figure.index if figure.year else self.i_year
            value = text + figure.unit if figure.unit and text.strip()[-1:].isdigit() else text
            # (a figure under a year is that year's, whatever date the title gives the table)
            yield line, [figure.indicator.name.zh, figure.category or category,
                         figure.date or ("" if figure.year else date), "" if figure.date else figure.year or year, value,
                         label]

    def _indicator_row(self, line: int, row: list[str]) -> Iterator[tuple[int, list[str]]]:
        """A row of a table with a column per county: one ledger row per filled county cell, then
        one per filled total column (合计: checked against the counties' and left out, as the ledger
        does with a total)."""
        assert self.i_indicator is not None
        self._label = self.i_indicator
        indicator = cell_at(row, self.i_indicator)
        if not indicator.strip():
            self._label, indicator = self._text_elsewhere(row)
        date, year = self._when(row)
        category = cell_at(row, self.i_category) if self.i_category is not None else ""
        cells = [(index, county) for index, county in (*self.layout.counties, *self.layout.totals)
                 if cell_at(row, index).strip()]
        if is_total(indicator) or is_total(category):
            # a row adding up the rows above it (合计 in the indicator's cell, 小计 in the category's):
            # its total, the 合计 column's, checked as the ledger checks a total; each county's cell
            # of it would be checked against all the counties' rows
            total = next(((index, cell_at(row, index)) for index, _ in self.layout.totals if cell_at(row, index).strip()),
                         (self._label, ""))
            self._cell = total[0]
            yield line, [indicator, category, date, year, total[1], ""]
            return
        if not cells:
            if indicator.strip() and indicator_named(indicator, self.names) is None and not folded(
                    indicator).startswith(BREAKDOWN):
                self._cell = self._label
                yield line, [indicator, "", date, year, "", ""]  # a footer, a total, or not known: as the ledger tells
            return
        indicator, unit = self._row_unit(line, row, indicator)
        if unit is None or self._twice(line, indicator, (" ".join(indicator.split()), category.strip(), date.strip(),
                                                         year.strip())):
            return
        for index, county in cells:
            self._cell = index
            text = cell_at(row, index)
            value = text + unit if unit and text.strip()[-1:].isdigit() else text
            yield line, [indicator, category, date, year, value, county]

    def _twice(self, line: int, label: str, key: tuple[str, ...]) -> bool:
        """Whether a county's row (or an indicator's) is the table's second for its date: its figures
        would count twice; refused, naming both rows. A total, a 其中 row, a row naming no county are
        the ledger's to tell."""
        if not label.strip() or is_total(label) or folded(label).startswith(BREAKDOWN):
            return False
        first = self.rows_seen.setdefault(key, line)
        if first == line:
            return False
        self.out.problem(note("wide_row_twice", self.file_place(line, self._label), cell=" ".join(label.split()),
                              first=first))
        return True

    def _row_unit(self, line: int, row: list[str], text: str) -> tuple[str, str | None]:
        """The indicator cell with a unit in brackets set aside (`突破重大技术（项）`), and what follows
        its figures: a measured value's unit (the ledger converts it or refuses it), or ""; None when
        the unit is refused (said once, at the cell)."""
        indicator = indicator_named(text, self.names)
        if indicator is None:
            return text, ""  # the ledger says it is not known, at its cell
        bracket = header_key(text)[1]
        column = self.layout.unit_column
        written = header_key(cell_at(row, column))[0] if column is not None and cell_at(row, column).strip() else bracket
        key = (text, written)
        if key not in self.units:
            self.units[key] = self._unit_of(indicator, written, self.file_place(
                line, column if column is not None and cell_at(row, column).strip() else self.i_indicator))
        unit = self.units[key]
        return (indicator.name.zh if bracket else text), unit

    def _unit_of(self, indicator: Indicator, unit: str, where: str) -> str | None:
        expected = indicator.values_unit
        if not unit or unit in (expected.zh.casefold(), expected.en.casefold()):
            return ""
        if indicator.measured:
            return unit
        said = {"id": indicator.id, "name": indicator.name.zh, "unit": unit, "expected": expected.zh}
        if unit in COUNT_UNITS:
            self.out.warnings.append(note("unit_differs", where, **said))
            return ""
        self.out.problem(note("wide_unit", where, cell=unit, **said))
        return None

    def _text_elsewhere(self, row: list[str]) -> tuple[int | None, str]:
        """For a row whose label cell is blank, the text it has elsewhere (合计 in the 序号 cell, a
        footer across the row): a total's word first, else the first text that is not a number."""
        layout = self.layout
        aside = {figure.index for figure in layout.figures} | {index for index, _ in layout.counties + layout.totals}
        aside |= {i for i in (self.i_date, self.i_year, self.i_note, self.i_category, layout.unit_column) if i is not None}
        texts = [(index, text) for index, text in enumerate(row) if text.strip() and index not in aside]
        totals = [(index, text) for index, text in texts if is_total(text)]
        others = [(index, text) for index, text in texts if _number(text) is None]
        if not totals and not others:
            return None, ""
        return (totals or others)[0]

    def _check_part(self, line: int, row: list[str], figure: Figure, text: str) -> None:
        """A part (其中) is never more than its whole: said, naming both cells, when it is."""
        if figure.whole is None:
            return
        part, whole = _number(text), _number(cell_at(row, figure.whole))
        if part is not None and whole is not None and part > whole:
            self.out.warnings.append(note("part_exceeds_whole", self.file_place(line, figure.index), part=text.strip(),
                                          whole=self.layout.names[figure.whole], total=cell_at(row, figure.whole).strip(),
                                          cell=self.file_place(line, figure.whole)))

    def _unnamed(self, line: int, row: list[str]) -> None:
        """A figure under no name (right of the header, or under a blank header cell) is not read:
        the first is named."""
        if self.beyond_named:
            return
        width = len(self.layout.names)
        index = next((i for i, text in enumerate(row) if text.strip() and (i >= width or i in self.layout.blank)),
                     None)
        if index is not None:
            self.out.warnings.append(note("cells_without_header", self.file_place(line, index)))
            self.beyond_named = True


def _number(text: str) -> Any:
    try:
        return parse_value(text) if text.strip() else None
    except CellError:
        return None
