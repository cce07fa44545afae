"""The roll-up one level up: cities' progress added on the region's basis. Pure.

Each city is evaluated by the region's plan as an area sees it (`Plan.for_area`, the same
mechanism as a county within a city): its own figures only, a count's sum, and for the region's
new additions (新增) the rise of the city's own level above its level at the region's baseline
date, taken from the city's rows — a city whose file lacks that level is counted out of that
indicator, and said to be. The region's figure is the cities' sum; each city's contribution is
its figure ÷ the region's target, its share of the achieved its figure ÷ the region's sum. Where
a bundled plan is the city's own (its region is this plan), the city's target on the region's
basis and its completion are given beside; a city without one is counted all the same, and
flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model.areas import area_key
from ..model.kinds import Number, output_number
from ..model.notices import Note, note
from ..model.plan import Plan
from .evaluate import Evaluation, Schedule, default_as_of, evaluate, schedule

if TYPE_CHECKING:
    from ..model.observations import Bucket, Key


@dataclass(frozen=True, slots=True)
class CityFigure:
    id: str
    achieved: Number | float | None  # on the region's basis; None when it cannot be counted
    contribution: float | None  # achieved ÷ the region's target
    share_of_achieved: float | None  # achieved ÷ the region's sum
    city_target: Number | None  # the city's own target on the region's basis, where a plan gives it
    city_completion: float | None


@dataclass(frozen=True, slots=True)
class City:
    area: str
    plan_id: str | None  # the city's own bundled plan, None when it has none (flagged)
    indicators: tuple[CityFigure, ...]
    evaluation: Evaluation


@dataclass(frozen=True, slots=True)
class RegionFigure:
    id: str
    target: Number | None
    achieved: Number | float | None  # None: no area gave a figure
    completion: float | None  # the region's, only where every area of the plan gave the figure
    cities: int  # how many cities' figures make it
    # where only some areas gave it: their sum ÷ the region's target, what those areas make of it (not
    # the region's completion: 梧州 alone gives 40 of 1000, which is not the region at 4.0%)
    share_of_target: float | None = None


@dataclass(frozen=True, slots=True)
class RollUp:
    schedule: Schedule
    indicators: tuple[RegionFigure, ...]
    cities: tuple[City, ...]
    notices: tuple[Note, ...]
    # whether the areas given are every area the plan lists (`areas:`), so that their sums are the
    # region's own figures; a plan that lists none never knows it has them all
    whole: bool = False


def city_plans(plan: Plan, bundled: dict[str, Plan]) -> dict[str, Plan]:
    """The bundled plans that are a city's share of this one, by every name of their city (its key)."""
    found: dict[str, Plan] = {}
    for city in bundled.values():
        if city.region is not None and city.region.id == plan.id and city.id != plan.id:
            area = city.city.area
            for name in (area.zh, area.en):
                found[area_key(name)] = city
    return found


def with_city_names(plan: Plan, cities: dict[str, Plan]) -> Plan:
    """The region's plan, reading its indicators under the names the cities' own plans give them too
    (保有高新技术企业 is the region's high-tech-enterprises, counted as levels either way)."""
    names: dict[str, set[str]] = {}
    for city in set(cities.values()):
        for indicator in city.indicators:
            names.setdefault(indicator.id, set()).update((indicator.name.zh, indicator.name.en))
    return replace(plan, indicators=tuple(
        replace(i, aliases=tuple(sorted((names.get(i.id, set()) | set(i.aliases)) - {i.name.zh, i.name.en})))
        for i in plan.indicators))


def roll_up(plan: Plan, areas: list[tuple[str, dict[Key, Bucket]]], as_of: dt.date | None,
            cities: dict[str, Plan]) -> RollUp:
    when = schedule(plan, as_of or default_as_of(plan, (key.when for _, buckets in areas for key in buckets)))
    watched = plan.for_area(None)
    notices: list[Note] = []
    evaluated = []
    for area, buckets in areas:
        evaluation = evaluate(watched, buckets, when.as_of)
        own = cities.get(area_key(area))
        if own is None:
            notices.append(note("rollup_no_city_plan", area=area))
        elif (own.start, own.end) != (plan.start, plan.end):
            notices.append(note("rollup_period_differs", area=area, plan=own.id, start=str(own.start),
                                end=str(own.end), region_start=str(plan.start), region_end=str(plan.end)))
        for s in evaluation.indicators:
            if s.achieved is None and s.level is not None:
                notices.append(note("rollup_baseline_missing", area=area, id=s.id,
                                    name=plan.indicator(s.id).name.zh, when=str(plan.indicator(s.id).base_date)))
        evaluated.append((area, own, evaluation))
    totals = []
    for n, indicator in enumerate(plan.indicators):
        if indicator.parts is not None:  # Σ the cities' numerators ÷ Σ their denominators, never a mean of ratios
            figure, said = _ratio_of_cities(plan, n, [(area, e) for area, _, e in evaluated])
            totals.append(figure)
            notices += said
            continue
        if not indicator.kind.areas_add_up:  # a ratio, a rate: the region's is its own figure, never the cities' sum
            if any(e.indicators[n].achieved is not None for _, _, e in evaluated):
                notices.append(note("rollup_not_added", id=indicator.id, name=indicator.name.zh))
            totals.append(RegionFigure(indicator.id, output_number(indicator.target), None, None, 0))
            continue
        counted = [e.indicators[n].achieved for _, _, e in evaluated if e.indicators[n].achieved is not None]
        total = sum(_exact(f) for f in counted) if counted else None  # no area's figure: no data, not 0
        years = {area: e.indicators[n].level_date.year for area, _, e in evaluated  # type: ignore[union-attr]
                 if e.indicators[n].achieved is not None and e.indicators[n].level_date is not None}
        if indicator.kind.yearly and len(set(years.values())) > 1:
            # one year's figure of one city and another year's of another add up to no year's
            notices.append(note("rollup_years_differ", id=indicator.id, name=indicator.name.zh,
                                years="、".join(f"{area}{year}年" for area, year in years.items())))
            total = None
        target = indicator.target
        totals.append(RegionFigure(indicator.id, output_number(target), output_number(total),
                                   float(total / target) if target and total is not None else None, len(counted)))
    result = []
    for area, own, evaluation in evaluated:
        figures = []
        for n, s in enumerate(evaluation.indicators):
            total, target = totals[n].achieved, plan.indicators[n].target
            mine = None
            if own is not None and any(i.id == s.id for i in own.indicators):
                mine = own.indicator(s.id).region_basis_target
            achieved = s.achieved
            if not plan.indicators[n].kind.areas_add_up:
                figures.append(CityFigure(s.id, achieved, None, None, None, None))
                continue
            figures.append(CityFigure(
                s.id, achieved,
                float(_exact(achieved) / target) if achieved is not None and target else None,
                float(_exact(achieved) / _exact(total)) if achieved is not None and total else None,
                output_number(mine),
                float(_exact(achieved) / mine) if achieved is not None and mine else None))
        result.append(City(area, own.id if own is not None else None, tuple(figures), evaluation))
    given = {area_key(area) for area, _ in areas}
    whole = bool(plan.divisions) and all(division.aliases() & given for division in plan.divisions)
    return RollUp(when, tuple(_of_some(total, plan, whole and total.cities == len(areas)) for total in totals),
                  tuple(result), tuple(notices), whole)


