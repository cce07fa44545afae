"""What each command shows, as tables of plain values (rendering is elsewhere).

A `Table` holds raw numbers and status codes; each renderer decides how to write them
(percentages for people, fractions for machines).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..calc.evaluate import BEHIND_SCHEDULE, STATUSES, Evaluation, Standing
from ..model.kinds import Kind, output_number
from ..model.plan import ABOVE, DECREASE, Indicator, Names, Plan
from .fields import (
    GAPS_TABLE,
    NUMBER,
    OUTLOOK,
    OUTLOOK_FIELDS,
    PERCENT,
    RATE,
    REGION,
    REGION_PROGRESS_TABLE,
    REGION_TABLE,
    STANDING,
    STATUS,
    STATUS_TABLE,
    TEXT,
    Field,
)
from .numbers import MISSING, as_of_line, day, formula, measure, percent, rate
from .words import STATUS_KEYS, label, listed, marked_name, said_place, summary

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..calc.areas import AreaResult, Ranked
    from ..calc.evaluate import Schedule
    from ..calc.explain import Explanation
    from ..calc.outlook import IndicatorOutlook, Outlook
    from ..calc.region import Comparison, RegionStanding
    from ..calc.rollup import RollUp
    from ..model.kinds import Number


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str  # the whole header, on one row (突破重大技术完成数)
    display: str = TEXT
    # a header over several columns, for the formats that draw two rows of headers (突破重大技术
    # over 完成数 and 完成率), and this column's own part under it; "" where it has none
    group: str = ""
    short: str = ""


class Table:
    """A command's result as rows of raw values under typed columns."""

    def __init__(self, title: str, columns: list[Column], lines: list[str] | None = None) -> None:
        self.title = title
        self.columns = columns
        self.lines = lines or []  # said above the table (as-of, summary)
        self.rows: list[list[Any]] = []
        # 0 for an indicator's row, 1 for one of its categories (whose first cell repeats the
        # indicator for machines; the human formats leave it blank)
        self.depths: list[int] = []

    def add(self, row: list[Any], depth: int = 0) -> None:
        self.rows.append(row)
        self.depths.append(depth)


def _columns(keys: list[tuple[str, str]], lang: str) -> list[Column]:
    return [Column(key, label(key, lang), display) for key, display in keys]


def _field_columns(fields: dict[str, Field], keys: tuple[str, ...], lang: str) -> list[Column]:
    return [Column(key, label(key, lang), fields[key].display) for key in keys]


def _values(result: Standing | RegionStanding | Outlook, fields: dict[str, Field], keys: tuple[str, ...], lang: str
            ) -> list[Any]:
    """The raw values of the named fields; a kind is shown by its name in the language."""
    values = []
    for key in keys:
        value = getattr(result, fields[key].attribute)
        values.append(label(value.name, lang) if isinstance(value, Kind) else value)
    return values


def status_counts(standings: Iterable[Standing]) -> dict[str, int]:
    """How many indicators stand where; an aspirational one (力争) behind is counted apart."""
    counts = dict.fromkeys(STATUSES, 0) | {"aspirational": 0}
    for standing in standings:
        aside = standing.aspirational and standing.status in BEHIND_SCHEDULE
        counts["aspirational" if aside else standing.status] += 1
    return counts


def _schedule_lines(plan: Plan, evaluation: Evaluation, lang: str) -> list[str]:
    when = evaluation.schedule
    said = summary(status_counts(evaluation.indicators), lang)
    return [as_of_line(when, plan.start, plan.end, lang), said]


def shown_name(standing: Standing | Indicator, lang: str) -> str:
    """An indicator's name with what a reader must know beside it: 其中 for a part, (突破) for a
    target to pass, (越低越好), (力争)."""
    return marked_name(standing.name.get(lang), lang, part_of=standing.part_of is not None,
                       above=standing.qualifier == ABOVE, decrease=standing.direction == DECREASE,
                       aspirational=standing.aspirational)


def _title(key: str, plan: Plan, lang: str) -> str:
    name = project_name(plan, lang)
    region = region_name(plan, lang)
    return label(key, lang).format(name=name, region=region)


def project_name(plan: Plan, lang: str) -> str:
    return _named(plan.city.area.get(lang), plan.city.project.get(lang), plan.code, lang)


def region_name(plan: Plan, lang: str) -> str:
    if plan.region is None:
        return MISSING
    return _named(plan.region.area.get(lang), plan.region.project.get(lang), plan.region_code, lang)


def project_said(area: str, project: str, code: str | None, lang: str) -> str:
    """A project named with the area given (我市“11155”科技创新工程, in a report's own words)."""
    return _named(area, project, code, lang)


