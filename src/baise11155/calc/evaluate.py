"""The calculation: completion, gap, schedule (序时进度) and status. Pure functions, no I/O.

Terms (see the README): `completion` = achieved ÷ target (完成率); `progress` = the share of the
way from the baseline to the target (for a count the baseline is 0, so it is the completion);
`elapsed` = the share of the period gone by the as-of date (时间进度, 序时进度): by completed
months as offices count (a month counts once its last day is reached: 2019-12-31 is 24 of 36
months, 2019-12-30 is 23), or by days where the plan says so or its period does not run from a
month's first day to a month's last. The status, in the office's order:
`exceeded` (超额完成: the target passed), `achieved` (已完成: reached), `on_track` (序时推进:
progress ≥ elapsed, 时间过半、任务过半), `behind` (滞后), `far_behind` (严重滞后: behind the
schedule by more than the plan's `far_behind_points`, 20 by default), `no_data` (未报送),
`unjudged` (暂不评价: the baseline is not known, or a ratio's parts were given but cannot make
it: a county's missing, a denominator of 0), `monitored` (监测: no target).

Each kind says what its target measures (`model/kinds.py`): the figure itself, its rise above the
baseline, its multiple, its growth rate. Lower-is-better indicators climb downwards: progress is
(achieved − baseline) ÷ (target − baseline) either way, and completion is target ÷ achieved. An
indicator whose baseline is not known gets its completion, and no judgement of pace (`unjudged`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from ..model.kinds import COUNT, ByDate, Carried, Kind, Number, output_number
from ..model.notices import Listed, Note, note
from ..model.plan import (
    ABOVE,
    AT_LEAST,
    COMPARABLE,
    DAYS,
    DECREASE,
    FAR_BEHIND_POINTS,
    INCREASE,
    MONTHS,
    Indicator,
    Milestones,
    Names,
    Plan,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..model.observations import Bucket, Key
    from .ratios import RatioMade

ACHIEVED, ON_TRACK, BEHIND, UNJUDGED, NO_DATA = "achieved", "on_track", "behind", "unjudged", "no_data"
EXCEEDED, FAR_BEHIND = "exceeded", "far_behind"
MONITORED = "monitored"  # an indicator without a target (监测指标): its figure, never a judgement
# a category of an indicator whose rows name no category at all (no 类别 column): its breakdown
# was not reported, which is not a category at 0
BREAKDOWN_UNREPORTED = "breakdown_unreported"
# in the office's order (a headline lists them so)
STATUSES = (EXCEEDED, ACHIEVED, ON_TRACK, BEHIND, FAR_BEHIND, NO_DATA, UNJUDGED, MONITORED, BREAKDOWN_UNREPORTED)
MET = (EXCEEDED, ACHIEVED)  # the target reached, or passed
BEHIND_SCHEDULE = (BEHIND, FAR_BEHIND)
DAYS_PER_YEAR = 365.25


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one indicator, or one category of it, stands at the as-of date."""

    id: str
    name: Names
    kind: Kind
    target: Number | None  # None: monitored only
    baseline: Number | None  # None for a count, which starts from 0, or when not known
    achieved: Number | float | None  # in the target's terms; None when there is no data
    completion: float | None
    progress: float | None
    expected: float | None  # None when the pace cannot be judged
    deviation: float | None  # percentage points ahead (+) or behind (-) the schedule
    gap: Number | float | None
    surplus: Number | float | None
    needed_per_year: float | None
    status: str
    unit: Names | None = None  # an indicator's; None for a category
    categories: tuple[Standing, ...] = ()  # an indicator's categories
    level: Number | None = None  # the latest level, when the target counts something made of it (a rise, a rate)
    direction: str = INCREASE
    qualifier: str = AT_LEAST
    aspirational: bool = False
    part_of: str | None = None
    schedule: str = "linear"  # what `expected` follows: "linear" (start to target), "milestones", or "none" (no target)
    level_date: dt.date | None = None  # the date of the latest level (a level-like kind's)
    series: tuple[tuple[int, Number], ...] = ()  # a level-like kind's level at each year with one, for the measures
    baseline_date: dt.date | None = None  # the date of the baseline, where there is one
    milestone: YearStanding | None = None  # the as-of date's year, when it has a milestone of its own
    # an indicator's figure that no row names a category of (未分领域), where other rows do name
    # one: with it the categories add up to the indicator; None where every row names one, or none does
    unassigned: Number | None = None
    vintage: str = ""  # the figure's vintage where it may still be revised (预测值, 快报; model/vintages.py)
    attribute: str | None = None  # the plan's attribute: binding (约束性) or expected (预期性), where it says


@dataclass(frozen=True, slots=True)
class YearStanding:
    """Where the as-of date's year stands against its milestone (年度目标)."""

    year: int
    target: Number
    achieved: Number  # a count: what the year's rows add up to; a level: the level
    completion: float | None  # None when the year's target is 0 (nothing to divide by)
    elapsed: float  # the share of the year gone, by months
    status: str


