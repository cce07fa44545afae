"""The work of the reporting commands between their options and their output: read the
progress files, stop on any problem, calculate. Warnings are returned, for the caller to show."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model.errors import DataError

if TYPE_CHECKING:
    from ..calc.evaluate import Evaluation
    from ..calc.region import Comparison
    from ..model.observations import Observations
    from ..model.plan import Plan


def read_checked(plan: Plan, paths: list[str], encoding: str | None, sheet: str | None) -> Observations:
    """Read and combine progress files; any problem in them is raised, all of them together."""
    from ..read.progress import read_progress

    observations = read_progress(plan, list(paths), encoding, sheet)
    if observations.problem_count:
        raise DataError(observations.problems, observations.problem_count)
    return observations


def evaluate_files(plan: Plan, paths: list[str], encoding: str | None, sheet: str | None,
                   as_of: dt.date | None) -> tuple[Evaluation, list[str]]:
    """Where the plan stands by the progress files, at the as-of date (by default the data's latest)."""
    from ..calc.evaluate import default_as_of, evaluate

    observations = read_checked(plan, paths, encoding, sheet)
    evaluation = evaluate(plan, observations.buckets, as_of or default_as_of(plan, observations.latest))
    return evaluation, [*observations.warnings, *evaluation.notices]


def compare_files(plan: Plan, evaluation: Evaluation, region_paths: list[str], encoding: str | None,
                  sheet: str | None) -> tuple[Comparison, list[str]]:
    """The city against the region's targets, and against the region's own progress when given."""
    from ..calc.region import compare

    warnings: list[str] = []
    region_buckets = None
    if region_paths:
        region = read_checked(plan, region_paths, encoding, sheet)
        warnings += region.warnings
        region_buckets = region.buckets
    comparison = compare(plan, evaluation, region_buckets)
    return comparison, [*warnings, *comparison.notices]
