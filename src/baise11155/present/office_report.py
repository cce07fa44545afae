"""The report an office sends upward (进展情况报告), as a structure built once and rendered twice:
as the HTML page (`render/html.py`) and as the Word file (`render/docx_out.py`).

It runs as such a report runs: the title; 一、总体情况, the whole in a paragraph; 二、分项推进情况,
each indicator in a sentence or two; 三、存在问题 and 四、下步工作建议, both drawn from the
figures (what is furthest behind and by how much, the pace needed against the pace kept, the
counties behind, the data missing or flagged, the lead units); the 编制单位 and the date; then
the annexed tables and the notes met while reading. Every sentence is made of the comparison's
figures (its JSON document) and the catalogue's templates; a status is said by its own label, so
a status added to the catalogue reads in the report as it does in the tables. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .numbers import figure, percent, points_phrase, rate
from .report_annexes import Cell, Table, annexes
from .report_annexes import indicator_name as _name
from .views import VERDICT_KEYS
from .words import STATUS_KEYS, label, listed, long_date, ordinal

if TYPE_CHECKING:
    from .render import Page

__all__ = ["Cell", "Heading", "Paragraph", "Report", "Table", "office_report"]


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1  # 1: 一、总体情况; 2: （一）an indicator
    about: str | None = None  # the indicator it heads


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    about: str | None = None  # the indicator it tells of: the page draws its bars beside it


Block = Heading | Paragraph


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    body: tuple[Block, ...]
    unit: str  # the 编制单位 line, or a blank one for the office to fill
    signed: str  # the date it was made, as a report writes it
    annexes: tuple[Table, ...]
    notes_title: str
    notes: tuple[tuple[str, str], ...]  # (where, what): the notes met while reading


def office_report(document: dict[str, Any], page: Page, lang: str) -> Report:
    """The report of a comparison's document (`compare --format json`, with its outlooks, and its
    counties under --by county), with the page's title, notes, unit and date."""
    indicators = document["indicators"]
    body: list[Block] = [Paragraph(label("report_opening", lang).format(project=page.project)),
                         Heading(label("report_part_overall", lang)), *_overall(document, page, lang),
                         Heading(label("report_part_items", lang))]
    for number, i in enumerate(indicators, 1):
        body.append(Heading(label("report_item_heading", lang).format(number=ordinal(number, lang), name=_name(i, lang)),
                            level=2, about=i["id"]))
        body += [Paragraph(text, about=i["id"] if first else None) for first, text in _item(i, lang)]
    if page.tasks is not None:  # 重点任务推进情况, from the supervision ledger
        body.append(Heading(label("report_item_heading", lang).format(number=ordinal(len(indicators) + 1, lang),
                                                                      name=label("report_tasks_heading", lang)), level=2))
        body.append(Paragraph(_tasks(page.tasks, lang)))
    body.append(Heading(label("report_part_problems", lang)))
    body += _points(_problems(document, page, lang) + (_tasks_behind(page.tasks, lang) if page.tasks is not None else []),
                    lang)
    body.append(Heading(label("report_part_next", lang)))
    body += _points(_next_steps(document, page, lang), lang)
    body.append(Paragraph(label("report_closing", lang)))
    unit = label("report_unit", lang).format(unit=page.unit) if page.unit else label("report_unit_blank", lang)
    return Report(page.title, tuple(body), unit, long_date(page.signed, lang) if page.signed else "",
                  annexes(document, page, lang), label("report_notes_title", lang), page.warnings)


def _tasks(judged: Any, lang: str) -> str:
    """督查台账共21项任务：序时推进9项，滞后5项…；滞后的有A（牵头单位X）…"""
    from .task_views import status_word

    counts = judged.counts
    said = label("report_tasks", lang).format(
        total=len(judged.tasks), counts=label("clause_joiner", lang).join(
            label("report_count", lang).format(count=n, status=status_word(status, lang))
            for status, n in counts.items() if n))
    behind = [t for t in judged.tasks if t.behind]
    if behind:
        said += label("report_tasks_behind", lang).format(tasks=listed(
            [label("report_task_lead", lang).format(task=t.task.name, lead=t.task.lead) for t in behind], lang))
    return said


def _tasks_behind(judged: Any, lang: str) -> list[str]:
    """三、存在问题: the tasks behind, by their lead units."""
    from .task_views import status_word

    behind = [t for t in judged.tasks if t.behind]
    if not behind:
        return []
    items = [label("report_task_lead_status", lang).format(task=t.task.name, lead=t.task.lead,
                                                            status=status_word(t.status, lang)) for t in behind]
    return [label("report_problem_tasks", lang).format(count=len(behind),
                                                        items=label("report_groups_joiner", lang).join(items))]


def lagging(entry: dict[str, Any]) -> bool:
    """Behind the schedule with something still to do, whatever its status is called (滞后, or a
    further degree of it): below the schedule's figure, or judged behind by the milestones."""
    if not entry.get("gap"):
        return False
    deviation = entry.get("deviation")
    return entry["status"] == "behind" or deviation is not None and deviation < 0