def _named(area: str, project: str, code: str | None, lang: str) -> str:
    """百色市“11155”科技创新工程, or without a code 广西科技强桂三年行动 (a project whose name begins
    with its area's, 广西科技创新“十四五”规划, is not given it twice)."""
    if not code:
        if area and project.startswith(area):
            return project
        return label("project_named", lang).format(area=area, project=project)
    return label("project_coded", lang).format(area=area, code=code, project=project)


# the as-of year's milestone (年度目标), shown where the plan has one for that year
MILESTONE_COLUMNS = [("milestone_target", NUMBER), ("milestone_achieved", NUMBER), ("milestone_completion", PERCENT),
                     ("milestone_status", STATUS)]


def _milestone_values(s: Standing, shown: bool) -> list[Any]:
    if not shown:
        return []
    m = s.milestone
    return [None] * 4 if m is None else [m.target, m.achieved, m.completion, m.status]


def _milestone_line(evaluation: Evaluation, lang: str) -> list[str]:
    """The year the milestone columns are for, and how much of it has gone (by months)."""
    marks = [m for s in evaluation.indicators for m in (s.milestone, *(c.milestone for c in s.categories)) if m]
    if not marks:
        return []
    return [label("milestone_line", lang).format(year=marks[0].year, elapsed=percent(marks[0].elapsed))]


def status_table(plan: Plan, evaluation: Evaluation, lang: str) -> Table:
    milestones = bool(_milestone_line(evaluation, lang))
    columns = _columns([("indicator", TEXT), ("unit", TEXT)], lang) + _field_columns(STANDING, STATUS_TABLE, lang)
    columns += _columns(MILESTONE_COLUMNS, lang) if milestones else []
    table = Table(_title("status_title", plan, lang), columns)
    table.lines = _schedule_lines(plan, evaluation, lang) + _milestone_line(evaluation, lang)
    for s in evaluation.indicators:
        assert s.unit is not None
        table.add([shown_name(s, lang), s.unit.get(lang),
                   *_values(s, STANDING, STATUS_TABLE, lang),
                   *_milestone_values(s, milestones)])
    return table


def _shortfall(standing: Standing) -> tuple:
    """Sort key: the largest share of the target still missing first; no data first of all, those
    monitored only last."""
    if standing.target is None:
        return (2, 0.0)  # monitored only: nothing is missing
    if standing.gap is None:
        return (0, 0.0)
    return (1, -standing.gap / standing.target)


class Units(NamedTuple):
    """The units an indicator or a category is given to: the one that leads the work (牵头单位), and
    the ones that share it (责任单位)."""

    lead: Names | None
    partners: tuple[Names, ...]


class Behind(NamedTuple):
    """Something a lead unit leads that is behind: an indicator, or one of its categories, with the
    units that share it."""

    indicator: Standing
    category: Standing | None
    partners: tuple[Names, ...]


class LedBehind(NamedTuple):
    lead: Names  # the no_lead words for what the plan gives no unit
    behind: list[Behind]


def units(plan: Plan) -> dict[tuple[str, str | None], Units]:
    """(indicator, category or None) -> its units; a category without its own has its indicator's."""
    found: dict[tuple[str, str | None], Units] = {}
    for i in plan.indicators:
        found[(i.id, None)] = Units(i.lead, i.partners)
        for c in i.categories:
            found[(i.id, c.id)] = Units(c.lead or i.lead, c.partners or i.partners)
    return found


def gaps_table(plan: Plan, evaluation: Evaluation, lang: str, by_shortfall: bool = False) -> Table:
    milestones = bool(_milestone_line(evaluation, lang))
    led = units(plan)
    with_leads = any(given.lead is not None for given in led.values())
    columns = _columns([("indicator", TEXT), ("category", TEXT)], lang) + _field_columns(STANDING, GAPS_TABLE, lang)
    columns += _columns(MILESTONE_COLUMNS, lang) if milestones else []
    columns += _columns([("lead", TEXT)], lang) if with_leads else []
    table = Table(_title("gaps_title", plan, lang), columns)
    table.lines = _schedule_lines(plan, evaluation, lang) + _milestone_line(evaluation, lang)
    indicators = list(evaluation.indicators)
    if by_shortfall:
        indicators.sort(key=_shortfall)
    def lead(key: tuple[str, str | None]) -> list[Any]:
        unit = led[key].lead
        return [unit.get(lang) if unit is not None else None] if with_leads else []

    for s in indicators:
        table.add([shown_name(s, lang), "", *_values(s, STANDING, GAPS_TABLE, lang),
                   *_milestone_values(s, milestones), *lead((s.id, None))])
        categories = sorted(s.categories, key=_shortfall) if by_shortfall else s.categories
        for c in categories:
            table.add([s.name.get(lang), c.name.get(lang), *_values(c, STANDING, GAPS_TABLE, lang),
                       *_milestone_values(c, milestones), *lead((s.id, c.id))], depth=1)
        if s.unassigned is not None:  # so that the categories add up to the indicator
            row: list[Any] = [s.name.get(lang), label("unassigned_category", lang)] + [None] * (len(columns) - 2)
            row[2 + GAPS_TABLE.index("achieved")] = s.unassigned
            table.add(row, depth=1)
    return table


