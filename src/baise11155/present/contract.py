"""The JSON documents of `status`, `gaps`, `compare` and `targets`: the stable interface for scripts.

Ratios are fractions (0.6, not 60) and unrounded; a value that cannot be known is null.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model.kinds import Kind, output_number
from ..model.plan import ABOVE, DECREASE
from .fields import CATEGORY_JSON, INDICATOR_JSON, OUTLOOK, OUTLOOK_FIELDS, REGION, REGION_JSON, STANDING, Field
from .words import note_document

if TYPE_CHECKING:
    from ..calc.areas import AreaResult, Ranked
    from ..calc.evaluate import Evaluation, Schedule, Standing, YearStanding
    from ..calc.explain import Explanation
    from ..calc.outlook import IndicatorOutlook, Outlook
    from ..calc.ratios import RatioMade
    from ..calc.region import Comparison, RegionStanding
    from ..calc.rollup import RollUp
    from ..model.observations import ProgressRow
    from ..model.plan import Category, Indicator, Names, Plan

SCHEMA = 1


def _fields(result: Standing | RegionStanding | Outlook, fields: dict[str, Field], keys: tuple[str, ...]
            ) -> dict[str, Any]:
    document = {}
    for key in keys:
        field = fields[key]
        value = getattr(result, field.attribute)
        document[field.attribute] = value.name if isinstance(value, Kind) else value
    return document


def _category(c: Standing) -> dict[str, Any]:
    document = {"id": c.id, "name": _names(c.name), **_fields(c, STANDING, CATEGORY_JSON)}
    if c.milestone is not None:
        document["milestone"] = _milestone(c.milestone)
    return document


def _milestone(m: YearStanding) -> dict[str, Any]:
    return {"year": m.year, "target": m.target, "achieved": m.achieved, "completion": m.completion,
            "elapsed": m.elapsed, "status": m.status}


def _indicator(s: Standing) -> dict[str, Any]:
    assert s.unit is not None
    return {
        "id": s.id,
        "name": _names(s.name),
        "unit": _names(s.unit),
        "kind": s.kind.name,
        **_fields(s, STANDING, INDICATOR_JSON),
        **_rules(s),
        "schedule": s.schedule,
        **({"milestone": _milestone(s.milestone)} if s.milestone is not None else {}),
        "categories": [_category(c) for c in s.categories],
        # the figure no row names a category of (未分领域), for an indicator with categories
        **({"unassigned": s.unassigned} if s.categories else {}),
    }


def _rules(s: Standing) -> dict[str, Any]:
    """What sets an indicator apart from a count or stock to reach, given only where it does."""
    rules: dict[str, Any] = {"level": s.level} if s.kind.derived else {}  # what a rise, a rate is made of
    if s.vintage:  # a figure that may still be revised (预测值, 快报): its vintage
        rules["vintage"] = s.vintage
    return rules | _marks(s)


def _marks(x: Indicator | Standing) -> dict[str, Any]:
    """An indicator's (or its standing's) direction, qualifier, aspiration and whole, where not the usual."""
    marks: dict[str, Any] = {}
    if x.direction == DECREASE:
        marks["direction"] = x.direction
    if x.qualifier == ABOVE:
        marks["qualifier"] = x.qualifier
    if x.aspirational:
        marks["aspirational"] = True
    if x.attribute:  # binding (约束性) or expected (预期性), where the plan says
        marks["attribute"] = x.attribute
    if x.part_of is not None:
        marks["part_of"] = x.part_of
    return marks


def evaluation_document(plan: Plan, evaluation: Evaluation) -> dict[str, Any]:
    when = evaluation.schedule
    return {
        "schema": SCHEMA,
        "plan": plan.id,
        "as_of": when.as_of.isoformat(),
        "period": {"start": plan.start.isoformat(), "end": plan.end.isoformat()},
        "elapsed": when.elapsed,
        "schedule_basis": when.basis,
        "years_left": when.years_left,
        "indicators": [_with_units(_indicator(s), plan) for s in evaluation.indicators],
        "notices": [note_document(n) for n in evaluation.notices],
    }


def _with_units(entry: dict[str, Any], plan: Plan) -> dict[str, Any]:
    """An indicator's and its categories' lead unit and partners, where the plan names them."""
    indicator = plan.indicator(entry["id"])
    entry.update(_units(indicator))
    for category, c in zip(entry["categories"], indicator.categories, strict=True):
        category.update(_units(c))
    return entry


def _region(r: RegionStanding | None) -> dict[str, Any] | None:
    return None if r is None else _fields(r, REGION, REGION_JSON)


def comparison_document(plan: Plan, comparison: Comparison) -> dict[str, Any]:
    document = evaluation_document(plan, comparison.evaluation)
    document["region"] = None if plan.region is None else {
        "id": plan.region.id, "code": plan.region_code, "name": _names(plan.region.name)}
    document["region_progress"] = comparison.with_region_progress
    for entry, region in zip(document["indicators"], comparison.regions, strict=True):
        entry["region"] = _region(region)
    document["notices"] += [note_document(n) for n in comparison.notices]
    return document


def _names(names: Names) -> dict[str, str]:
    return {"zh": names.zh, "en": names.en}


def plan_document(plan: Plan) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "id": plan.id,
        "code": plan.code,
        "name": _names(plan.city.name),
        "area": _names(plan.city.area),
        "period": {"start": plan.start.isoformat(), "end": plan.end.isoformat()},
        "sources": [_names(s) for s in plan.sources],
        "region": None if plan.region is None else {
            "id": plan.region.id,
            "code": plan.region_code,
            "name": _names(plan.region.name),
            "area": _names(plan.region.area),
        },
        **({"areas": [{"id": d.id, "name": _names(d.name)} for d in plan.divisions]} if plan.divisions else {}),
        "indicators": [
            {
                "id": i.id,
                "name": _names(i.name),
                "unit": _names(i.unit),
                "kind": i.kind.name,
                "target": output_number(i.target),
                "baseline": {"date": i.baseline.date.isoformat(), "value": output_number(i.baseline.value)}
                if i.baseline else {"date": i.baseline_on.isoformat(), "value": None} if i.baseline_on else None,
                **_plan_rules(i),
                "history": [
                    {"date": h.date.isoformat(), "value": h.value, "added": h.added} for h in i.history
                ],
                "categories": [{"id": c.id, "name": _names(c.name), "target": output_number(c.target),
                                **({"milestones": {str(y): output_number(v) for y, v in c.milestones}}
                                   if c.milestones else {}), **_units(c)}
                               for c in i.categories],
                "region": None
                if i.region is None
                else {
                    "target": i.region.target,
                    "kind": i.region.kind.name,
                    "city_target": i.region_basis_target,
                    "baseline": {"date": i.region.baseline.date.isoformat(), "value": i.region.baseline.value}
                    if i.region.baseline
                    else None,
                },
            }
            for i in plan.indicators
        ],
    }


def _plan_rules(i: Indicator) -> dict[str, Any]:
    """An indicator's rules where they are not a count's or a stock's to reach, and its source."""
    rules = _marks(i)
    if i.value_unit is not None:
        rules["value_unit"] = _names(i.value_unit)
    if i.source:
        rules["source"] = i.source
    if i.milestones:
        rules["milestones"] = {str(year): output_number(value) for year, value in i.milestones}
    if i.limit is not None:
        rules["limit"] = output_number(i.limit)
    if i.area_targets:
        rules["area_targets"] = {t.area: {"target": output_number(t.target), "baseline": output_number(t.baseline)}
                                 for t in i.area_targets}
    return rules | _units(i)


