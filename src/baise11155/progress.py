"""Read progress files into observations: values summed by indicator, category and date.

Files are streamed. What is kept does not grow with the number of rows: one sum per
(indicator, category, date), and, to catch an item listed twice, one fixed-size digest per
distinct item. Problems are collected with `file:line`, so that `validate` can list them all.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import TYPE_CHECKING

from .cells import CellError, parse_value, parse_when
from .errors import DataError
from .plan import STOCK, Indicator, Plan
from .sources import detect_encoding, label_of, locate_decode_error, open_binary, sniff_delimiter

if TYPE_CHECKING:
    from fractions import Fraction

# canonical column -> header names accepted (compared case-insensitively)
COLUMNS: dict[str, tuple[str, ...]] = {
    "indicator": ("indicator", "指标"),
    "category": ("category", "类别", "领域", "类型"),
    "year": ("year", "年份", "年度"),
    "date": ("date", "日期"),
    "value": ("value", "数量", "数值", "完成数"),
    "item": ("item", "名称", "项目名称"),
    "county": ("county", "县区"),
    "note": ("note", "备注"),
}
_HEADER_TO_COLUMN = {name.casefold(): column for column, names in COLUMNS.items() for name in names}

MAX_PROBLEMS = 1000  # kept in full; beyond that they are only counted
MAX_DUPLICATE_WARNINGS = 20


class Bucket:
    """The rows of one indicator, category and date, summed."""

    __slots__ = ("total", "rows", "first")

    def __init__(self, first: str = "") -> None:
        self.total: int | Fraction = 0
        self.rows = 0
        self.first = first  # `file:line` of its first row, to point at


# (indicator id, category id or None when not allocated, date)
Key = tuple[str, "str | None", dt.date]


class Observations:
    """What a set of progress files says, ready for the calculation."""

    def __init__(self) -> None:
        self.buckets: dict[Key, Bucket] = {}
        self.latest: dt.date | None = None  # the latest date of any row
        self.rows = 0
        self.problems: list[str] = []
        self.problem_count = 0
        self.warnings: list[str] = []
        self.duplicates = 0

    def problem(self, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(message)

    def raise_if_problems(self) -> None:
        if self.problem_count:
            raise DataError(self.problems, self.problem_count)


class _Names:
    """Looks up indicators and categories by id, zh or en name; suggests near misses."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.indicators: dict[str, Indicator] = {}
        self.categories: dict[str, dict[str, str]] = {}
        for indicator in plan.indicators:
            for alias in (indicator.id, indicator.name.zh, indicator.name.en):
                self.indicators[_fold(alias)] = indicator
            self.categories[indicator.id] = {
                _fold(alias): category.id
                for category in indicator.categories
                for alias in (category.id, category.name.zh, category.name.en)
            }

    def indicator(self, cell: str) -> Indicator:
        found = self.indicators.get(_fold(cell))
        if found is None:
            hint = _suggest(cell, [(i.id, i.name.zh) for i in self.plan.indicators], self.indicators)
            raise CellError(f"indicator {cell.strip()[:40]!r} is not in the plan{hint}")
        return found

    def category(self, indicator: Indicator, cell: str) -> str | None:
        if not cell.strip():
            return None
        if not indicator.categories:
            raise CellError(
                f"category {cell.strip()[:40]!r} given, but {indicator.name.zh} ({indicator.id}) has no categories; "
                "leave the category blank"
            )
        found = self.categories[indicator.id].get(_fold(cell))
        if found is None:
            choices = [(c.id, c.name.zh) for c in indicator.categories]
            hint = _suggest(cell, choices, self.categories[indicator.id])
            raise CellError(f"category {cell.strip()[:40]!r} is not one of {indicator.id}'s categories{hint}")
        return found


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _suggest(cell: str, choices: list[tuple[str, str]], aliases: dict) -> str:
    import difflib

    close = difflib.get_close_matches(_fold(cell), list(aliases), n=3, cutoff=0.5)
    if close:
        return "; did you mean " + " or ".join(repr(c) for c in dict.fromkeys(close)) + "?"
    return "; known: " + ", ".join(f"{ident} ({zh})" for ident, zh in choices)


def read_progress(plan: Plan, paths: list[str], encoding: str | None = None) -> Observations:
    """Read and combine progress files; problems are collected in the result, not raised."""
    observations = Observations()
    names = _Names(plan)
    seen_items: dict = {}  # indicator id, or (id, date) for a stock -> digests of items
    for path in paths:
        _read_one(path, encoding, names, observations, seen_items)
    hidden = observations.duplicates - MAX_DUPLICATE_WARNINGS
    if hidden > 0:
        observations.warnings.append(f"... and {hidden} more items listed again, each counted once")
    return observations


def _read_one(path: str, encoding: str | None, names: _Names, out: Observations, seen_items: dict) -> None:
    label = label_of(path)
    try:
        handle, head = open_binary(path)
    except DataError as exc:
        out.problem(exc.problems[0])
        return
    with handle:
        if not head:
            out.problem(f"{label}: the file is empty; it needs a header row and at least one row of progress")
            return
        try:
            chosen = encoding or detect_encoding(head, label)
        except DataError as exc:
            out.problem(exc.problems[0])
            return
        import io

        text = io.TextIOWrapper(handle, encoding=chosen, newline="")
        reader = csv.reader(text, delimiter=sniff_delimiter(head, chosen))
        try:
            _read_rows(reader, label, names, out, seen_items)
        except UnicodeDecodeError:
            line = locate_decode_error(path, chosen)
            where = f"{label}:{line}" if line else f"{label}:{reader.line_num + 1}"
            other = "gb18030" if chosen.startswith("utf") else "utf-8"
            out.problem(f"{where}: bytes that are not valid {chosen}; save the file as CSV UTF-8, or pass --encoding {other}")
        except csv.Error as exc:
            out.problem(f"{label}:{reader.line_num}: cannot read the CSV: {exc}")