def _status(status: str, lang: str) -> str:
    return label(STATUS_KEYS[status], lang)


def _sentence(clauses: Iterable[str], lang: str) -> str:
    return label("report_sentence", lang).format(text=label("clause_joiner", lang).join(clauses))


def _by_status(entries: list[dict[str, Any]], lang: str, name=lambda e, lang: e["name"][lang]) -> str:
    """“已完成的有A、B；滞后的有C”: the entries grouped by status, in the catalogue's order of statuses."""
    groups = []
    for status in STATUS_KEYS:
        names = [name(e, lang) for e in entries if e["status"] == status]
        if names:
            groups.append(label("report_named", lang).format(status=_status(status, lang), names=listed(names, lang)))
    return label("report_groups_joiner", lang).join(groups)


def _overall(document: dict[str, Any], page: Page, lang: str) -> list[Paragraph]:
    indicators = document["indicators"]
    # an aspirational indicator (力争) behind is not counted among those behind, as in the tables
    asides = {status: sum(1 for i in indicators if i.get("aspirational") and i["status"] == status)
              for status in ("behind", "far_behind")}
    aside = sum(asides.values())
    counts = [label("report_count", lang).format(count=n, status=_status(status, lang)) for status in STATUS_KEYS
              if (n := sum(1 for i in indicators if i["status"] == status) - asides.get(status, 0))]
    if aside:
        counts.append(label("summary_aspirational", lang).format(aspirational=aside))
    said = label("report_overall", lang).format(
        as_of=long_date(document["as_of"], lang), start=long_date(document["period"]["start"], lang),
        end=long_date(document["period"]["end"], lang), elapsed=percent(document["elapsed"]), project=page.project,
        total=len(indicators), counts=label("clause_joiner", lang).join(counts))
    said += label("report_among", lang).format(groups=_by_status(indicators, lang, _name))
    found = [Paragraph(said)]
    if page.notes:
        found.append(Paragraph(label("report_notes_overall", lang).format(notes=page.notes, touched=len(page.touched))))
    return found


def _item(i: dict[str, Any], lang: str) -> list[tuple[bool, str]]:
    """An indicator in a sentence (its figures), and its categories by status in another."""
    unit = i["unit"][lang]
    clauses = []
    if i["target"] is not None:
        clauses.append(label("report_clause_target", lang).format(target=figure(i["target"]), unit=unit))
    if i["baseline"] is not None:
        clauses.append(label("report_clause_baseline", lang).format(baseline=figure(i["baseline"]), unit=unit))
    if i["achieved"] is None or i["target"] is None:  # nothing reported, or nothing to measure against
        if i["achieved"] is not None:
            clauses.append(label("report_clause_achieved", lang).format(achieved=figure(i["achieved"]), unit=unit))
        clauses.append(label("report_clause_status", lang).format(status=_status(i["status"], lang)))
    else:
        clauses.append(label("report_clause_achieved", lang).format(achieved=figure(i["achieved"]), unit=unit))
        clauses.append(label("report_clause_completion", lang).format(completion=percent(i["completion"])))
        if i["baseline"] is not None and i.get("progress") is not None and i["progress"] != i["completion"] \
                and "level" not in i:
            # a stock judged by its way from the baseline: the share the schedule is held against, said
            clauses.append(label("report_clause_progress", lang).format(
                added=figure(i["achieved"] - i["baseline"]), unit=unit, progress=percent(i["progress"])))
        if i["deviation"] is not None:
            clauses.append(points_phrase(i["deviation"], lang))
        else:  # the pace not judged (a baseline not known)
            clauses.append(label("report_clause_status", lang).format(status=_status(i["status"], lang)))
        if i["gap"]:
            clauses.append(label("report_clause_gap", lang).format(gap=figure(i["gap"]), unit=unit))
        elif i["surplus"]:
            clauses.append(label("report_clause_surplus", lang).format(surplus=figure(i["surplus"]), unit=unit))
    found = [(True, _sentence(clauses, lang))]
    if i["categories"]:
        found.append((False, label("report_categories", lang).format(groups=_by_status(i["categories"], lang))))
    return found


def _pace(value: float | None) -> str:
    """A figure worked out a year, to one decimal as the tables show it; a small one that would
    read 0.0 (a ratio's 0.025 a year) with the decimals its size needs."""
    shown = rate(value)
    return figure(value) if value and shown in ("0.0", "-0.0") else shown


def _points(texts: list[str], lang: str) -> list[Paragraph]:
    """一是…。二是…。: each point a paragraph."""
    return [Paragraph(label("report_point", lang).format(ordinal=ordinal(n, lang), text=text))
            for n, text in enumerate(texts, 1)]