def behind_by_lead(plan: Plan, evaluation: Evaluation) -> list[LedBehind]:
    """Each lead unit (in the plan's order) with what it leads that is behind. Units with nothing
    behind are left out."""
    led = units(plan)
    found: dict[Names, list[Behind]] = {}
    nobody = Names(label("no_lead", "zh"), label("no_lead", "en"))
    for s in evaluation.indicators:
        for c in (None, *s.categories):
            figure = c if c is not None else s
            given = led[(s.id, c.id if c is not None else None)]
            if figure.status in BEHIND_SCHEDULE:
                found.setdefault(given.lead if given.lead is not None else nobody, []).append(
                    Behind(s, c, given.partners))
    if all(given.lead is None for given in led.values()):
        return []  # the plan names no units at all: said by the table's line
    return sorted((LedBehind(lead, behind) for lead, behind in found.items()),
                  key=lambda led_behind: led_behind.lead is nobody)  # those without a unit last


def leads_table(plan: Plan, evaluation: Evaluation, lang: str) -> Table:
    """gaps --by lead: per lead unit (牵头单位), what it leads that is behind, with the gap."""
    columns = _columns([("lead", TEXT), ("indicator", TEXT), ("category", TEXT)], lang)
    columns += _field_columns(STANDING, ("target", "achieved", "gap", "completion", "deviation"), lang)
    columns += _columns([("partners", TEXT)], lang)
    table = Table(_title("leads_title", plan, lang), columns)
    found = behind_by_lead(plan, evaluation)
    table.lines = _schedule_lines(plan, evaluation, lang)[:1]
    if not any(given.lead is not None for given in units(plan).values()):
        table.lines.append(label("leads_none", lang))
    elif not found:
        table.lines.append(label("leads_nothing_behind", lang))
    for led in found:
        for item in led.behind:
            c = item.category
            figure = c if c is not None else item.indicator
            table.add([led.lead.get(lang), shown_name(item.indicator, lang), c.name.get(lang) if c is not None else "",
                       figure.target, figure.achieved, figure.gap, figure.completion, figure.deviation,
                       listed((p.get(lang) for p in item.partners), lang)])
    return table


class RegionBasis(NamedTuple):
    """An indicator the region counts otherwise than the plan (a level held as new additions), in
    the figures its note works out: its name as a sentence says it, its unit, the plan's target,
    baseline and figure achieved, and the city's target and figure on the region's basis."""

    name: str
    unit: str
    target: Any
    baseline: Any
    achieved: Any
    city_target: Any
    city_achieved: Any


def region_basis_note(items: Iterable[RegionBasis], lang: str, *, basis: bool = False) -> str:
    """注：高新技术企业保有量按全区口径以新增数计，本市目标为50−29=21家，完成数为45−29=16家。 — each
    indicator the region counts otherwise than the plan, worked out in its own figures, the one
    rule of `compare` and the report's 附表2 (`basis`: the annex's words on the region's basis
    first); nothing where there is nothing to say."""
    from .numbers import figure

    said = [label("report_region_note_item", lang).format(
        name=i.name, unit=i.unit, target=figure(output_number(i.target)), baseline=figure(output_number(i.baseline)),
        city_target=figure(output_number(i.city_target)), achieved=figure(output_number(i.achieved)),
        city_achieved=figure(output_number(i.city_achieved))) for i in items]
    if basis:
        said.insert(0, label("report_region_basis", lang))
    return label("report_region_note", lang).format(items=label("report_notes_joiner", lang).join(said)) if said else ""


def comparison_basis(plan: Plan, comparison: Comparison, lang: str) -> list[RegionBasis]:
    """The indicators of a comparison whose region counts them otherwise than the plan."""
    return [RegionBasis(plan.indicator(s.id).said(lang), s.unit.get(lang) if s.unit is not None else "", s.target,
                        s.baseline, s.achieved, r.city_target, r.city_achieved)
            for s, r in zip(comparison.evaluation.indicators, comparison.regions, strict=True)
            if r is not None and s.baseline is not None and s.achieved is not None and r.city_target != s.target]


