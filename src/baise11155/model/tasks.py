"""The plan's work, beside its numbers: its tasks (主要任务), their specific tasks (具体任务) and its
safeguards (保障措施), as the plan words them, each with an id; and the units held to account for
each (牵头单位, the first unit named; 配合单位), where the plan names them.

A plan's tasks are what a supervision ledger (督查台账) is made of: `present.ledger_template`
writes one pre-filled with them, `read.ledger` reads one back and `calc.tasks` judges it.
"""

from __future__ import annotations

from .plan import PlanTask

TASK, PART, MEASURE = "task", "part", "measure"  # a main task (任务), a specific task (具体任务), a safeguard (保障措施)


def has_parts(task: PlanTask, tasks: tuple[PlanTask, ...]) -> bool:
    return any(t.parent == task.id for t in tasks)


def ledger_items(tasks: tuple[PlanTask, ...]) -> list[PlanTask]:
    """The tasks a ledger has a row for, in the plan's order: each specific task, each main task
    that has none (the plan's own words are the work then), each safeguard."""
    return [t for t in tasks if not (t.group == TASK and has_parts(t, tasks))]