def _problems(document: dict[str, Any], page: Page, lang: str) -> list[str]:
    indicators = document["indicators"]
    behind = sorted((i for i in indicators if lagging(i)), key=lambda i: (i["deviation"] is None, i["deviation"] or 0))
    found = []
    # the furthest behind first (严重滞后, then 滞后), under each status that is behind
    for status in sorted(STATUS_KEYS, key=lambda status: status != "far_behind"):
        these = [i for i in behind if i["status"] == status]
        if these:
            items = [label("report_problem_item", lang).format(
                name=_name(i, lang), completion=percent(i["completion"]), gap=figure(i["gap"]), unit=i["unit"][lang],
                points=points_phrase(i["deviation"], lang) if i["deviation"] is not None else _status(status, lang))
                for i in these]
            text = label("report_problem_behind", lang).format(count=len(these), status=_status(status, lang),
                                                              items=label("report_groups_joiner", lang).join(items))
            found.append(text)
    empty = [label("report_problem_none_yet", lang).format(name=i["name"][lang], categories=listed(names, lang))
             for i in behind if (names := [c["name"][lang] for c in i["categories"] if c["achieved"] == 0 and c["target"]])]
    if empty:
        found.append(label("report_groups_joiner", lang).join(empty))
    paces = [label("report_problem_pace", lang).format(
        name=i["name"][lang], unit=i["unit"][lang], observed=_pace(o["observed_pace"]), projected=_pace(o["projected"]),
        projected_completion=percent(o["projected_completion"]), required=_pace(o["required_pace"]),
        verdict=label(VERDICT_KEYS[o["verdict"]], lang))
        for i in behind if (o := i.get("outlook")) and o["verdict"] in ("unlikely", "at_risk") and o["required_pace"] is not None]
    if paces:
        found.append(label("report_problem_paces", lang).format(items=label("report_groups_joiner", lang).join(paces)))
    areas = _areas_behind(document, lang)
    if areas:
        found.append(label("report_problem_areas", lang).format(items=label("report_groups_joiner", lang).join(areas)))
    missing = [_name(i, lang) for i in indicators if i["achieved"] is None and i["target"] is not None]
    if missing:
        found.append(label("report_problem_missing", lang).format(names=listed(missing, lang),
                                                                  status=_status("no_data", lang)))
    unjudged = [_name(i, lang) for i in indicators if i["status"] == "unjudged"]
    if unjudged:
        found.append(label("report_problem_unjudged", lang).format(names=listed(unjudged, lang),
                                                                   status=_status("unjudged", lang)))
    if page.notes:
        found.append(label("report_problem_notes", lang).format(notes=page.notes, touched=len(page.touched)))
    return found or [label("report_problem_none", lang)]


def _areas_behind(document: dict[str, Any], lang: str) -> list[str]:
    """Each county's indicators behind its own targets (--by county, where the plan splits them),
    in the plan's order of counties."""
    names = {i["id"]: i["name"][lang] for i in document["indicators"]}
    found = []
    for area in document.get("areas", ()):
        if "name" not in area:
            continue  # the rows that name no county have no target of their own
        found += [label("report_problem_area", lang).format(
            county=area["name"][lang], indicator=names[i["id"]], completion=percent(i["completion"]),
            points=points_phrase(i["deviation"], lang) if i["deviation"] is not None else _status(i["status"], lang))
            for i in area["indicators"] if "status" in i and lagging(i)]
        found += [label("report_problem_area_missing", lang).format(
            county=area["name"][lang], indicator=names[i["id"]], status=_status(i["status"], lang))
            for i in area["indicators"] if i.get("target") is not None and i["achieved"] is None]
    return found


def _next_steps(document: dict[str, Any], page: Page, lang: str) -> list[str]:
    indicators = document["indicators"]
    behind = sorted((i for i in indicators if lagging(i)), key=lambda i: (i["deviation"] is None, i["deviation"] or 0))
    found = []
    for i in behind:
        key = "report_next_gap" if i["needed_per_year"] is None else "report_next_item"  # (the period over)
        text = label(key, lang).format(name=_name(i, lang), gap=figure(i["gap"]), unit=i["unit"][lang],
                                       years=rate(document["years_left"]), needed=_pace(i["needed_per_year"]))
        if "lead" in i:
            text += label("report_next_lead", lang).format(lead=i["lead"][lang])
            if i.get("partners"):
                text += label("report_next_partners", lang).format(partners=listed((p[lang] for p in i["partners"]), lang))
        found.append(text)
    keep = [_name(i, lang) for i in indicators if i["gap"] and not lagging(i) and i["deviation"] is not None]
    if keep:
        found.append(label("report_next_keep", lang).format(names=listed(keep, lang)))
    unjudged = [_name(i, lang) for i in indicators if i["gap"] and not lagging(i) and i["deviation"] is None]
    if unjudged:  # a baseline not known: the pace cannot be judged until it is
        found.append(label("report_next_baseline", lang).format(names=listed(unjudged, lang)))
    missing = [_name(i, lang) for i in indicators if i["achieved"] is None and i["target"] is not None]
    if missing:
        found.append(label("report_next_missing", lang).format(names=listed(missing, lang)))
    monitored = [_name(i, lang) for i in indicators if i["target"] is None]
    if monitored:
        found.append(label("report_next_monitored", lang).format(names=listed(monitored, lang)))
    if page.notes:
        found.append(label("report_next_notes", lang))
    if not found and all(i["gap"] == 0 for i in indicators):
        found.append(label("report_next_none", lang))
    return found
