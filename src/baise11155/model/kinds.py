"""Indicator kinds: one object each, knowing how its values add up, what the target measures,
where its progress starts, how it is checked and how it is counted on the region's basis. Code
elsewhere asks the kind, never which kind it is (tests/test_kinds.py holds it so): adding a kind is
one class here, its words in present/words.py and its tests. `docs/targets-schema.md` has an
example of each.

Things done during the period:
- `count` (累计数): rows are summed over the period; progress starts from 0; an item is listed
  once per indicator. The only kind that may be broken down into categories.

Levels held or measured at dates (a row dated by a year alone is its 31 December):
- `stock` (保有量): rows of one date are added up (one per county or per enterprise) and the
  latest date's sum is the level; a county (a part) that reported since the last whole-city
  figure but not on that date adds its own latest level (counties report on different days).
  Progress starts from the baseline, the level at the end of the year before the period.
- `increase` (新增): measured as levels like a stock, the target and the achieved figure being
  the rise above the baseline (Guangxi counts new high-tech enterprises; Baise holds them).
- `flow` (年度值, e.g. 工业总产值): the figure of one year — rows of a year are added up (one per
  county or zone) and the latest year's sum is judged against the target, never summed over
  years. A baseline (the year before the period) is optional; progress starts from it.
- `level` (比率、强度, any measured value): the latest value, never added up: two rows for one
  date, or one per county, are a problem (a ratio of the whole is not the sum of the parts'
  ratios). A baseline is optional; progress starts from it.
- `change_pp` (提高N个百分点): the target is the rise, in percentage points, of a level above
  its baseline; the files give the level.
- `growth` (年均增长N%): the target is an average annual growth rate, computed from the
  baseline and the latest level: ((latest ÷ baseline)^(1/years) − 1) × 100; there is no pace to
  keep, only the rate.
- `multiple` (倍增 = 2): the target is the latest level as a multiple of the baseline; progress
  starts from 1.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple, Union

if TYPE_CHECKING:
    from fractions import Fraction

# a decimal value is read as an exact Fraction; importing fractions (and decimal with it) is left
# to the rare file that has one
Number = Union[int, float, "Fraction"]
# the sums of one indicator: date -> part (a county; "" for the whole city) -> sum
ByDate = dict[dt.date, dict[str, Number]]


class CarriedLevel(NamedTuple):
    """A part's (a county's) latest level, reported before the date of the level it is carried into."""

    when: dt.date
    level: Number


# the parts whose latest level is older than the level's date: part -> its latest level
Carried = dict[str, CarriedLevel]


class Aggregate(NamedTuple):
    """What a kind makes of an indicator's sums: the achieved figure, the date of the level (None
    for a count, or without rows) and the parts carried forward into it from an earlier date."""

    figure: Number
    level_date: dt.date | None
    carried: Carried


def output_number(number):
    """An exact figure for output: an int when whole, else a float (sums of decimals and a plan's
    decimals are kept exact until here)."""
    if number is None or isinstance(number, (int, float)):
        return number
    return int(number) if number.denominator == 1 else float(number)


class Kind:
    """What every kind answers; each subclass is one kind."""

    name: str = ""
    levels: bool = False  # values are levels held at dates, not things done during the period
    summed: bool = True  # rows of one date (one per county, per enterprise) add up
    by_parts: bool = False  # a part (a county) that did not report on the latest date keeps its own latest level
    takes_baseline: bool = False  # progress starts from a baseline level, not from 0
    needs_baseline: bool = False  # the target cannot be measured without one
    may_break_down: bool = False  # the target may be split into categories that add up to it
    paced: bool = True  # the way to the target is a climb whose share can be set against the calendar
    derived: bool = False  # the target counts something made of the level (a rise, a rate), not the level
    counts_rows: bool = True  # a row may stand for one item (a ledger) with no figure: measured values need theirs
    may_decrease: bool = False  # "lower is better" means something for it
    region_kinds: tuple[str, ...] = ()  # the region's kinds an indicator of this kind may count towards
    # the target is a level to reach, or new additions to one (the level to reach being the baseline
    # plus them): not a rise in points, a growth rate or a multiple made of the level
    level_target: bool = True
    yearly: bool = False  # the figure is one year's (a flow): the year's rows of any day add up, years do not
    target_above: Number = 0  # a target is more than this: a multiple of the baseline is more than 1
    priced = False  # measured at some prices (按可比价, 按现价): a growth rate of money

    @property
    def accrues(self) -> bool:
        """Whether its figures accrue over time, so that running totals (累计) or a period's additions
        (本季度新增) may give them: a count's, and a year's figure within its year; not a level held,
        not a measured value."""
        return self.summed and (not self.levels or self.yearly)

    @property
    def areas_add_up(self) -> bool:
        """Whether areas' figures add up to the region's: counts, levels held (as new additions), a
        year's output; not a ratio, a rise in points, a growth rate or a multiple."""
        return self.summed and self.level_target

    @property
    def takes_limit(self) -> bool:
        """Whether a natural limit (100 %) may bound the figure: a level, or new additions to one."""
        return self.levels and self.level_target

    def counts_towards(self, region: Kind) -> bool:
        """Whether an indicator of this kind may count towards a region's target of that kind."""
        return region.name in self.region_kinds

    def target_level(self, target: Number, baseline: Number | None) -> Number:
        """The level a `level_target` asks for, in the level's terms (what the statistical offices'
        measures pace): the target itself, or the baseline plus the additions it counts."""
        return target

    def meets(self, measured: Number, target: Number, *, level: Number | None, baseline: Number | None,
              years: float, lower_is_better: bool, strict: bool) -> bool:
        """Whether the target is met, exactly: reached (以上、达) or, `strict`, passed (突破), up or down."""
        if lower_is_better:
            return measured < target if strict else measured <= target
        return measured > target if strict else measured >= target

    def aggregate(self, by_date: ByDate) -> Aggregate:
        """The achieved figure from the sums of each date and part, the date of the level and the
        parts carried forward into it."""
        raise NotImplementedError

    def used(self, by_date: ByDate) -> set[tuple[dt.date, str]]:
        """The (date, part) sums `aggregate` makes its figure of: the rows behind a figure (explain)."""
        return {(when, part) for when, parts in by_date.items() for part in parts}

    def measure(self, value: Number, baseline: Number | None, years: float) -> Number | float | None:
        """What the target counts, from the aggregated value: the value itself, or its rise above
        the baseline, its multiple, its growth rate over `years` (None when it cannot be told yet)."""
        return value

    def start(self, baseline: Number | None) -> Number:
        """Where progress towards the target starts, in the target's terms."""
        return baseline if self.takes_baseline and baseline is not None else 0

    def item_scope(self, indicator: str, when: dt.date) -> object:
        """What an item is unique within: an item listed twice in one scope is counted once."""
        return (indicator, when) if self.levels else indicator

    def kept_before_period(self, when: dt.date, base_year: int) -> bool:
        """Whether a row dated before the period still counts: a level from the baseline year on
        (the year before the period's, or the year of a baseline given by its date) is kept, the
        baseline year's latest being the baseline."""
        return self.levels and when.year >= base_year

    def on_region_basis(self, value: Number, baseline: Number | None, region: Kind) -> Number:
        """A city figure (achieved or target) counted the way the region counts it."""
        return value

    def __repr__(self) -> str:
        return f"<kind {self.name}>"


