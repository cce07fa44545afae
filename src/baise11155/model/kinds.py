"""Indicator kinds: one object each, knowing how its values add up, where its progress starts
and how it is counted on the region's basis. Adding a kind is one class here and its tests.

- `count` (累计数): things achieved during the period, a flow. Rows are summed over the period;
  progress starts from 0; an item is listed once per indicator.
- `stock` (保有量): a level held at a date. Rows of one date are added up (one per county or per
  enterprise) and the latest date's sum is the level; a county (a part) that reported since the
  last whole-city figure but not on that date adds its own latest level (counties report on
  different days). Progress starts from the baseline, the level at the end of the year before
  the period; an item is listed once per date.
- `increase` (新增), the region's basis for a stock: measured as levels like a stock, reported
  as the rise above the baseline (Guangxi counts new high-tech enterprises, Baise holds them).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from fractions import Fraction

# a decimal value is read as an exact Fraction; importing fractions (and decimal with it) is left
# to the rare file that has one
Number = Union[int, float, "Fraction"]
# the sums of one indicator: date -> part (a county; "" for the whole city) -> sum
ByDate = dict[dt.date, dict[str, Number]]
# a part whose latest level is older than the level's date: part -> (its date, its level)
Carried = dict[str, tuple[dt.date, Number]]


class Kind:
    """What every kind answers; each subclass is one kind."""

    name: str = ""
    levels: bool = False  # values are levels held at dates, not things done during the period
    takes_baseline: bool = False  # progress starts from a baseline level, not from 0
    may_break_down: bool = False  # the target may be split into categories that add up to it
    region_kinds: tuple[str, ...] = ()  # the region's kinds an indicator of this kind may count towards

    def aggregate(self, by_date: ByDate) -> tuple[Number, dt.date | None, Carried]:
        """The achieved figure from the sums of each date and part: (figure, the date of the level or
        None, the parts carried forward into it from an earlier date)."""
        raise NotImplementedError

    def item_scope(self, indicator: str, when: dt.date) -> object:
        """What an item is unique within: an item listed twice in one scope is counted once."""
        return (indicator, when) if self.levels else indicator

    def kept_before_period(self, when: dt.date, period_start: dt.date) -> bool:
        """Whether a row dated before the period still counts: a level from the baseline year on
        (the year before the period's) is kept, the baseline year's latest being the baseline."""
        return self.levels and when.year >= period_start.year - 1

    def on_region_basis(self, value: Number, baseline: Number | None, region: Kind) -> Number:
        """A city figure (achieved or target) counted the way the region counts it."""
        return value

    def __repr__(self) -> str:
        return f"<kind {self.name}>"


class Count(Kind):
    name = "count"
    may_break_down = True
    region_kinds: tuple[str, ...] = ("count",)

    def aggregate(self, by_date: ByDate) -> tuple[Number, dt.date | None, Carried]:
        return sum((sum(parts.values(), 0) for parts in by_date.values()), 0), None, {}


class Stock(Kind):
    name = "stock"
    levels = True
    takes_baseline = True
    region_kinds: tuple[str, ...] = ("increase",)

    def aggregate(self, by_date: ByDate) -> tuple[Number, dt.date | None, Carried]:
        if not by_date:
            return 0, None, {}
        dates = sorted(by_date)
        latest = dates[-1]
        level: Number = sum(by_date[latest].values(), 0)
        # the last whole-city figure: parts reported before it are superseded by it
        whole = max((when for when in dates if "" in by_date[when]), default=None)
        carried: Carried = {}
        for when in dates[:-1]:
            if whole is not None and when <= whole:
                continue
            for part, value in by_date[when].items():
                if part and part not in by_date[latest]:
                    carried[part] = (when, value)  # dates ascend: a part's latest report wins
        level += sum((value for _, value in carried.values()), 0)
        return level, latest, carried

    def on_region_basis(self, value: Number, baseline: Number | None, region: Kind) -> Number:
        # 50 held by 2020 against 29 at the end of 2017 is 21 new enterprises for the region
        if region.name == "increase":
            assert baseline is not None
            return value - baseline
        return value


class Increase(Stock):
    """Only on the region's side: levels, reported above the baseline."""

    name = "increase"
    region_kinds = ()


COUNT, STOCK, INCREASE = Count(), Stock(), Increase()
KINDS = {kind.name: kind for kind in (COUNT, STOCK)}  # an indicator's own kinds
REGION_KINDS = {kind.name: kind for kind in (COUNT, INCREASE)}  # the kinds a region target may have