@dataclass(frozen=True, slots=True)
class Schedule:
    """The as-of date and how much of the period it leaves behind and ahead."""

    as_of: dt.date
    elapsed_days: int
    period_days: int
    days_left: int
    start: dt.date | None = None  # the period's first and last days, where milestones need their years
    end: dt.date | None = None
    basis: str = DAYS  # what 时间进度 counts: completed months, or days
    elapsed_months: int = 0  # by months: the months completed by the as-of date, and the period's
    period_months: int = 0
    far_behind_points: Number = FAR_BEHIND_POINTS  # behind the schedule by more than this: far behind

    @property
    def elapsed_units(self) -> int:
        """The months (or days) gone: the numerator of 时间进度."""
        return self.elapsed_months if self.basis == MONTHS else self.elapsed_days

    @property
    def period_units(self) -> int:
        return self.period_months if self.basis == MONTHS else self.period_days

    @property
    def elapsed(self) -> float:
        return self.elapsed_units / self.period_units

    @property
    def first_year(self) -> int:
        assert self.start is not None
        return self.start.year

    @property
    def last_year(self) -> int:
        assert self.end is not None
        return self.end.year

    @property
    def years_left(self) -> float:
        return self.days_left / DAYS_PER_YEAR


@dataclass(frozen=True, slots=True)
class Evaluation:
    schedule: Schedule
    indicators: tuple[Standing, ...]
    notices: tuple[Note, ...] = ()
    # what makes a figure unknowable from the files (a county's level a reporting round old beside
    # the others' new ones): the figure is not given, the question is
    problems: tuple[Note, ...] = ()
    ratios: tuple[RatioMade, ...] = ()  # the ratios made of their parts, by date (calc/ratios.py)


def default_as_of(plan: Plan, dates: Iterable[dt.date]) -> dt.date:
    """The latest date of the rows that can be counted (a year alone counts as its last day); the
    period's end when there are none. A row dated after the period is never counted, so it never
    sets the date either: a 2021 written for 2019 in a 2018-2020 plan would otherwise judge every
    indicator at 2020-12-31 (all 严重滞后) while its own row is left out."""
    return max((when for when in dates if when <= plan.end), default=plan.end)


def climb_schedule(when: Schedule, since: dt.date | None) -> Schedule:
    """The schedule a level climbs on: the period's, or — for a baseline dated before the year
    before the period (a base year, as the SDG measures take one) — from the day after the
    baseline to the period's end, so that a rise made before the period is not taken for the
    period's own, nor its pace for a year's."""
    if since is None or when.start is None or when.end is None or since >= when.start - dt.timedelta(days=1):
        return when
    start = since + dt.timedelta(days=1)
    days = (when.end - start).days + 1
    elapsed = min(max((when.as_of - start).days + 1, 0), days)
    months = completed_months(start, when.end, when.as_of)
    basis = when.basis if months is not None else DAYS
    elapsed_months, period_months = months or (0, 0)
    return replace(when, elapsed_days=elapsed, period_days=days, start=start, basis=basis,
                   elapsed_months=elapsed_months, period_months=period_months)


def schedule(plan: Plan, as_of: dt.date) -> Schedule:
    elapsed_days = min(max((as_of - plan.start).days + 1, 0), plan.days)
    days_left = max((plan.end - as_of).days, 0)  # the days after the as-of date, through the period's end
    months = completed_months(plan.start, plan.end, as_of)
    basis = plan.schedule_basis if months is not None else DAYS  # a period not of whole months: by days
    elapsed_months, period_months = months or (0, 0)
    return Schedule(as_of, elapsed_days, plan.days, days_left, plan.start, plan.end, basis=basis,
                    elapsed_months=elapsed_months, period_months=period_months,
                    far_behind_points=plan.far_behind_points)


def completed_months(start: dt.date, end: dt.date, as_of: dt.date) -> tuple[int, int] | None:
    """(months completed by the as-of date, months in the period), as offices count 时间进度: a
    month counts once its last day is reached (2019-11-30 completes November; 2019-12-15 does
    not complete December). None for a period that does not run from a month's first day to a
    month's last (no whole months to count)."""
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return None
    period = (end.year - start.year) * 12 + end.month - start.month + 1
    month_ended = (as_of + dt.timedelta(days=1)).day == 1
    gone = (as_of.year - start.year) * 12 + as_of.month - start.month + (1 if month_ended else 0)
    return min(max(gone, 0), period), period


class DatedSum(NamedTuple):
    """The sums of one indicator's rows of one category, date and part (a county; "" for the whole)."""

    category: str | None
    when: dt.date
    part: str
    bucket: Bucket


Rows = list[DatedSum]  # one indicator's