def _units(x: Indicator | Category) -> dict[str, Any]:
    """The lead unit and partners, where the plan names them."""
    found: dict[str, Any] = {}
    if x.lead is not None:
        found["lead"] = _names(x.lead)
    if x.partners:
        found["partners"] = [_names(p) for p in x.partners]
    return found


def plans_document(plans: list[tuple[str, Plan]]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "plans": [
            {"id": ident, "name": _names(plan.city.name), "code": plan.code,
             "period": {"start": plan.start.isoformat(), "end": plan.end.isoformat()},
             "indicators": len(plan.indicators), "region": plan.region.id if plan.region is not None else None,
             "file": plan.path}
            for ident, plan in plans
        ],
    }


def outlook_document(plan: Plan, evaluation: Evaluation, outlooks: list[IndicatorOutlook]) -> dict[str, Any]:
    """The evaluation, each indicator and category with its `outlook` (and the measures asked for)."""
    return with_outlooks(evaluation_document(plan, evaluation), outlooks)


def with_outlooks(document: dict[str, Any], outlooks: list[IndicatorOutlook]) -> dict[str, Any]:
    for entry, found in zip(document["indicators"], outlooks, strict=True):
        entry["outlook"] = _fields(found.outlook, OUTLOOK, OUTLOOK_FIELDS)
        if found.measures:
            # Open SDG calls its result a status, Eurostat a category: each keeps its own word
            entry["outlook"]["measures"] = {
                name: {**result.values, ("status" if name == "open-sdg" else "category"): result.category}
                for name, result in found.measures.items()}
        for category, o in zip(entry["categories"], found.categories, strict=True):
            category["outlook"] = _fields(o, OUTLOOK, OUTLOOK_FIELDS)
    return document


