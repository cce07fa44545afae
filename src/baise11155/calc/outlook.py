"""The outlook to the deadline: will the target be met at the pace kept so far? Pure functions.

For an indicator or a category, from its standing at the as-of date (in the target's terms):
- `observed_pace` = (achieved − start) ÷ years elapsed since the period's start (years of 365.25
  days; the start is 0 for a count, the baseline for a stock or a level);
- `required_pace` = what is still missing ÷ years left;
- `pace_ratio` = observed ÷ required;
- `projected` = where the figure ends at the observed pace: start + (achieved − start) × period's
  days ÷ days elapsed; `projected_completion` = projected ÷ target (target ÷ projected when
  lower is better);
- `verdict`: `achieved` (the target is met), `likely` (the projection meets it), `at_risk` (the
  projection covers at least 80 % of the way from the start), `unlikely`, or `not_available`
  (no data, no baseline, no time gone, or a kind with no way to project: a growth rate).

By hand, the bundled example at 2019-12-31: 5 breakthroughs in 730 of 1096 days, a pace of
5 ÷ (730/365.25) = 2.50 a year, projected 5 × 1096 ÷ 730 = 7.51, 75.1 % of 10: unlikely (short
of 80 % of the way).
"""

from __future__ import annotations

from fractions import Fraction

from ..model.kinds import Number  # noqa: F401 (in a signature)
from ..model.plan import ABOVE, DECREASE
from ..model.record import Record
from .evaluate import ACHIEVED, DAYS_PER_YEAR, Schedule, Standing

AT_RISK_SHARE = Fraction(4, 5)  # a projection covering 80 % of the way is at risk, not unlikely
VERDICTS = ("achieved", "likely", "at_risk", "unlikely", "not_available")


class Outlook(Record):
    observed_pace: float | None
    required_pace: float | None
    pace_ratio: float | None
    projected: float | None
    projected_completion: float | None
    verdict: str


NOT_AVAILABLE = Outlook(None, None, None, None, None, "not_available")


def outlook(standing: Standing, when: Schedule) -> Outlook:
    """The outlook of one indicator or category (see the module's note)."""
    if standing.status == ACHIEVED:
        verdict = "achieved"
    elif standing.achieved is None or standing.progress is None or when.elapsed_days <= 0:
        return NOT_AVAILABLE
    else:
        verdict = ""
    if standing.achieved is None:
        return Outlook(None, None, None, None, None, verdict)
    achieved, target = _exact(standing.achieved), _exact(standing.target)
    start = Fraction(standing.kind.start(_exact(standing.baseline) if standing.baseline is not None else None))
    if standing.progress is None or when.elapsed_days <= 0:  # achieved, but with nothing to project from
        return Outlook(None, None, None, None, None, verdict)
    done = achieved - start
    years_gone = Fraction(when.elapsed_days) / Fraction(DAYS_PER_YEAR)
    observed = done / years_gone
    missing = Fraction(0) if _met(standing, achieved) else abs(target - achieved)
    required: Fraction | None = None
    if missing and when.days_left:
        required = missing / (Fraction(when.days_left) / Fraction(DAYS_PER_YEAR))
    projected = start + done * Fraction(when.period_days, when.elapsed_days)
    lower = standing.direction == DECREASE
    if lower:
        projected_completion = float(target / projected) if projected > 0 else None
    else:
        projected_completion = float(projected / target)
    if not verdict:
        way = (projected - start) / (target - start)
        if _met(standing, projected):
            verdict = "likely"
        elif way >= AT_RISK_SHARE:
            verdict = "at_risk"
        else:
            verdict = "unlikely"
    ratio = None
    if required is not None and required != 0:
        ratio = float(-observed / required if lower else observed / required)
    return Outlook(float(abs(observed) if lower else observed), float(required) if required is not None else None,
                   ratio, float(projected), projected_completion, verdict)


def _met(standing: Standing, value: Fraction) -> bool:
    target = _exact(standing.target)
    if standing.direction == DECREASE:
        return value < target if standing.qualifier == ABOVE else value <= target
    return value > target if standing.qualifier == ABOVE else value >= target


def _exact(number: Number | float) -> Fraction:
    return Fraction(number)  # an int, a float or a Fraction, exactly
