"""Judging a ledger's tasks at a date, as supervising offices do (督查): pure, no words.

A task's pace (序时) is judged against its nodes (节点目标), not a percentage:
- 已完成 (done): its last node is met (early or not), and that node is due at the deadline or the
  unit says the task is done (a ledger kept a sheet a quarter shows only the nodes so far); for a
  task with no nodes, the unit says so;
- 已销号 (closed): done, and the unit reports it closed (销号 is the office's act after checking: the
  tool takes it only for a task that is done);
- 超期未完成 (overdue): its deadline has passed and it is not done;
- 滞后 (behind): a node due by the date is marked 未完成;
- 未报送完成情况 (unreported): a node due by the date has a blank 完成情况 (and none is marked
  未完成): the unit has not said, which an office asks about, not reports as 滞后;
- 未启动 (not started): no node is due or met yet, no progress is reported, and the unit does not
  say the work is under way;
- 序时推进 (on schedule): every node due is met.
Where the unit's reported status differs from the one judged, the difference is kept: above all
a task reported 序时推进 after its deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model.ledger import (
    BEHIND,
    BEHIND_STATUSES,
    CLOSED,
    DONE,
    JUDGED_STATUSES,
    NOT_STARTED,
    ON_SCHEDULE,
    OVERDUE,
    UNREPORTED,
    LedgerTask,
    Node,
)
from ..model.notices import Note, note

PAST_DEADLINE, OTHERWISE = "past_deadline", "otherwise"  # how a reported status differs from the judged


@dataclass(frozen=True, slots=True)
class JudgedTask:
    task: LedgerTask
    status: str  # one of JUDGED_STATUSES
    node: Node | None  # the latest node due by the date, if any
    differs: str | None  # PAST_DEADLINE or OTHERWISE where the unit reports another status, else None

    @property
    def behind(self) -> bool:
        return self.status in BEHIND_STATUSES


@dataclass(frozen=True, slots=True)
class JudgedLedger:
    """The ledger judged at a date: a plain structure a report can show (重点任务推进情况)."""

    as_of: dt.date
    tasks: tuple[JudgedTask, ...]
    notices: tuple[Note, ...]  # a node due and not filled in, judged not met

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(JUDGED_STATUSES, 0)
        for judged in self.tasks:
            counts[judged.status] += 1
        return counts

    @property
    def unreported(self) -> list[JudgedTask]:
        """The tasks whose unit reported no status: itself a thing a supervising office reports."""
        return [t for t in self.tasks if t.task.reported is None]

    @property
    def differing(self) -> list[JudgedTask]:
        return [t for t in self.tasks if t.differs is not None]

    def behind_by_lead(self) -> dict[str, list[JudgedTask]]:
        """Each lead unit (in the ledger's order) with its tasks behind (滞后, 超期未完成)."""
        found: dict[str, list[JudgedTask]] = {}
        for judged in self.tasks:
            if judged.behind:
                found.setdefault(judged.task.lead, []).append(judged)
        return found


def judge_task(task: LedgerTask, as_of: dt.date) -> tuple[JudgedTask, list[Note]]:
    due = [n for n in task.nodes if n.due <= as_of]
    notices = [note("ledger_node_unreported", n.place, task=task.name, due=n.due.isoformat())
               for n in due if n.done is None]
    if task.nodes:
        last = task.nodes[-1]
        finished = last.done is True and (task.deadline is None or last.due >= task.deadline
                                          or task.reported in (DONE, CLOSED))
    else:
        finished = task.reported in (DONE, CLOSED)
    if finished:
        status = CLOSED if task.reported == CLOSED else DONE
    elif task.deadline is not None and task.deadline < as_of:
        status = OVERDUE
    elif any(n.done is False for n in due):
        status = BEHIND
    elif any(n.done is None for n in due):
        status = UNREPORTED
    elif not any(n.done for n in task.nodes) and not task.progress and task.reported in (None, NOT_STARTED):
        status = NOT_STARTED
    else:
        status = ON_SCHEDULE
    differs = None
    if task.reported is not None and task.reported != status and status != UNREPORTED:
        differs = PAST_DEADLINE if status == OVERDUE else OTHERWISE
    return JudgedTask(task, status, due[-1] if due else None, differs), notices


def ledger_date(latest: dt.date | None, end: dt.date, asked: dt.date | None = None,
                by: dt.date | None = None) -> dt.date | None:
    """The date a ledger is judged at, the one rule of `tasks` and `report --tasks`: the date asked
    for (--as-of) where one is; else the ledger's own latest 报送日期, capped at the period's end and
    at `by` — a report's as-of date, since a ledger is not judged at a date after the figures it is
    reported with, nor a ledger reported in September at 31 December (its fourth quarter's nodes
    not yet due when it was filled in). None where no date is known."""
    if asked is not None:
        return asked
    if latest is None:
        return None
    return min(latest, end, *(() if by is None else (by,)))


def judge_ledger(tasks: list[LedgerTask], as_of: dt.date) -> JudgedLedger:
    judged, notices = [], []
    for task in tasks:
        one, said = judge_task(task, as_of)
        judged.append(one)
        notices += said
    return JudgedLedger(as_of, tuple(judged), tuple(notices))


__all__ = ["BEHIND", "CLOSED", "DONE", "NOT_STARTED", "ON_SCHEDULE", "OVERDUE", "JudgedLedger", "JudgedTask",
           "UNREPORTED", "judge_ledger", "judge_task", "ledger_date"]