def group_by_indicator(buckets: dict[Key, Bucket]) -> dict[str, Rows]:
    grouped: dict[str, Rows] = {}
    for (indicator_id, category, when, part), bucket in buckets.items():
        grouped.setdefault(indicator_id, []).append(DatedSum(category, when, part, bucket))
    return grouped


@dataclass(slots=True)
class LeftOut:
    """The rows left out of a figure for one reason: how many, and where the first one is."""

    rows: int
    first: str
    # each group's place, where each group is one row (a line of a file): the rows named one by one
    places: list[str] = field(default_factory=list)
    one_each: bool = True


class Tally:
    """One indicator's rows reduced to what the schedule needs."""

    def __init__(self, has_rows: bool) -> None:
        self.has_rows = has_rows
        self.achieved: Number = 0  # a count's sum, or a stock's level at the as-of date
        self.by_category: dict[str | None, Number] = {}
        self.baseline: Number | None = None  # a stock's level in the baseline year, from the data
        self.baseline_whole = False  # whether that level is the whole's (a row of no county), not some parts' sum
        self.level_date: dt.date | None = None
        self.carried: Carried = {}  # a stock's parts whose latest level is older than the level's date
        self.left_out: dict[str, LeftOut] = {}  # by reason
        self.by_year: dict[tuple[str | None, int], Number] = {}  # a count's sums by (category or None, year)
        self.latest: dt.date | None = None  # the latest date of a row counted
        self.by_date: ByDate = {}


def base_date(plan: Plan, indicator: Indicator) -> dt.date:
    """The date whose level the files may give as the baseline: the plan's, for a baseline given by
    its date only; else the end of the year before the period."""
    return indicator.baseline_on or dt.date(plan.baseline_year, 12, 31)


def tally(rows: Rows, kind: Kind, plan: Plan, as_of: dt.date, *, base: dt.date | None = None) -> Tally:
    """The rows inside the period up to the as-of date, reduced by the kind's rule (a count's sum,
    a stock's latest level); the rows left out, by reason. `base` is the baseline's date (the
    files' latest level in its year, on or before it, is the baseline)."""
    base = base or dt.date(plan.baseline_year, 12, 31)
    result = Tally(has_rows=bool(rows))
    by_date: ByDate = {}
    for category, when, part, bucket in rows:
        if when > plan.end:  # never counted, whatever the as-of date
            reason = "after_period"
        elif when > as_of:
            reason = "after_as_of"
        elif when < plan.start and not kind.kept_before_period(when, base.year):
            reason = "before_period"
        else:
            reason = None
        if reason is not None:
            entry = result.left_out.setdefault(reason, LeftOut(0, bucket.first))
            entry.places.append(bucket.first)
            entry.one_each = entry.one_each and bucket.rows == 1
            entry.rows += bucket.rows
            continue
        parts = by_date.setdefault(when, {})
        parts[part] = parts.get(part, 0) + bucket.total
        if not kind.levels:
            result.by_category[category] = result.by_category.get(category, 0) + bucket.total
            for key in ((None, when.year), (category, when.year)) if category is not None else ((None, when.year),):
                result.by_year[key] = result.by_year.get(key, 0) + bucket.total
    if by_date:
        aggregate = kind.aggregate(by_date)
        result.achieved, result.level_date, result.carried = aggregate.figure, aggregate.level_date, aggregate.carried
        result.latest = max(by_date)
        result.by_date = by_date
    if kind.takes_baseline:
        in_baseline_year = {when: parts for when, parts in by_date.items() if when.year == base.year and when <= base}
        if in_baseline_year:
            result.baseline = kind.aggregate(in_baseline_year).figure
            result.baseline_whole = "" in in_baseline_year[max(in_baseline_year)]
    return result


