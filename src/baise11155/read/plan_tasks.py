"""The plan's tasks in a targets file: `tasks:` (each with an id, a name and, where the plan lists
them, its specific tasks as `parts:`) and `measures:` (the safeguards, 保障措施), each with an
optional `lead:` (牵头单位) and `partners:` (配合单位), checked as strictly as the indicators.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.plan import Names, PlanTask
from ..model.tasks import MEASURE, PART, TASK

_KEYS = ("lead", "partners")


def plan_tasks(check: Any, top: dict, units: Callable[[Any, dict, str], tuple[Names | None, tuple[Names, ...]]]
               ) -> tuple[PlanTask, ...]:
    """The tasks and safeguards of a targets document, ids unique across them, in the plan's order.
    `check` is the targets file's checker and `units` its reader of `lead:` and `partners:`, so
    that a task's units are read as an indicator's."""
    found: list[PlanTask] = []
    seen: dict[str, str] = {}

    def one(entry: Any, path: str, group: str, parent: str | None, optional: tuple[str, ...]) -> dict | None:
        mapping = check.mapping(entry, path, ("id", "name"), optional)
        if mapping is None:
            return None
        ident, name = check.identifier(mapping["id"], f"{path}.id"), check.names(mapping["name"], f"{path}.name")
        lead, partners = units(check, mapping, path)
        if ident is None or name is None:
            return None
        if ident in seen:
            check.problem(f"{path}.id", f"{ident!r} is already the id of {seen[ident]}")
            return None
        seen[ident] = path
        found.append(PlanTask(ident, name, group, parent, lead, partners))
        return mapping

    for n, entry in enumerate(check.sequence(top["tasks"], "tasks") if "tasks" in top else []):
        mapping = one(entry, f"tasks[{n}]", TASK, None, ("parts", *_KEYS))
        if mapping is not None and "parts" in mapping:
            parent = found[-1].id
            for m, part in enumerate(check.sequence(mapping["parts"], f"tasks[{n}].parts")):
                one(part, f"tasks[{n}].parts[{m}]", PART, parent, _KEYS)
    for n, entry in enumerate(check.sequence(top["measures"], "measures") if "measures" in top else []):
        one(entry, f"measures[{n}]", MEASURE, None, _KEYS)
    return tuple(found)
