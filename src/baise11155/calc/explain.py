"""The audit trail: which rows made a figure, which were left out and why, and the arithmetic
that turns them into achieved, completion, expected and status. Pure functions.

A count: every row dated inside the period up to the as-of date, summed. A stock: the rows of
the latest date, plus each county's own latest rows since the last whole-city figure (carried
forward); earlier levels are set aside. A yearly figure: the rows of the year judged. A ratio:
its one row; a ratio made of its parts: the rows of its numerator and denominator at the date
judged, and the division (its own rows there set aside, checked against them). Rows in the year
before the period make a level's baseline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from ..model.kinds import Number, output_number
from ..model.observations import ProgressRow
from ..model.plan import Indicator, Names, Plan
from .evaluate import Schedule, Standing, base_date
from .ratios import RatioMade


class SetAside(NamedTuple):
    """A row left out of the figure, and why ("after_as_of", "earlier_level", a reading's reason)."""

    row: ProgressRow
    reason: str


@dataclass(frozen=True, slots=True)
class Explanation:
    indicator: Indicator
    category: str | None
    standing: Standing
    counted: tuple[ProgressRow, ...]
    left_out: tuple[SetAside, ...]
    total: Number  # what the counted rows make: a count's sum, a level
    made: RatioMade | None = None  # a ratio made of its parts: the division
    part_names: tuple[Names, Names] | None = None  # its numerator's and denominator's names


def explain(plan: Plan, indicator: Indicator, category: str | None, rows: list[ProgressRow], *, standing: Standing,
            when: Schedule, ratios: tuple[RatioMade, ...] = ()) -> Explanation:
    kind, as_of = indicator.kind, when.as_of
    mine = [r for r in rows if r.indicator == indicator.id and (category is None or r.category == category)]
    counted: list[ProgressRow] = []
    left_out: list[SetAside] = []
    window = []
    base = base_date(plan, indicator)
    for row in mine:
        reason = row.left_out
        if not reason and row.when > plan.end:
            reason = "after_period"
        elif not reason and row.when > as_of:
            reason = "after_as_of"
        elif not reason and row.when < plan.start and not kind.kept_before_period(row.when, base.year):
            reason = "before_period"
        if reason:
            left_out.append(SetAside(row, reason))
        else:
            window.append(row)
    if not kind.levels:
        counted = window
    else:
        # the rows of the (date, part) sums the kind's own rule makes the level of
        whole = plan.whole_area_names
        by_date: dict[dt.date, dict[str, Number]] = {}
        for row in window:
            part = "" if row.county in whole or not kind.by_parts else row.county
            parts = by_date.setdefault(row.when, {})
            parts[part] = parts.get(part, 0) + row.value
        used = kind.used(by_date)
        for row in window:
            part = "" if row.county in whole or not kind.by_parts else row.county
            if (row.when, part) in used:  # a level of the baseline year too, when it is the latest of its part
                counted.append(row)
            elif row.when.year <= base.year and row.when <= base:
                left_out.append(SetAside(row, "baseline"))
            else:
                left_out.append(SetAside(row, "earlier_level"))
    total: Number = sum((row.value for row in counted), 0)
    made = next((m for m in ratios if m.id == indicator.id and m.when == standing.level_date), None)
    if made is not None and indicator.parts is not None:
        # the parts' rows at the date are what the figure is made of; the ratio as written is checked
        areas, whole = set(made.areas), plan.whole_area_names
        left_out += [SetAside(row, "ratio_given" if row.county in whole or row.county in areas
                              or _division(plan, row.county) in areas else "ratio_without_parts") for row in counted]
        counted = [row for row in rows if row.indicator in (indicator.parts.numerator, indicator.parts.denominator)
                   and row.when == made.when and not row.left_out
                   and ((row.county in whole) if not areas else (row.county in areas or _division(plan, row.county)
                                                                 in areas))]
        total = made.ratio
    left_out.sort(key=lambda aside: (aside.row.place, aside.reason))
    part_names = None
    if made is not None and indicator.parts is not None:
        part_names = (plan.indicator(indicator.parts.numerator).name, plan.indicator(indicator.parts.denominator).name)
    return Explanation(indicator, category, standing, tuple(counted), tuple(left_out), output_number(total), made,
                       part_names)


def _division(plan: Plan, county: str) -> str:
    """A county cell as the reading names its area: the plan's name for one of its divisions."""
    division = plan.division(county) if plan.divisions else None
    return division.name.zh if division is not None else county
