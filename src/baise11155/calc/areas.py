"""Figures by area (县区): what each county achieved, against its own targets where the plan
splits them (任务分解), and the counties ranked. Pure.

Each county's rows are evaluated on their own, by the plan as that county sees it
(`Plan.for_area`): its own target where the plan gives one (else its figure is only watched),
a count's sum, a stock's level by the county's own latest report. A county cell is matched to
the plan's areas by id or name (右江 is 右江区); one the plan does not list is still shown, with
no targets. Rows that name no county (or the city as a whole) make one more block, "not
allocated" (未分县区), so that the blocks of a count add up to the city's figure; a stock's
whole-city level is in it only when it is of the latest date (an older one the counties'
reports have superseded).

The ranking (综合排名), as supervision reports print it: each county's score is the weighted
mean of its completions over the indicators it has a target for, each completion capped (at
100 % unless the plan says otherwise) so that one indicator far over its target cannot make up
for others behind; a target with no data counts as 0. Counties with equal scores share a rank,
and the next rank skips (1, 2, 2, 4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from ..model.plan import DECREASE, Plan
from .evaluate import Evaluation, Standing, evaluate

if TYPE_CHECKING:
    from ..model.observations import Bucket, Key

UNALLOCATED = ""  # the block of rows that name no county


@dataclass(frozen=True, slots=True)
class AreaResult:
    """One area's block: its name as shown, its id in the plan (None for an area the plan does
    not list, and for the unallocated block), and its evaluation."""

    name: str
    id: str | None
    evaluation: Evaluation


@dataclass(frozen=True, slots=True)
class Ranked:
    area: str
    id: str
    score: float
    rank: int
    completions: tuple[tuple[str, float | None], ...]  # indicator id -> the capped completion counted


def by_area(plan: Plan, buckets: dict[Key, Bucket], as_of: dt.date) -> list[AreaResult]:
    """Each area's evaluation: the plan's areas in its order (those without rows too: they have
    targets to answer for), then other counties by name, the unallocated block last."""
    whole = plan.whole_area_names
    stocks = {i.id for i in plan.indicators if i.kind.by_parts}
    latest: dict[str, dt.date] = {}
    for key in buckets:
        if key.indicator in stocks and key.when <= as_of:
            latest[key.indicator] = max(latest.get(key.indicator, key.when), key.when)
    with_targets = {t.area for i in plan.indicators for t in i.area_targets}
    blocks: dict[str, dict] = {d.name.zh: {} for d in plan.divisions if d.id in with_targets}
    ids = {d.name.zh: d.id for d in plan.divisions}
    for key, bucket in buckets.items():
        if key.part in whole:
            area = UNALLOCATED
        else:
            division = plan.division(key.part) if plan.divisions else None
            area = division.name.zh if division is not None else key.part
        if area == UNALLOCATED and key.indicator in stocks and key.when != latest.get(key.indicator):
            continue  # a whole-city level the counties' later reports have superseded: no one's now
        block = blocks.setdefault(area, {})
        place = key.whole()
        block[place] = bucket if place not in block else block[place].plus(bucket)  # 右江 and 右江区
    order = {d.name.zh: n for n, d in enumerate(plan.divisions)}
    named = sorted(blocks, key=lambda area: (area == UNALLOCATED, order.get(area, len(order)), area))
    watched = plan.for_area(None)
    return [AreaResult(area, ids.get(area), evaluate(plan.for_area(ids[area]) if area in ids else watched,
                                                     blocks[area], as_of))
            for area in named]


def _completion(s: Standing) -> Fraction:
    """The completion exactly, from the figures as written (0.9 is 9/10), so that equal scores are
    equal: a target with no data counts as 0."""
    if s.completion is None or s.achieved is None or s.target is None or (s.kind.levels and s.level_date is None):
        return Fraction(0)  # (a level not reported in the period is no figure of the area's: its baseline is not)
    achieved, target = Fraction(repr(s.achieved)), Fraction(repr(s.target))
    return max(target / achieved if s.direction == DECREASE else achieved / target, Fraction(0))  # a fall counts 0


def unranked(plan: Plan, areas: list[AreaResult], ranked: list[Ranked]) -> list[str]:
    """The plan's areas with targets that are not ranked: every indicator split to them weighs 0."""
    shown = {r.id for r in ranked}
    return [a.name for a in areas if a.id is not None and a.id not in shown]


def ranking(plan: Plan, areas: list[AreaResult]) -> list[Ranked]:
    """The plan's areas with targets, by score (see the module's note)."""
    weights = dict(plan.ranking.weights)
    cap = plan.ranking.cap
    scored = []
    for result in areas:
        if result.id is None:
            continue
        mine = {i.id: i for i in plan.indicators if any(t.area == result.id for t in i.area_targets)}
        total, weight_sum = Fraction(0), Fraction(0)
        completions: list[tuple[str, float | None]] = []
        for s in result.evaluation.indicators:
            if s.id not in mine:
                continue
            counted = _completion(s)
            if cap is not None:
                counted = min(counted, Fraction(cap))
            weight = Fraction(weights.get(s.id, 1))
            total += weight * counted
            weight_sum += weight
            completions.append((s.id, float(counted)))
        if not mine or not weight_sum:
            continue
        scored.append((total / weight_sum, result, tuple(completions)))
    scored.sort(key=lambda entry: -entry[0])
    ranked: list[Ranked] = []
    for n, (score, result, shares) in enumerate(scored):
        rank = ranked[-1].rank if ranked and scored[n - 1][0] == score else n + 1
        assert result.id is not None
        ranked.append(Ranked(result.name, result.id, float(score), rank, shares))
    return ranked