def evaluate(plan: Plan, buckets: dict[Key, Bucket], as_of: dt.date) -> Evaluation:
    notices: list[Note] = []
    if as_of > plan.end:  # a plan is measured within its period: at its end, and said so
        notices.append(note("as_of_after_period", as_of=str(as_of), end=str(plan.end)))
        as_of = plan.end
    when = schedule(plan, as_of)
    from .ratios import from_parts

    made = from_parts(plan, buckets)  # a ratio declared with its parts: computed from them
    notices.extend(made.notices)
    grouped = group_by_indicator(made.buckets)
    standings = []
    problems: list[Note] = []
    for indicator in plan.indicators:
        base = base_date(plan, indicator)
        counted = tally(grouped.get(indicator.id, []), indicator.kind, plan, as_of, base=base)
        unmade = _unmade_latest(made.unmade.get(indicator.id, ()), counted, plan, as_of)
        if unmade:  # a ratio whose parts were given but could not make it: no figure, and no judgement
            counted = tally([], indicator.kind, plan, as_of, base=base)
        notices.extend(_left_out_notices(indicator, counted, plan, as_of, base_year=base.year))
        standing = _indicator_standing(indicator, counted, when, base)
        if unmade:
            standing = replace(standing, status=UNJUDGED)
        if indicator.baseline_on is not None and counted.baseline is None and counted.has_rows:
            notices.append(note("baseline_not_given", id=indicator.id, name=indicator.name.zh,
                                when=str(indicator.baseline_on)))
        own = climb_schedule(when, standing.baseline_date) if standing.baseline is not None \
            and standing.schedule != "milestones" else when
        if own is not when and own.start is not None:
            notices.append(note("paced_from_baseline", id=indicator.id, name=indicator.name.zh,
                                since=str(standing.baseline_date), elapsed=f"{own.elapsed:.1%}"))
        notices.extend(_level_notices(indicator, counted, standing, as_of))
        if indicator.prices == COMPARABLE and standing.achieved is not None:  # said beside the rate measured
            notices.append(note("growth_at_current_prices", id=indicator.id, name=indicator.name.zh))
        problems.extend(stale_parts(indicator, counted))
        standing = _with_vintage(standing, grouped.get(indicator.id, []), plan, as_of)
        standings.append(replace(standing, attribute=indicator.attribute) if indicator.attribute else standing)
    notices.extend(binding_notices(standings))
    return Evaluation(when, tuple(standings), tuple(notices), tuple(problems), made.made)


def _unmade_latest(unmade: tuple[dt.date, ...], counted: Tally, plan: Plan, as_of: dt.date) -> bool:
    """Whether the latest date a ratio's parts were given on, in the period and by the as-of date,
    is one it could not be made on (`calc/ratios.py`): then it is not judged from an older one."""
    dates = [when for when in unmade if plan.start <= when <= as_of]
    return bool(dates) and (counted.level_date is None or max(dates) > counted.level_date)


def binding_notices(standings: list[Standing]) -> list[Note]:
    """The binding indicators (约束性) counted apart from the expected ones, and those of them behind
    named: a binding target behind is a failure to answer for, not only a delay."""
    from ..model.plan import BINDING

    binding = [s for s in standings if s.attribute == BINDING]
    if not binding:
        return []
    behind = [s for s in binding if s.status in BEHIND_SCHEDULE]
    return [note("binding_counted", total=len(binding), behind=len(behind),
                 name="、".join(s.name.zh for s in behind) or "—", id=", ".join(s.id for s in behind) or "—")]


def _with_vintage(standing: Standing, rows: Rows, plan: Plan, as_of: dt.date) -> Standing:
    """The standing with the vintage of its figure where that may still be revised: the least final
    of the rows behind it (a level's at its date, a year's in its year, a count's in the period)."""
    from ..model.vintages import least_final, not_final

    level_date = standing.level_date
    if level_date is not None:
        used = [row for row in rows if row.when <= as_of and (row.when.year == level_date.year if standing.kind.yearly
                                                              else row.when == level_date)]
    else:
        used = [row for row in rows if plan.start <= row.when <= as_of]
    vintage = least_final(row.bucket.vintage for row in used)
    return replace(standing, vintage=vintage) if not_final(vintage) else standing


REPORTING_ROUND = 45  # days: counties report a level on different days of one round (06-28, 06-30, 07-02)


def stale_parts(indicator: Indicator, counted: Tally, code: str = "parts_stale") -> list[Note]:
    """A county's level (a city's, in the region's tally) carried forward from more than a reporting
    round before the level's date: did it hold none by then, or not report? The files do not say;
    the figure is not made up."""
    if counted.level_date is None:
        return []
    stale = sorted((part, held) for part, held in counted.carried.items()
                   if (counted.level_date - held.when).days > REPORTING_ROUND)
    if not stale:
        return []
    parts = ", ".join(f"{part} ({held.when}: {held.level})" for part, held in stale)
    return [note(code, id=indicator.id, name=indicator.name.zh, when=str(counted.level_date), parts=parts)]


def effective_baseline(indicator: Indicator, counted: Tally) -> Number | None:
    """The baseline: a progress row in the baseline year overrides the plan's figure; None when
    the kind takes none, or when neither gives it (not known)."""
    if not indicator.kind.takes_baseline:
        return None
    # counties' rows alone are a breakdown of the baseline, not the whole: the plan's figure stands
    if counted.baseline is not None and (counted.baseline_whole or indicator.baseline is None):
        return counted.baseline
    return indicator.baseline.value if indicator.baseline is not None else None