def compare_table(plan: Plan, comparison: Comparison, lang: str) -> Table:
    keys = REGION_TABLE + (REGION_PROGRESS_TABLE if comparison.with_region_progress else ())
    table = Table(_title("compare_title", plan, lang), _columns([("indicator", TEXT)], lang) + _field_columns(REGION, keys, lang))
    table.lines = _schedule_lines(plan, comparison.evaluation, lang)[:1]
    worked = region_basis_note(comparison_basis(plan, comparison, lang), lang)
    if worked:
        table.lines.append(worked)
    if not comparison.with_region_progress:
        table.lines.append(label("no_region_progress", lang))
    for s, r in zip(comparison.evaluation.indicators, comparison.regions, strict=True):
        table.add([s.name.get(lang), *(_values(r, REGION, keys, lang) if r is not None else [None] * len(keys))])
    return table


TARGETS_COLUMNS = [
    ("id", TEXT),
    ("indicator", TEXT),
    ("category", TEXT),
    ("unit", TEXT),
    ("kind", TEXT),
    ("target", NUMBER),
    ("baseline", NUMBER),
    ("region_target", NUMBER),
    ("region_kind", TEXT),
    ("city_target", NUMBER),
]


def targets_table(plan: Plan, lang: str) -> Table:
    table = Table(plan.city.name.get(lang), _columns(TARGETS_COLUMNS, lang))
    table.lines = [
        project_name(plan, lang) + " → " + region_name(plan, lang),
        label("period_line", lang).format(start=day(plan.start, lang), end=day(plan.end, lang)),
        label("code_line", lang).format(code=plan.code or MISSING, region_code=plan.region_code or MISSING),
    ]
    for indicator in plan.indicators:
        if indicator.baseline is not None:
            table.lines.append(
                label("baseline_line", lang).format(
                    indicator=indicator.name.get(lang), value=formula(indicator.baseline.value),
                    unit=indicator.values_unit.get(lang), date=day(indicator.baseline.date, lang),
                )
            )
        elif indicator.baseline_on is not None:
            table.lines.append(label("baseline_from_files_line", lang).format(
                indicator=indicator.name.get(lang), date=day(indicator.baseline_on, lang)))
        for reported in indicator.history:
            table.lines.append(
                label("history_line", lang).format(
                    indicator=indicator.name.get(lang), date=day(reported.date, lang), value=formula(reported.value),
                    unit=indicator.unit.get(lang), added=formula(reported.added) if reported.added is not None else MISSING,
                )
            )
    table.lines += [label("source_line", lang).format(source=s.get(lang)) for s in plan.sources]
    for indicator in plan.indicators:
        region = indicator.region
        table.add(
            [indicator.id, shown_name(indicator, lang), "", indicator.unit.get(lang), label(indicator.kind.name, lang),
             output_number(indicator.target), output_number(indicator.baseline.value) if indicator.baseline else None,
             region.target if region else None, label(region.kind.name, lang) if region else None,
             output_number(indicator.region_basis_target)]
        )
        for category in indicator.categories:
            table.add(
                [f"{indicator.id}/{category.id}", indicator.name.get(lang), category.name.get(lang),
                 indicator.unit.get(lang), label(indicator.kind.name, lang), output_number(category.target), None, None,
                 None, None],
                depth=1,
            )
    return table


def plans_table(plans: list[tuple[str, Plan]], lang: str) -> Table:
    table = Table(label("plans_title", lang), _columns(
        [("id", TEXT), ("plan", TEXT), ("period", TEXT), ("indicators", NUMBER), ("region", TEXT), ("file", TEXT)],
        lang))
    table.lines = [label("plans_line", lang)]
    for ident, plan in plans:
        table.add([ident, project_name(plan, lang), f"{plan.start} – {plan.end}", len(plan.indicators),
                   plan.region.id if plan.region is not None else MISSING, plan.path])
    return table


VERDICT_KEYS = {"achieved": "achieved_status", "likely": "likely", "at_risk": "at_risk", "unlikely": "unlikely",
                "not_available": "not_available", "monitored": "monitored_verdict"}


