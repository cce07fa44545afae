"""What a set of progress files says: sums by indicator, category and date, with the
problems and warnings met while reading them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from .vintages import least_final

if TYPE_CHECKING:

    from .kinds import Number
    from .notices import Note

MAX_PROBLEMS = 1000  # kept in full; beyond that they are only counted


class Bucket:
    """The rows of one indicator, category, date (and, for a stock, county), summed."""

    __slots__ = ("total", "rows", "first", "source", "vintage")

    def __init__(self, first: str = "", source: str = "") -> None:
        self.total: Number = 0
        self.rows = 0
        self.first = first  # `file:line` of its first row, to point at
        self.source = source  # the file it was first met in
        self.vintage = ""  # its rows' vintage (model/vintages.py), "" when the files say none

    def plus(self, other: Bucket) -> Bucket:
        """The two sums together, as one (an area written two ways): the first's place kept."""
        merged = Bucket(self.first, self.source)
        merged.total, merged.rows = self.total + other.total, self.rows + other.rows
        merged.vintage = least_final((self.vintage, other.vintage))
        return merged


class ProgressRow:
    """One row of a progress file, read: where it goes, what it counts, and where it came from."""

    __slots__ = ("indicator", "category", "when", "value", "item", "county", "place", "left_out", "vintage")

    def __init__(self, indicator: str, category: str | None, when: dt.date, value: Number, *, item: str, county: str,
                 place: str, left_out: str = "", vintage: str = "") -> None:
        self.indicator = indicator  # the indicator's id
        self.category = category  # the category's id, None when not allocated
        self.when = when  # the date (a year alone is its 31 December)
        self.value = value
        self.item = item  # "" when the file names none
        self.county = county  # "" when the file names none
        self.place = place  # `file:line` or `file:Sheet!A7`
        self.left_out = left_out  # why reading set it aside ("repeated_item"), "" when it was counted
        self.vintage = vintage  # its vintage (model/vintages.py), "" when the file says none

    def __repr__(self) -> str:
        return (f"ProgressRow({self.indicator!r}, {self.category!r}, {self.when}, {self.value!r}, {self.item!r}, "
                f"{self.county!r}, {self.place!r})")


class Revised(NamedTuple):
    """A figure replaced by a later vintage of it (Guangxi's 2021 R&D intensity, 0.82 % 预测值, by
    0.79 % 正式), or met after it and set aside."""

    indicator: str
    when: dt.date
    area: str  # as written; "" for the whole
    value: Number
    vintage: str
    place: str
    by_value: Number
    by_vintage: str
    by_place: str


class Key(NamedTuple):
    """Where a bucket's rows go."""

    indicator: str  # the indicator's id
    category: str | None  # the category's id, None when not allocated
    when: dt.date
    part: str  # a stock's county ("" for the whole city, and for every row of a count, whose sums are the city's)

    def whole(self) -> Key:
        """The same indicator, category and date for the whole city (a part's sums put together)."""
        return self._replace(part="")


class Observations:
    """What a set of progress files says, ready for the calculation."""

    def __init__(self) -> None:
        self.buckets: dict[Key, Bucket] = {}
        self.latest: dt.date | None = None  # the latest date of any row
        self.rows = 0
        self.data_lines = 0  # the files' lines (or sheets' rows) of data, counted or not: 共11行数据
        self.problems: list[Note] = []
        self.problem_count = 0
        self.warnings: list[Note] = []
        self.recognised: list[Note] = []  # what was read from each file or sheet: its header, its columns
        self.receipts: list[Note] = []  # for each file or sheet read, what was counted and set aside, and how
        self.duplicates = 0
        # figures replaced by a later vintage of themselves (快报 by 正式), for explain and the notice
        self.revised: list[Revised] = []
        # the vintage standing for each (indicator, category, date, area as written): read/rows.py
        self.vintages: dict[tuple, list] = {}

    def problem(self, message: Note) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(message)

    def notices(self) -> list[Note]:
        """What the reading says besides its problems: each file's receipt, then the warnings."""
        return [*self.receipts, *self.warnings]
