"""The rows of one progress file, read into observations: the hot loop of the tool.

A row is placed by the tuple of its cells that decide where it goes — indicator, category,
date or year, value. Each distinct tuple is checked and resolved once, into an `Entry` that
counts its rows; when the file ends, the counts are multiplied out into the sums by
indicator, category and date. So the loop does, for a row like the ones before it, one tuple,
one dictionary lookup and one increment, plus the item's digest when there is an item column.

Items listed twice are rare, so a file that can be read again is first read optimistically:
each item's digest is added to a set of the file's own, without asking whether it was there.
If at the end the set is as large as the number of items and shares none with the files read
before, there was no repeat and the reading stands; otherwise the file is read again, carefully,
row by row, so that each repeat is found, warned about with its line, and counted once. Adding
without asking first halves the lookups in a set too large for the processor's caches.
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import TYPE_CHECKING, Callable

from ..model.notices import note
from ..model.observations import Bucket
from ..model.plan import Indicator
from .cells import CellError, parse_value, parse_when
from .lookup import NameIndex
from .records import Records

if TYPE_CHECKING:
    from fractions import Fraction

    from ..model.observations import Observations

MAX_DUPLICATE_WARNINGS = 20
MAX_REMEMBERED = 50_000  # distinct cell tuples kept before they are folded into the sums
_UNSEEN = object()


class Reading:
    """One indicator as a file names it, looked up once per distinct indicator cell."""

    __slots__ = ("indicator", "category_of")

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.category_of: dict[str, str | None] = {}  # category cell -> category id


class Entry:
    """Where the rows with one tuple of cells go, checked once; counts those rows."""

    __slots__ = ("id", "name", "is_stock", "when", "value", "category", "scope", "line", "rows")

    def __init__(self, indicator: Indicator, category: str | None, when: dt.date, value, line: int) -> None:
        self.id = indicator.id
        self.name = indicator.name.zh  # for the Chinese messages
        self.is_stock = indicator.kind.levels
        self.category = category
        self.when = when
        self.value = value
        # An item is listed once per indicator; a stock's enterprises once per date held. An
        # item's digest is hash(item) XOR hash(scope): as good a 64-bit digest as hashing the
        # pair, without building the pair for every row.
        self.scope = hash(indicator.kind.item_scope(self.id, when))
        self.line = line  # where the tuple first appears
        self.rows = 0


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


class RowReader:
    """Reads the data rows of one file (after its header) into `Observations`."""

    def __init__(self, label: str, columns: dict[str, int], width: int, names: NameIndex,
                 out: Observations, seen: SeenItems, optimistic: bool = False,
                 place: Callable[[int, int | None], str] | None = None) -> None:
        self.label = label
        # how a message names a place: `file:line` for text, `file:Sheet!C7` for a spreadsheet
        self.place = place or (lambda line, column=None: f"{label}:{line}")
        self.width = width
        self.names = names
        self.out = out
        self.seen = seen
        # read optimistically: the file's own digests, and how many items were listed
        self.optimistic = optimistic
        self.file_digests: set[int] = set()
        self.items = 0  # rows counted with an item
        self.rows_counted = 0
        self.i_indicator = columns["indicator"]
        self.i_category = columns.get("category")
        self.i_date = columns.get("date")
        self.i_year = columns.get("year")
        self.i_value = columns.get("value")
        self.i_item = columns.get("item")
        self.reading_of: dict[str, Reading] = {}
        self.when_of: dict[str, dt.date] = {}
        self.value_of: dict[str, int | Fraction] = {}
        self.entry_of: dict[tuple, Entry] = {}  # the deciding cells -> where their rows go
        key_columns = [self.i_indicator, self.i_category, self.i_date, self.i_year, self.i_value]
        # (indicator, category, date, year, value), the absent columns left out
        self.key_of = itemgetter(*[i for i in key_columns if i is not None])
        # A line's ending stays on its last cell unless a column that is read comes last (a
        # county or a note usually does): one string operation fewer for every row.
        self.strip_ending = width - 1 in key_columns + [self.i_item]

    def read(self, records: Records) -> None:
        width, key_of, entry_of, seen = self.width, self.key_of, self.entry_of, self.seen.digests
        i_item, delimiter, lines = self.i_item, records.delimiter, records.lines
        optimistic, add_digest, unlisted = self.optimistic, self.file_digests.add, 0
        strip_ending = self.strip_ending
        line = records.line
        # The loop over records is written out here rather than taken from Records, because it
        # runs once per row: a line without a quote is split in place.
        for text in lines:
            if '"' in text:
                records.line = line
                row = records.quoted(text)
                line = records.line
            else:
                line += 1
                row = text.rstrip("\r\n").split(delimiter) if strip_ending else text.split(delimiter)
            if len(row) != width:
                row = self._fit(row, line)
                if row is None:
                    continue
            key = key_of(row)
            entry = entry_of.get(key)
            if entry is None:
                entry = self._check(row, key, line)
                if entry is None:
                    continue
            if i_item is not None:
                item = row[i_item].strip()
                if not item:
                    unlisted += 1
                elif optimistic:
                    add_digest(hash(item) ^ entry.scope)
                else:
                    digest = hash(item) ^ entry.scope
                    if digest in seen:
                        self._duplicate(line, entry, item)
                        continue
                    seen.add(digest)
            entry.rows += 1
        records.line = line
        self.finish()
        if i_item is not None:
            self.items = self.rows_counted - unlisted

    def finish(self) -> None:
        """Multiply the counts out into the observations' sums, in the order the tuples first appeared."""
        out = self.out
        for entry in sorted(self.entry_of.values(), key=_first_line):
            if not entry.rows:
                continue
            key = (entry.id, entry.category, entry.when)
            bucket = out.buckets.get(key)
            if bucket is None:
                bucket = out.buckets[key] = Bucket(self.place(entry.line, None), self.label)
                if out.latest is None or entry.when > out.latest:
                    out.latest = entry.when
            elif entry.is_stock and bucket.source not in ("", self.label):
                self._level_in_two_files(entry, bucket)
            bucket.total += entry.value * entry.rows
            bucket.rows += entry.rows
            out.rows += entry.rows
            self.rows_counted += entry.rows
            entry.rows = 0

    def take(self, row: list[str], line: int) -> None:
        """One row already split into cells (from a spreadsheet), read carefully.

        The same steps as the loop in `read`, which has them written out for speed; a test
        reads the same rows both ways and compares.
        """
        if len(row) != self.width:
            row = self._fit(row, line)
            if row is None:
                return
        key = self.key_of(row)
        entry = self.entry_of.get(key) or self._check(row, key, line)
        if entry is None:
            return
        if self.i_item is not None:
            item = row[self.i_item].strip()
            if item:
                digest = hash(item) ^ entry.scope
                if digest in self.seen.digests:
                    self._duplicate(line, entry, item)
                    return
                self.seen.digests.add(digest)
        entry.rows += 1

    def _fit(self, row: list[str], line: int) -> list[str] | None:
        """A row shorter or longer than the header: blank (skipped), padded, trimmed, or a problem."""
        width = self.width
        if row:
            row[-1] = row[-1].rstrip("\r\n")  # a short row's last cell may be one that is read
        if len(row) < width:
            if not any(cell.strip() for cell in row):
                return None
            return row + [""] * (width - len(row))
        if any(cell.strip() for cell in row[width:]):
            self.out.problem(note("row_width", self.place(line, width), cells=len(row), width=width))
            return None
        return row[:width]

    def _check(self, row: list[str], key: tuple, line: int) -> Entry | None:
        """A row unlike any before: check it, report a problem with its line, or remember its entry."""
        out = self.out
        if len(self.entry_of) >= MAX_REMEMBERED:
            # Cells that rarely repeat (a different value on every row): fold what is counted
            # and forget, so that memory stays bounded whatever the file holds.
            self.finish()
            self.entry_of.clear()
            self.value_of.clear()
        column = self.i_indicator  # the cell being read, for the message if it is wrong
        indicator_cell = row[column]
        if not indicator_cell.strip():
            if any(cell.strip() for cell in row):
                out.problem(note("no_indicator", self.place(line, column)))
            return None
        try:
            reading = self.reading_of.get(indicator_cell)
            if reading is None:
                reading = self.reading_of[indicator_cell] = Reading(self.names.indicator(indicator_cell))
            category = None
            if self.i_category is not None:
                column = self.i_category
                cell = row[column]
                category = reading.category_of.get(cell, _UNSEEN)
                if category is _UNSEEN:
                    category = reading.category_of[cell] = self.names.category(reading.indicator, cell)
            column = self.i_date if self.i_date is not None else self.i_year
            cell = row[column]
            if self.i_year is not None and not cell.strip():
                column = self.i_year
                cell = row[column]
            when = self.when_of.get(cell)
            if when is None:
                when = self.when_of[cell] = parse_when(cell)[0]
            value = 1
            if self.i_value is not None:
                column = self.i_value
                cell = row[column]
                value = self.value_of.get(cell)
                if value is None:
                    value = self.value_of[cell] = parse_value(cell)
        except CellError as exc:
            out.problem(note(exc.code, self.place(line, column), **exc.params))
            return None
        entry = self.entry_of[key] = Entry(reading.indicator, category, when, value, line)
        return entry

    def _level_in_two_files(self, entry: Entry, bucket: Bucket) -> None:
        """A stock's level on one date from two files is added up, as rows of one file are; say so,
        since it is more often the same figure given twice."""
        self.out.warnings.append(note("level_in_two_files", self.place(entry.line, None), id=entry.id, name=entry.name,
                                      when=str(entry.when), other=bucket.source))
        bucket.source = ""  # said once for each date

    def _duplicate(self, line: int, entry: Entry, item: str) -> None:
        out = self.out
        out.duplicates += 1
        if out.duplicates <= MAX_DUPLICATE_WARNINGS:
            at = note("listed_again_at", when=str(entry.when)) if entry.is_stock else ""
            out.warnings.append(note("listed_again", self.place(line, self.i_item), item=repr(item[:60]), id=entry.id,
                                     name=entry.name, at=at))


def _first_line(entry: Entry) -> int:
    return entry.line
