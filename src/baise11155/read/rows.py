"""The rows of one progress file, placed into observations: one way for every route.

Each row — of a text file by path, standard input, a named pipe, a workbook's sheet, explain's
trace — goes through `RowReader.take`: is it data at all (`totals.not_data`: a total, a subtotal,
a footer), which indicator, category, date and value its cells say, whether its item was listed
before, and which sum it is added to. The cells that decide where a row goes (indicator,
category, date or year, value) are checked once per distinct tuple and remembered as an `Entry`:
a cache of what was decided, never a second way of deciding it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..model.areas import area_key, names_an_area
from ..model.notices import Note, note, quoted
from ..model.observations import Bucket, Key, ProgressRow, Revised
from ..model.vintages import is_dated, later, least_final
from .cells import (
    CellError,
    convert,
    parse_measure,
    parse_value,
    parse_when,
    scaled,
    unit_factor,
)
from .lookup import NameIndex
from .periods import PeriodAdditions, YearDays
from .running import RunningTotals
from .slips import SlipWatch
from .totals import BREAKDOWN, INDENTS, TOTAL_ENDINGS, Columns, RunningSums, area_named, folded, is_total, not_data
from .vintage import parse_vintage

if TYPE_CHECKING:
    from ..model.kinds import Number
    from ..model.observations import Observations
    from ..model.plan import Indicator

MAX_DUPLICATE_WARNINGS = 20
NATIONAL = "国家级"  # an indicator of national platforms counts no lesser grade
_FIGURE = re.compile(r"[+-]?[\d,，.]*\d(?:\.\d+)?\s*[%％]?")  # a cell holding a figure (not a name, not a date)
MAX_REMEMBERED = 50_000  # distinct cell tuples remembered before the memory of them is cleared
_UNSEEN = object()


class Reading:
    """One indicator as a file names it, looked up once per distinct indicator cell."""

    __slots__ = ("indicator", "category_of", "units", "factor", "unit")

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.category_of: dict[str, str | None] = {}  # category cell -> category id
        # a measured value's units, which may follow its figure; None where a row may be one item
        unit = indicator.values_unit
        self.units = tuple(u for u in (unit.zh, unit.en) if u) if indicator.measured else None
        # what the value column's figures are multiplied by (its header in 万元, the indicator in 亿元:
        # 1/10000); None when its unit does not convert (said once, and its rows not read)
        self.factor: Number | None = 1
        self.unit = ""  # the unit its figures are written in, where the file says (a header, a 单位： line)


class Entry:
    """Where the rows with one tuple of deciding cells go, checked once."""

    __slots__ = ("id", "name", "is_level", "summed", "yearly", "accrues", "category", "when", "value", "scope", "by_part",
                 "blank", "from_parts")

    def __init__(self, indicator: Indicator, category: str | None, when: dt.date, value: Number,
                 by_part: bool, blank: bool = False) -> None:
        self.id = indicator.id
        self.name = indicator.name.zh  # for the Chinese messages
        self.is_level = indicator.kind.levels
        self.summed = indicator.kind.summed  # a ratio's rows are never added up
        self.yearly = indicator.kind.yearly  # a year's figure (a turnover): its running totals run within the year
        self.accrues = indicator.kind.accrues  # running totals and a period's additions may give its figures
        self.category = category
        self.when = when
        self.value = value
        # an item is listed once per indicator; a stock's enterprises once per date held
        self.scope = indicator.kind.item_scope(self.id, when)
        # a stock's rows are summed by county (its parts); a count's are the city's, unless asked
        self.by_part = by_part
        self.blank = blank  # its value cell is blank, and so counts 1: right only in an item ledger
        # a ratio made of its parts (calc/ratios.py): its counties' ratios are kept, to be checked against theirs
        self.from_parts = indicator.parts is not None


class SeenItems:
    """The items counted so far, across files: a 64-bit digest of (scope, item) for each, so that
    what is kept does not grow with the length of the items' names."""

    def __init__(self) -> None:
        self.digests: set[int] = set()
        self.figures: dict[int, Number] = {}  # an item's figure where it is not 1 (a ledger's items are 1 each)

    def earlier(self, scope: object, item: str, value: Number) -> Number | None:
        """None when the item is met for the first time in its scope (remembered from now on), else
        the figure it was given then."""
        digest = hash((scope, item))
        if digest in self.digests:
            return self.figures.get(digest, 1)
        self.digests.add(digest)
        if value != 1:
            self.figures[digest] = value
        return None


Place = Callable[[int, "int | None"], str]
Held = tuple["Entry", int, ProgressRow, Sequence[str]]  # a row held to the end of its file: entry, line, as read, cells


