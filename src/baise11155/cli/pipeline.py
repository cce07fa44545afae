"""The one way from files to results, used by every command: read the progress files, stop on
any problem, calculate. Warnings are returned as notes, for the caller to show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model.notices import DataError, Listed, UserError, note, quoted

if TYPE_CHECKING:
    from ..calc.areas import AreaResult
    from ..calc.evaluate import Evaluation
    from ..calc.region import Comparison
    from ..calc.tasks import JudgedLedger
    from ..model.notices import Note
    from ..model.observations import Observations
    from ..model.plan import Plan
    from ..read.progress import ReadSettings, Trace


@dataclass(frozen=True, slots=True)
class Evaluated:
    """Where the city stands by its progress files, each area's standing when asked for (None
    otherwise), and the warnings met on the way."""

    evaluation: Evaluation
    warnings: list[Note]
    areas: list[AreaResult] | None = None


@dataclass(frozen=True, slots=True)
class Compared:
    """The city set against the region, each area's standing when asked for (None otherwise), and
    the warnings of both."""

    comparison: Comparison
    warnings: list[Note]
    areas: list[AreaResult] | None = None


def read_files(plan: Plan, paths: list[str], settings: ReadSettings, trace: Trace | None = None) -> Observations:
    """Read and combine progress files, keeping every problem in the result (`trace`, when given,
    is handed every row read)."""
    from ..read.progress import read_progress

    return read_progress(plan, list(paths), settings, trace)


def read_checked(plan: Plan, paths: list[str], settings: ReadSettings, trace: Trace | None = None) -> Observations:
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

    evaluation = evaluate(plan, observations.buckets, as_of or default_as_of(plan, (key.when for key in observations.buckets)))
    if evaluation.problems:
        raise DataError(list(evaluation.problems))
    return evaluation


def evaluate_files(plan: Plan, paths: list[str], settings: ReadSettings, as_of: dt.date | None, *,
                   by_area: bool = False) -> Evaluated:
    """Where the plan stands by the progress files, and with `by_area` each area's (county's) from
    the same reading, with the warnings met on the way."""
    observations = read_checked(plan, paths, replace(settings, by_area=True) if by_area else settings)
    evaluation = evaluate_observations(plan, observations, as_of)
    warnings = [*observations.notices(), *evaluation.notices]
    if not by_area:
        return Evaluated(evaluation, warnings)
    from ..calc.areas import by_area as split

    areas = split(plan, observations.buckets, evaluation.schedule.as_of)
    unknown = [a.name for a in areas if a.id is None and a.name]
    if plan.divisions and unknown:
        warnings.append(note("areas_not_in_plan", names=Listed(quoted(name) for name in unknown)))
    return Evaluated(evaluation, warnings, areas)


def compare_all(plan: Plan, paths: list[str], region_paths: list[str], settings: ReadSettings, *,
                as_of: dt.date | None, by_area: bool = False) -> Compared:
    """The city's progress files evaluated (and split by area, when asked), then set against the
    region; the warnings of both."""
    if plan.region is None and region_paths:
        raise UserError([note("no_region", plan.path, plan=plan.id)])
    city = evaluate_files(plan, paths, settings, as_of, by_area=by_area)
    region = compare_files(plan, city.evaluation, region_paths, settings)
    return Compared(region.comparison, [*city.warnings, *region.warnings], city.areas)


def compare_files(plan: Plan, evaluation: Evaluation, region_paths: list[str], settings: ReadSettings) -> Compared:
    """The city against the region's targets, and against the region's own progress when given."""
    from ..calc.region import compare

    warnings: list[Note] = []
    region_buckets = None
    if region_paths:
        region = read_checked(plan, region_paths, settings)
        warnings += region.notices()
        region_buckets = region.buckets
    comparison = compare(plan, evaluation, region_buckets)
    if comparison.problems:
        raise DataError(list(comparison.problems))
    return Compared(comparison, [*warnings, *comparison.notices])


def judge_ledger_files(plan: Plan, paths: list[str], as_of: dt.date | None, hidden: str | None = None,
                       by: dt.date | None = None) -> tuple[JudgedLedger, list[Note]]:
    """The ledgers' tasks judged at the date `calc.tasks.ledger_date` gives (the as-of date asked
    for; by default the latest 报送日期 in them, capped at the period's end and at `by`, a report's
    own as-of date), with the notices met on the way; any problem in them is raised, all of them
    together. A date judged at that is not the latest 报送日期 is said: nodes are judged as reported."""
    from ..calc.tasks import judge_ledger, ledger_date
    from ..read.ledger import read_ledgers
    from ..read.sources import label_of

    reading = read_ledgers(plan, paths, hidden)
    if reading.out.problem_count:
        raise DataError(reading.out.problems, reading.out.problem_count)
    if not reading.tasks:
        raise DataError([note("ledger_no_tasks", ", ".join(label_of(path) for path in paths))])
    latest = reading.latest_report
    when = ledger_date(latest, plan.end, as_of, by)
    if when is None:
        raise DataError([note("ledger_no_as_of", ", ".join(label_of(path) for path in paths))])
    said = []
    if as_of is None and latest is not None and when == plan.end < latest:  # capped, as the progress commands cap theirs
        said.append(note("ledger_as_of_capped", latest=latest.isoformat(), end=plan.end.isoformat()))
    elif latest is not None and latest != when:  # nodes reported later (or not yet) judged as reported
        said.append(note("ledger_as_of_not_reported", as_of=when.isoformat(), reported=latest.isoformat()))
    judged = judge_ledger(reading.tasks, when)
    return judged, [*reading.out.notices(), *said, *judged.notices]
