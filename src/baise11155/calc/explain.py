"""The audit trail: which rows made a figure, which were left out and why, and the arithmetic
that turns them into achieved, completion, expected and status. Pure functions.

A count: every row dated inside the period up to the as-of date, summed. A stock: the rows of
the latest date, plus each county's own latest rows since the last whole-city figure (carried
forward); earlier levels are set aside. A yearly figure: the rows of the year judged. A ratio:
its one row. Rows in the year before the period make a level's baseline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from ..model.kinds import Number, output_number
from ..model.observations import ProgressRow
from ..model.plan import Indicator, Plan
from .evaluate import Schedule, Standing, base_date


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


def explain(plan: Plan, indicator: Indicator, category: str | None, rows: list[ProgressRow], *, standing: Standing,
            when: Schedule) -> Explanation:
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
    left_out.sort(key=lambda aside: (aside.row.place, aside.reason))
    return Explanation(indicator, category, standing, tuple(counted), tuple(left_out), output_number(total))
