"""The city against the region's targets ("三百二千"), on the region's basis. Pure functions.

On the region's basis a stock counts as an increase (新增): Baise holds 50 high-tech
enterprises by 2020 against 29 at the end of 2017, so it adds 21 to Guangxi's 1000.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model.kinds import Kind, Number
from ..model.notices import Note, note
from ..model.observations import Bucket, Key
from ..model.plan import Indicator, Plan
from .evaluate import (
    Evaluation,
    Standing,
    Tally,
    group_by_indicator,
    output_number,
    stale_parts,
    tally,
)

AHEAD, BEHIND, LEVEL = "ahead", "behind", "level"


@dataclass(frozen=True, slots=True)
class RegionStanding:
    target: Number  # the region's target
    kind: Kind
    city_target: Number  # the city's target on the region's basis
    target_share: float  # city target ÷ region target
    city_achieved: Number | None  # on the region's basis
    contribution: float | None  # city achieved ÷ region target
    city_completion: float | None  # city achieved ÷ city target, both on the region's basis
    achieved: Number | None = None  # the region's own figure, with --region-progress
    completion: float | None = None
    share_of_achieved: float | None = None  # city achieved ÷ region achieved
    pace: str | None = None  # the city runs ahead of, behind or level with the region


@dataclass(frozen=True, slots=True)
class RegionResult:
    """The city's standing against one region target, and the note on it, if any (the region's
    baseline not known)."""

    standing: RegionStanding
    notice: Note | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    evaluation: Evaluation
    regions: tuple[RegionStanding | None, ...]  # one for each indicator, None without a region target
    with_region_progress: bool
    notices: tuple[Note, ...] = ()
    problems: tuple[Note, ...] = ()  # the region's files cannot give a figure (a city's level a round old)


def compare(
    plan: Plan,
    evaluation: Evaluation,
    region_buckets: dict[Key, Bucket] | None = None,
) -> Comparison:
    as_of = evaluation.schedule.as_of
    grouped = group_by_indicator(region_buckets) if region_buckets is not None else None
    regions: list[RegionStanding | None] = []
    notices: list[Note] = []
    problems: list[Note] = []
    for indicator, standing in zip(plan.indicators, evaluation.indicators, strict=True):
        if indicator.region is None:
            regions.append(None)
            continue
        region_tally = None
        if grouped is not None:
            region_tally = tally(grouped.get(indicator.id, []), indicator.region.kind, plan, as_of)
            problems.extend(stale_parts(indicator, region_tally, "region_parts_stale"))
        result = _region_standing(indicator, standing, region_tally, plan)
        regions.append(result.standing)
        if result.notice:
            notices.append(result.notice)
    return Comparison(evaluation, tuple(regions), grouped is not None, tuple(notices), tuple(problems))


def _region_standing(
    indicator: Indicator, standing: Standing, region_tally: Tally | None, plan: Plan
) -> RegionResult:
    assert indicator.region is not None and indicator.target is not None  # a plan gives a region only with a target
    region_target = indicator.region.target
    # On the region's basis the city's baseline is the one actually used (a 2017 row overrides the plan).
    on_region_basis = indicator.kind.on_region_basis
    city_target = on_region_basis(indicator.target, standing.baseline, indicator.region.kind)
    city_achieved = (
        None if standing.achieved is None else on_region_basis(standing.achieved, standing.baseline, indicator.region.kind)
    )
    # ratios as floats, whatever kind of number their parts are (a Fraction has no JSON form)
    contribution = float(city_achieved / region_target) if city_achieved is not None else None
    city_completion = float(city_achieved / city_target) if city_achieved is not None and city_target > 0 else None
    standing_of_city = RegionStanding(
        target=region_target,
        kind=indicator.region.kind,
        city_target=city_target,
        target_share=float(city_target / region_target),
        city_achieved=city_achieved,
        contribution=contribution,
        city_completion=city_completion,
    )
    if region_tally is None or not region_tally.has_rows:
        return RegionResult(standing_of_city)

    notice = None
    if indicator.region.kind.takes_baseline:
        baseline = region_tally.baseline
        if baseline is None and indicator.region.baseline is not None:
            baseline = indicator.region.baseline.value
        if baseline is None:
            achieved: Number | None = None
            notice = note("region_baseline_unknown", id=indicator.id, name=indicator.name.zh, year=plan.baseline_year)
        elif region_tally.level_date is None:
            achieved = 0
        else:
            achieved = output_number(region_tally.achieved - baseline)
    else:
        achieved = output_number(region_tally.achieved)
    completion = float(achieved / region_target) if achieved is not None else None
    share = float(city_achieved / achieved) if city_achieved is not None and achieved else None
    pace = None
    if city_completion is not None and completion is not None:
        pace = AHEAD if city_completion > completion else BEHIND if city_completion < completion else LEVEL
    return RegionResult(
        replace(standing_of_city, achieved=achieved, completion=completion, share_of_achieved=share, pace=pace),
        notice,
    )
