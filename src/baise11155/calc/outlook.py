"""The outlook to the deadline: will the target be met at the pace kept so far? Pure functions.

For an indicator or a category, from its standing at the as-of date (in the target's terms):
- `observed_pace` = (achieved − start) ÷ years elapsed since the period's start to the figure's
  date (years of 365.25 days; the start is 0 for a count, the baseline for a stock or a level;
  signed: below 0 when the value falls);
- `required_pace` = (target − achieved) ÷ years left, signed the same way;
- `pace_ratio` = observed ÷ required;
- `projected` = where the figure ends at the observed pace: start + (achieved − start) × period's
  days ÷ days elapsed; `projected_completion` = projected ÷ target (target ÷ projected when
  lower is better);
- `verdict`: `achieved` (the target is met), `likely` (the projection meets it), `at_risk` (the
  projection covers at least 80 % of the way from the start), `unlikely`, or `not_available`
  (no data, no baseline, less than a quarter gone, or a kind with no way to project: a growth
  rate). Once the deadline has passed, a target not met is `unlikely` (missed). An indicator
  without a target is `monitored`: its pace and where that pace ends, nothing to judge them by.

Time is counted as the plan's 时间进度 counts it: by completed months (the default), else days.
By hand, the bundled example at 2019-12-31: 5 breakthroughs in 24 of 36 months, a pace of
5 ÷ 2 = 2.50 a year, projected 5 × 36 ÷ 24 = 7.5, 75.0 % of 10: unlikely (short of 80 % of the
way). By days it was 5 × 1096 ÷ 730 = 7.51, 75.1 %, beside a 时间进度 of 66.7 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from ..model.kinds import Number  # noqa: F401 (in a signature)
from ..model.plan import ABOVE, DECREASE
from .evaluate import DAYS_PER_YEAR, MET, MONITORED, MONTHS, Evaluation, Schedule, Standing, climb_schedule

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..model.plan import Plan
    from .measures import Assessment

AT_RISK_SHARE = Fraction(4, 5)  # a projection covering 80 % of the way is at risk, not unlikely


@dataclass(frozen=True, slots=True)
class Outlook:
    observed_pace: float | None
    required_pace: float | None
    pace_ratio: float | None
    projected: float | None
    projected_completion: float | None
    verdict: str


NOT_AVAILABLE = Outlook(None, None, None, None, None, "not_available")


@dataclass(frozen=True, slots=True)
class IndicatorOutlook:
    """An indicator's outlook, each of its categories' (in the plan's order), and what the
    published measures asked for make of it, by the measure's name."""

    outlook: Outlook
    categories: tuple[Outlook, ...]
    measures: dict[str, Assessment]


MIN_DAYS = 91  # less than a quarter gone is too little to project a pace from


def outlook(standing: Standing, when: Schedule) -> Outlook:
    """The outlook of one indicator or category (see the module's note)."""
    if standing.schedule != "milestones" and standing.baseline is not None:
        when = climb_schedule(when, standing.baseline_date)  # a baseline years before: paced from it
    if standing.target is None:
        return _monitored(standing, when)
    verdict = "achieved" if standing.status in MET else ""  # else judged below, from the projection
    if standing.achieved is None or standing.progress is None:  # nothing to project from
        return Outlook(None, None, None, None, None, verdict) if verdict else NOT_AVAILABLE
    gone = _days_covered(standing, when)
    if gone < MIN_DAYS and not verdict:
        return NOT_AVAILABLE  # a day or two of data projects to anything
    if gone <= 0:
        return Outlook(None, None, None, None, None, verdict)
    achieved, target = _exact(standing.achieved), _exact(standing.target)
    start = Fraction(standing.kind.start(_exact(standing.baseline) if standing.baseline is not None else None))
    done = achieved - start
    gone_units, period_units, a_year = _time(gone, when)
    observed = done / (Fraction(gone_units) / a_year)  # signed: a value falling has a pace below 0
    left = period_units - gone_units
    required: Fraction | None = None
    if not _met(standing, achieved) and left > 0:
        required = (target - achieved) / (Fraction(left) / a_year)
    projected = start + done * Fraction(period_units, gone_units)
    lower = standing.direction == DECREASE
    # (a target of 0 has no ratio to a level, as in the standing: the way is the figure)
    projected_completion = (float(target / projected) if projected > 0 and target > 0 else None) if lower \
        else float(projected / target)
    if not verdict:
        way = (projected - start) / (target - start)
        if when.days_left <= 0:
            verdict = "unlikely"  # the deadline has passed and the target was not met: missed
        elif _met(standing, projected):
            verdict = "likely"
        elif way >= AT_RISK_SHARE:
            verdict = "at_risk"
        else:
            verdict = "unlikely"
    ratio = float(observed / required) if required else None
    return Outlook(float(observed), float(required) if required is not None else None, ratio, float(projected),
                   projected_completion, verdict)


def indicator_outlooks(plan: Plan, evaluation: Evaluation, measures: Sequence[str] = ()) -> list[IndicatorOutlook]:
    """Each indicator's outlook at the evaluation's date, with the published measures named
    (`eurostat`, `open-sdg`), each told the indicator's natural limit."""
    when = evaluation.schedule
    found = []
    for s in evaluation.indicators:
        assessed: dict[str, Assessment] = {}
        if measures:
            from .measures import measure

            for name in measures:
                indicator = plan.indicator(s.id)
                base = indicator.base_date.year if indicator.base_date is not None else plan.baseline_year
                assessed[name] = measure(name, s, plan.end, indicator.limit, base)
        found.append(IndicatorOutlook(outlook(s, when), tuple(outlook(c, when) for c in s.categories), assessed))
    return found


def _days_covered(standing: Standing, when: Schedule) -> int:
    """The days of the period the figure covers: to the as-of date, or to the date of a level
    measured before it."""
    if standing.level_date is not None and when.start is not None and standing.level_date < when.as_of:
        return min(max((standing.level_date - when.start).days + 1, 0), when.period_days)
    return when.elapsed_days


def _monitored(standing: Standing, when: Schedule) -> Outlook:
    """An indicator without a target: the pace it keeps and where that pace ends, no verdict."""
    known = standing.baseline is not None or not standing.kind.takes_baseline
    gone = _days_covered(standing, when)
    if standing.achieved is None or not known or not standing.kind.paced or gone < MIN_DAYS:
        return Outlook(None, None, None, None, None, MONITORED)
    start = Fraction(standing.kind.start(_exact(standing.baseline) if standing.baseline is not None else None))
    done = _exact(standing.achieved) - start
    gone_units, period_units, a_year = _time(gone, when)
    observed = done / (Fraction(gone_units) / a_year)
    return Outlook(float(observed), None, None, float(start + done * Fraction(period_units, gone_units)), None,
                   MONITORED)


def _time(gone: int, when: Schedule) -> tuple[int, int, Fraction]:
    """The time gone, the period's and a year's, counted as 时间进度 counts it: completed months
    where the plan counts so and the figure runs to the as-of date (24 of 36 months: 5 projects to
    7.5, as an office works it), else days."""
    if when.basis == MONTHS and gone == when.elapsed_days and when.elapsed_months > 0:
        return when.elapsed_months, when.period_months, Fraction(12)
    return gone, when.period_days, Fraction(DAYS_PER_YEAR)


def _met(standing: Standing, value: Fraction) -> bool:
    assert standing.target is not None
    target = _exact(standing.target)
    if standing.direction == DECREASE:
        return value < target if standing.qualifier == ABOVE else value <= target
    return value > target if standing.qualifier == ABOVE else value >= target


def _exact(number: Number | float) -> Fraction:
    return Fraction(number)  # an int, a float or a Fraction, exactly