def outlook_table(plan: Plan, evaluation: Evaluation, outlooks: list[IndicatorOutlook], lang: str) -> Table:
    """Each indicator and category: achieved, the pace kept and the one needed, where it ends."""
    columns = _columns([("indicator", TEXT), ("category", TEXT), ("target", NUMBER), ("achieved", NUMBER)], lang)
    columns += _field_columns(OUTLOOK, OUTLOOK_FIELDS, lang)
    table = Table(_title("outlook_title", plan, lang), columns)
    verdicts = dict.fromkeys(VERDICT_KEYS, 0)
    for found in outlooks:
        verdicts[found.outlook.verdict] += 1
    counted = label("clause_joiner", lang).join(
        label("verdict_count", lang).format(verdict=label(VERDICT_KEYS[verdict], lang), count=count)
        for verdict, count in verdicts.items() if count)
    table.lines = _schedule_lines(plan, evaluation, lang)[:1] + [
        label("outlook_line", lang).format(end=day(plan.end, lang)), label("outlook_counts", lang).format(counts=counted)]
    for s, found in zip(evaluation.indicators, outlooks, strict=True):
        table.add([shown_name(s, lang), "", s.target, s.achieved, *_outlook_values(found.outlook, lang)])
        for c, o in zip(s.categories, found.categories, strict=True):
            table.add([s.name.get(lang), c.name.get(lang), c.target, c.achieved, *_outlook_values(o, lang)], depth=1)
        for name, result in found.measures.items():
            shown = label("clause_joiner", lang).join(
                label("measure_said" if key in WORDED else "measure_pair", lang).format(
                    name=label("measure_" + key, lang), value=_measure_value(key, value, lang))
                for key, value in result.values.items())
            said = label(f"measure_{result.category}", lang)
            results = label("measure_results", lang).format(said=said, values=shown) if shown else said
            table.lines.append(f"{s.name.get(lang)} · " + label("measure_line", lang).format(measure=name,
                                                                                          results=results))
    return table


RATES = ("observed_growth", "required_growth")  # growth rates, said as percentages (3.2%, not 0.03155)


WORDED = ("reason", "meaning")  # a measure's values said in words


def _measure_value(key: str, value: float | str | None, lang: str) -> str:
    if key in WORDED:
        return label(f"measure_{value}", lang)
    if key in RATES and isinstance(value, float):
        return percent(value)
    return measure(value)


def _outlook_values(o: Outlook, lang: str) -> list[Any]:
    values = _values(o, OUTLOOK, OUTLOOK_FIELDS[:-1], lang)
    return [*values, label(VERDICT_KEYS[o.verdict], lang)]


def explain_table(plan: Plan, found: Explanation, when: Schedule, lang: str) -> Table:
    """Every row of one indicator (or category): counted, or set aside and why; the arithmetic above."""
    s, indicator = found.standing, found.indicator
    name = indicator.name.get(lang) + (f" / {s.name.get(lang)}" if found.category else "")
    columns = _columns([("place", TEXT), ("date", TEXT), ("category", TEXT), ("county", TEXT), ("item", TEXT),
                        ("value", NUMBER), ("counted", TEXT)], lang)
    table = Table(label("explain_title", lang).format(name=name), columns)
    table.lines = arithmetic_lines(found, when, lang)
    categories = {c.id: c.name.get(lang) for c in indicator.categories}
    rows = [(row, "counted") for row in found.counted] + [(aside.row, aside.reason) for aside in found.left_out]
    for row, reason in sorted(rows, key=lambda pair: (pair[1] != "counted", pair[0].when, pair[0].place)):
        # the place and the date as every message says them (progress.csv第24行, 2019年12月31日)
        table.add([said_place(row.place, lang), day(row.when, lang), categories.get(row.category or "", ""),
                   row.county, row.item,
                   output_number(row.value), label(f"reason_{reason}", lang)])
    return table