class RowReader:
    """Places the data rows of one file (after its header) into `Observations`."""

    def __init__(self, label: str, columns: dict[str, int], width: int, names: NameIndex,
                 out: Observations, seen: SeenItems, *, place: Place | None = None,
                 trace: Callable[[ProgressRow], Any] | None = None, value_unit: str = "",
                 named_width: int | None = None, series: RunningTotals | None = None,
                 receipt: tuple[Note, Note] | None = None, fixed_when: dt.date | None = None,
                 area_names: dict[str, list] | None = None, given: dict | None = None, fixed_county: str = "",
                 unit_column: int | None = None, grade_column: int | None = None) -> None:
        self.label = label
        # how a message names a place: `file:line` for text, `file:Sheet!C7` for a spreadsheet
        self.place: Place = place or line_place(label)
        self.width = width  # the header's cells; a value beyond them is a problem
        # up to the header's last named cell: rows are cut or padded to this, and a value under the
        # blank cells after it is named in a warning (a header padded with five million commas
        # must not pad every row to five million cells)
        self.named = width if named_width is None else named_width
        self.names = names
        plan = names.plan  # what names an area before a total's word (右江区合计): the plan's counties, where it lists them
        self._is_area: Callable[[str], bool] = (lambda name: plan.division(name) is not None) if plan.divisions \
            else names_an_area
        self.out = out
        self.seen = seen
        self.trace = trace  # given each row, counted or set aside
        self.value_unit = value_unit  # the unit the value column's header gives in brackets: 数量（项）
        self.unit_place = ""  # where that unit is written (the header cell), set by whoever found it
        self.i_indicator = columns["indicator"]
        self.i_category = columns.get("category")
        self.i_date = columns.get("date")
        self.i_year = columns.get("year")
        self.i_value = columns.get("value")
        self.i_item = columns.get("item")
        self.i_county = columns.get("county")
        self.i_vintage = columns.get("vintage")
        # the parts of a ratio (研发经费, 地区生产总值) are kept by county, so that an area's ratio is its
        # own parts' and a city's Σ numerators ÷ Σ denominators (calc/ratios.py)
        self.ratio_parts = {ident for i in names.plan.indicators if i.parts is not None
                            for ident in (i.parts.numerator, i.parts.denominator)}
        self.reading_of: dict[str, Reading] = {}
        # each total is checked against the rows above it since the last one
        self.running = RunningSums(self._sums_now)
        self.blank_columns: list[int] = []  # columns without a header, set by whoever found it
        self.blank_named = False  # a value under no header has been named
        self.all_parts = False  # every kind's rows kept by county (`--by county`), not a stock's alone
        # a county cell that names the whole city: a stock's level for the city, not one of its parts
        self.whole_city = names.plan.whole_area_names
        # area key -> [the name it is shown by, whether the plan's, the latest date met, its spelling
        # then, each spelling met -> where first]
        self.area_names = area_names if area_names is not None else {}
        # the figures (not items) given so far, by indicator, category, date and area: where first
        # (shared by the files and sheets of a reading; None where not checked)
        self.given = given
        self.fixed_county = fixed_county  # every row's county, where the sheet is named for one (右江区)
        self.total_columns = Columns(self.i_indicator, self.i_category, self.i_county, self.i_item)
        self.when_of: dict[str, dt.date] = {}
        self.value_of: dict[str, Number] = {}
        self.entry_of: dict[tuple, Entry] = {}  # the deciding cells -> where their rows go
        self.i_unit = unit_column  # a column giving each row's unit (单位: 万元), where the file has one
        self.i_grade = grade_column  # a column giving each row's grade (级别: 国家级, 自治区级), where the file has one
        self.below_grade: dict[str, list] = {}  # indicator -> [rows not of its grade, the first's place, its grade]
        self.row_factor: dict[tuple[str, str], Number | None] = {}  # (indicator, unit) -> its factor
        key_columns = [self.i_indicator, self.i_category, self.i_date, self.i_year, self.i_value, self.i_unit]
        # (indicator, category, date, year, value, unit), the absent columns left out
        self.key_of = itemgetter(*[i for i in key_columns if i is not None])
        # by indicator, rows whose value cell is blank and that name no item (counted 1 each), and
        # rows that give a number there: both for one indicator in one file is a blank meaning 0, or
        # a figure left unfilled (see `_after_last_row`): [blank rows, the first one's place, given]
        self.values_given: dict[str, list] = {}
        # A count's row for the whole city (全市, 百色市) among its counties' rows is their total,
        # checked against them at the end of the file, wherever it stands; alone, it is the figure.
        self.city_rows: dict[tuple, list[Held]] = {}
        self.leading_total = 0  # the line of a total with no row above it (see `_not_data_row`)
        # a county's total with none of its rows above it (右江区合计 first): its own figure, unless
        # rows of that county follow, which it adds up; held to the end of the file, as a city row is
        self.county_total = 0
        self.county_totals: dict[tuple, list[Held]] = {}
        self.area_sums: dict[tuple, Number] = {}
        # rows since the last total that a total below them adds up although they are not in the
        # sums (set aside, or held as the city's): a total under them is a total, not a figure;
        # the held ones' figures, by (indicator, date), are what it is checked against besides
        self.aside_since_total = 0
        self.held_since_total: dict[tuple[str, dt.date], tuple[Number, int]] = {}  # -> (their sum, the first's line)
        # the other rows' sums, by (indicator, category, date) and by (indicator, date)
        self.county_sums: dict[tuple, Number] = {}
        self.last_indicator = ""  # the indicator of the last data row (a 其中 row's would be its)
        self.last_counted = ""  # the indicator of the last plain row counted or held (a 其中 row under it is a part)
        self.breakdown_lines: set[int] = set()  # the lines of 其中 rows said
        self.counties_since_total: set[str] = set()  # (area keys) of the rows since the last total
        self.parts_set_aside: tuple[int, str] | None = None  # 其中 rows: (rows, the first one's place)
        # with a value column of running totals (累计): each series' last (date, total), shared by the
        # files and sheets of one reading (a sheet per quarter), and how many series started a year afresh
        self.series = series
        self.running_resets = 0
        # the read receipt said at the end of the file: where its values and its dates were read
        # from, and how many rows were counted and set aside, by reason
        self.receipt = receipt
        self.fixed_when = fixed_when  # every row's date, where no column gives one (a title's 2019年1-9月)
        self.line_units: tuple[str, ...] = ()  # the units a 单位： line above the header gives, set by whoever found it
        # with no value column, the columns not read ((index, header, the header cell's place)) and
        # how many rows hold a figure in each: figures there mean every row counted 1 is wrong
        self.unread: list[tuple[int, str, str]] = []
        # the date column says when each row's item was recognised (认定时间), not when a level was
        # held: a stock's rows cannot be read by it (the header's place, set by whoever found it)
        self.recognition_dates = ""
        self.figures_unread: dict[int, int] = {}
        self.counted = 0
        self.last_line = 0  # the last line taken, so that the file's lines of data are counted once each
        self.city_levels: dict[tuple, tuple[Number, str]] = {}  # a stock's whole-city levels: (figure, place)
        self.slips = SlipWatch()
        # a grand total above every row: (its figure, line, column, word), and the sum of the figures
        # counted in the file it is held against at the end
        self.grand_first: tuple[Number, int, int, str] | None = None
        # totals heading their blocks (突破重大技术小计 first, its rows below, then the next 小计): the file's
        # way once its first row is one naming an indicator; the one open is (its indicator, its figure,
        # line, column, word, the indicator's sum when it opened), held against the rows below it
        self.heads = False
        self.heading: tuple[str, Number, int, int, str, Number] | None = None
        self.counted_by: dict[str, Number] = {}  # each indicator's figures counted so far
        self.counted_sum: Number = 0
        self.additions = False  # the value column holds additions (本季度新增), set by whoever found its header
        self.additions_said: set[str] = set()  # the indicators whose level was refused from additions
        # a period's additions (本季度新增): the period, and the reading's record of those given
        self.periods: tuple[str, PeriodAdditions] | None = None
        self.year_days: YearDays | None = None  # the days a year's figure was given on, where nothing says how it runs
        self.aside = {"totals": 0, "footers": 0, "repeats": 0, "others": 0, "errors": 0}
        self.rows_held = 0  # rows held to the end of the file, to be counted or set aside then (a 合计 above its rows)

    def take(self, row: list[str], line: int) -> None:
        """One row, already split into cells, as a `ProgressRow` added to its sum. A row refused for
        a problem is neither counted nor set aside for another reason: the receipt sets it aside as
        a row with errors, so that its counts add up to the rows read (计入24行，未计入2行 of 26)."""
        before = (self.out.problem_count, self.counted, sum(self.aside.values()), self.rows_held)
        self._take(row, line)
        if self.out.problem_count > before[0] and before[1:] == (self.counted, sum(self.aside.values()), self.rows_held):
            self.aside["errors"] += 1

    def _take(self, row: list[str], line: int) -> None:
        if line != self.last_line and any(cell.strip() for cell in row):  # (a cross-tab's row comes once a year)
            self.last_line = line
            self.out.data_lines += 1
        if len(row) != self.named:
            fitted = self._fit(row, line)
            if fitted is None:
                return
            row = fitted
        if self._not_data_row(row, line):
            return
        if self.blank_columns and not self.blank_named:
            self._values_without_header(row, line)
        key = self.key_of(row)
        entry = self.entry_of.get(key) or self._check(row, key, line)
        if entry is None:
            return
        self.last_indicator = entry.name
        item = row[self.i_item].strip() if self.i_item is not None else ""
        county = row[self.i_county].strip() if self.i_county is not None else self.fixed_county
        if self.leading_total == line:
            if entry.blank:  # a total with no figure, above the rows it adds up: no figure of its own
                self._not_data(row, line, "total", entry.id, False, entry.when)
                return
            if entry.is_level and is_total(county):  # a stock's 合计 in the county cell: the city's level, not an area
                county = ""
        vintage = ""
        if self.i_vintage is not None and row[self.i_vintage].strip():
            try:
                vintage = parse_vintage(row[self.i_vintage])
            except CellError as exc:
                self.out.problem(note(exc.code, self.place(line, self.i_vintage), **exc.params))
                return
            if is_dated(vintage) and not self._published_when(vintage, entry, line):
                return
        read = ProgressRow(entry.id, entry.category, entry.when, entry.value, item=item, county=county,
                           place=self.place(line, None), vintage=vintage)
        indented = self.i_county is not None and row[self.i_county][:1] in INDENTS and county
        # 其中：百色高新区, or indented: under the row of its indicator it is part of (with none above, a
        # name written so, read as it is)
        part_of = indented or (BREAKDOWN[0] in county and folded(county).startswith(BREAKDOWN))
        if part_of and self.last_counted == entry.id:
            rows, first = self.parts_set_aside or (0, self.place(line, self.i_county))
            self.parts_set_aside = (rows + 1, first)
            self.aside_since_total += 1
            self._traced(read, "part_of_row_above")
            return
        if self.i_grade is not None and self._below_grade(entry, row[self.i_grade].strip(), line):
            self._traced(read, "below_grade")
            return
        if entry.is_level and not item and (self.leading_total == line or (county and county in self.whole_city)) \
                and self._city_level_again(entry, line):
            self._traced(read, "city_total")
            return
        if not item and (self.i_value is not None or entry.is_level) and self._given_before(entry, county, line,
                                                                                              vintage):
            return
        earlier = self.seen.earlier(entry.scope, item, entry.value) if item else None
        if earlier is not None:
            if earlier != entry.value:  # not the same item listed again: a name given to two figures
                self.out.problem(note("item_other_figure", self.place(line, self.i_item), item=item, id=entry.id,
                                      name=entry.name, value=entry.value, earlier=earlier))
                return
            self.aside_since_total += 1
            self._duplicate(line, entry, item)
            self._traced(read, "repeated_item")
            return
        if self.i_value is not None and (item == "" or not entry.blank):  # (a 全市 row's figure too, held or not)
            given = self.values_given.setdefault(entry.id, [0, "", 0])
            if entry.blank:
                given[0] += 1
                given[1] = given[1] or self.place(line, self.i_value)
            else:
                given[2] += 1
        if entry.summed and county:
            area = (entry.id, entry.when, area_key(county))
            if self.county_total == line and not item:  # 右江区合计 first: its own figure, or its rows' total
                self.county_totals.setdefault(area, []).append((entry, line, read, row))
                self.rows_held += 1
                self.last_counted = entry.id
                return
            self.area_sums[area] = self.area_sums.get(area, 0) + entry.value
        key = (entry.id, entry.category, entry.when)
        if not entry.is_level and entry.summed:
            leading = self.leading_total == line  # 合计 above the rows it adds up, not below them
            if not item and (leading or (county and county in self.whole_city)):
                self.city_rows.setdefault(key, []).append((entry, line, read, row))
                self.rows_held += 1
                self.last_counted = "" if part_of else entry.id
                held = (entry.id, entry.when)
                held_sum, held_from = self.held_since_total.get(held, (0, line))
                self.held_since_total[held] = (held_sum + entry.value, held_from)
                return
            for of in (key, (entry.id, entry.when)):  # (a category's rows, and the indicator's: a total of either)
                self.county_sums[of] = self.county_sums.get(of, 0) + entry.value
        if county:
            self.counties_since_total.add(area_key(county))
        self._count(entry, line, self._area(county, line, entry.when) if entry.by_part and county not in self.whole_city
                    else "",
                    read, row)
        # a row written as a part that is counted (every county indented alike) is no parent of the next
        self.last_counted = "" if part_of else entry.id

    def _below_grade(self, entry: Entry, grade: str, line: int) -> bool:
        """Whether a row's grade (级别) is not the one its indicator counts: a 自治区级 platform under
        创建国家级创新平台 is no national platform. Such rows are set aside, and said."""
        if not grade or NATIONAL not in entry.name or NATIONAL[:2] in grade:
            return False
        aside = self.below_grade.setdefault(entry.id, [0, self.place(line, self.i_grade), grade])
        aside[0] += 1
        self.aside_since_total += 1
        return True

    def _city_level_again(self, entry: Entry, line: int) -> bool:
        """Whether a stock's level for the whole city was given before in this file (合计 above the
        counties and 全市 below them): the same figure is one level, said and left out; another
        figure is a question. (Added up, the city held 90 for 45.)"""
        key = (entry.id, entry.category, entry.when)
        place = self.place(line, self.i_value)
        first = self.city_levels.setdefault(key, (entry.value, place))
        if first[1] == place:
            return False
        said = {"id": entry.id, "name": entry.name, "when": str(entry.when), "value": entry.value, "other": first[1]}
        if first[0] == entry.value:
            self.out.warnings.append(note("city_level_again", place, **said))
            self.aside["others"] += 1
            self.aside_since_total += 1  # (a total below it is a total, as below any row set aside)
        else:
            self.out.problem(note("city_level_differs", place, earlier=first[0], **said))
        return True

    def _published_when(self, vintage: str, entry: Entry, line: int) -> bool:
        """Whether a publication date (a dated vintage) can be one: not after today, and not before
        the date of the figure it publishes (a 2022 figure is not published in 2021)."""
        published = dt.date.fromisoformat(vintage)
        if published <= dt.date.today() and published >= entry.when:
            return True
        code = "vintage_in_future" if published > dt.date.today() else "vintage_before_figure"
        self.out.problem(note(code, self.place(line, self.i_vintage), id=entry.id, name=entry.name,
                              published=vintage, when=str(entry.when)))
        return False

    def _given_before(self, entry: Entry, county: str, line: int, vintage: str = "") -> bool:
        """Whether a figure (not an item) for this indicator, category, date and area was given in
        another file or sheet: the same county's table twice, or a second copy of the city's level.
        Added up it would count twice; which is meant is asked (within one sheet, rows add up)."""
        if self.given is None:
            return False
        area = "" if county in self.whole_city else area_key(county, within=self.names.plan.city.area.zh)
        key = (entry.id, entry.category, entry.when, area)  # (全市, 百色市 and no county are the city alike)
        first = self.given.setdefault(key, (self.label, self.place(line, None), vintage))
        if first[0] != self.label and later(vintage, first[2]) is not None:
            return False  # another vintage of the figure: a revision, settled as it is counted (`_latest_vintage`)
        if first[0] != self.label:
            self.out.problem(note("given_in_two_places", self.place(line, None), id=entry.id, name=entry.name,
                                  when=str(entry.when), area=county or "—", other=first[1]))
            return True
        if entry.is_level:  # a stock's city level beside its counties' is the whole beside its parts: both kept
            return False
        # A count's figure for the whole city in one file or sheet and its counties' in another: the
        # city's is their total (within one sheet that is checked and said), and added up they would
        # count twice. Which is meant is asked.
        level = (entry.id, entry.category, entry.when, "city" if not area else "counties")
        other = (*level[:3], "counties" if not area else "city")
        self.given.setdefault(level, (self.label, self.place(line, None)))
        elsewhere = self.given.get(other)
        if elsewhere is None or elsewhere[0] == self.label:
            return False
        if (*level[:3], "said") in self.given:  # the rows of one clash are refused; it is said once
            return True
        self.given[(*level[:3], "said")] = True
        city, counties = (self.place(line, None), elsewhere[1]) if not area else (elsewhere[1], self.place(line, None))
        self.out.problem(note("city_and_counties_apart", self.place(line, None), id=entry.id, name=entry.name,
                              when=str(entry.when), city=city, counties=counties))
        return True

    def _area(self, county: str, line: int, when: dt.date) -> str:
        """One name for one area however a file writes it (田阳县 before 2019 and 田阳区, 百色市右江区 and
        右江区): the plan's, else the first met in the reading (the one written at the latest date
        takes its place when the reading ends: `rename_areas`); two spellings taken as one are said."""
        plan = self.names.plan
        key = area_key(county, within=plan.city.area.zh)
        known = self.area_names.get(key)
        if known is None:
            division = plan.division(county)
            known = self.area_names[key] = [division.name.zh if division is not None else county, division is not None,
                                             when, county, {}]
        if when >= known[2]:  # (written with the city before it, 百色市右江区, it is shown without)
            known[2], known[3] = when, county.removeprefix(plan.city.area.zh) or county
        known[4].setdefault(county, self.place(line, self.i_county))  # each spelling, where first met
        return known[0]

    def _count(self, entry: Entry, line: int, part: str, read: ProgressRow, row: Sequence[str] = ()) -> None:
        """A data row added to its sum: its value, or with running totals what it adds to its series'."""
        value = entry.value
        if self.i_value is not None and not entry.blank:  # (a figure written, not an item's 1)
            self.slips.see(entry.id, value, line)
        if self.series is not None and entry.accrues:
            added = self._increment(entry, read.county, line)
            if added is None:
                return
            value = read.value = added
        if (read.vintage or self.i_vintage is not None) and not self._latest_vintage(read, part, value):
            return
        self._traced(read, "")
        if self.heading is not None and entry.id != self.heading[0]:
            self._close_heading()  # a row of another indicator: the block the total heads has ended
        self.counted_by[entry.id] = self.counted_by.get(entry.id, 0) + value
        if entry.yearly and self.series is None and self.periods is None and self.year_days is not None \
                and not read.item:  # (a ledger's items of a year add up, whatever their day)
            area = "" if read.county in self.whole_city else area_key(read.county, within=self.names.plan.city.area.zh)
            self.year_days.see(entry.id, entry.name, area, entry.when, value, self.place(line, self.i_value))
        if self.periods is not None and entry.accrues:
            period, given = self.periods
            given.see(entry.id, entry.name, period, entry.when, self.place(line, self.i_value), entry.yearly)
        if entry.when > self.names.plan.end:  # kept for the calculation to leave out and say so, but
            self.aside["others"] += 1         # never counted: the receipt says so too
        else:
            self.counted += 1
        self.counted_sum += value
        for index, _, _ in self.unread:
            if index < len(row) and _FIGURE.fullmatch(row[index].strip()):
                self.figures_unread[index] = self.figures_unread.get(index, 0) + 1
        self._add(entry, line, part, value, read.vintage)

    def _latest_vintage(self, read: ProgressRow, part: str, value: Number) -> bool:
        """Whether a row of a stated vintage (or of a blank one, in a file with a vintage column)
        stands: the first of its indicator, date and area, one of the same vintage (added as rows
        are: a measured value's second row is a problem, a count's or a year's rows add up), or a
        later one, which takes the earlier rows' place (their figure taken out of the sum, each
        listed). An earlier vintage met after a later one is set aside and listed the same way. A
        blank vintage beside a stated one, or a word beside a date, cannot be ordered: a problem
        naming both rows."""
        out = self.out
        area = "" if read.county in self.whole_city else area_key(read.county, within=self.names.plan.city.area.zh)
        scope = (read.indicator, read.category, read.when, area)
        standing = out.vintages.get(scope)
        if standing is None:
            out.vintages[scope] = [read.vintage, part, [(read, value)]]
            return True
        vintage, held_part, rows = standing
        if vintage == read.vintage:
            rows.append((read, value))
            return True
        replaces = later(read.vintage, vintage)
        if replaces is None:  # one blank, or a word beside a date: which stands cannot be told
            first = rows[0][0]
            name = self.names.plan.indicator(read.indicator).name.zh
            out.problem(note("vintage_blank_beside" if not vintage or not read.vintage else "vintage_unordered",
                             read.place, id=read.indicator, name=name, when=str(read.when),
                             vintage=vintage_named(read.vintage), other=first.place, other_vintage=vintage_named(vintage)))
            return False
        if not replaces:  # an earlier vintage than the one standing: set aside
            by, _ = rows[0]
            out.revised.append(Revised(read.indicator, read.when, area, value, read.vintage, read.place,
                                       sum((v for _, v in rows), 0), vintage, by.place))
            self._traced(read, "revised")
            return False
        key = Key(read.indicator, read.category, read.when, held_part)
        bucket = out.buckets.get(key)
        for old, old_value in rows:
            old.left_out = "revised"  # (the row as traced: explain lists it as replaced)
            out.revised.append(Revised(read.indicator, read.when, area, old_value, vintage, old.place, value,
                                       read.vintage, read.place))
            if bucket is not None:
                bucket.total -= old_value
                bucket.rows -= 1
                out.rows -= 1
        if bucket is not None and bucket.rows <= 0:
            del out.buckets[key]
        out.vintages[scope] = [read.vintage, part, [(read, value)]]
        return True

    def _increment(self, entry: Entry, county: str, line: int) -> Number | None:
        """A running total (累计) less the one before it in its series (indicator, category, county),
        across the sheets and files of the reading. A total lower than the one before it in a later
        year starts that year afresh (a year's running total); one lower within a year, or dated
        before the one before it, is a problem: a running total never falls."""
        totals = self.series
        assert totals is not None
        key = (entry.id, entry.category, area_key(county))
        total = entry.value
        last = totals.last.get(key)
        added = total
        if last is None:
            whole = not county or county in self.whole_city
            mixed = totals.level(entry.id, entry.name, entry.category, whole, self.place(line, None))
            if mixed is not None:
                self.out.problem(mixed)
                return None
        else:
            when, before = last
            if entry.when <= when:
                dated = self.i_date if self.i_date is not None else self.i_year
                self.out.problem(note("running_total_order", self.place(line, dated),
                                      when=str(entry.when), before=str(when)))
                return None
            if total < before and entry.when.year == when.year:
                self.out.problem(note("running_total_drops", self.place(line, self.i_value), year=entry.when.year,
                                      total=total, before=before))
                return None
            if total >= before and not (entry.yearly and entry.when.year != when.year):
                added = total - before
                if entry.when.year != when.year:
                    totals.carried_on = totals.carried_on or self.place(line, self.i_value)
            elif not entry.yearly:  # (a year's figure starts afresh each year, whatever it is)
                self.running_resets += 1  # a new year's running total, from 0
                totals.restarted = totals.restarted or self.place(line, self.i_value)
        totals.last[key] = (entry.when, total)
        return added

    def take_all(self, rows: Iterable[tuple[int, list[str]]]) -> None:
        for line, row in rows:
            self.take(row, line)
        self._after_last_row()

    def _after_last_row(self) -> None:
        """The checks that need the whole file: a blank value among an indicator's numbers is refused
        (a blank counts 1 for a row naming an item, or where no row gives a number); a count's city rows are
        its counties' total, or, with no county row beside them, its figure; 其中 rows set aside
        are said."""
        for index, header, where in self.unread:
            holding = self.figures_unread.get(index, 0)
            if holding >= 2 and holding * 2 >= self.counted:
                self.out.problem(note("figures_not_read", where, header=header, rows=holding, counted=self.counted))
        # with no item column, a blank beside any figure of the file is asked, whatever its indicator: a
        # row per figure, where a blank is 0 or not reported, never one item (a county's sheet whose
        # breakthroughs are all blank beside its other figures counted one for each: trial 4, f05b)
        figures = sum(given for _, _, given in self.values_given.values()) if self.i_item is None else 0
        for indicator, (blank, first, given) in self.values_given.items():
            given = given or figures
            if blank and given:
                name = self.names.plan.indicator(indicator).name.zh
                self.out.problem(note("blank_among_values", first, rows=blank, given=given, id=indicator, name=name))
        for key, held in self.city_rows.items():
            self._settle(held, self.county_sums.get(key if key[1] is not None else (key[0], key[2])), "")
        for indicator, (rows, first, grade) in self.below_grade.items():
            self.out.warnings.append(note("below_grade", first, rows=rows, id=indicator, grade=grade,
                                          name=self.names.plan.indicator(indicator).name.zh))
            self.aside["others"] += rows
        for key, totals in self.county_totals.items():
            self._settle(totals, self.area_sums.get(key), "合计")
        self._close_heading()
        if self.grand_first is not None:
            stated, line, column, word = self.grand_first
            code = "total_first_agrees" if stated == self.counted_sum else "total_first_differs"
            said = note(code, self.place(line, column), cell=word, total=stated, rows=self.counted_sum)
            (self.out.warnings.append if code == "total_first_agrees" else self.out.problem)(said)
        self.out.warnings.extend(self.slips.slips(lambda indicator: self.names.plan.indicator(indicator).name.zh,
                                                  lambda line: self.place(line, self.i_value)))
        if self.parts_set_aside is not None:
            rows, first = self.parts_set_aside
            self.out.warnings.append(note("breakdown_rows_set_aside", first, rows=rows))
            self.aside["others"] += rows
        if self.receipt is not None:
            values, dates = self.receipt
            if self.running_resets:
                values = note("values_running_yearly", header=values.params.get("header", ""))
            converted = [f"{reading.indicator.id} {reading.unit}→{reading.indicator.values_unit.zh}"
                         for reading in self.reading_of.values() if reading.factor not in (None, 1)]
            converted += [f"{indicator} {unit}→{self.names.plan.indicator(indicator).values_unit.zh}"
                          for (indicator, unit), factor in self.row_factor.items() if factor not in (None, 1)]
            units = note("units_converted", units="; ".join(converted)) if converted else note("units_as_written")
            self.out.receipts.append(note("receipt", self.label, rows=self.counted, aside=sum(self.aside.values()),
                                          **self.aside, values=values, dates=dates, units=units))

    def _settle(self, held: list[Held], rows: Number | None, word: str) -> None:
        """Rows held to the end of the file (a 全市 row, a 合计 above its rows, 右江区合计 above 右江区's):
        with no rows of theirs beside them, their own figure; else those rows' total, checked against
        them and left out, and said."""
        for entry, line, read, row in held:
            if rows is None:
                county = read.county
                part = self._area(county, line, entry.when) if entry.by_part and county not in self.whole_city else ""
                self._count(entry, line, part, read, row)
            else:
                self._traced(read, "city_total")
                self.aside["others"] += 1
        if rows is None:
            return
        # each held row claims the whole (合计 above the counties and 全市 below them say it twice): each
        # is checked against the rows, and one that agrees is said once
        agreed = False
        for entry, _, read, _ in held:
            if entry.value == rows and agreed:
                continue
            agreed = agreed or entry.value == rows
            code = "city_row_agrees" if entry.value == rows else "city_row_differs"
            # a city's figure its counties' rows do not make up: some counties not listed, or a row
            # wrong? which is meant is asked (the counties' 3 for the city's 4: trial 4, f18c)
            said = note(code, read.place, id=entry.id, name=entry.name, area=(read.county + word) if read.county
                        else "合计", when=str(entry.when), total=entry.value, rows=rows)
            (self.out.warnings.append if code == "city_row_agrees" else self.out.problem)(said)

    def _traced(self, read: ProgressRow, left_out: str) -> None:
        """A row as read, handed to whoever traces the reading (explain), with why it was left out."""
        if self.trace is not None:
            read.left_out = left_out
            self.trace(read)

    def _add(self, entry: Entry, line: int, part: str, value: Number, vintage: str = "") -> None:
        out = self.out
        key = Key(entry.id, entry.category, entry.when, part)
        bucket = out.buckets.get(key)
        if not entry.summed and (part and not entry.from_parts or bucket is not None):
            self._measured_twice(entry, line, part)
            return
        if bucket is None:
            bucket = out.buckets[key] = Bucket(self.place(line, None), self.label)
            if out.latest is None or entry.when > out.latest:
                out.latest = entry.when
        elif entry.is_level and bucket.source not in ("", self.label):
            self._level_in_two_files(entry, bucket, line)
        bucket.total += value
        bucket.rows += 1
        out.rows += 1
        if vintage:
            bucket.vintage = vintage if bucket.rows == 1 else least_final((bucket.vintage, vintage))

    def _measured_twice(self, entry: Entry, line: int, part: str) -> None:
        """A ratio given by county, or twice for one date: the whole's figure cannot be made up."""
        if part:
            self.out.problem(note("level_by_county", self.place(line, self.i_county), id=entry.id, name=entry.name,
                                  part=part))
        else:
            self.out.problem(note("level_twice", self.place(line, None), id=entry.id, name=entry.name,
                                  when=str(entry.when)))

    def _fit(self, row: list[str], line: int) -> list[str] | None:
        """A row shorter or longer than the header's named cells: blank (skipped), padded, trimmed,
        or a problem (a value beyond the header: an unquoted comma, most likely)."""
        width, named = self.width, self.named
        if row:
            row[-1] = row[-1].rstrip("\r\n")  # a short row's last cell may be one that is read
        if len(row) < named:
            if not any(cell.strip() for cell in row):
                return None
            return row + [""] * (named - len(row))
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            self.out.problem(note("row_width", self.place(line, width), cells=len(row), width=width))
            return None
        if not self.blank_named:
            beyond = next((n for n, cell in enumerate(row[named:width], start=named) if cell.strip()), None)
            if beyond is not None:
                self.out.warnings.append(note("cells_without_header", self.place(line, beyond)))
                self.blank_named = True
        return row[:named]

    def _check(self, row: list[str], key: tuple, line: int) -> Entry | None:
        """A row unlike any before: check it, report a problem with its place, or remember its entry."""
        out = self.out
        if len(self.entry_of) >= MAX_REMEMBERED:
            # cells that rarely repeat (a different value on every row): what was decided is
            # forgotten, so that memory stays bounded whatever the file holds
            self.entry_of.clear()
            self.value_of.clear()
            self.when_of.clear()
        column = self.i_indicator  # the cell being read, for the message if it is wrong
        indicator_cell = row[column]
        if not indicator_cell.strip():
            if self._not_data_row(row, line):
                return None
            if any(cell.strip() for cell in row):
                out.problem(note("no_indicator", self.place(line, column)))
            return None
        if indicator_cell[:1] in INDENTS or folded(indicator_cell).startswith(BREAKDOWN):
            # 其中：中高端铝 under 突破重大技术: a breakdown written as rows, which the plan's categories
            # are; read as an indicator it would be unknown, or counted twice
            if line not in self.breakdown_lines:  # (a cross-tab's row is read once for each year)
                self.breakdown_lines.add(line)
                out.problem(note("breakdown_row", self.place(line, column), cell=" ".join(indicator_cell.split()),
                                 above=self.last_indicator or "—"))
            return None
        try:
            reading = self.reading_of.get(indicator_cell)
            if reading is None:
                reading = self.reading_of[indicator_cell] = Reading(self.names.indicator(indicator_cell))
                if reading.indicator.kind.levels and self.recognition_dates:
                    out.problem(note("level_by_recognition_date", self.recognition_dates, id=reading.indicator.id,
                                     name=reading.indicator.name.zh))
                    reading.factor = None  # (its rows are not read: said once)
                    return None
                reading.unit = self._unit_of(reading.indicator)
                reading.factor = self._check_unit(reading.indicator, reading.unit, line)
            unit, factor = reading.unit, reading.factor
            if self.i_unit is not None and row[self.i_unit].strip():  # this row's own unit: 万元 in a 单位 column
                unit = row[self.i_unit].strip()
                known_factor = (reading.indicator.id, unit)
                if known_factor not in self.row_factor:
                    self.row_factor[known_factor] = self._check_unit(reading.indicator, unit, line)
                factor = self.row_factor[known_factor]
            if factor is None:
                return None
            category: Any = None
            if self.i_category is not None:
                column = self.i_category
                cell = row[column]
                category = reading.category_of.get(cell, _UNSEEN)
                if category is _UNSEEN:
                    category = reading.category_of[cell] = self.names.category(reading.indicator, cell)
            when_column = self.i_date if self.i_date is not None else self.i_year
            when: dt.date
            if when_column is None:  # no date column: the one the title or the sheet's name gives
                assert self.fixed_when is not None
                when = self.fixed_when
            else:
                column = when_column
                cell = row[column]
                if self.i_year is not None and not cell.strip():
                    column = self.i_year
                    cell = row[column]
                seen = self.when_of.get(cell)
                when = seen if seen is not None else parse_when(cell)[0]
                self.when_of[cell] = when
            value: Number = 1
            blank = False
            if reading.units is not None:  # a measured value: its figure, with its own unit if written
                column = self.i_value if self.i_value is not None else self.i_indicator
                value = parse_measure(row[self.i_value] if self.i_value is not None else "", reading.units, unit)
            elif self.i_value is not None:
                column = self.i_value
                cell = row[column]
                known = self.value_of.get(cell)
                if known is None:
                    known = self.value_of[cell] = parse_value(cell)
                value = scaled(known, factor)
                blank = not cell.strip()
        except CellError as exc:
            if not self._not_data_row(row, line):  # a footer or a total, told by a cell that is not read as it
                out.problem(note(exc.code, self.place(line, column), **exc.params))
            return None
        kind = reading.indicator.kind
        if kind.levels and not kind.yearly and self.additions:  # 本季度新增 beside 保有高新技术企业: added is not held
            if reading.indicator.id not in self.additions_said:
                self.additions_said.add(reading.indicator.id)
                out.problem(note("level_from_additions", self.place(line, self.i_value), id=reading.indicator.id,
                                 name=reading.indicator.name.zh))
            return None
        by_part = (kind.by_parts or not kind.summed or self.all_parts or reading.indicator.id in self.ratio_parts) \
            and (self.i_county is not None or bool(self.fixed_county))
        entry = self.entry_of[key] = Entry(reading.indicator, category, when, value, by_part, blank)
        return entry

    def _unit_of(self, indicator: Indicator) -> str:
        """The unit an indicator's figures are written in: the value column's header's, else the
        单位： line's above the header — its one unit, or of its list (项、个、亿元) the one that fits."""
        if self.value_unit or not self.line_units:
            return self.value_unit
        if len(self.line_units) == 1:
            return self.line_units[0]
        expected = indicator.values_unit.zh
        if expected in self.line_units:  # 单位：项、个、家: 家 for the enterprises, not the first that converts
            return expected
        return next((u for u in self.line_units if unit_factor(u, expected) is not None), "")

    def _check_unit(self, indicator: Indicator, unit: str, line: int) -> Number | None:
        """What the value column's figures are multiplied by, from the unit its header gives: 1/10000
        for 万元 when the indicator is in 亿元 (said); 1 for another count's unit (数量（项） for
        enterprises, 家: a warning asks); None, a problem, when it does not convert (美元, or 项 for 亿元)."""
        expected = indicator.values_unit
        if not unit or unit in (expected.zh.casefold(), expected.en.casefold()):
            return 1
        factor = unit_factor(unit, expected.zh)
        said = {"id": indicator.id, "name": indicator.name.zh, "unit": unit, "expected": expected.zh}
        if factor is None:  # named where the unit is written, else at the first figure read in it
            self.out.problem(note("unit_not_convertible", self.unit_place or self.place(line, self.i_value), **said))
        elif factor == 1:
            self.out.warnings.append(note("unit_differs", self.place(line, self.i_value), **said))
        else:
            by = f"×{factor}" if factor > 1 else f"÷{1 / factor}"
            self.out.warnings.append(note("unit_converted", self.place(line, self.i_value), by=by, **said))
        return factor

    def _values_without_header(self, row: list[str], line: int) -> None:
        """A value in a column whose header cell is blank is not read: the first one is named."""
        for index in self.blank_columns:
            if index < len(row) and row[index].strip():
                self.out.warnings.append(note("cells_without_header", self.place(line, index)))
                self.blank_named = True
                return

    def _not_data_row(self, row: list[str], line: int) -> bool:
        """Whether a row is a total or a footer (said so in a warning, and left out)."""
        special = not_data(row, self.total_columns, self.names)
        if special is None:
            return False
        what, indicator, subtotal, column = special
        when = self._when_of_total(row)
        if self.heads and what == "total":  # each total heads the block below it
            self._close_heading()
            if not self._open_heading(row, line, column, indicator):
                self._not_data(row, line, what, indicator, subtotal, when)
            else:
                self.aside["totals"] += 1
            return True
        if what == "total" and column == self.i_county:
            named = area_named(row[column], self._is_area)
            if named and named not in self.whole_city and (area_key(named) not in self.counties_since_total
                                                           or not self.running.covers(indicator, when, subtotal)):
                # 右江区合计 with no row of 右江区 above it to add up: 右江区's own figure, never the city's;
                # or the total of 右江区's rows below it, told at the end of the file (`county_totals`)
                row[column] = named
                self.county_total = line
                return False
        held_above = any(first < line and indicator in (None, key[0]) and when in (None, key[1])
                         for key, (_, first) in self.held_since_total.items())
        if what == "footer" or self.running.covers(indicator, when, subtotal) or self.aside_since_total or held_above:
            if what == "total":
                self.counties_since_total.clear()
            self._not_data(row, line, what, indicator, subtotal, when)
            return True
        # a total with no row above it to add up: the figure itself, or the total of rows below it
        # (合计 first, then the counties): told at the end of the file, as a city row is
        figure = self.i_value is not None and row[self.i_value].strip()
        if indicator is None or (not figure and when is None):
            # of no one indicator: nothing to hold it against; or of one, with neither a figure nor a
            # date (保有高新技术企业 共计 below a level set aside as given twice)
            if figure and self.i_value is not None and not self.counted and not self.held_since_total:
                # a grand total first, above every row (合计 7 over seven items): held against all the
                # file's rows at its end, and left out; a problem there where they do not make it up. One
                # naming something (突破重大技术小计) adds up only some of them: asked
                named = folded(row[column])
                named = named[:len(named) - len(next((e for e in TOTAL_ENDINGS if named.endswith(e)), ""))]
                try:
                    if named and named not in self.whole_city and not names_an_area(named):
                        # one naming an indicator heads its block: the file's totals head theirs
                        self.heads = self._open_heading(row, line, column, None)
                        if not self.heads:
                            raise CellError("total_first")
                    else:
                        self.grand_first = (parse_value(row[self.i_value]), line, column, row[column].strip())
                except CellError:
                    self.out.problem(note("total_first", self.place(line, column), cell=row[column].strip()))
                self.aside["totals"] += 1
            else:  # with no figure, or below rows it cannot be held against: left out, as a total is
                self._not_data(row, line, what, indicator, subtotal, when)
            return True
        if column in (self.i_category, self.i_item):  # the total's word names no category, no item
            row[column] = ""
        self.leading_total = line
        return False

    def _open_heading(self, row: list[str], line: int, column: int, indicator: str | None) -> bool:
        """A total heading the rows below it, naming its indicator (突破重大技术小计, or 小计 on a row
        whose 指标 says it) with a figure: opened, to be held against them; False when it is not one."""
        word = row[column].strip()
        if indicator is None:
            named = folded(word)
            named = named[:len(named) - len(next((e for e in TOTAL_ENDINGS if named.endswith(e)), ""))]
            try:
                indicator = self.names.indicator(named).id if named else None
            except CellError:
                indicator = None
        if indicator is None or self.i_value is None or not row[self.i_value].strip():
            return False
        try:
            stated = parse_value(row[self.i_value])
        except CellError as exc:  # a total still, whose figure is not one: said at its cell
            self.out.problem(note(exc.code, self.place(line, self.i_value), **exc.params))
            return True
        self.heading = (indicator, stated, line, column, word, self.counted_by.get(indicator, 0))
        return True

    def _close_heading(self) -> None:
        """The block an open heading total heads has ended: its figure against the rows below it."""
        if self.heading is None:
            return
        indicator, stated, line, column, word, start = self.heading
        self.heading = None
        rows = self.counted_by.get(indicator, 0) - start
        code = "total_heads_agrees" if stated == rows else "total_heads_differs"
        said = note(code, self.place(line, column), cell=word, total=stated, rows=rows)
        (self.out.warnings.append if code == "total_heads_agrees" else self.out.problem)(said)

    def _sums_now(self) -> dict:
        """The observations' sums by indicator and date, with their rows, as a total is checked against."""
        sums: dict = {}
        for (indicator, _category, when, _part), bucket in self.out.buckets.items():
            total, rows = sums.get((indicator, when), (0, 0))
            sums[(indicator, when)] = (total + bucket.total, rows + bucket.rows)
        return sums

    def _when_of_total(self, row: list[str]) -> dt.date | None:
        """A total's date, when it has one: it adds up that date's rows only (a cross-tab's year)."""
        when_cell = next((row[i] for i in (self.i_date, self.i_year) if i is not None and row[i].strip()), "")
        try:
            return parse_when(when_cell)[0] if when_cell else None
        except CellError:
            return None

    def _not_data(self, row: list[str], line: int, what: str, indicator: str | None, subtotal: bool,
                  when: dt.date | None) -> None:
        """A total is checked against the rows above it (see totals.RunningSums) and left out; a footer is left out."""
        out = self.out
        shown = quoted(" ".join(" ".join(cell.strip() for cell in row if cell.strip()).split()))
        if what == "footer":
            out.warnings.append(note("footer_skipped", self.place(line, None), row=line, cells=shown))
            self.aside["footers"] += 1
            return
        self.aside["totals"] += 1
        rows_sum = self._in_file_unit(indicator, self.running.close(indicator, when, subtotal))
        for held in [key for key in self.held_since_total if indicator in (None, key[0]) and when in (None, key[1])]:
            rows_sum += self.held_since_total.pop(held)[0]  # (a 全市 row it closes, held till the file's end)
        self.aside_since_total = 0
        cell = row[self.i_value].strip() if self.i_value is not None else ""
        try:
            stated = parse_value(cell) if cell else None
        except CellError:
            stated = None
        if stated is None:
            out.warnings.append(note("total_skipped", self.place(line, None), row=line, cells=shown))
        elif stated == rows_sum:
            out.warnings.append(note("total_agrees", self.place(line, None), row=line, cells=shown,
                                     total=stated))
        elif indicator is not None and when is not None:  # said as a clerk says it, not as its cells run together
            out.warnings.append(note("total_of_differs", self.place(line, self.i_value), row=line, total=stated,
                                     rows=rows_sum, id=indicator, when=str(when),
                                     name=self.names.plan.indicator(indicator).name.zh,
                                     unit=self._unit_in_file(indicator)))
        else:
            out.warnings.append(note("total_differs", self.place(line, self.i_value), row=line, cells=shown,
                                     total=stated, rows=rows_sum))

    def _unit_in_file(self, indicator: str) -> str:
        """The unit an indicator's figures are written in in this file: the plan's (项), or the value
        column's where it is converted (万元 for 亿元)."""
        converted = [reading.unit for reading in self.reading_of.values()
                     if reading.indicator.id == indicator and reading.factor not in (None, 1)]
        return converted[0] if converted else self.names.plan.indicator(indicator).values_unit.zh

    def _in_file_unit(self, indicator: str | None, rows_sum: Number) -> Number:
        """The rows' sum in the value column's own unit (万元 where the indicator is in 亿元), as a
        total row in that column states it."""
        summed = [reading for reading in self.reading_of.values() if indicator in (None, reading.indicator.id)]
        if not summed or any(reading.factor in (None, 1) for reading in summed) or \
                len({reading.indicator.values_unit.zh for reading in summed}) > 1:
            return rows_sum
        return convert(rows_sum, summed[0].indicator.values_unit.zh, summed[0].unit) or rows_sum

    def _level_in_two_files(self, entry: Entry, bucket: Bucket, line: int) -> None:
        """A stock's level on one date from two files is added up, as rows of one file are; say so,
        since it is more often the same figure given twice."""
        self.out.warnings.append(note("level_in_two_files", self.place(line, None), id=entry.id, name=entry.name,
                                      when=str(entry.when), other=bucket.source))
        bucket.source = ""  # said once for each date

    def _duplicate(self, line: int, entry: Entry, item: str) -> None:
        out = self.out
        self.aside["repeats"] += 1
        out.duplicates += 1
        if out.duplicates <= MAX_DUPLICATE_WARNINGS:
            at = note("listed_again_at", when=str(entry.when)) if entry.is_level else ""
            out.warnings.append(note("listed_again", self.place(line, self.i_item), item=quoted(item, 60), id=entry.id,
                                     name=entry.name, at=at))


