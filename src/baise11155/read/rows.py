"""The rows of one progress file, placed into observations: the hot loop of the tool.

A row is placed by the tuple of its cells that decide where it goes — indicator, category,
date or year, value. Each distinct tuple is checked and resolved once, into an `Entry`.
There are two ways through the rows, which a property test holds to the same result:

- the plain way (`take`), row by row: each row becomes a `ProgressRow` with named fields and its
  place (`file:line`, `file:Sheet!C7`), its item is checked against the items seen before, and
  its value is added to its bucket. Workbooks, standard input, a file read again and a traced
  reading go this way;
- the fast way (`read`), for a text file that can be read again: the loop splits each line in
  place, counts its rows on its entry (one tuple, one dictionary lookup, one increment a row)
  and adds each item's digest to a set of the file's own without asking whether it was there.
  If at the end the set is as large as the number of items and shares none with the files read
  before, no item repeats and the reading stands; otherwise the file is read again the plain
  way, so that each repeat is found, warned about with its line, and counted once. The
  benchmark (1M rows) is what this way is for.
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..model.notices import note
from ..model.observations import Bucket, ProgressRow
from .cells import CellError, parse_measure, parse_value, parse_when
from .lookup import NameIndex
from .totals import Columns, RunningSums, not_data

if TYPE_CHECKING:
    from ..model.kinds import Number
    from ..model.observations import Observations
    from ..model.plan import Indicator
    from .records import Records

MAX_DUPLICATE_WARNINGS = 20
MAX_REMEMBERED = 50_000  # distinct cell tuples kept before they are folded into the sums
_UNSEEN = object()


class Reading:
    """One indicator as a file names it, looked up once per distinct indicator cell."""

    __slots__ = ("indicator", "category_of", "units")

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.category_of: dict[str, str | None] = {}  # category cell -> category id
        # a measured value's units, which may follow its figure; None where a row may be one item
        unit = indicator.values_unit
        self.units = tuple(u for u in (unit.zh, unit.en) if u) if indicator.measured else None


class Entry:
    """Where the rows with one tuple of cells go, checked once; counts those rows (the fast way)."""

    __slots__ = ("id", "name", "is_level", "summed", "kind", "when", "value", "category", "scope", "line", "rows",
                 "parts")

    def __init__(self, indicator: Indicator, category: str | None, when: dt.date, value: Number, line: int,
                 by_part: bool) -> None:
        self.id = indicator.id
        self.name = indicator.name.zh  # for the Chinese messages
        self.is_level = indicator.kind.levels
        self.summed = indicator.kind.summed  # a ratio's rows are never added up
        self.kind = indicator.kind.name
        self.category = category
        self.when = when
        self.value = value
        # An item is listed once per indicator; a stock's enterprises once per date held. An
        # item's digest is hash(item) XOR hash(scope): as good a 64-bit digest as hashing the
        # pair, without building the pair for every row.
        self.scope = hash(indicator.kind.item_scope(self.id, when))
        self.line = line  # where the tuple first appears
        self.rows = 0
        # a stock's rows are counted by county (its parts); None for a count, whose sums are the city's
        # (part -> [rows, the line of its first row])
        self.parts: dict[str, list[int]] | None = {} if by_part else None


class SeenItems:
    """The items counted so far, across files: a 64-bit digest of (scope, item) for each."""

    def __init__(self) -> None:
        self.digests: set[int] = set()

    def take(self, file_digests: set[int], items: int) -> bool:
        """Keep an optimistically read file's digests, if none of its items repeats."""
        if len(file_digests) != items or not self.digests.isdisjoint(file_digests):
            return False
        if self.digests:
            self.digests |= file_digests
        else:
            self.digests = file_digests  # the first file: no copy
        return True


Place = Callable[[int, "int | None"], str]