def _indicator_standing(indicator: Indicator, counted: Tally, when: Schedule, base: dt.date) -> Standing:
    kind = indicator.kind
    baseline = effective_baseline(indicator, counted)
    if kind.levels and counted.has_rows and counted.level_date is None:
        level: Number | None = baseline  # no level measured yet inside the window: still the baseline
    else:
        level = counted.achieved if counted.has_rows else None
    categories = tuple(
        _with_milestones(c.id, c.name, COUNT, c.target, baseline=None,
                         level=counted.by_category.get(c.id, 0) if counted.has_rows else None, when=when,
                         milestones=c.milestones, counted=counted, category=c.id)
        for c in indicator.categories
    )
    unassigned = None
    if categories and counted.by_category:  # (rows counted: where none are, each category's 0 is so)
        named = any(category is not None for category in counted.by_category)
        if not named:  # no row names a category: the breakdown was not reported, never judged at 0
            categories = tuple(_breakdown_unreported(c) for c in categories)
        elif counted.by_category.get(None):
            unassigned = output_number(counted.by_category[None])
    # the baseline's date: the plan's, unless the files gave the level (then the base date's)
    from_files = counted.baseline is not None and (counted.baseline_whole or indicator.baseline is None)
    since = indicator.baseline.date if indicator.baseline is not None and not from_files else base
    if baseline is not None and not indicator.milestones:  # (milestones set their own path from the period's start)
        when = climb_schedule(when, since)
    # a growth rate is over the years from the baseline's to the level's
    years: float = 0
    if counted.level_date is not None:
        whole = (since.month, since.day) == (counted.level_date.month, counted.level_date.day)
        # whole years between year ends (exact); otherwise the days between, in years of 365.25 days
        years = counted.level_date.year - since.year if whole else (counted.level_date - since).days / DAYS_PER_YEAR
    own = _with_milestones(indicator.id, indicator.name, kind, indicator.target, baseline=baseline, level=level,
                           when=when, milestones=indicator.milestones, counted=counted, category=None,
                           direction=indicator.direction, qualifier=indicator.qualifier, years=years)
    baseline_date = since if baseline is not None else None
    return replace(own, unit=indicator.unit, categories=categories, aspirational=indicator.aspirational,
                        part_of=indicator.part_of, level_date=counted.level_date, baseline_date=baseline_date,
                        series=_yearly(kind, counted, baseline, baseline_date), unassigned=unassigned)


def _breakdown_unreported(category: Standing) -> Standing:
    """A category whose figure the files do not give: its target and the pace expected of it, and
    nothing measured or judged."""
    return replace(category, achieved=None, completion=None, progress=None, deviation=None, gap=None, surplus=None,
                   needed_per_year=None, status=BREAKDOWN_UNREPORTED, milestone=None)


def _yearly(kind: Kind, counted: Tally, baseline: Number | None, baseline_date: dt.date | None
            ) -> tuple[tuple[int, Number], ...]:
    """A level-like kind's level at each year that has one (the baseline's year from the plan if the
    files do not give it): the series the published progress measures are computed on."""
    if not kind.levels:
        return ()
    points: dict[int, Number] = {}
    if baseline is not None and baseline_date is not None:
        points[baseline_date.year] = baseline
    for year in sorted({when.year for when in counted.by_date}):
        upto = kind.aggregate({d: p for d, p in counted.by_date.items() if d.year <= year})
        if upto.level_date is not None and upto.level_date.year == year:
            points[year] = upto.figure
    return tuple(sorted(points.items()))


def _with_milestones(ident: str, name: Names, kind: Kind, target: Number | None, *, baseline: Number | None,
                     level: Number | None, when: Schedule, milestones: Milestones, counted: Tally,
                     category: str | None, direction: str = INCREASE, qualifier: str = AT_LEAST,
                     years: float = 0) -> Standing:
    """A standing whose schedule follows the plan's milestones where it has them, with the as-of
    year's own standing against its milestone."""
    if not milestones:
        return standing(ident, name, kind, target, baseline=baseline, level=level, when=when, direction=direction,
                        qualifier=qualifier, years=years)
    assert target is not None  # a plan gives milestones only with a target
    from .milestones import planned, year_elapsed, year_targets

    start = kind.start(baseline) if baseline is not None or not kind.takes_baseline else None
    path = None
    if start is not None:
        path = planned(milestones, target, when.first_year, when.last_year, levels=kind.levels, start=start,
                       as_of=when.as_of)
    result = standing(ident, name, kind, target, baseline=baseline, level=level, when=when, direction=direction,
                      qualifier=qualifier, years=years, planned=path)
    year = when.as_of.year
    this_year = dict(milestones).get(year)
    if this_year is None or level is None:
        return replace(result, schedule="milestones")
    share = year_elapsed(when.as_of)
    if kind.levels:
        achieved = level
        # where last year ended on the milestones' line (a year without one lies on it too)
        filled = year_targets(milestones, target, when.first_year, when.last_year, levels=True, start=start) \
            if start is not None else {}
        before = start if year == when.first_year else filled.get(year - 1)
        pace = before + (this_year - before) * share if before is not None else None
    else:
        achieved = counted.by_year.get((category, year), 0)
        pace = this_year * share
    lower = direction == DECREASE
    if (achieved < this_year) if lower else (achieved > this_year):
        status = EXCEEDED
    elif achieved == this_year:
        status = ACHIEVED
    elif pace is not None and ((achieved <= pace) if lower else (achieved >= pace)):
        status = ON_TRACK
    else:
        status = BEHIND
    divisor = achieved if lower else this_year
    completion = None if not divisor else float((this_year if lower else achieved) / divisor)
    mark = YearStanding(year, output_number(this_year), output_number(achieved), completion, float(share), status)
    return replace(result, schedule="milestones", milestone=mark)