class Count(Kind):
    name = "count"
    may_break_down = True
    region_kinds: tuple[str, ...] = ("count",)

    def aggregate(self, by_date: ByDate) -> Aggregate:
        return Aggregate(sum((sum(parts.values(), 0) for parts in by_date.values()), 0), None, {})


class Stock(Kind):
    name = "stock"
    levels = True
    by_parts = True
    takes_baseline = True
    needs_baseline = True
    may_decrease = True
    region_kinds: tuple[str, ...] = ("increase",)

    def aggregate(self, by_date: ByDate) -> Aggregate:
        if not by_date:
            return Aggregate(0, None, {})
        dates = sorted(by_date)
        latest = dates[-1]
        if "" in by_date[latest] and len(by_date[latest]) > 1:
            # the whole city's own figure beside its counties' on one date: the city's is the level
            # (its counties' are a breakdown of it, not more of it); the calculation says so
            return Aggregate(by_date[latest][""], latest, {})
        level: Number = sum(by_date[latest].values(), 0)
        # the last whole-city figure: parts reported before it are superseded by it
        whole = max((when for when in dates if "" in by_date[when]), default=None)
        carried: Carried = {}
        for when in dates[:-1]:
            if whole is not None and when <= whole:
                continue
            for part, value in by_date[when].items():
                if part and part not in by_date[latest]:
                    carried[part] = CarriedLevel(when, value)  # dates ascend: a part's latest report wins
        level += sum((part.level for part in carried.values()), 0)
        return Aggregate(level, latest, carried)

    def used(self, by_date: ByDate) -> set[tuple[dt.date, str]]:
        aggregate = self.aggregate(by_date)
        latest = aggregate.level_date
        if latest is None:
            return set()
        if "" in by_date[latest] and len(by_date[latest]) > 1:
            return {(latest, "")}  # the whole city's own figure, as aggregate takes it
        carried = {(held.when, part) for part, held in aggregate.carried.items()}
        return {(latest, part) for part in by_date[latest]} | carried

    def on_region_basis(self, value: Number, baseline: Number | None, region: Kind) -> Number:
        # 50 held by 2020 against 29 at the end of 2017 is 21 new enterprises for the region
        if region.name == "increase":
            assert baseline is not None
            return value - baseline
        return value


