"""The report an office sends upward (推进情况报告), as a structure built once and rendered twice:
as the HTML page (`render/html.py`) and as the Word file (`render/docx_out.py`).

It runs as such a report runs (GB/T 9704): the title; the recipient (主送机关, or a blank); the
opening, citing the document that set the plan where the plan names it; 一、总体情况, the whole in a
paragraph, with the city against the region where its progress is given; 二、分项推进情况, each
indicator in a sentence or two; 三、存在问题, judgements drawn from the figures (what is behind and
by how much, what has nothing yet, what will miss its target at the pace kept, the counties
behind, the data missing or to check); 四、下步工作建议, a measure for each indicator behind (where
to focus, who leads, what must be done by the deadline) with a marked place 【…】 for the measures
themselves, which no figure gives; 特此报告; the list of the annexed tables; the unit's name and the
date (or blanks to fill in); then the tables. Every sentence is made of the comparison's figures
(its JSON document), the plan's names and the catalogue's templates; the 【…】 places are the only
words not drawn from them. Pure: no I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .numbers import figure, percent, points_phrase, rate
from .report_annexes import Cell, Table, annexes
from .report_annexes import indicator_name as _name
from .views import project_said
from .words import STATUS_KEYS, label, listed, long_date, marked_name, ordinal, own_area, year_end

if TYPE_CHECKING:
    from .render import Page

# a place the office fills in (【请牵头单位补充具体措施】): the renderers mark it to be seen and replaced
FILL_IN = re.compile(r"(【[^】]*】)")

__all__ = ["FILL_IN", "Cell", "Heading", "Paragraph", "Report", "Table", "office_report"]


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
    title_lines: tuple[str, ...]  # the title broken where 公文 break it, a line each
    recipient: str  # 主送机关, under the title: "市人民政府：", or a blank line to fill in
    body: tuple[Block, ...]
    annex_list: tuple[str, ...]  # 附表：1.… 2.…, after the text and before the signature (附件说明)
    unit: str  # the signature: the unit's name alone (百色市科学技术局), or a blank to fill
    signed: str  # the date it was signed (--date), or a blank to fill in
    annexes: tuple[Table, ...]


class _Said:
    """How the report says what the figures cannot: the plan's names for its indicators in a
    sentence (its `short` forms), the annexes by their numbers, the deadline."""

    def __init__(self, document: dict[str, Any], page: Page, tables: tuple[Table, ...], lang: str) -> None:
        plan = page.plan
        self.lang = lang
        indicators = plan.indicators if plan is not None else ()
        self.shorts = {i.id: i.said(lang) for i in indicators}
        # things counted (项, 个, 家), said in whole numbers; things done in the period (再完成N), not a level
        self.whole = {i.id for i in indicators if not i.measured}
        self.done = {i.id for i in indicators if not i.kind.levels}
        self.numbers = {t.kind: n for n, t in enumerate(tables, 1)}
        self.end = year_end(document["period"]["end"], lang)
        self.as_of = long_date(document["as_of"], lang)

    def name(self, i: dict[str, Any]) -> str:
        """An indicator in a sentence: the plan's noun form (重大技术突破), with its marks (力争)."""
        return marked_name(self.shorts.get(i["id"], i["name"][self.lang]), self.lang, part_of=bool(i.get("part_of")),
                           above=i.get("qualifier") == "above", decrease=i.get("direction") == "decrease",
                           aspirational=bool(i.get("aspirational")))

    def see(self, kind: str) -> str:
        """（详见附表2）, where the report annexes that table."""
        number = self.numbers.get(kind)
        return label("report_see_annex", self.lang).format(number=number) if number else ""