class RowReader:
    """Places the data rows of one file (after its header) into `Observations`."""

    def __init__(self, label: str, columns: dict[str, int], width: int, names: NameIndex,
                 out: Observations, seen: SeenItems, place: Place | None = None,
                 trace: Callable[[ProgressRow], Any] | None = None, value_unit: str = "",
                 named_width: int | None = None) -> None:
        self.label = label
        # how a message names a place: `file:line` for text, `file:Sheet!C7` for a spreadsheet
        self.place: Place = place or line_place(label)
        self.width = width  # the header's cells; a value beyond them is a problem
        # up to the header's last named cell: rows are cut or padded to this, and a value under the
        # blank cells after it is named in a warning (a header padded with five million commas
        # must not pad every row to five million cells)
        self.named = width if named_width is None else named_width
        self.names = names
        self.out = out
        self.seen = seen
        self.trace = trace  # given each row read the plain way
        self.value_unit = value_unit  # the unit the value column's header gives in brackets: 数量（项）
        # read the fast way: the file's own digests, and how many items were listed
        self.file_digests: set[int] = set()
        self.items = 0  # rows counted with an item
        self.rows_counted = 0
        self.i_indicator = columns["indicator"]
        self.i_category = columns.get("category")
        self.i_date = columns.get("date")
        self.i_year = columns.get("year")
        self.i_value = columns.get("value")
        self.i_item = columns.get("item")
        self.i_county = columns.get("county")
        self.reading_of: dict[str, Reading] = {}
        # totals and footers: the fast way only notices them (the file is then read the plain
        # way); the plain way checks each total against the rows above it since the last one
        self.fast = False
        self.needs_plain = False
        self.finished_from = (0, 0)
        self.said_at_fold = False  # a problem or warning met while counts were folded before the end
        self.again_on_one_core = False  # two halves could not give one core's results (see parallel.py)
        self.running = RunningSums(self._sums_now)
        self.english_header = False  # set by whoever found the header
        self.blank_columns: list[int] = []  # columns without a header, set by whoever found it
        self.blank_named = False  # a value under no header has been named
        self.all_parts = False  # every kind's rows kept by county (`--by county`), not a stock's alone
        # a county cell that names the whole city: a stock's level for the city, not one of its parts
        self.whole_city = names.plan.whole_area_names
        self.total_columns = Columns(self.i_indicator, self.i_category, self.i_county, self.i_item)
        self.when_of: dict[str, dt.date] = {}
        self.value_of: dict[str, Number] = {}
        self.entry_of: dict[tuple, Entry] = {}  # the deciding cells -> where their rows go
        self.cells: dict[str, str] = {}  # one copy of each cell held in those tuples
        # The county is not among them: the sums are the city's. (Kept by county, the sums of a
        # ledger dated by the day would be twelve times as many: 96 MiB instead of 26 for 1M rows.)
        key_columns = [self.i_indicator, self.i_category, self.i_date, self.i_year, self.i_value]
        # (indicator, category, date, year, value), the absent columns left out
        self.key_of = itemgetter(*[i for i in key_columns if i is not None])
        # A line's ending stays on its last cell unless a column that is read comes last (a
        # note usually does): one string operation fewer for every row.
        self.strip_ending = self.named - 1 in [*key_columns, self.i_item]

    def read(self, records: Records) -> None:
        """The fast way: every row of a text file, counted on its entry."""
        named, key_of, entry_of = self.named, self.key_of, self.entry_of
        i_item, delimiter, lines = self.i_item, records.delimiter, records.lines
        add_digest, unlisted = self.file_digests.add, 0
        strip_ending, i_part = self.strip_ending, self.i_county
        self.fast = True
        line = records.line
        # The loop over records is written out here rather than taken from Records, because it
        # runs once per row: a line without a quote is split in place.
        # perhaps a total (合计, 小计, Total) in a cell the deciding tuple leaves out (a county's, an
        # item's): the plain way checks it. An English "Total" is looked for under English headers
        # only: in a line of Chinese, each search costs as much as the rest of the row's work.
        english, blank_columns = self.english_header, self.blank_columns
        try:
            for text in lines:
                if "计" in text or (english and "otal" in text):
                    self.needs_plain = True
                    break
                if '"' in text:
                    records.line = line
                    row = records.quoted(text)
                    line = records.line
                else:
                    line += 1
                    row = text.rstrip("\r\n").split(delimiter) if strip_ending else text.split(delimiter)
                if len(row) != named:
                    fitted = self._fit(row, line)
                    if fitted is None:
                        continue
                    row = fitted
                if blank_columns and not self.blank_named:
                    self._values_without_header(row, line)
                key = key_of(row)
                entry = entry_of.get(key)
                if entry is None:
                    entry = self._check(row, key, line)
                    if entry is None:
                        continue
                if i_item is not None:
                    item = row[i_item].strip()
                    if item:
                        add_digest(hash(item) ^ entry.scope)
                    else:
                        unlisted += 1
                parts = entry.parts
                if parts is None:
                    entry.rows += 1
                else:
                    part = row[i_part].strip()  # type: ignore[index]  # parts only with a county column
                    counted = parts.get(part)
                    if counted is None:
                        parts[part] = [1, line]
                    else:
                        counted[0] += 1
        except BaseException:  # (a read failing part way: the line reached is where it is said to fail)
            records.line = line
            raise
        records.line = line
        # where the rows' problems and warnings end and those of the sums begin (two cores merge at it)
        self.finished_from = (len(self.out.problems), len(self.out.warnings))
        self.finish()
        if i_item is not None:
            self.items = self.rows_counted - unlisted

    def finish(self) -> None:
        """Multiply the fast way's counts out into the sums, in the order their first rows came."""
        counted: list[tuple[int, int, Entry, str, int]] = []  # (first line, order, entry, part, rows)
        entries = list(self.entry_of.values())
        # The deciding cells are not needed once their rows are counted: their strings are freed
        # before the sums are made (in a big ledger, 13k tuples of cells, a seventh of the peak).
        # (Cleared in place: the reading loop holds the same dict.)
        self.entry_of.clear()
        self.cells.clear()
        for entry in entries:
            if entry.rows:
                counted.append((entry.line, len(counted), entry, "", entry.rows))
                entry.rows = 0
            if entry.parts:
                counted += [(first, len(counted) + n, entry, "" if part in self.whole_city else part, rows)
                            for n, (part, (rows, first)) in enumerate(entry.parts.items())]
                entry.parts.clear()
        counted.sort(key=_first_line)
        for first, _, entry, part, rows in counted:
            self._add(entry, entry.value * rows, rows, first, part)
            self.rows_counted += rows

    def take(self, row: list[str], line: int) -> None:
        """The plain way: one row, already split into cells, as a `ProgressRow` added to its sum."""
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
        item = row[self.i_item].strip() if self.i_item is not None else ""
        if item:
            digest = hash(item) ^ entry.scope
            if digest in self.seen.digests:
                self._duplicate(line, entry, item)
                if self.trace is not None:
                    county = row[self.i_county].strip() if self.i_county is not None else ""
                    self.trace(ProgressRow(entry.id, entry.category, entry.when, entry.value, item, county,
                                           self.place(line, None), "repeated_item"))
                return
            self.seen.digests.add(digest)
        if self.trace is not None:
            county = row[self.i_county].strip() if self.i_county is not None else ""
            self.trace(ProgressRow(entry.id, entry.category, entry.when, entry.value, item, county,
                                   self.place(line, None)))
        part = row[self.i_county].strip() if entry.parts is not None and self.i_county is not None else ""
        if part in self.whole_city:
            part = ""
        self._add(entry, entry.value, 1, line, part)
        self.rows_counted += 1

    def take_all(self, rows: Iterable[tuple[int, list[str]]]) -> None:
        for line, row in rows:
            self.take(row, line)

    def _add(self, entry: Entry, total: Number, rows: int, line: int, part: str) -> None:
        out = self.out
        key = (entry.id, entry.category, entry.when, part)
        bucket = out.buckets.get(key)
        if not entry.summed and (part or rows > 1 or bucket is not None):
            self._measured_twice(entry, line, part)
            return
        if bucket is None:
            bucket = out.buckets[key] = Bucket(self.place(line, None), self.label)
            if out.latest is None or entry.when > out.latest:
                out.latest = entry.when
        elif entry.is_level and bucket.source not in ("", self.label):
            self._level_in_two_files(entry, bucket, line)
        bucket.total += total
        bucket.rows += rows
        out.rows += rows

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
            # Cells that rarely repeat (a different value on every row): fold what is counted
            # and forget, so that memory stays bounded whatever the file holds.
            before = (self.out.problem_count, len(self.out.warnings))
            self.finish()
            self.said_at_fold |= (self.out.problem_count, len(self.out.warnings)) != before
            self.value_of.clear()
        column = self.i_indicator  # the cell being read, for the message if it is wrong
        indicator_cell = row[column]
        if not indicator_cell.strip():
            if self._not_data_row(row, line):
                return None
            if any(cell.strip() for cell in row):
                out.problem(note("no_indicator", self.place(line, column)))
            return None
        try:
            reading = self.reading_of.get(indicator_cell)
            if reading is None:
                reading = self.reading_of[indicator_cell] = Reading(self.names.indicator(indicator_cell))
                self._check_unit(reading.indicator, line)
            category: Any = None
            if self.i_category is not None:
                column = self.i_category
                cell = row[column]
                category = reading.category_of.get(cell, _UNSEEN)
                if category is _UNSEEN:
                    category = reading.category_of[cell] = self.names.category(reading.indicator, cell)
            when_column = self.i_date if self.i_date is not None else self.i_year
            assert when_column is not None  # the header has one or the other
            column = when_column
            cell = row[column]
            if self.i_year is not None and not cell.strip():
                column = self.i_year
                cell = row[column]
            when = self.when_of.get(cell)
            if when is None:
                when = self.when_of[cell] = parse_when(cell)[0]
            value: Number = 1
            if reading.units is not None:  # a measured value: its figure, with its own unit if written
                column = self.i_value if self.i_value is not None else self.i_indicator
                value = parse_measure(row[self.i_value] if self.i_value is not None else "", reading.units)
            elif self.i_value is not None:
                column = self.i_value
                cell = row[column]
                known = self.value_of.get(cell)
                if known is None:
                    known = self.value_of[cell] = parse_value(cell)
                value = known
        except CellError as exc:
            if not self._not_data_row(row, line):  # a footer or a total, told by a cell that is not read as it
                out.problem(note(exc.code, self.place(line, column), **exc.params))
            return None
        kind = reading.indicator.kind
        by_part = (kind.by_parts or not kind.summed or self.all_parts) and self.i_county is not None
        entry = self.entry_of[self._kept(key)] = Entry(reading.indicator, category, when, value, line, by_part)
        return entry

    def _kept(self, key: Any) -> Any:
        """The tuple of cells as it is remembered: each cell one string for all the tuples that
        hold it (an indicator's name is in thousands of them), not the row's own copy (2 MiB of a
        big ledger's 9)."""
        if not isinstance(key, tuple):
            return key
        cells = self.cells
        return tuple([cells.setdefault(cell, cell) for cell in key])

    def _check_unit(self, indicator: Indicator, line: int) -> None:
        """A unit in the value column's header that is not the indicator's (数量（项） for enterprises, 家)."""
        unit = self.value_unit
        if unit and unit not in (indicator.unit.zh.casefold(), indicator.unit.en.casefold()):
            self.out.warnings.append(note("unit_differs", self.place(line, self.i_value), id=indicator.id,
                                          name=indicator.name.zh, unit=unit, expected=indicator.unit.zh))

    def _values_without_header(self, row: list[str], line: int) -> None:
        """A value in a column whose header cell is blank is not read: the first one is named."""
        for index in self.blank_columns:
            if index < len(row) and row[index].strip():
                self.out.warnings.append(note("cells_without_header", self.place(line, index)))
                self.blank_named = True
                return

    def _not_data_row(self, row: list[str], line: int) -> bool:
        """Whether a row is a total or a footer, said so (the plain way) or left to the plain way (the
        fast way, which then reads the file again)."""
        special = not_data(row, self.total_columns, self.names)
        if special is None:
            return False
        if self.fast:
            self.needs_plain = True
            return True
        what, indicator, subtotal = special
        when = self._when_of_total(row)
        if what == "footer" or self.running.covers(indicator, when, subtotal):
            self._not_data(row, line, what, indicator, subtotal, when)
            return True
        return False

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
        shown = repr(" ".join(" ".join(cell.strip() for cell in row if cell.strip()).split())[:40])
        if what == "footer":
            out.warnings.append(note("footer_skipped", self.place(line, None), row=line, cells=shown))
            return
        rows_sum = self.running.close(indicator, when, subtotal)
        cell = row[self.i_value].strip() if self.i_value is not None else ""
        try:
            stated = parse_value(cell) if cell else None
        except CellError:
            stated = None
        if stated is None:
            out.warnings.append(note("total_skipped", self.place(line, None), row=line, cells=shown))
        elif stated == rows_sum:
            out.warnings.append(note("total_agrees", self.place(line, None), row=line, cells=shown,
                                     total=_shown_number(stated)))
        else:
            out.warnings.append(note("total_differs", self.place(line, self.i_value), row=line, cells=shown,
                                     total=_shown_number(stated), rows=_shown_number(rows_sum)))

    def _level_in_two_files(self, entry: Entry, bucket: Bucket, line: int) -> None:
        """A stock's level on one date from two files is added up, as rows of one file are; say so,
        since it is more often the same figure given twice."""
        self.out.warnings.append(note("level_in_two_files", self.place(line, None), id=entry.id, name=entry.name,
                                      when=str(entry.when), other=bucket.source))
        bucket.source = ""  # said once for each date

    def _duplicate(self, line: int, entry: Entry, item: str) -> None:
        out = self.out
        out.duplicates += 1
        if out.duplicates <= MAX_DUPLICATE_WARNINGS:
            at = note("listed_again_at", when=str(entry.when)) if entry.is_level else ""
            out.warnings.append(note("listed_again", self.place(line, self.i_item), item=repr(item[:60]), id=entry.id,
                                     name=entry.name, at=at))


def _shown_number(number: Number) -> str:
    """A sum as a message shows it: 45, 2.5 (never a Fraction's 5/2)."""
    if isinstance(number, int):
        return str(number)
    as_float = float(number)
    return str(int(as_float)) if as_float.is_integer() else repr(as_float)


def line_place(label: str) -> Place:
    """How a place in a text file is named: `file:line`, whatever the column."""

    def place(line: int, column: int | None = None) -> str:
        return f"{label}:{line}"

    return place


def _first_line(counted: tuple) -> tuple[int, int]:
    return counted[0], counted[1]