def _of_some(total: RegionFigure, plan: Plan, whole: bool) -> RegionFigure:
    """A sum as what it is: the region's completion where every area of the plan gave the figure;
    else no completion (some areas' sum falls short of the region's by the areas missing), and the
    share of the region's target those areas make. A ratio made of the areas' parts is the region's
    ratio as far as they go, not a part of it: kept as it is."""
    indicator = plan.indicator(total.id)
    if whole or total.achieved is None or indicator.parts is not None or not indicator.kind.areas_add_up:
        return total
    share = float(_exact(total.achieved) / total.target) if total.target else None
    return replace(total, completion=None, share_of_target=share)


def _ratio_of_cities(plan: Plan, n: int, evaluated: list[tuple[str, Evaluation]]) -> tuple[RegionFigure, list[Note]]:
    """A ratio made of its parts for the region: the cities' numerators and denominators of the
    latest date any city has both for, added up and divided. A city that gives only its ratio, or
    whose parts are older, is left out and said to be."""
    from fractions import Fraction

    from ..model.plan import DECREASE
    from .ratios import named

    indicator = plan.indicators[n]
    parts = indicator.parts
    assert parts is not None
    made = {area: {m.when: m for m in e.ratios if m.id == indicator.id} for area, e in evaluated}
    latest = max((when for by_date in made.values() for when in by_date), default=None)
    notices: list[Note] = []
    top: Number = 0
    bottom: Number = 0
    counted = 0
    for area, evaluation in evaluated:
        mine = made[area]
        if latest is not None and latest in mine:
            top, bottom, counted = top + mine[latest].numerator, bottom + mine[latest].denominator, counted + 1
            continue
        figures = {s.id: s.achieved for s in evaluation.indicators if s.id in (parts.numerator, parts.denominator)}
        missing = [ident for ident in (parts.numerator, parts.denominator) if figures.get(ident) is None]
        if evaluation.indicators[n].achieved is None and not mine and missing:
            continue  # nothing of it in the city's files, or one part alone (GDP, the denominator of two ratios)
        names = {i.id: i.name.zh for i in plan.indicators}
        if mine:
            why = note("ratio_parts_older", when=str(latest), latest=str(max(mine)))
        elif not missing:  # both parts, and no ratio made of them: its denominator is 0, or a county's parts lack
            why = note("ratio_part_zero", part=named(parts.denominator, names)) if figures[parts.denominator] == 0 \
                else note("ratio_parts_unmade")
            notices.append(note("rollup_ratio_unmade", area=area, id=indicator.id, name=indicator.name.zh, why=why))
            continue
        else:
            lacking = [named(ident, names) for ident in missing or (parts.numerator, parts.denominator)]
            why = lacking[0] if len(lacking) == 1 else note("ratio_parts_named", numerator=lacking[0],
                                                                denominator=lacking[1])
        notices.append(note("rollup_ratio_left_out", area=area, id=indicator.id, name=indicator.name.zh, why=why))
    target = indicator.target
    if not counted or not bottom:
        return RegionFigure(indicator.id, output_number(target), None, None, 0), notices
    ratio = Fraction(top) / Fraction(bottom) * Fraction(parts.scale)
    completion = None
    if target:
        completion = float(Fraction(target) / ratio) if indicator.direction == DECREASE and ratio else \
            float(ratio / Fraction(target))
    return RegionFigure(indicator.id, output_number(target), output_number(ratio), completion, counted), notices


def _exact(number):
    """A figure exactly as written (0.1 is 1/10), so that the cities add up to the region's sum."""
    from fractions import Fraction

    return number if isinstance(number, (int, Fraction)) else Fraction(repr(number))