def office_report(document: dict[str, Any], page: Page, lang: str) -> Report:
    """The report of a comparison's document (`compare --format json`, with its outlooks, and its
    counties under --by county), with the page's title, recipient, unit and date."""
    indicators = document["indicators"]
    tables = annexes(document, page, lang)
    said = _Said(document, page, tables, lang)
    body: list[Block] = [*_data_check(document, page, said, lang), Paragraph(_opening(document, page, lang)),
                         Heading(label("report_part_overall", lang)), *_overall(document, page, said, lang),
                         Heading(label("report_part_items", lang))]
    for number, i in enumerate(indicators, 1):
        body.append(Heading(label("report_item_heading", lang).format(
            number=ordinal(number, lang), name=said.shorts.get(i["id"], _name(i, lang))), level=2, about=i["id"]))
        body += [Paragraph(text, about=i["id"] if first else None) for first, text in _item(i, lang)]
    if page.tasks is not None:  # 重点任务推进情况, from the supervision ledger
        body.append(Heading(label("report_item_heading", lang).format(number=ordinal(len(indicators) + 1, lang),
                                                                      name=label("report_tasks_heading", lang)), level=2))
        body.append(Paragraph(_tasks(page.tasks, said, lang)))
    body.append(Heading(label("report_part_problems", lang)))
    body += _points(_problems(document, page, said, lang) + (
        _tasks_behind(page.tasks, said, lang) if page.tasks is not None else []), lang)
    body.append(Heading(label("report_part_next", lang)))
    body += _points(_next_steps(document, page, said, lang) + (
        _tasks_next(page.tasks, lang) if page.tasks is not None else []), lang)
    body.append(Paragraph(label("report_closing", lang)))
    recipient = label("report_recipient", lang).format(recipient=page.recipient) if page.recipient \
        else label("report_recipient_blank", lang)
    unit = page.unit or label("report_unit_blank", lang)  # the unit's name alone, as 公文 sign
    signed = long_date(page.signed, lang) if page.signed else label("report_date_blank", lang)
    listed_annexes = tuple(label("report_annex_list_first" if n == 1 else "report_annex_list_more", lang).format(
        number=n, title=t.short_title) for n, t in enumerate(tables, 1))
    return Report(page.title, _title_lines(page, lang), recipient, tuple(body), listed_annexes, unit, signed, tables)


def _title_lines(page: Page, lang: str) -> tuple[str, ...]:
    """The title as 公文 break it (GB/T 9704: each line whole in sense): 关于百色市“11155”科技创新工程 /
    推进情况的报告, never 报告 alone on a line."""
    return tuple(label("report_title_lines", lang).format(name=page.project).split("\n"))


def _opening(document: dict[str, Any], page: Page, lang: str) -> str:
    """现将我市“11155”科技创新工程截至2019年12月31日推进情况报告如下：, after 根据《…》要求 where the
    plan names the document that set it (never otherwise: a title is not made up)."""
    project = own_project(page, lang)
    as_of = long_date(document["as_of"], lang)
    title = page.plan.document if page.plan is not None else None
    if title is None:
        return label("report_opening", lang).format(project=project, as_of=as_of)
    return label("report_opening_based", lang).format(document=title.get(lang), project=project, as_of=as_of)


def own_project(page: Page, lang: str) -> str:
    """The project as the report's own city says it: 我市“11155”科技创新工程."""
    plan = page.plan
    if plan is None:
        return page.project
    return project_said(own_area(plan.city.area.get(lang), lang), plan.city.project.get(lang), plan.code, lang)