def arithmetic_lines(found: Explanation, when: Schedule, lang: str) -> list[str]:
    """The figures filled into the calculation's formulas, one line each."""
    s = found.standing
    values = [output_number(row.value) for row in found.counted]
    shown = " + ".join(formula(v) for v in values[:12]) + (" + …" if len(values) > 12 else "")
    if not values and s.achieved is not None and s.baseline is None and not found.left_out:  # a count, no rows
        said = "explain_no_rows_category" if found.category else "explain_no_rows"
        return [label(said, lang).format(achieved=formula(s.achieved))]
    if not values and s.achieved is not None:  # a level not yet measured in the period: its baseline
        return [label("explain_baseline_only", lang).format(achieved=formula(s.achieved))]
    lines = [label("explain_sum", lang).format(rows=len(values), terms=shown or "0", total=formula(found.total),
                                               achieved=formula(s.achieved) if s.achieved is not None else MISSING)]
    made, named = found.made, found.part_names
    if made is not None and named is not None:  # a ratio made of its parts: the division, not a sum
        areas = label("explain_ratio_areas", lang).format(areas=listed(made.areas, lang)) if made.areas else ""
        lines = [label("explain_ratio", lang).format(
            numerator_name=named[0].get(lang), numerator=formula(made.numerator),
            denominator_name=named[1].get(lang), denominator=formula(made.denominator), scale=formula(made.scale),
            ratio=formula(output_number(made.ratio)), areas=areas)]
    if s.vintage:
        lines.append(label("explain_vintage", lang).format(vintage=vintage_word(s.vintage, lang)))
    if s.achieved is None:
        return lines
    if s.target is None:
        return [*lines, label("explain_monitored", lang)]
    if s.kind.derived:  # a rise, a rate, a multiple: made of the level
        lines.append(label("explain_derived", lang).format(kind=label(s.kind.name, lang), level=formula(s.level),
                                                           achieved=formula(s.achieved)))
    if s.completion is not None:
        lower = s.direction == "decrease"
        lines.append(label("explain_completion", lang).format(
            achieved=formula(s.target if lower else s.achieved), target=formula(s.achieved if lower else s.target),
            completion=percent(s.completion)))
    if when.basis == "months":
        lines.append(label("explain_elapsed_months", lang).format(months=when.elapsed_months, period=when.period_months,
                                                                  elapsed=percent(when.elapsed)))
    else:
        lines.append(label("explain_elapsed", lang).format(days=when.elapsed_days, period=when.period_days,
                                                           elapsed=percent(when.elapsed)))
    if s.expected is not None and s.schedule == "milestones":
        lines.append(label("explain_expected_milestones", lang).format(expected=formula(s.expected)))
    elif s.expected is not None and s.kind.paced:
        start = s.kind.start(s.baseline)
        # a worked-out figure, to one decimal as the status table shows it (43.0, 6.7)
        lines.append(label("explain_expected", lang).format(start=formula(start), target=formula(s.target),
                                                            elapsed=percent(when.elapsed), expected=rate(s.expected)))
    if s.progress is not None and s.schedule == "milestones":
        lines.append(label("explain_status_milestones", lang).format(
            achieved=formula(s.achieved), expected=formula(s.expected),
            status=label(STATUS_KEYS[s.status], lang)))
    elif s.progress is not None:
        start = s.kind.start(s.baseline)
        if start and s.kind.paced and s.direction != "decrease" and s.target != start:
            # a stock's progress is from its baseline (76.2%), not its completion (90.0%): shown worked
            lines.append(label("explain_progress", lang).format(
                achieved=formula(s.achieved), start=formula(start), target=formula(s.target),
                progress=percent(s.progress)))
        lines.append(label("explain_status", lang).format(progress=percent(s.progress), elapsed=percent(when.elapsed),
                                                          status=label(STATUS_KEYS[s.status], lang)))
    return lines


def vintage_word(vintage: str, lang: str) -> str:
    """A vintage as the office writes it (预测值, 快报), or its publication date."""
    from ..model.vintages import is_dated

    return vintage if is_dated(vintage) else label(f"vintage_{vintage}", lang)


def area_figure(s: Standing) -> Number | float | None:
    """What an area achieved: a level only where the area reported one (not the city's baseline),
    and the level itself for a rise, a rate or a multiple (the city's baseline is not the area's)."""
    if s.kind.levels and s.level_date is None:
        return None
    return s.level if s.kind.derived else s.achieved


def area_name(plan: Plan, ident: str | None, name: str, lang: str) -> str:
    """An area as the reader's language names it: one of the plan's by its name, another as the
    files wrote it, the unallocated block by that word."""
    division = next((d for d in plan.divisions if d.id == ident), None) if ident else None
    if division is not None:
        return division.name.get(lang)
    return name or label("unallocated", lang)


