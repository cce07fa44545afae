"""The one way from files to results, used by every command: read the progress files, stop on
any problem, calculate. Warnings are returned as notes, for the caller to show."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model.notices import DataError, UserError, note

if TYPE_CHECKING:
    from ..calc.areas import AreaResult
    from ..calc.evaluate import Evaluation
    from ..calc.region import Comparison
    from ..model.notices import Note
    from ..model.observations import Observations
    from ..model.plan import Plan
    from ..read.progress import ReadSettings


def read_files(plan: Plan, paths: list[str], settings: ReadSettings, trace=None) -> Observations:
    """Read and combine progress files, keeping every problem in the result (`trace`, when given,
    is handed every row read)."""
    from ..read.progress import read_progress

    return read_progress(plan, list(paths), settings, trace)


def read_checked(plan: Plan, paths: list[str], settings: ReadSettings, trace=None) -> Observations:
    """Read and combine progress files; any problem in them is raised, all of them together."""
    observations = read_files(plan, paths, settings, trace)
    if observations.problem_count:
        raise DataError(observations.problems, observations.problem_count)
    if not observations.rows and not observations.duplicates:
        # an unfilled template, a header alone: "no data" for every indicator would read as a result
        from ..read.sources import label_of

        raise DataError([note("no_rows", ", ".join(label_of(path) for path in paths))])
    return observations


def evaluate_observations(plan: Plan, observations: Observations, as_of: dt.date | None) -> Evaluation:
    """Where the plan stands by what was read, at the as-of date (by default the data's latest)."""
    from ..calc.evaluate import default_as_of, evaluate

    return evaluate(plan, observations.buckets, as_of or default_as_of(plan, observations.latest))


def evaluate_files(plan: Plan, paths: list[str], settings: ReadSettings,
                   as_of: dt.date | None) -> tuple[Evaluation, list[Note]]:
    """Where the plan stands by the progress files, with the warnings met on the way."""
    evaluation, _, warnings = evaluate_areas(plan, paths, settings, as_of, False)
    return evaluation, warnings


def evaluate_areas(plan: Plan, paths: list[str], settings: ReadSettings, as_of: dt.date | None,
                   by_area: bool) -> tuple[Evaluation, list[AreaResult] | None, list[Note]]:
    """The city's standing, and with `by_area` each area's (county's) from the same reading."""
    observations = read_checked(plan, paths, replace(settings, by_area=True) if by_area else settings)
    evaluation = evaluate_observations(plan, observations, as_of)
    areas = None
    if by_area:
        from ..calc.areas import by_area as split

        areas = split(plan, observations.buckets, evaluation.schedule.as_of)
        unknown = [a.name for a in areas if a.id is None and a.name]
        if plan.divisions and unknown:
            return evaluation, areas, [*observations.notices(), *evaluation.notices,
                                       note("areas_not_in_plan", names="、".join(unknown))]
    return evaluation, areas, [*observations.notices(), *evaluation.notices]


def compare_all(plan: Plan, paths: list[str], region_paths: list[str], settings: ReadSettings,
                as_of: dt.date | None, by_area: bool = False
                ) -> tuple[Comparison, list[Note], list[AreaResult] | None]:
    """The city's progress files evaluated (and split by area, when asked), then set against the
    region; the warnings of both."""
    if plan.region is None and region_paths:
        raise UserError([note("no_region", plan.path, plan=plan.id)])
    evaluation, areas, warnings = evaluate_areas(plan, paths, settings, as_of, by_area)
    comparison, region_warnings = compare_files(plan, evaluation, region_paths, settings)
    return comparison, [*warnings, *region_warnings], areas


def compare_files(plan: Plan, evaluation: Evaluation, region_paths: list[str],
                  settings: ReadSettings) -> tuple[Comparison, list[Note]]:
    """The city against the region's targets, and against the region's own progress when given."""
    from ..calc.region import compare

    warnings: list[Note] = []
    region_buckets = None
    if region_paths:
        region = read_checked(plan, region_paths, settings)
        warnings += region.notices()
        region_buckets = region.buckets
    comparison = compare(plan, evaluation, region_buckets)
    return comparison, [*warnings, *comparison.notices]
