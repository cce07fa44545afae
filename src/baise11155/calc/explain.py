"""The audit trail: which rows made a figure, which were left out and why, and the arithmetic
that turns them into achieved, completion, expected and status. Pure functions.

A count: every row dated inside the period up to the as-of date, summed. A stock: the rows of
the latest date, plus each county's own latest rows since the last whole-city figure (carried
forward); earlier levels are set aside. A yearly figure: the rows of the year judged. A ratio:
its one row. Rows in the year before the period make a level's baseline.
"""

from __future__ import annotations

import datetime as dt

from ..model.kinds import FLOW, Number, output_number
from ..model.observations import ProgressRow
from ..model.plan import Indicator, Plan
from ..model.record import Record
from .evaluate import Schedule, Standing


class Explanation(Record):
    indicator: Indicator
    category: str | None
    standing: Standing
    counted: tuple[ProgressRow, ...]
    left_out: tuple[tuple[ProgressRow, str], ...]  # (row, reason)
    total: Number  # what the counted rows make: a count's sum, a level


def explain(plan: Plan, indicator: Indicator, category: str | None, rows: list[ProgressRow], standing: Standing,
            when: Schedule) -> Explanation:
    kind, as_of = indicator.kind, when.as_of
    mine = [r for r in rows if r.indicator == indicator.id and (category is None or r.category == category)]
    counted: list[ProgressRow] = []
    left_out: list[tuple[ProgressRow, str]] = []
    window = []
    for row in mine:
        reason = row.left_out
        if not reason and row.when > as_of:
            reason = "after_period" if row.when > plan.end else "after_as_of"
        elif not reason and row.when < plan.start and not kind.kept_before_period(row.when, plan.start):
            reason = "before_period"
        elif not reason and kind.levels and row.when.year <= plan.baseline_year:
            reason = "baseline"
        if reason:
            left_out.append((row, reason))
        else:
            window.append(row)
    if not kind.levels:
        counted = window
    else:
        chosen = _level_rows(window, plan, kind is FLOW)
        counted = [row for row in window if id(row) in chosen]
        left_out += [(row, "earlier_level") for row in window if id(row) not in chosen]
    total: Number = sum((row.value for row in counted), 0)
    left_out.sort(key=lambda pair: (pair[0].place, pair[1]))
    return Explanation(indicator, category, standing, tuple(counted), tuple(left_out), output_number(total))


def _level_rows(rows: list[ProgressRow], plan: Plan, flow: bool) -> set[int]:
    """The rows a level is made of: the latest date's, and each county's own latest since the last
    whole-city figure (a yearly figure: every row of the latest full year)."""
    if not rows:
        return set()
    if flow:
        full = [r.when.year for r in rows if (r.when.month, r.when.day) == (12, 31)]
        year = max(full) if full else max(r.when for r in rows).year
        return {id(r) for r in rows if r.when.year == year}
    whole_names = plan.whole_area_names
    latest = max(r.when for r in rows)
    whole = max((r.when for r in rows if r.county in whole_names), default=None)
    chosen = {id(r) for r in rows if r.when == latest}
    parts_latest: dict[str, dt.date] = {}
    for r in rows:
        if r.county not in whole_names and r.when != latest and (whole is None or r.when > whole):
            if not any(o.when == latest and o.county == r.county for o in rows):
                parts_latest[r.county] = max(parts_latest.get(r.county, r.when), r.when)
    chosen |= {id(r) for r in rows if r.county in parts_latest and r.when == parts_latest[r.county]}
    return chosen