def standing(
    ident: str,
    name: Names,
    kind: Kind,
    target: Number | None,
    *,
    baseline: Number | None,
    level: Number | None,
    when: Schedule,
    direction: str = INCREASE,
    qualifier: str = AT_LEAST,
    years: float = 0,
    planned: Number | None = None,
) -> Standing:
    """Where a figure stands: `level` is what the files give (a count's sum, a level), `baseline`
    where the kind's climb starts (None when the kind takes none, or when it is not known)."""
    if target is None:
        return _monitored(ident, name, kind, baseline=baseline, level=level, direction=direction, years=years)
    known = baseline is not None or not kind.takes_baseline
    start = kind.start(baseline) if known else None
    climb = target - start if start is not None else None
    # the climb as a rise: downwards for a lower-is-better indicator
    sign = -1 if direction == DECREASE else 1
    paced = kind.paced and climb is not None and climb * sign > 0
    if not kind.paced:
        expected: float | None = float(target)  # a rate: the pace is the target itself
    elif planned is not None:
        expected = float(planned)  # where the milestones put it
    else:
        expected = float(start + climb * when.elapsed) if paced else None  # type: ignore[operator]
    measured = None
    if level is not None and (known or not kind.derived):  # a rise, a rate, a multiple needs the baseline
        measured = kind.measure(level, baseline, years)
    common = {"id": ident, "name": name, "kind": kind, "target": output_number(target), "baseline": output_number(baseline),
                  "direction": direction, "qualifier": qualifier,
                  "level": output_number(level) if kind.derived else None}
    if measured is None:
        status = UNJUDGED if level is not None else NO_DATA
        return Standing(achieved=None, completion=None, progress=None, expected=expected, deviation=None, gap=None,
                        surplus=None, needed_per_year=None, status=status, **common)
    if direction == DECREASE:  # (a target of 0 has no ratio to the level: its progress is the way down)
        completion = float(target / measured) if measured > 0 and target > 0 else None
        gap, surplus = max(measured - target, 0), max(target - measured, 0)
    else:
        completion = float(measured / target)
        gap, surplus = max(target - measured, 0), max(measured - target, 0)
    progress = float((measured - start) / climb) if paced else None  # type: ignore[operator]
    if progress is not None and planned is not None:
        deviation: float | None = float((measured - planned) / climb) * 100  # type: ignore[operator]
    else:
        deviation = (progress - when.elapsed) * 100 if progress is not None else None
    needed = float(gap / when.years_left) if kind.paced and gap > 0 and when.days_left > 0 else None
    if _met(kind, measured, target, level=level, baseline=baseline, years=years, direction=direction,
            qualifier=qualifier):
        # passed (more than 100 %) or reached exactly; a target to pass (突破) is met only by passing it
        passed = kind.meets(measured, target, level=level, baseline=baseline, years=years,
                            lower_is_better=direction == DECREASE, strict=True)
        status = EXCEEDED if passed else ACHIEVED
    elif not kind.paced:
        status = BEHIND  # a rate below the target's: no schedule to be far behind
    elif not paced:
        status = UNJUDGED  # no baseline: how far along the way cannot be told
    elif when.days_left == 0:
        # the period is over and the target not met (reached, perhaps, but not passed)
        status = _behind(measured - start, climb, 1, 1, when.far_behind_points)  # type: ignore[operator, arg-type]
    elif planned is not None:
        status = ON_TRACK if (measured - planned) * sign >= 0 else \
            _behind(measured - start, climb, planned - start, climb,  # type: ignore[operator, arg-type]
                    when.far_behind_points)
    elif _at_least((measured - start) * sign, climb * sign, when.elapsed_units, when.period_units):  # type: ignore[operator]
        status = ON_TRACK
    else:
        status = _behind(measured - start, climb, when.elapsed_units,  # type: ignore[operator, arg-type]
                         when.period_units, when.far_behind_points)
    return Standing(
        achieved=output_number(measured), completion=completion, progress=progress, expected=expected,
        deviation=deviation, gap=output_number(gap), surplus=output_number(surplus), needed_per_year=needed,
        status=status, **common,
    )