class Increase(Stock):
    """New additions (新增): levels, the target and the figure being the rise above the baseline."""

    name = "increase"
    derived = True
    may_decrease = False
    region_kinds: tuple[str, ...] = ("increase",)

    def measure(self, value: Number, baseline: Number | None, years: float) -> Number | float | None:
        assert baseline is not None
        return value - baseline

    def start(self, baseline: Number | None) -> Number:
        return 0

    def on_region_basis(self, value: Number, baseline: Number | None, region: Kind) -> Number:
        return value  # already new additions, in the target's terms and in the figure's

    def target_level(self, target: Number, baseline: Number | None) -> Number:
        assert baseline is not None
        return target + baseline


class Latest(Kind):
    """Values measured at dates, judged by the latest one."""

    levels = True
    counts_rows = False

    def aggregate(self, by_date: ByDate) -> Aggregate:
        if not by_date:
            return Aggregate(0, None, {})
        latest = max(by_date)
        return Aggregate(sum(by_date[latest].values(), 0), latest, {})

    def used(self, by_date: ByDate) -> set[tuple[dt.date, str]]:
        latest = self.aggregate(by_date).level_date
        # a year's figure: every day of its year; a measured value: its date
        days = [when for when in by_date if latest is not None and (when.year == latest.year if self.yearly
                                                                   else when == latest)]
        return {(when, part) for when in days for part in by_date[when]}


class Flow(Latest):
    """The figure of one year (an output, a turnover): the year's rows add up, whatever their day
    (counties report on different days), years do not. The latest full year is judged — one with
    a row at its 31 December — before a later year known only in part (a mid-year figure); a year
    known only in part is judged only when there is no full one."""

    name = "flow"
    takes_baseline = True  # if the plan gives one
    may_decrease = True
    yearly = True

    def aggregate(self, by_date: ByDate) -> Aggregate:
        if not by_date:
            return Aggregate(0, None, {})
        days = self._days(by_date)
        whole = self._whole(by_date, days)
        if whole:
            # the whole city's own figure (a row of no county, 全市) beside its counties': the city's is
            # the year's figure, its counties' a breakdown of it (as for a stock; the calculation says so)
            return Aggregate(sum((by_date[when][""] for when in whole), 0), max(days), {})
        total: Number = sum((sum(by_date[when].values(), 0) for when in days), 0)
        return Aggregate(total, max(days), {})

    @staticmethod
    def _days(by_date: ByDate) -> list[dt.date]:
        """The days of the year judged: the latest full year's, else the latest year's."""
        full = [when.year for when in by_date if (when.month, when.day) == (12, 31)]
        year = max(full) if full else max(by_date).year
        return [when for when in by_date if when.year == year]

    @staticmethod
    def _whole(by_date: ByDate, days: list[dt.date]) -> list[dt.date]:
        """The days of the year with the whole's own figure, where counties' figures stand beside it."""
        whole = [when for when in days if "" in by_date[when]]
        beside = any(part for when in days for part in by_date[when])
        return whole if beside else []

    def used(self, by_date: ByDate) -> set[tuple[dt.date, str]]:
        if not by_date:
            return set()
        days = self._days(by_date)
        whole = self._whole(by_date, days)
        if whole:
            return {(when, "") for when in whole}  # the whole's own figure, as aggregate takes it
        return {(when, part) for when in days for part in by_date[when]}