def _tasks(judged: Any, said: _Said, lang: str) -> str:
    """截至2019年9月28日督查台账报送情况，21项重点任务中，序时推进11项，滞后3项…（详见附表4）。
    需督办的任务中，市科技局牵头的3项滞后；… — totals, and the tasks to ask about by their lead
    units; the tasks themselves are in the annex (their names carry commas of their own)."""
    from ..model.ledger import UNREPORTED
    from .task_views import status_word

    counts = judged.counts
    text = label("report_tasks_counts", lang).format(
        as_of=long_date(judged.as_of.isoformat(), lang), total=len(judged.tasks),
        counts=label("clause_joiner", lang).join(
            label("tasks_count", lang).format(status=status_word(status, lang), count=n)
            for status, n in counts.items() if n),
        unreported=label("report_tasks_unreported", lang).format(count=len(judged.unreported))
        if judged.unreported else "", see=said.see("tasks"))
    asked = [t for t in judged.tasks if t.behind or t.status == UNREPORTED]
    if asked:
        text += label("report_tasks_asked", lang).format(groups=label("report_groups_joiner", lang).join(
            label("report_task_lead_counts", lang).format(lead=lead, counts=_counted(tasks, lang))
            for lead, tasks in _by_lead(asked).items()))
    return text


def _by_lead(tasks: list[Any]) -> dict[str, list[Any]]:
    """Tasks by their lead units, in the ledger's order."""
    found: dict[str, list[Any]] = {}
    for one in tasks:
        found.setdefault(one.task.lead, []).append(one)
    return found


def _counted(tasks: list[Any], lang: str) -> str:
    """2项滞后、1项超期未完成: tasks counted by status, in the order of the statuses."""
    from ..model.ledger import JUDGED_STATUSES
    from .task_views import status_word

    return listed((label("report_count", lang).format(count=n, status=status_word(status, lang))
                   for status in JUDGED_STATUSES if (n := sum(1 for t in tasks if t.status == status))), lang)


def _tasks_behind(judged: Any, said: _Said, lang: str) -> list[str]:
    """三、存在问题: one judgement — how many tasks are behind, and how many lead units they concern
    (四是部分重点任务未能按序时推进，滞后3项、超期未完成2项，涉及市科技局、……)."""
    from .task_views import status_word

    behind = [t for t in judged.tasks if t.behind]
    if not behind:
        return []
    counts = listed((label("tasks_count", lang).format(status=status_word(status, lang), count=n)
                     for status, n in judged.counts.items() if n and status in {t.status for t in behind}), lang)
    return [label("report_problem_tasks", lang).format(counts=counts, leads=_leads(behind, lang), see=said.see("tasks"))]


def _leads(tasks: list[Any], lang: str) -> str:
    """The lead units of some tasks, in the ledger's order: 市科技局、市发展改革委、市绩效办, or the first
    three and how many (市科技局、…等5个牵头单位)."""
    leads = list(_by_lead(tasks))
    return listed(leads, lang) if len(leads) < 4 else label("report_problem_task_leads", lang).format(
        leads=listed(leads[:3], lang), count=len(leads))


def _tasks_next(judged: Any, lang: str) -> list[str]:
    """四、下步工作建议: the measure that answers 三's point on the tasks — the tasks behind followed
    up with their lead units (the measures themselves a place to fill in), those with no status
    reported asked for it."""
    from .task_views import status_word

    behind = [t for t in judged.tasks if t.behind]
    if not behind:
        return []
    statuses = listed((status_word(status, lang) for status, n in judged.counts.items()
                       if n and status in {t.status for t in behind}), lang)
    unreported = label("report_next_tasks_unreported", lang).format(count=len(judged.unreported)) \
        if judged.unreported else ""
    return [label("report_next_tasks", lang).format(statuses=statuses, count=len(behind), leads=_leads(behind, lang),
                                                    fill=label("report_fill_supervision", lang), unreported=unreported)]


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


def _categories_by_status(categories: list[dict[str, Any]], lang: str) -> str:
    """“中高端铝、机械已完成目标；大健康、特色优势农业滞后”: the names first, then where they stand."""
    groups = []
    for status in STATUS_KEYS:
        names = [c["name"][lang] for c in categories if c["status"] == status]
        if names:
            said = label("report_category_done", lang) if status == "achieved" else _status(status, lang)
            groups.append(label("report_category_named", lang).format(status=said, names=listed(names, lang)))
    return label("report_groups_joiner", lang).join(groups)