def _monitored(ident: str, name: Names, kind: Kind, *, baseline: Number | None, level: Number | None,
               direction: str, years: float) -> Standing:
    """An indicator without a target: its figure in its own terms (a rise needs the baseline), and
    nothing to measure it against."""
    measured = None
    if level is not None and (baseline is not None or not kind.derived):
        measured = kind.measure(level, baseline, years)
    status = MONITORED if level is not None else NO_DATA  # a rise whose baseline is unknown is watched too
    return Standing(id=ident, name=name, kind=kind, target=None, baseline=output_number(baseline),
                    achieved=output_number(measured), completion=None, progress=None, expected=None, deviation=None,
                    gap=None, surplus=None, needed_per_year=None, status=status, direction=direction,
                    level=output_number(level) if kind.derived else None, schedule="none")


def _met(kind: Kind, measured: Number | float, target: Number, *, level: Number | None, baseline: Number | None,
         years: float, direction: str, qualifier: str) -> bool:
    """Whether the target is met, exactly: reached (以上、达) or passed (突破), up or down."""
    return kind.meets(measured, target, level=level, baseline=baseline, years=years,
                      lower_is_better=direction == DECREASE, strict=qualifier == ABOVE)


def _behind(done: Number | float, climb: Number, due: Number, of: Number, points: Number) -> str:
    """Behind the schedule (due ÷ of of the climb by now): far behind when the progress falls short
    of it by more than `points` percentage points, compared exactly (20.0 points is not far)."""
    from fractions import Fraction

    short = Fraction(due) / Fraction(of) - Fraction(done) / Fraction(climb)
    return FAR_BEHIND if short > Fraction(points) / 100 else BEHIND


def _at_least(done: Number, climb: Number, elapsed_days: int, period_days: int) -> bool:
    """done ÷ climb ≥ elapsed_days ÷ period_days, compared exactly (no rounding at the boundary)."""
    done_n, done_d = done.as_integer_ratio()  # exact for int, float and Fraction alike
    climb_n, climb_d = climb.as_integer_ratio()
    # done_n/done_d * period_days >= climb_n/climb_d * elapsed_days, with positive denominators
    return done_n * climb_d * period_days >= climb_n * done_d * elapsed_days


def _level_notices(indicator: Indicator, counted: Tally, standing: Standing, as_of: dt.date | None = None
                   ) -> list[Note]:
    """A stock's level made up with parts carried forward from earlier dates, or below its baseline."""
    notices = []
    if counted.carried and counted.level_date is not None:
        parts = ", ".join(f"{part} ({held.when}: {held.level})" for part, held in sorted(counted.carried.items()))
        notices.append(note("parts_carried", id=indicator.id, name=indicator.name.zh, when=str(counted.level_date),
                            parts=parts))
    if counted.baseline is not None and indicator.baseline is not None and not counted.baseline_whole:
        notices.append(note("baseline_parts_only", id=indicator.id, name=indicator.name.zh, parts=counted.baseline,
                            planned=output_number(indicator.baseline.value), year=indicator.baseline.date.year))
    elif counted.baseline is not None and indicator.baseline is not None and counted.baseline != indicator.baseline.value:
        notices.append(note("baseline_from_data", id=indicator.id, name=indicator.name.zh, baseline=standing.baseline,
                            planned=indicator.baseline.value, year=indicator.baseline.date.year))
    target, base = indicator.target, standing.baseline
    if (counted.baseline is not None and (counted.baseline_whole or indicator.baseline is None)
            and target is not None and base is not None
            and indicator.kind.start(base) == base and (base <= target if indicator.direction == DECREASE
                                                        else base >= target)):
        # the files' baseline already at the target: no way left to climb, so no pace to judge
        notices.append(note("baseline_reaches_target", id=indicator.id, name=indicator.name.zh, baseline=base,
                            target=output_number(target)))
    achieved = standing.achieved
    # the region's file given as the city's: a question for things counted up, not for a ratio
    counted_up = indicator.kind.counts_rows and indicator.direction != DECREASE
    if counted_up and achieved is not None and _implausible(indicator, achieved, standing.baseline):
        notices.append(note("implausible", id=indicator.id, name=indicator.name.zh, achieved=achieved,
                            target=output_number(indicator.target)))
    if (counted_up and not indicator.kind.derived and counted.level_date is not None
            and standing.baseline is not None and standing.achieved is not None
            and standing.achieved < standing.baseline):
        notices.append(note("below_baseline", id=indicator.id, name=indicator.name.zh, when=str(counted.level_date),
                            achieved=standing.achieved, baseline=standing.baseline))
    level_date = counted.level_date
    if level_date is not None and (indicator.kind.by_parts or indicator.kind.yearly):
        # (a year's figure: the whole's and its counties' of any day of the year, as they are added)
        days = [when for when in counted.by_date if (when.year == level_date.year if indicator.kind.yearly
                                                      else when == level_date)]
        on_days = [counted.by_date[when] for when in days]
        if any("" in on_date for on_date in on_days) and any(part for on_date in on_days for part in on_date):
            whole = sum((on_date.get("", 0) for on_date in on_days), 0)
            added = sum((value for on_date in on_days for part, value in on_date.items() if part), 0)
            notices.append(note("whole_beside_parts", id=indicator.id, name=indicator.name.zh, when=str(level_date),
                                whole=output_number(whole), parts=output_number(added)))
    partial = level_date is not None and counted.latest is not None and counted.latest > level_date
    if partial and level_date is not None:
        # a flow's later year known only in part: the full year before it is judged
        notices.append(note("flow_partial_year", id=indicator.id, name=indicator.name.zh, when=str(counted.latest),
                            year=level_date.year))
    elif level_date is not None and indicator.kind.yearly and (level_date.month, level_date.day) != (12, 31):
        notices.append(note("flow_part_of_year", id=indicator.id, name=indicator.name.zh, when=str(level_date)))
    level = standing.level if indicator.kind.derived else standing.achieved
    if (indicator.values_unit.zh == "%" and level is not None and level > 0
            and level * 50 < min((x for x in (output_number(indicator.target), standing.baseline) if x), default=0)):
        # Excel stores 0.83% typed in a percentage cell as 0.0083: a share fifty times too small is asked about
        notices.append(note("percent_as_fraction", id=indicator.id, name=indicator.name.zh, value=level))
    elif level is not None and standing.baseline and level > 0 and standing.baseline > 0 \
            and max(level / standing.baseline, standing.baseline / level) >= FAR_FROM_BASELINE:
        # a level a hundred times its baseline, or a hundredth of it: another unit (万元 for 亿元), or a
        # rate typed where the amount belongs (14.61 for 27956.3 亿元)
        notices.append(note("level_far_from_baseline", id=indicator.id, name=indicator.name.zh, value=level,
                            baseline=standing.baseline))
    if (not partial and counted.level_date is not None and indicator.kind.levels and as_of is not None
            and (as_of - counted.level_date).days > STALE_DAYS):
        notices.append(note("stale_level", id=indicator.id, name=indicator.name.zh, when=str(counted.level_date),
                            as_of=str(as_of)))
    return notices


