"""The progress measures statistical offices publish, for the outlook. Pure functions.

`eurostat`: the EU SDG monitoring report's method for indicators with a quantified target
(Eurostat, *Sustainable development in the European Union — Monitoring report*, methodological
annex): the observed compound annual growth rate since the base year against the rate required
to reach the target in the target year; their ratio ≥ 95 % is `significant_progress`, 60–95 %
`moderate_progress`, 0–60 % `insufficient_progress`, below 0 `movement_away`. A base already beyond
the target still has its ratio computed, as Eurostat's formula gives it, under its own category
`beyond_target_at_base` with what the ratio means: up to 1 the target still holds at the end on the
observed trend (`holds`), above 1 the figure falls back past it (`crosses`).

Growth rates need a base value above 0: a count that starts from 0 (most of “11155”) has none,
and is `not_applicable` with the reason, never divided by a made-up small number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model.kinds import Number
from ..model.plan import DECREASE
from .evaluate import DAYS_PER_YEAR, Standing


@dataclass(frozen=True, slots=True)
class Assessment:
    """What one published measure makes of an indicator: its figures by name, and its category
    (Eurostat's) or status (Open SDG's), or why there is none."""

    values: dict[str, float | str | None]
    category: str


def _years(start: dt.date, end: dt.date) -> float:
    """Whole years between the same day of two years (31 December to 31 December), else days."""
    if (start.month, start.day) == (end.month, end.day):
        return end.year - start.year
    return (end - start).days / DAYS_PER_YEAR


def not_applicable(reason: str) -> Assessment:
    return Assessment({"reason": reason}, "not_applicable")


def eurostat(standing: Standing, period_end: dt.date) -> Assessment:
    """Observed CAGR ÷ required CAGR (see the module's note)."""
    base, base_date = standing.baseline, standing.baseline_date
    current, current_date = standing.level if standing.kind.derived else standing.achieved, standing.level_date
    if not standing.kind.levels or base is None or base_date is None:
        return not_applicable("counted_from_zero" if not standing.kind.levels else "no_baseline")
    if standing.target is None:
        return not_applicable("no_target")  # the method sets the pace against the target's
    if not standing.kind.level_target:
        return not_applicable("target_not_a_level")
    target = standing.kind.target_level(standing.target, base)
    if current is None or current_date is None or _years(base_date, current_date) < 1:
        return not_applicable("no_value_a_year_after_the_base")
    if base <= 0 or current <= 0 or target <= 0:
        return not_applicable("not_positive")
    observed = (current / base) ** (1 / _years(base_date, current_date)) - 1
    required = (target / base) ** (1 / _years(base_date, period_end)) - 1
    if required == 0:
        return not_applicable("target_is_the_base_value")
    ratio = observed / required
    values: dict[str, float | str | None] = {"observed_growth": observed, "required_growth": required, "ratio": ratio}
    if standing.direction == DECREASE and required > 0 or standing.direction != DECREASE and required < 0:
        # the base already beyond the target: the ratio is the pace of falling back towards it, as a
        # share of the pace that just reaches it at the end; up to 1 the target holds on this trend
        values["meaning"] = "holds" if ratio <= 1 else "crosses"
        return Assessment(values, "beyond_target_at_base")
    if ratio >= 0.95:
        category = "significant_progress"
    elif ratio >= 0.6:
        category = "moderate_progress"
    elif ratio >= 0:
        category = "insufficient_progress"
    else:
        category = "movement_away"
    return Assessment(values, category)


def open_sdg(standing: Standing, period_end: dt.date, limit: Number | None = None, base_year: int | None = None
             ) -> Assessment:
    """Open SDG's score (see `open_sdg.py`) on the indicator's yearly levels, target year the
    period's last. The base year is the plan's (its baseline's year, else the year before the
    period: `base_year`); where it has no figure the first later year with one is the base, and a
    single year's figure is `not_available`, as sdg-build does. Without a target, the growth
    observed is scored, near a natural `limit` (100 %) on a scale that shrinks towards it."""
    from . import open_sdg as sdg

    if not standing.kind.levels:
        return not_applicable("counted_from_zero")
    if not standing.kind.level_target:
        return not_applicable("target_not_a_level")
    if standing.baseline_date is not None:
        base_year = standing.baseline_date.year
    if base_year is None or standing.target is not None and standing.baseline is None and standing.kind.derived:
        return not_applicable("no_baseline")  # (new additions' target is a level only above a known baseline)
    target = standing.target
    if target is not None:
        target = standing.kind.target_level(target, standing.baseline)
    result = sdg.series([(year, float(value)) for year, value in standing.series],
                        "negative" if standing.direction == DECREASE else "positive",
                        base_year, period_end.year, target=None if target is None else float(target),
                        limit=None if limit is None else float(limit))
    values: dict[str, float | str | None] = {"base_year": result["base_year"], "current_year": result["current_year"],
                                             "value": result["progress_value"], "score": result["score"]}
    return Assessment(values, result["status"])


def measure(name: str, standing: Standing, period_end: dt.date, limit: Number | None = None,
            base_year: int | None = None) -> Assessment:
    """The named measure of one indicator (`limit`: the indicator's natural limit, if any;
    `base_year`: the plan's, where the baseline's date does not say it)."""
    return eurostat(standing, period_end) if name == "eurostat" else open_sdg(standing, period_end, limit, base_year)