def areas_table(plan: Plan, evaluation: Evaluation, areas: list[AreaResult], lang: str) -> Table:
    """What each county achieved, indicator by indicator, against its own target where the plan
    splits them; the blocks of a count add up to the city."""
    split = plan.has_area_targets
    keys = [("county", TEXT), ("indicator", TEXT), ("unit", TEXT)]
    keys += [("target", NUMBER), ("achieved", NUMBER), ("completion", PERCENT), ("status", STATUS)] if split \
        else [("achieved", NUMBER)]
    table = Table(_title("areas_title", plan, lang), _columns(keys, lang))
    table.lines = [label("areas_line", lang)]
    unknown = [a.name for a in areas if a.id is None and a.name]
    if plan.divisions and unknown:
        table.lines.append(label("areas_unknown", lang).format(names=listed(unknown, lang)))
    for a in areas:
        shown = area_name(plan, a.id, a.name, lang)
        for s in a.evaluation.indicators:
            if area_figure(s) is None and s.target is None:
                continue  # nothing reported, nothing asked of it
            assert s.unit is not None
            row: list[object] = [shown, shown_name(s, lang), s.unit.get(lang)]
            if split and s.target is not None:  # against its own target: in the target's terms (a rise, not the level)
                reported = s.kind.levels and s.level_date is None  # only its baseline: nothing of its own yet
                row += [s.target, None if reported else s.achieved, None if reported else s.completion, s.status]
            else:
                row += [None, area_figure(s), None, s.status] if split else [area_figure(s)]
            table.add(row)
    table.lines += _areas_not_adding_up(evaluation, areas, lang)
    return table


def _areas_not_adding_up(evaluation: Evaluation, areas: list[AreaResult], lang: str, *,
                         stocks: bool = False) -> list[str]:
    """A line for each count whose areas do not add up to the city's figure; with `stocks`, for
    each level held too, where the city's level is not the sum of the levels the areas show (a
    whole-city row of that date, a county's level from before the period)."""
    from fractions import Fraction

    lines = []
    for n, s in enumerate(evaluation.indicators):
        if s.achieved is None or s.kind.derived or not s.kind.areas_add_up or (s.kind.levels and not stocks):
            continue
        # in decimals, exactly: 0.1 + 0.2 + 0.3 is the city's 0.6
        added = sum((Fraction(repr(area_figure(a.evaluation.indicators[n]) or 0)) for a in areas), Fraction(0))
        if added != Fraction(repr(s.achieved)):
            key = "areas_stock_total" if s.kind.levels else "areas_mismatch"
            lines.append(label(key, lang).format(name=s.name.get(lang), added=formula(added), city=formula(s.achieved)))
    return lines


def areas_wide_table(plan: Plan, evaluation: Evaluation, areas: list[AreaResult], lang: str) -> Table:
    """The county table as offices send it (`--layout wide`): a county a row, in the plan's order
    (those it does not list, then 未分县区, after), and under each indicator its 完成数 and its
    完成率 against the county's own target; last a 合计 row, the city's figure (a count's the sum
    of the rows above; a line says where a figure is not)."""
    columns = _columns([("county", TEXT)], lang)
    shown = [n for n, s in enumerate(evaluation.indicators)
             if s.achieved is not None or any(_wide_cells(a.evaluation.indicators[n]) != (None, None) for a in areas)]
    for n in shown:
        group = shown_name(evaluation.indicators[n], lang)
        for key, display in (("county_achieved", NUMBER), ("completion", PERCENT)):
            short = label(key, lang)
            columns.append(Column(f"{key}:{evaluation.indicators[n].id}",
                                  label("grouped_header", lang).format(group=group, column=short), display,
                                  group=group, short=short))
    table = Table(_title("areas_title", plan, lang), columns)
    split = "areas_total_line" if plan.has_area_targets else "areas_total_line_unsplit"
    table.lines = [label("areas_line", lang), label(split, lang)]
    unknown = [a.name for a in areas if a.id is None and a.name]
    if plan.divisions and unknown:
        table.lines.append(label("areas_unknown", lang).format(names=listed(unknown, lang)))
    for a in areas:
        cells = [_wide_cells(a.evaluation.indicators[n]) for n in shown]
        if any(cell != (None, None) for cell in cells) or a.id is not None:  # a county the plan asks figures of
            shown_cells = [_wide_shown(a.evaluation.indicators[n]) for n in shown]
            table.add([area_name(plan, a.id, a.name, lang), *[value for cell in shown_cells for value in cell]])
    city = [(evaluation.indicators[n].achieved, evaluation.indicators[n].completion) for n in shown]
    table.add([label("areas_total", lang), *[value for cell in city for value in cell]])
    table.lines += _areas_not_adding_up(evaluation, areas, lang, stocks=True)
    return table


def _wide_cells(s: Standing) -> tuple[Number | float | None, float | None]:
    """An area's 完成数 and 完成率: against its own target where it has one (in the target's terms;
    none where it reported nothing of its own), else its figure alone."""
    if s.target is None:
        return area_figure(s), None
    if s.kind.levels and s.level_date is None:  # only its baseline: nothing of its own yet
        return None, None
    return s.achieved, s.completion


