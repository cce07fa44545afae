"""A figure far off the others of its indicator in one file: a unit slip, most likely (a figure
in 元 among figures in 万元, 10,000 times too large, or 12345 typed for 1.2345).

Kept as the file is read, in memory that does not grow with it: for each indicator, the first
figures met (enough for a median) and the largest with its place. At the end of the file, a
largest figure thousands of times the median of its indicator's figures is said, at its cell; the
figure it makes is marked wherever it is shown (the note names the indicator).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model.notices import Note, note

if TYPE_CHECKING:
    from ..model.kinds import Number

SAMPLE = 101  # figures kept for each indicator's median
RATIO = 5000  # the largest this many times the median: 万元 for 亿元 is 10,000, 元 for 万元 too
AT_LEAST = 3  # figures in the file before a median says anything


class SlipWatch:
    def __init__(self) -> None:
        self.figures: dict[str, list[Number]] = {}  # indicator -> its first figures above 0
        self.largest: dict[str, tuple[Number, int]] = {}  # indicator -> (its largest figure, its line)

    def see(self, indicator: str, value: Number, line: int) -> None:
        if value <= 0:
            return
        figures = self.figures.setdefault(indicator, [])
        if len(figures) < SAMPLE:
            figures.append(value)
        largest = self.largest.get(indicator)
        if largest is None or value > largest[0]:
            self.largest[indicator] = (value, line)

    def slips(self, name_of: Callable[[str], str], place: Callable[[int], str]) -> list[Note]:
        """The largest figures far off their indicator's others, one note each."""
        said = []
        for indicator, (value, line) in self.largest.items():
            figures = self.figures[indicator]
            if len(figures) < AT_LEAST:
                continue
            median = statistics.median_low(figures)
            if value >= RATIO * median:
                said.append(note("figure_far_off", place(line), id=indicator, name=name_of(indicator), value=value,
                                 median=median, times=round(value / median)))
        return said