def _overall(document: dict[str, Any], page: Page, said: _Said, lang: str) -> list[Paragraph]:
    indicators = document["indicators"]
    # an aspirational indicator (力争) behind is not counted among those behind, as in the tables
    asides = {status: sum(1 for i in indicators if i.get("aspirational") and i["status"] == status)
              for status in ("behind", "far_behind")}
    aside = sum(asides.values())
    counts = [label("report_count", lang).format(count=n, status=_status(status, lang)) for status in STATUS_KEYS
              if (n := sum(1 for i in indicators if i["status"] == status) - asides.get(status, 0))]
    if aside:
        counts.append(label("summary_aspirational", lang).format(aspirational=aside))
    text = label("report_overall", lang).format(
        as_of=said.as_of, start=long_date(document["period"]["start"], lang),
        end=long_date(document["period"]["end"], lang), elapsed=percent(document["elapsed"]),
        project=own_project(page, lang), total=len(indicators), counts=label("clause_joiner", lang).join(counts),
        see=said.see("gaps"))
    text += label("report_among", lang).format(groups=_by_status(indicators, lang, lambda i, lang: said.name(i)))
    region = _against_region(document, page, said, lang)
    return [Paragraph(text + region)]


def _against_region(document: dict[str, Any], page: Page, said: _Said, lang: str) -> str:
    """对照全区：我市5项指标中科技成果转化快于全区进度，其余4项慢于全区进度（详见附表2）。 — the
    region's table's own judgement (快于/慢于全区), with --region-progress."""
    if not document.get("region_progress"):
        return ""
    judged = [i for i in document["indicators"] if i.get("region") and i["region"].get("pace")]
    if not judged:
        return ""
    order = ("ahead", "level", "behind")
    groups = [(pace, [said.name(i) for i in judged if i["region"]["pace"] == pace]) for pace in order]
    groups = [(pace, names) for pace, names in groups if names]
    words = {pace: label(f"report_region_{pace}", lang) for pace in order}
    own = own_area(page.plan.city.area.get(lang), lang) if page.plan is not None else ""
    if len(groups) == 1:
        return label("report_region_all", lang).format(region=page.region_title, own=own, total=len(judged),
                                                      pace=words[groups[0][0]], see=said.see("region"))
    parts = [label("report_region_group", lang).format(names=listed(names, lang), pace=words[pace])
             for pace, names in groups[:-1]]
    last_pace, last = groups[-1]
    parts.append(label("report_region_rest", lang).format(count=len(last), pace=words[last_pace]) if len(last) > 1
                 else label("report_region_group", lang).format(names=last[0], pace=words[last_pace]))
    return label("report_region_pace", lang).format(region=page.region_title, own=own, total=len(judged),
                                                    groups=label("report_region_groups_joiner", lang).join(parts),
                                                    see=said.see("region"))


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
    statuses = {c["status"] for c in i["categories"]}
    if statuses == {"no_data"} and i["achieved"] is None:
        pass  # the indicator itself 未报送: its categories' blanks go without saying
    elif len(i["categories"]) > 1 and statuses in ({"breakdown_unreported"}, {"no_data"}):
        # none reported by category: said once, not each category's name read out (中高端铝、大健康、……未报送)
        found.append((False, label("report_categories_unsplit" if statuses == {"breakdown_unreported"}
                                   else "report_categories_none", lang)))
    elif i["categories"]:
        found.append((False, label("report_categories", lang).format(groups=_categories_by_status(i["categories"], lang))))
    return found


def _points(texts: list[str], lang: str) -> list[Paragraph]:
    """一是…。二是…。: each point a paragraph."""
    return [Paragraph(label("report_point", lang).format(ordinal=ordinal(n, lang), text=text))
            for n, text in enumerate(texts, 1)]