def explain_document(found: Explanation, when: Schedule) -> dict[str, Any]:
    """Every row that made a figure and every row left out, so that a script can redo the sum."""
    s = found.standing
    return {
        "schema": SCHEMA,
        "indicator": found.indicator.id,
        "category": found.category,
        "as_of": when.as_of.isoformat(),
        "achieved": s.achieved,
        "rows": [_row(row) for row in found.counted],
        "left_out": [{**_row(aside.row), "reason": aside.reason} for aside in found.left_out],
        **({"ratio": _ratio(found.made)} if found.made is not None else {}),
        "arithmetic": {"sum": found.total, "target": s.target, "baseline": s.baseline, "completion": s.completion,
                       "elapsed_days": when.elapsed_days, "period_days": when.period_days,
                       "elapsed_months": when.elapsed_months, "period_months": when.period_months,
                       "schedule_basis": when.basis, "elapsed": when.elapsed,
                       "expected": s.expected, "progress": s.progress, "status": s.status},
    }


def _ratio(made: RatioMade) -> dict[str, Any]:
    """A ratio made of its parts: Σ numerators ÷ Σ denominators × scale, and the areas added up."""
    return {"date": made.when.isoformat(), "numerator": made.numerator, "denominator": made.denominator,
            "scale": output_number(made.scale), "ratio": output_number(made.ratio), "areas": list(made.areas),
            "given": made.given}


def _row(row: ProgressRow) -> dict[str, Any]:
    return {"place": row.place, "date": row.when.isoformat(), "category": row.category, "county": row.county,
            "item": row.item, "value": output_number(row.value)}


def with_areas(document: dict[str, Any], plan: Plan, areas: list[AreaResult], ranked: list[Ranked]
               ) -> dict[str, Any]:
    """`--by county`: each county's achieved figures (the unallocated block's area is ""), with the
    target-based fields where the plan gives the county a target, and the ranking where it does."""
    from .views import area_figure

    def figures(s: Standing) -> dict[str, Any]:
        if s.target is None:
            return {"id": s.id, "achieved": area_figure(s)}
        return {"id": s.id, **_fields(s, STANDING, INDICATOR_JSON)}

    names = {d.id: d.name for d in plan.divisions}
    document["areas"] = [
        {"area": a.name, **({"id": a.id, "name": _names(names[a.id])} if a.id is not None else {}),
         "indicators": [figures(s) for s in a.evaluation.indicators]}
        for a in areas
    ]
    if ranked:
        document["ranking"] = _ranked(ranked)
    return document


def _ranked(ranked: list[Ranked]) -> list[dict[str, Any]]:
    return [{"area": r.area, "id": r.id, "score": r.score, "rank": r.rank, "completions": dict(r.completions)}
            for r in ranked]


def ranking_document(plan: Plan, evaluation: Evaluation, ranked: list[Ranked]) -> dict[str, Any]:
    """`rank --format json`: the rule and the counties by score."""
    return {
        "schema": SCHEMA,
        "plan": plan.id,
        "as_of": evaluation.schedule.as_of.isoformat(),
        "rule": {"weights": {i.id: output_number(dict(plan.ranking.weights).get(i.id, 1))
                             for i in plan.indicators if i.area_targets},
                 "cap": output_number(plan.ranking.cap), "no_data": 0},
        "ranking": _ranked(ranked),
    }


def leads_document(plan: Plan, evaluation: Evaluation) -> dict[str, Any]:
    """`gaps --by lead --format json`: per lead unit, what it leads that is behind."""
    from .views import Behind, behind_by_lead

    def item(behind: Behind) -> dict[str, Any]:
        s, c = behind.indicator, behind.category
        figure = c if c is not None else s
        return {"indicator": s.id, "category": c.id if c is not None else None,
                **_fields(figure, STANDING, CATEGORY_JSON), "partners": [_names(p) for p in behind.partners]}

    return {
        "schema": SCHEMA,
        "plan": plan.id,
        "as_of": evaluation.schedule.as_of.isoformat(),
        "leads": [{"lead": _names(led.lead), "behind": [item(behind) for behind in led.behind]}
                  for led in behind_by_lead(plan, evaluation)],
    }


def rollup_document(plan: Plan, result: RollUp) -> dict[str, Any]:
    """`rollup --format json`: the region's figures, then each area's share of them."""
    return {
        "schema": SCHEMA,
        "plan": plan.id,
        "as_of": result.schedule.as_of.isoformat(),
        "elapsed": result.schedule.elapsed,
        "whole_region": result.whole,
        "schedule_basis": result.schedule.basis,
        "indicators": [{"id": t.id, "target": t.target, "achieved": t.achieved, "completion": t.completion,
                        "share_of_target": t.share_of_target, "areas_counted": t.cities} for t in result.indicators],
        "areas": [{"area": city.area, "plan": city.plan_id,
                   "indicators": [{"id": f.id, "achieved": f.achieved, "contribution": f.contribution,
                                   "share_of_achieved": f.share_of_achieved, "city_target": f.city_target,
                                   "city_completion": f.city_completion} for f in city.indicators]}
                  for city in result.cities],
        "notices": [note_document(n) for n in result.notices],
    }