def _wide_shown(s: Standing) -> tuple[Number | float | None, float | None]:
    """An area's cells as the table shows them: a count with a share of the target and nothing
    reported is 0 and 0.0%, as `rank` counts it (not — beside rank's 0.0%)."""
    achieved, completion = _wide_cells(s)
    if achieved is None and s.target is not None and not s.kind.levels:
        return 0, 0.0
    return achieved, completion


def ranking_rule(plan: Plan, lang: str) -> str:
    """The ranking's rule in words: the mean (or weights), the cap, no data as 0, ties."""
    shown = [i for i in plan.indicators if i.area_targets]
    weights = dict(plan.ranking.weights)
    if weights:
        weighed = listed((f"{i.name.get(lang)} {formula(weights.get(i.id, 1))}" for i in shown), lang)
        rule = label("ranking_weights", lang).format(weights=weighed)
    else:
        rule = label("ranking_equal", lang)
    cap = plan.ranking.cap
    capped = label("ranking_cap", lang).format(cap=formula(float(cap) * 100) + "%") if cap is not None else label(
        "ranking_no_cap", lang)
    return label("ranking_rule", lang).format(rule=rule, cap=capped)


def ranking_table(plan: Plan, ranked: list[Ranked], lang: str, left_out: list[str] | None = None) -> Table:
    """The counties ranked as supervision reports print them: 县区 | 完成率 … | 综合得分 | 排名."""
    shown = [i for i in plan.indicators if i.area_targets]
    columns = _columns([("rank", NUMBER), ("county", TEXT)], lang)
    columns += [Column(f"completion:{i.id}", label("completion_of", lang).format(name=i.name.get(lang)), PERCENT)
                for i in shown]
    # a score in points out of 100 (77.5分), as supervision reports give it, not a share
    columns.append(Column("score", label("score_points", lang), RATE))
    table = Table(_title("ranking_title", plan, lang), columns)
    table.lines = [ranking_rule(plan, lang)]
    if left_out:
        table.lines.append(label("ranking_left_out", lang).format(
            names=listed((area_name(plan, None, n, lang) for n in left_out), lang)))
    for r in ranked:
        done = dict(r.completions)
        table.add([r.rank, area_name(plan, r.id, r.area, lang), *[done.get(i.id) for i in shown],
                   r.score * 100])
    return table


def rollup_table(plan: Plan, result: RollUp, lang: str) -> Table:
    """The region's sums, then each city's figure, its share of the region's target and of its sum."""
    columns = _columns([("area", TEXT), ("indicator", TEXT), ("target", NUMBER), ("achieved", NUMBER),
                        ("completion", PERCENT)], lang)
    # each row is an area's (南宁市), so its share is the area's, not 本市's as compare says
    columns += [Column("contribution", label("area_contribution", lang), PERCENT),
                Column("share_of_achieved", label("area_share_of_achieved", lang), PERCENT)]
    table = Table(_title("rollup_title", plan, lang), columns)
    when = result.schedule
    table.lines = [as_of_line(when, plan.start, plan.end, lang), label("rollup_line", lang)]
    if any(total.share_of_target is not None for total in result.indicators):
        table.lines.append(label("rollup_some_line", lang))
    for indicator, total in zip(plan.indicators, result.indicators, strict=True):
        table.add([_rollup_total_name(plan, result, indicator.id, total.cities, lang), indicator.name.get(lang),
                   total.target, total.achieved, total.completion, total.share_of_target, None])
    for city in result.cities:
        for indicator, figure in zip(plan.indicators, city.indicators, strict=True):
            if figure.achieved is None and figure.city_target is None:
                continue
            table.add([city.area, indicator.name.get(lang), figure.city_target, figure.achieved,
                       figure.city_completion, figure.contribution, figure.share_of_achieved])
    return table


def _rollup_total_name(plan: Plan, result: RollUp, indicator: str, counted: int, lang: str) -> str:
    """广西合计 only where the figure is every area's the plan lists (`areas:`); else what it is the
    sum of: 已报送3市合计 (the areas that gave the figure), 仅梧州市 where one did, or 各市均未报送."""
    from ..model.areas import areas_kind

    given = len(result.cities)
    if result.whole and counted == given:
        return plan.city.area.get(lang) + label("rollup_total", lang)
    kind = areas_kind(city.area for city in result.cities) or "areas"
    if not counted:
        return label(f"rollup_none_{kind}", lang)
    if counted == 1:
        only = next(city.area for city in result.cities
                    if any(f.id == indicator and f.achieved is not None for f in city.indicators))
        return label("rollup_only", lang).format(area=only)
    return label(f"rollup_total_{kind}", lang).format(count=counted)