def _header(row: list[str], label: str, line: int) -> dict[str, int]:
    positions: dict[str, int] = {}
    problems = []
    for index, cell in enumerate(row):
        column = _HEADER_TO_COLUMN.get(_fold(cell.lstrip("\ufeff")))
        if column is None:
            continue
        if column in positions:
            problems.append(
                f"{label}:{line}: column {index + 1} ({cell.strip()!r}) repeats the {column} column "
                f"(column {positions[column] + 1}); keep one"
            )
            continue
        positions[column] = index
    if "indicator" not in positions:
        problems.append(f"{label}:{line}: no indicator column; the header needs one named indicator or 指标")
    if "year" not in positions and "date" not in positions:
        problems.append(f"{label}:{line}: no year or date column; the header needs one named year/年份 or date/日期")
    if problems:
        raise DataError(problems)
    return positions


def _read_rows(reader, label: str, names: _Names, out: Observations, seen_items: dict) -> None:
    header = None
    for row in reader:
        if any(cell.strip() for cell in row):
            header = row
            break
    if header is None:
        out.problem(f"{label}: the file is empty; it needs a header row and at least one row of progress")
        return
    try:
        columns = _header(header, label, reader.line_num)
    except DataError as exc:
        for message in exc.problems:
            out.problem(message)
        return

    width = len(header)
    i_indicator = columns["indicator"]
    i_category = columns.get("category")
    i_year = columns.get("year")
    i_date = columns.get("date")
    i_value = columns.get("value")
    i_item = columns.get("item")

    # Cells repeat a great deal (the same indicator, date, value on row after row): each
    # distinct text is read once and remembered. This loop runs once per row, so it avoids
    # building anything per row that it can look up instead.
    reading_of: dict[str, _Reading] = {}
    when_of: dict[str, dt.date] = {}
    value_of: dict[str, int | Fraction] = {}
    buckets = out.buckets
    latest = out.latest
    rows = 0

    for row in reader:
        if len(row) != width:
            if len(row) < width:
                if not any(cell.strip() for cell in row):
                    continue
                row = row + [""] * (width - len(row))
            elif any(cell.strip() for cell in row[width:]):
                out.problem(
                    f"{label}:{reader.line_num}: the row has {len(row)} cells, the header {width}; "
                    "is there an unquoted comma in a name or a number?"
                )
                continue
        cell = row[i_indicator]
        reading = reading_of.get(cell)
        if reading is None:
            if not cell.strip():
                if any(c.strip() for c in row):
                    out.problem(f"{label}:{reader.line_num}: no indicator; fill in the indicator (指标) column")
                continue
            try:
                reading = reading_of[cell] = _Reading(names, names.indicator(cell), seen_items)
            except CellError as exc:
                out.problem(f"{label}:{reader.line_num}: {exc}")
                continue
        try:
            if i_category is None:
                category = None
            else:
                cell = row[i_category]
                category = reading.category_of.get(cell, _UNSEEN)
                if category is _UNSEEN:
                    category = reading.category_of[cell] = names.category(reading.indicator, cell)
            cell = row[i_date] if i_date is not None else ""
            if i_year is not None and not cell.strip():
                cell = row[i_year]
            when = when_of.get(cell)
            if when is None:
                when = when_of[cell] = parse_when(cell)[0]
            if i_value is None:
                value = 1
            else:
                cell = row[i_value]
                value = value_of.get(cell)
                if value is None:
                    value = value_of[cell] = parse_value(cell)
        except CellError as exc:
            out.problem(f"{label}:{reader.line_num}: {exc}")
            continue
        if i_item is not None:
            item = row[i_item]
            if item:
                # a fixed-size digest per distinct item (per indicator, and per date for a stock)
                seen = reading.seen if reading.seen is not None else reading.seen_on(when)
                digest = hash(item.strip())
                size = len(seen)
                seen.add(digest)
                if len(seen) == size:
                    _duplicate(out, label, reader.line_num, reading.indicator, when, item)
                    continue
        rows += 1
        key = (reading.id, category, when)
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = Bucket(f"{label}:{reader.line_num}")
            if latest is None or when > latest:
                latest = when
        bucket.total += value
        bucket.rows += 1
    out.rows += rows
    out.latest = latest


_UNSEEN = object()


class _Reading:
    """What reading the rows of one indicator needs, looked up once per indicator cell."""

    __slots__ = ("indicator", "id", "category_of", "seen", "_seen_by_date", "_seen_items")

    def __init__(self, names: _Names, indicator: Indicator, seen_items: dict) -> None:
        self.indicator = indicator
        self.id = indicator.id
        self.category_of: dict[str, str | None] = {}
        # the digests of the items seen: for a count one set per indicator, for a stock one per
        # date (the same enterprise is listed again at each date it is held)
        self._seen_items = seen_items
        self.seen = None if indicator.kind == STOCK else seen_items.setdefault(indicator.id, set())

    def seen_on(self, when: dt.date) -> set[int]:
        return self._seen_items.setdefault((self.id, when), set())


def _duplicate(out: Observations, label: str, line: int, indicator: Indicator, when: dt.date, item: str) -> None:
    out.duplicates += 1
    if out.duplicates <= MAX_DUPLICATE_WARNINGS:
        at = f" on {when}" if indicator.kind == STOCK else ""
        out.warnings.append(f"{label}:{line}: item {item.strip()[:60]!r} is listed again for {indicator.id}{at}; counted once")