def line_place(label: str) -> Place:
    """How a place in a text file is named: `file:line`, whatever the column."""

    def place(line: int, column: int | None = None) -> str:
        return f"{label}:{line}"

    return place


def rename_areas(out: Observations, area_names: dict[str, list]) -> None:
    """An area written two ways is shown by the spelling of its latest date (田阳区 after 田阳县),
    unless the plan names it: the sums kept under the first spelling met are moved to it, and each
    other spelling is said, once."""
    renamed = {}
    for named, planned, _, latest, spellings in area_names.values():
        shown = named if planned else latest
        if shown != named:
            renamed[named] = shown
        for spelling, where in spellings.items():
            if spelling != shown:
                out.warnings.append(note("area_spelled_otherwise", where, name=spelling, area=shown))
    if not renamed:
        return
    buckets: dict[Key, Bucket] = {}
    for key, bucket in out.buckets.items():
        key = key._replace(part=renamed.get(key.part, key.part))
        buckets[key] = bucket if key not in buckets else buckets[key].plus(bucket)
    out.buckets = buckets


def vintage_named(vintage: str) -> Note:
    """A vintage as a message says it: its word, its publication date, or that none is written."""
    if not vintage:
        return note("vintage_named_blank")
    if is_dated(vintage):
        return note("vintage_named_date", date=vintage)
    return note(f"vintage_named_{vintage}")