class Level(Latest):
    """A ratio, an intensity, any measured value: never added up."""

    name = "level"
    summed = False
    takes_baseline = True  # if the plan gives one
    may_decrease = True


class ChangePoints(Level):
    """The target is a rise in percentage points above the baseline level."""

    name = "change_pp"
    derived = True
    level_target = False
    needs_baseline = True
    may_decrease = False  # a fall in points is a `level` with direction: decrease

    def measure(self, value: Number, baseline: Number | None, years: float) -> Number | float | None:
        assert baseline is not None
        return value - baseline

    def start(self, baseline: Number | None) -> Number:
        return 0


class Growth(Level):
    """The target is an average annual growth rate, in per cent, since the baseline."""

    name = "growth"
    priced = True
    derived = True
    level_target = False
    needs_baseline = True
    paced = False
    may_decrease = False

    def measure(self, value: Number, baseline: Number | None, years: float) -> Number | float | None:
        assert baseline is not None
        if years < 1 or baseline <= 0:
            return None  # less than a year since the baseline: no rate to tell
        return ((float(value) / float(baseline)) ** (1 / years) - 1) * 100

    def start(self, baseline: Number | None) -> Number:
        return 0

    def meets(self, measured: Number, target: Number, *, level: Number | None, baseline: Number | None,
              years: float, lower_is_better: bool, strict: bool) -> bool:
        # the level against the baseline grown at the rate, not the rate rounded by measure()
        assert level is not None and baseline is not None
        return self.grown_enough(level, baseline, years, target, strict=strict)

    @staticmethod
    def grown_enough(value: Number, baseline: Number, years: float, rate: Number, *, strict: bool) -> bool:
        """value ÷ baseline against (1 + rate/100)^years, exactly over whole years (no rounding at
        the boundary), in floating point over part of one."""
        from fractions import Fraction

        if years != int(years):
            reached_f, needed_f = float(value) / float(baseline), (1 + float(rate) / 100) ** years
            return reached_f > needed_f if strict else reached_f >= needed_f
        reached, needed = Fraction(value) / Fraction(baseline), (1 + Fraction(rate) / 100) ** int(years)
        return reached > needed if strict else reached >= needed


class Multiple(Level):
    """The target is the latest level as a multiple of the baseline (倍增 is 2)."""

    name = "multiple"
    derived = True
    level_target = False
    needs_baseline = True
    may_decrease = False
    target_above = 1  # 倍增 is 2; a multiple of 1 or less asks for no rise

    def measure(self, value: Number, baseline: Number | None, years: float) -> Number | float | None:
        assert baseline is not None
        if baseline <= 0:
            return None
        from fractions import Fraction

        return Fraction(value) / Fraction(baseline)

    def start(self, baseline: Number | None) -> Number:
        return 1


COUNT, STOCK, INCREASE = Count(), Stock(), Increase()
FLOW, LEVEL, CHANGE_PP, GROWTH, MULTIPLE = Flow(), Level(), ChangePoints(), Growth(), Multiple()
# an indicator's own kinds
KINDS = {kind.name: kind for kind in (COUNT, STOCK, INCREASE, FLOW, LEVEL, CHANGE_PP, GROWTH, MULTIPLE)}
REGION_KINDS = {kind.name: kind for kind in (COUNT, INCREASE)}  # the kinds a region target may have
