"""A period's additions (本季度新增, 本月新增, 当年新增): what the files and sheets of one reading give.

A column of one quarter's (month's, year's) additions counts what was done since the plan began
only when every quarter from its start is there. One quarter's sheet alone (2019年三季度) would
be taken for all that was done since 2018: the quarters not given are named in a warning that
fails `validate`, and the figure stays what the files give.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model.notices import Listed, Note, note

if TYPE_CHECKING:
    from ..model.kinds import Number

QUARTER, MONTH, YEAR = "quarter", "month", "year"
# a value column's header saying whose additions it holds: the words for each period, longest first
PERIOD_WORDS = ((QUARTER, ("本季度", "当季", "本季")), (MONTH, ("本月", "当月")), (YEAR, ("本年度", "本年", "当年")))
PER_YEAR = {QUARTER: 4, MONTH: 12, YEAR: 1}


def period_of(header: str) -> str:
    """The period a value column's header says its additions are of (本季度新增: a quarter), or ""."""
    for period, words in PERIOD_WORDS:
        if any(word in header for word in words):
            return period
    return ""


def _index(when: dt.date, period: str) -> int:
    """The period a date falls in, counted from year 0: a quarter, a month, a year."""
    if period == YEAR:
        return when.year
    if period == QUARTER:
        return when.year * 4 + (when.month - 1) // 3
    return when.year * 12 + when.month - 1


def _said(index: int, period: str) -> Note:
    if period == YEAR:
        return note("period_year", year=index)
    year, within = divmod(index, PER_YEAR[period])
    return note(f"period_{period}", year=year, number=within + 1)


class PeriodAdditions:
    """The periods each indicator's additions were given for, across the files and sheets of one
    reading, and where the first was read."""

    def __init__(self) -> None:
        # indicator -> (name, period, place, periods, whether it is a year's figure)
        self.given: dict[str, tuple[str, str, str, set[int], bool]] = {}

    def see(self, indicator: str, name: str, period: str, when: dt.date, place: str, yearly: bool = False) -> None:
        found = self.given.setdefault(indicator, (name, period, place, set(), yearly))
        if found[1] == period:
            found[3].add(_index(when, period))

    def missing(self, start: dt.date) -> list[Note]:
        """At the end of the reading: each indicator whose periods from the plan's start (a year's
        figure: from its last year's) to the last given leave some out, with those left out (runs
        said as spans: 2018年一季度至2019年二季度)."""
        found = []
        for indicator, (name, period, place, given, yearly) in self.given.items():
            first = _index(dt.date(max(given) // PER_YEAR[period], 1, 1), period) if yearly else _index(start, period)
            left_out = [index for index in range(first, max(given)) if index not in given]
            if left_out:
                found.append(note("period_additions_missing", place, id=indicator, name=name,
                                  given=Listed(_spans(sorted(given), period)), missing=Listed(_spans(left_out, period))))
        return found


def _spans(indexes: list[int], period: str) -> list[Note]:
    """Periods in order, each run of consecutive ones said as one span."""
    spans: list[Note] = []
    first = previous = indexes[0]
    for index in [*indexes[1:], None]:
        if index is not None and index == previous + 1:
            previous = index
            continue
        spans.append(_said(first, period) if first == previous else
                     note("period_span", first=_said(first, period), last=_said(previous, period)))
        if index is not None:
            first = previous = index
    return spans


class YearDays:
    """The days a year's figure (a turnover, GDP) was given on for one area, across the files and
    sheets of one reading, where no header says how its figures run. Counties reporting on
    different days add up; one area's figures on two days of one year are either each period's own
    (to add) or the year so far (the latest stands) — the figures alone cannot tell, so it is asked."""

    def __init__(self) -> None:
        # (indicator, area, year) -> {day: (name, figure, place)}
        self.days: dict[tuple[str, str, int], dict[dt.date, tuple[str, Number, str]]] = {}

    def see(self, indicator: str, name: str, area: str, when: dt.date, value: Number, place: str) -> None:
        self.days.setdefault((indicator, area, when.year), {}).setdefault(when, (name, value, place))

    def asked(self) -> list[Note]:
        """At the end of the reading: each area and year of an indicator given on more than one day."""
        found = []
        for (indicator, _, year), days in self.days.items():
            if len(days) < 2:
                continue
            (first, (name, value, where)), (second, (_, other, other_place)) = sorted(days.items())[:2]
            found.append(note("year_figure_days", other_place, id=indicator, name=name, year=year,
                              first=str(first), value=value, other=str(second), other_value=other, at=where))
        return found
