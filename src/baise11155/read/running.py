"""Running totals (累计完成, 截至本季度累计): what the files and sheets of one reading know of them.

A column of running totals is read as what each figure adds to the one before it in its series
(an indicator's, a category's, an area's). Two things the figures alone cannot settle are asked,
not guessed: a column whose series disagree on how they count (one falls at a new year, so the
column restarts each year; another rises across a year's end, read as carrying on), and an
indicator whose running totals are kept for the whole city at one date and for its counties at
another (the city's includes the counties': differenced apart and added up, both would count).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model.notices import Note, note

if TYPE_CHECKING:
    from ..model.kinds import Number

CITY, COUNTIES = "city", "counties"


class RunningTotals:
    """The series of one reading, shared by its files and sheets (a sheet per quarter)."""

    def __init__(self) -> None:
        self.last: dict[tuple, tuple[dt.date, Number]] = {}  # (indicator, category, area) -> (date, total)
        self.levels: dict[tuple, dict[str, str]] = {}  # (indicator, category) -> {CITY or COUNTIES: first place}
        self.restarted = ""  # the first place a series fell at a new year: the column counts within each year
        self.carried_on = ""  # the first place a series rose across a year's end: read as counting on

    def level(self, indicator: str, name: str, category: str | None, whole: bool, place: str) -> Note | None:
        """A series for the whole city or for a county begins: a question when the indicator's
        other level has series too (said once for the indicator)."""
        seen = self.levels.setdefault((indicator, category), {})
        if len(seen) == 2:
            return None
        seen.setdefault(CITY if whole else COUNTIES, place)
        if len(seen) < 2:
            return None
        seen["said"] = place
        return note("running_city_and_counties", place, id=indicator, name=name, city=seen[CITY], counties=seen[COUNTIES])

    def conventions(self) -> Note | None:
        """At the end of the reading: a column read both ways is a question."""
        if self.restarted and self.carried_on:
            return note("running_conventions_differ", self.carried_on, restarted=self.restarted)
        return None
