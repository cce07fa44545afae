"""What `tasks` shows: the ledger judged (`calc.tasks.JudgedLedger`), as a table of plain values and
as a JSON document of a stable shape (the same in every language: statuses as codes, names as
the ledger writes them)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..calc.tasks import PAST_DEADLINE, JudgedLedger, JudgedTask
from ..model.ledger import JUDGED_STATUSES, UNREPORTED, LedgerTask, Node
from .fields import TEXT
from .numbers import day
from .views import Column, Table, project_name
from .words import label, listed, note_document
from .words.command_line import said_here

if TYPE_CHECKING:
    from ..calc.evaluate import Evaluation
    from ..model.notices import Note
    from ..model.plan import Names, Plan
    from .views import Behind

TASK_COLUMNS = ("task_number", "task", "lead", "task_partners", "task_deadline", "task_node", "task_judged",
                "task_reported", "task_note", "place")


def status_word(status: str | None, lang: str) -> str:
    return label(f"task_{status}", lang) if status is not None else ""


def node_shown(node: Node | None, lang: str) -> str:
    """A node due as a ledger writes it: its quarter (三季度), or its date where it is due inside
    one, then its words: 三季度：9月底前中期检查（已完成）, the date not said twice, nor the quarter
    where the words begin with it (三季度调度（已完成）)."""
    if node is None:
        return ""
    done = {True: "ledger_node_done", False: "ledger_node_not_done", None: "task_node_unreported"}[node.done]
    quarter = _QUARTER_ENDS.get((node.due.month, node.due.day))
    due = label(f"task_quarter_{quarter}", lang) if quarter is not None else day(node.due, lang)
    said = "task_node_shown_alone" if node.target.startswith(due) else "task_node_shown"  # 三季度调度, not 三季度：三季度调度
    return label(said, lang).format(due=due, target=node.target, done=label(done, lang))


_QUARTER_ENDS = {(3, 31): 1, (6, 30): 2, (9, 30): 3, (12, 31): 4}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def deadline_shown(task: LedgerTask, lang: str) -> str:
    """The 完成时限 as the ledger words it (6月底前, 2019年12月底前) where it does in words; else the
    date as the language writes it, or 长期."""
    if task.deadline_text and _CJK.search(task.deadline_text) and said_here(lang):
        return task.deadline_text
    return day(task.deadline, lang) if task.deadline is not None else label("task_no_deadline", lang)


def differs_shown(judged: JudgedTask, lang: str) -> str:
    if judged.task.reported is None:  # no status reported: itself something to report
        return label("task_unreported", lang)
    if judged.differs is None:
        return ""
    reported, status = status_word(judged.task.reported, lang), status_word(judged.status, lang)
    if judged.differs == PAST_DEADLINE and judged.task.deadline is not None:
        return label("task_differs_past_deadline", lang).format(reported=reported, judged=status,
                                                               deadline=deadline_shown(judged.task, lang))
    return label("task_differs", lang).format(reported=reported, judged=status)


def counts_line(judged: JudgedLedger, lang: str) -> str:
    counts = judged.counts
    # every status a unit may report, 0 included; 未报送完成情况 (judged only) where there are some
    said = listed((label("tasks_count", lang).format(status=status_word(s, lang), count=counts[s])
                   for s in JUDGED_STATUSES if counts[s] or s != UNREPORTED), lang)
    return label("tasks_counts_line", lang).format(total=len(judged.tasks), counts=said)


def tasks_table(plan: Plan, judged: JudgedLedger, lang: str) -> Table:
    table = Table(label("tasks_title", lang).format(name=project_name(plan, lang)),
                  [Column(key, label(key, lang), TEXT) for key in TASK_COLUMNS])
    table.lines = [label("tasks_as_of_line", lang).format(as_of=day(judged.as_of, lang)), counts_line(judged, lang)]
    if judged.differing:
        table.lines.append(label("tasks_differs_line", lang).format(count=len(judged.differing)))
    if judged.unreported:
        table.lines.append(label("tasks_unreported_line", lang).format(count=len(judged.unreported)))
    # one ledger sheet (its name in the read receipt above): each task's place is its cell alone, A5
    sheets = {task.place.rpartition("!")[0] for task in (one.task for one in judged.tasks)}
    for one in judged.tasks:
        task = one.task
        deadline = deadline_shown(task, lang)
        place = task.place.rpartition("!")[2] if len(sheets) == 1 and "" not in sheets else task.place
        table.add([task.number, task.name, task.lead, listed(task.partners, lang), deadline, node_shown(one.node, lang),
                   status_word(one.status, lang), status_word(task.reported, lang), differs_shown(one, lang), place])
    return table


def task_document(one: JudgedTask) -> dict[str, Any]:
    task = one.task
    return {
        "number": task.number, "name": task.name, "plan_task": task.plan_task, "lead": task.lead,
        "partners": list(task.partners), "leader": task.leader,
        "deadline": task.deadline.isoformat() if task.deadline is not None else None,
        "nodes": [{"due": n.due.isoformat(), "target": n.target, "done": n.done, "place": n.place} for n in task.nodes],
        "node_due": one.node.due.isoformat() if one.node is not None else None,
        "status": one.status, "reported": task.reported, "differs": one.differs,
        "progress": task.progress, "problems": task.problems, "next_steps": task.next_steps, "evidence": task.evidence,
        "reported_on": task.reported_on.isoformat() if task.reported_on is not None else None, "place": task.place,
    }


def tasks_document(plan: Plan, judged: JudgedLedger, notices: list[Note]) -> dict[str, Any]:
    """`tasks --format json`: the counts by status (every status, 0 included), each task, the notices."""
    from .contract import SCHEMA

    return {
        "schema": SCHEMA,
        "plan": plan.id,
        "as_of": judged.as_of.isoformat(),
        "counts": judged.counts,
        "tasks": [task_document(one) for one in judged.tasks],
        "notices": [note_document(n) for n in notices],
    }


class UnitBehind:
    """A lead unit (牵头单位) with its indicators behind (`views.Behind`) and its tasks behind."""

    def __init__(self, lead: Names) -> None:
        self.lead = lead
        self.indicators: list[Behind] = []
        self.tasks: list[JudgedTask] = []


def behind_by_unit(plan: Plan, evaluation: Evaluation, judged: JudgedLedger) -> list[UnitBehind]:
    """Each unit with what it leads that is behind: the plan's units with indicators behind first, in
    the plan's order, then the ledgers'; a unit is one whether the plan or a ledger names it (by its
    Chinese name, as a ledger writes it)."""
    from ..model.plan import Names
    from .views import behind_by_lead

    units: dict[str, UnitBehind] = {}
    for led in behind_by_lead(plan, evaluation):
        units.setdefault(led.lead.zh, UnitBehind(led.lead)).indicators += led.behind
    for lead, tasks in judged.behind_by_lead().items():
        units.setdefault(lead, UnitBehind(Names(lead, lead))).tasks += tasks
    return list(units.values())


LEADS_COLUMNS = (("lead", TEXT), ("leads_kind", TEXT), ("indicator", TEXT), ("category", TEXT))


def leads_tasks_table(plan: Plan, evaluation: Evaluation, judged: JudgedLedger, lang: str) -> Table:
    """gaps --by lead --tasks: per lead unit, its indicators behind (with the gap) beside its tasks
    behind (with the node due and the status judged)."""
    from .fields import STANDING
    from .views import _field_columns, _schedule_lines, _title, shown_name

    columns = [Column(key, label(key, lang), display) for key, display in LEADS_COLUMNS]
    columns += _field_columns(STANDING, ("target", "achieved", "gap", "completion", "deviation"), lang)
    columns += [Column(key, label(key, lang), TEXT) for key in ("task_node", "task_judged", "partners")]
    table = Table(_title("leads_title_with_tasks", plan, lang), columns)
    table.lines = _schedule_lines(plan, evaluation, lang)[:1] + [counts_line(judged, lang)]
    found = behind_by_unit(plan, evaluation, judged)
    if not found:
        table.lines.append(label("leads_nothing_behind", lang))
    for unit in found:
        for item in unit.indicators:
            c = item.category
            figure = c if c is not None else item.indicator
            table.add([unit.lead.get(lang), label("leads_kind_indicator", lang), shown_name(item.indicator, lang),
                       c.name.get(lang) if c is not None else "", figure.target, figure.achieved, figure.gap,
                       figure.completion, figure.deviation, None, None,
                       listed((p.get(lang) for p in item.partners), lang)])
        for one in unit.tasks:
            table.add([unit.lead.get(lang), label("leads_kind_task", lang), one.task.name, "", None, None, None, None,
                       None, node_shown(one.node, lang), status_word(one.status, lang), listed(one.task.partners, lang)])
    return table


def leads_tasks_document(plan: Plan, evaluation: Evaluation, judged: JudgedLedger) -> dict[str, Any]:
    """`gaps --by lead --tasks --format json`: `gaps --by lead`'s document, each unit with its tasks
    behind too (`tasks`, [] for none), and the ledgers' counts."""
    from .contract import leads_document

    document = leads_document(plan, evaluation)
    indicators = {entry["lead"]["zh"]: entry for entry in document["leads"]}
    leads = []
    for unit in behind_by_unit(plan, evaluation, judged):
        entry = indicators.get(unit.lead.zh, {"lead": {"zh": unit.lead.zh, "en": unit.lead.en}, "behind": []})
        leads.append({**entry, "tasks": [task_document(one) for one in unit.tasks]})
    return {**document, "leads": leads, "task_counts": judged.counts}