STALE_DAYS = 92  # a level older than a quarter at the as-of date is judged, and said to be old
FAR_FROM_BASELINE = 100  # a level this many times its baseline (or this fraction of it) is asked about


PLAUSIBLE_MULTIPLE = 3  # a city figure beyond three times its own target is more likely the region's


def _implausible(indicator: Indicator, achieved: Number, baseline: Number | None) -> bool:
    """A city's figure above three times its target, or above the region's whole target (on the
    region's basis): more likely the region's file given as the city's."""
    if indicator.target is not None and achieved > PLAUSIBLE_MULTIPLE * indicator.target:
        return True
    region = indicator.region
    return region is not None and indicator.kind.on_region_basis(achieved, baseline, region.kind) > region.target


def _left_out_notices(indicator: Indicator, counted: Tally, plan: Plan, as_of: dt.date, *, base_year: int
                      ) -> list[Note]:
    notices = []
    for reason, left_out in sorted(counted.left_out.items()):
        if reason == "before_period" and indicator.kind.levels:
            why = note("before_baseline_year", year=base_year)
        else:
            why = note(reason, start=str(plan.start), as_of=str(as_of), end=str(plan.end))
        lines = _lines_of(left_out.places) if left_out.one_each and left_out.rows > 1 else None
        if lines is not None:  # 第4、5、6行共3条: each row named
            notices.append(note("left_out_lines", lines[0], lines=Listed(lines[1]), rows=left_out.rows, id=indicator.id,
                                name=indicator.name.zh, why=why))
            continue
        first = _LINE_PLACE.fullmatch(left_out.first)
        if left_out.rows > 1 and first is not None:  # 第3行等共6条: the file's, from its first line
            notices.append(note("left_out_from", first["file"], line=int(first["line"]), rows=left_out.rows,
                                id=indicator.id, name=indicator.name.zh, why=why))
            continue
        code = "left_out_row" if left_out.rows == 1 else "left_out"  # (the row at the place, or the first of them)
        notices.append(note(code, left_out.first, rows=left_out.rows, id=indicator.id, name=indicator.name.zh,
                            why=why))
    return notices


_LINE_PLACE = re.compile(r"(?P<file>.+):(?P<line>\d+)")


def _lines_of(places: list[str]) -> tuple[str, list[str]] | None:
    """(the file, its line numbers in order) where every place is a line of one file (a CSV's);
    None otherwise (a workbook's cells, or two files), for the first place to stand for them."""
    found = [_LINE_PLACE.fullmatch(place) for place in places]
    if not all(found) or len({m["file"] for m in found if m}) != 1:
        return None
    return found[0]["file"], [str(n) for n in sorted({int(m["line"]) for m in found if m})]  # type: ignore[index]