def _behind(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The indicators behind the schedule, the furthest behind first."""
    return sorted((i for i in document["indicators"] if lagging(i)),
                  key=lambda i: (i["status"] != "far_behind", i["deviation"] is None, i["deviation"] or 0))


def _problems(document: dict[str, Any], page: Page, said: _Said, lang: str) -> list[str]:
    """三、存在问题: judgements drawn from the figures, not the figures of 二 again: what is behind
    and by how much (grouped), what has nothing yet, what will miss its target at the pace kept,
    the counties behind, what is missing or unjudged, the data to check."""
    indicators = document["indicators"]
    behind = _behind(document)
    found = []
    if behind:
        found.append(label("report_behind_joiner", lang).join(_behind_groups(behind, said, lang)))
    blank = [label("report_problem_blank_item", lang).format(name=said.name(i), categories=_counted_fields(names, lang))
             for i in behind if (names := [c["name"][lang] for c in i["categories"] if c["achieved"] == 0 and c["target"]])]
    if blank:
        found.append(label("report_problem_blank", lang).format(items=label("report_problems_joiner", lang).join(blank)))
    outlooks = [i for i in behind if (o := i.get("outlook")) and o["verdict"] in OUTLOOK_PHRASES
                and o["projected"] is not None]
    if outlooks:
        items = [_outlook_item(i, said, lang) for i in outlooks]
        found.append(label("report_problem_outlook", lang).format(
            end=said.end, items=label("report_problems_joiner", lang).join(items), see=said.see("outlook")))
    areas = _areas_behind(document, said, lang)
    if areas:
        found.append(areas)
    missing = [said.name(i) for i in indicators if i["achieved"] is None and i["target"] is not None]
    if missing:
        found.append(label("report_problem_missing", lang).format(names=listed(missing, lang),
                                                                  status=_status("no_data", lang)))
    unjudged = [said.name(i) for i in indicators if i["status"] == "unjudged"]
    if unjudged:
        found.append(label("report_problem_unjudged", lang).format(names=listed(unjudged, lang),
                                                                   status=_status("unjudged", lang)))
    return found or [label("report_problem_none", lang)]


def _data_check(document: dict[str, Any], page: Page, said: _Said, lang: str) -> list[Paragraph]:
    """【数据核实：测算时有1处数据提示（涉及高层次创新人才和团队引育），即y2021.csv第16行：……，未计入；
    请经办人核对后删除本段】 — where reading the data met notes that touch a figure, a line for whoever
    drafts the report, marked to be seen and deleted, saying how many, what and where (the first of
    them), so it can be acted on a day later, the screen gone; never a sentence of the report."""
    from .words import text

    if not page.notes:
        return []
    touched = _touched(document, page, said)
    about = label("report_data_check_about", lang).format(names=listed(touched, lang)) if touched else ""
    first = "" if page.first_note is None else label(
        "report_data_check_first" if page.notes == 1 else "report_data_check_first_of", lang).format(
        note=text(page.first_note, lang))
    return [Paragraph(label("report_data_check", lang).format(notes=page.notes, about=about, first=first))]


def _touched(document: dict[str, Any], page: Page, said: _Said) -> list[str]:
    """The indicators a note met while reading concerns, in the plan's order, by their names in a sentence."""
    return [said.name(i) for i in document["indicators"] if i["id"] in page.touched]


def _behind_groups(behind: list[dict[str, Any]], said: _Said, lang: str) -> list[str]:
    """重大技术突破、国家级创新平台创建进度偏慢，均低于序时进度16.7个百分点: those behind by the same
    (as shown) grouped, far behind (严重滞后) first."""
    groups: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for i in behind:
        shown = None if i["deviation"] is None else rate(abs(i["deviation"]))
        groups.setdefault((i["status"], shown), []).append(i)
    found = []
    for (status, shown), members in groups.items():
        slow = label("report_problem_far" if status == "far_behind" else "report_problem_slow", lang).format(
            names=listed([said.name(i) for i in members], lang))
        if shown is None:
            found.append(slow)
            continue
        points = points_phrase(members[0]["deviation"], lang) if len(members) == 1 \
            else label("report_points_each", lang).format(points=shown)
        found.append(label("report_problem_points", lang).format(slow=slow, points=points))
    return found


def _counted_fields(names: list[str], lang: str) -> str:
    """电子信息、节能环保、新材料3个领域 (one is named alone)."""
    if len(names) == 1:
        return names[0]
    return label("report_problem_blank_count", lang).format(categories=listed(names, lang), count=len(names))


# the outlooks a report names as a problem, and how it says each
OUTLOOK_PHRASES = {"unlikely": "report_outlook_unlikely", "at_risk": "report_outlook_at_risk"}


def _outlook_item(i: dict[str, Any], said: _Said, lang: str) -> str:
    """重大技术突破预计完成7项左右，完成目标难度较大: a projection of things counted in whole ones,
    rounded down (7.5 projected is 7 done and the eighth not), said to be about."""
    projected = i["outlook"]["projected"]
    shown, exact = _amount(projected, i["id"] in said.whole)
    return label("report_problem_outlook_item", lang).format(
        name=said.name(i), projected=shown, unit=i["unit"][lang], about="" if exact else label("report_about", lang),
        verdict=label(OUTLOOK_PHRASES[i["outlook"]["verdict"]], lang))


def _amount(value: float, whole: bool) -> tuple[str, bool]:
    """A projected or needed amount as a sentence says it, and whether it is exact: things counted
    whole (rounded down), else to one decimal."""
    if whole:
        return figure(math.floor(value + 1e-9)), abs(value - round(value)) < 1e-9
    rounded = round(value, 1)
    return figure(rounded), abs(value - rounded) < 1e-9


def _areas_behind(document: dict[str, Any], said: _Said, lang: str) -> str:
    """三's point on the counties (--by county, where the plan splits targets), a judgement, not
    附表's rows again: 县区进度不均衡。田东县科技成果转化严重滞后（完成率20.0%）；田阳区、平果市、靖西市
    各有1至2项指标滞后；靖西市重大技术突破未报送（详见附表3）。 — what is far behind named, the rest
    behind counted by county, what has no figure named; the counties in the plan's order."""
    names = {i["id"]: said.name(i) for i in document["indicators"]}
    counties = [area for area in document.get("areas", ()) if "name" in area]  # (rows naming no county: no target)

    def named(area: dict[str, Any], i: dict[str, Any]) -> str:
        return label("report_problem_area", lang).format(county=area["name"][lang], indicator=names[i["id"]],
                                                         status=_status(i["status"], lang),
                                                         completion=percent(i["completion"]))

    behind = [(area, i) for area in counties for i in area["indicators"] if "status" in i and lagging(i)]
    far = [(area, i) for area, i in behind if i["status"] == "far_behind"]
    rest = [(area, i) for area, i in behind if i["status"] != "far_behind"]
    found = [named(area, i) for area, i in far]
    if len(rest) == 1:
        found.append(named(*rest[0]))
    elif rest:
        counts: dict[str, int] = {}
        for area, _ in rest:
            counts[area["name"][lang]] = counts.get(area["name"][lang], 0) + 1
        least, most = min(counts.values()), max(counts.values())
        found.append(label("report_problem_areas_count" if len(counts) > 1 else "report_problem_area_count", lang).format(
            counties=listed(counts, lang), count=str(least) if least == most else label(
                "report_problem_areas_range", lang).format(least=least, most=most), status=_status("behind", lang)))
    found += [label("report_problem_area_missing", lang).format(
        county=area["name"][lang], indicator=names[i["id"]], status=_status(i["status"], lang))
        for area in counties for i in area["indicators"] if i.get("target") is not None and i["achieved"] is None]
    if not found:
        return ""
    return label("report_problem_areas_uneven" if behind else "report_problem_areas", lang).format(
        items=label("report_groups_joiner", lang).join(found), see=said.see("areas"))


# time left (years) from which what is still to do is said as a year's amount too: with less, as
# one amount by the deadline (with a year left, 2020年需完成5项, never 剩余1.0年需年均完成5.0项)
YEARLY_FROM = 1.5


def _next_steps(document: dict[str, Any], page: Page, said: _Said, lang: str) -> list[str]:
    """四、下步工作建议: for each indicator behind, a measure — what to push, where to focus (the
    categories with nothing yet, or behind), who leads (the plan's lead unit, where it names one),
    what must be done by when — with a marked place (【请…补充具体措施】) for the measures, which
    no figure can give."""
    indicators = document["indicators"]
    found = [_measure(i, document, said, lang) for i in _behind(document)]
    keep = [said.name(i) for i in indicators if i["gap"] and not lagging(i) and i["deviation"] is not None]
    if keep:
        found.append(label("report_next_keep", lang).format(names=listed(keep, lang)))
    unjudged = [said.name(i) for i in indicators if i["gap"] and not lagging(i) and i["deviation"] is None]
    if unjudged:  # a baseline not known: the pace cannot be judged until it is
        found.append(label("report_next_baseline", lang).format(names=listed(unjudged, lang)))
    missing = [said.name(i) for i in indicators if i["achieved"] is None and i["target"] is not None]
    if missing:
        found.append(label("report_next_missing", lang).format(names=listed(missing, lang)))
    monitored = [said.name(i) for i in indicators if i["target"] is None]
    if monitored:
        found.append(label("report_next_monitored", lang).format(names=listed(monitored, lang)))
    if not found and all(i["gap"] == 0 for i in indicators):
        found.append(label("report_next_none", lang))
    return found


def _measure(i: dict[str, Any], document: dict[str, Any], said: _Said, lang: str) -> str:
    """加快推进重大技术突破。聚焦电子信息、节能环保、新材料等尚未实现突破的领域，【请牵头单位补充
    具体措施】，确保2020年底前再完成5项以上"""
    categories = i["categories"]
    blank = [c["name"][lang] for c in categories if c["achieved"] == 0 and c["target"]]
    slow = [c["name"][lang] for c in categories if c["gap"] and lagging(c) and c["name"][lang] not in blank]
    focus = (label("report_next_focus_blank", lang).format(categories=listed(blank, lang)) if blank
             else label("report_next_focus_behind", lang).format(categories=listed(slow, lang)) if slow else "")
    if "lead" in i:
        partners = listed((p[lang] for p in i.get("partners", ())), lang)
        who = label("report_next_led", lang).format(
            lead=i["lead"][lang], fill=label("report_fill_measures", lang),
            partners=label("report_next_partners", lang).format(partners=partners) if partners else "")
    else:
        who = label("report_fill_measures_lead", lang)
    unit = i["unit"][lang]
    gap, _ = _amount(i["gap"], i["id"] in said.whole)
    left = document["years_left"]
    if i["needed_per_year"] is None or left <= 0:  # the period is over
        goal = label("report_next_over", lang).format(gap=gap, unit=unit)
    elif i["id"] not in said.done:  # a level to reach: what is left said, not "再完成"
        goal = label("report_next_reach", lang).format(end=said.end, gap=gap, unit=unit)
    elif left < YEARLY_FROM:
        goal = label("report_next_more", lang).format(end=said.end, gap=gap, unit=unit)
    else:  # a year's amount of things counted in whole ones, rounded up: 4.6 a year is 5 a year
        needed = figure(math.ceil(i["needed_per_year"] - 1e-9)) if i["id"] in said.whole \
            else _amount(i["needed_per_year"], False)[0]
        goal = label("report_next_more_yearly", lang).format(end=said.end, gap=gap, unit=unit, needed=needed)
    key = "report_next_push" if i["id"] in said.done else "report_next_raise"
    return label(key, lang).format(name=said.name(i), focus=focus, who=who, goal=goal)
