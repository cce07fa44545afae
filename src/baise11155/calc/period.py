"""Rows dated outside the plan's period, as problems for `validate` to list (a check, in the way
beancount's validations return their errors with their place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.notices import Note, note

if TYPE_CHECKING:
    from ..model.observations import Bucket, Key
    from ..model.plan import Plan


def dated_after_period(plan: Plan, buckets: dict[Key, Bucket]) -> list[Note]:
    """Each group of rows dated after the period's end, at its first row: never counted, and almost
    always a slip of the year (2021 written for 2019 in a 2018-2020 plan), so a problem to check,
    not a clean bill. A year alone reads as its last day, so a 31 December is said as the year."""
    problems = []
    for key, bucket in buckets.items():
        if key.when <= plan.end:
            continue
        whole_year = (key.when.month, key.when.day) == (12, 31)
        alike = note("rows_alike", rows=bucket.rows) if bucket.rows > 1 else ""
        problems.append(note("year_after_period" if whole_year else "day_after_period", bucket.first,
                             year=str(key.when.year), when=str(key.when), first_year=plan.start.year,
                             last_year=plan.end.year, alike=alike))
    return problems
