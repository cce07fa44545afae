"""Annual milestones (年度目标): the schedule they set, and where the as-of date's year stands.

Pure functions. A plan may give an indicator (or a category) a target for each year:
`milestones: {2019: 40, 2020: 30}`. For a count, a year's milestone is what that year adds; for a
level-like kind (a stock, a flow, a ratio), the level at the year's end.

The schedule they set (what "expected by now" follows instead of the straight line):
- a count: the milestones of the years before the as-of date's, plus the share of its own year
  gone; a year without a milestone takes an equal share of what the others leave of the target;
- a level: from the baseline (or the last year's milestone) towards this year's, by the share of
  the year gone; a year without a milestone lies on the straight line between its neighbours, the
  period's last year ending at the target.

The share of a year gone (年度序时进度) is counted as offices count it, by months: the end of
November is 11 ÷ 12 = 91.7 %, a day inside a month adding its share of that month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from fractions import Fraction

from ..model.kinds import Number
from ..model.plan import Milestones


def year_elapsed(as_of: dt.date) -> Fraction:
    """The share of the as-of date's year gone, by completed months as offices count it (the
    period's 时间进度 is counted the same way): 2019-11-30 is 11/12; 2019-11-29 is 10/12, November
    not being over."""
    month_ended = as_of.day == calendar.monthrange(as_of.year, as_of.month)[1]
    return Fraction(as_of.month - (0 if month_ended else 1), 12)


def year_targets(milestones: Milestones, target: Number, first: int, last: int, *, levels: bool,
                 start: Number) -> dict[int, Number]:
    """Each year's milestone, the ones not given filled in (see the module's note)."""
    given = dict(milestones)
    years = range(first, last + 1)
    if not levels:
        missing = [year for year in years if year not in given]
        rest = max(target - sum(given.values(), 0), 0)
        share = Fraction(rest) / len(missing) if missing else 0
        return {year: given.get(year, share) for year in years}
    points = {first - 1: start, **given}
    points.setdefault(last, target)
    known = sorted(points)
    filled: dict[int, Number] = {}
    for year in years:
        if year in points:
            filled[year] = points[year]
            continue
        before = max(y for y in known if y < year)
        after = min(y for y in known if y > year)
        filled[year] = points[before] + (points[after] - points[before]) * Fraction(year - before, after - before)
    return filled


def planned(milestones: Milestones, target: Number, first: int, last: int, *, levels: bool, start: Number,
            as_of: dt.date) -> Number:
    """Where the milestones say the figure should stand at the as-of date (exact)."""
    targets = year_targets(milestones, target, first, last, levels=levels, start=start)
    if as_of.year < first:
        return start if levels else 0
    if as_of.year > last:
        return targets[last] if levels else sum(targets.values(), 0)
    share = year_elapsed(as_of)
    if levels:
        before = targets.get(as_of.year - 1, start)
        return before + (targets[as_of.year] - before) * share
    done = sum((value for year, value in targets.items() if year < as_of.year), 0)
    return done + targets[as_of.year] * share
