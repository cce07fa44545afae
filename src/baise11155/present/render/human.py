"""How values read to a person, by their field's display: figures, percentages and percentage
points (as `present.numbers` writes them), status words."""

from __future__ import annotations

from typing import Any

from ..fields import NUMBER, PACE, PERCENT, POINTS, RATE, STATUS
from ..numbers import MISSING, figure, percent, points, rate
from ..views import Table
from ..words import PACE_KEYS, STATUS_KEYS, label


def cell(value: Any, kind: str, lang: str) -> str:
    """A value as the tables and the report show it, by its field's display."""
    if value is None:
        return MISSING
    if kind == NUMBER:
        return figure(value)
    if kind == PERCENT:
        return percent(value)
    if kind == POINTS:
        return points(value, lang)
    if kind == RATE:
        return rate(value)
    if kind == STATUS:
        return label(STATUS_KEYS[value], lang)
    if kind == PACE:
        return label(PACE_KEYS[value], lang)
    return str(value)


def is_numeric(kind: str) -> bool:
    return kind in (NUMBER, PERCENT, POINTS, RATE)


def human_rows(table: Table, lang: str) -> list[list[str]]:
    """The table's cells as a person reads them; a category's row leaves its indicator blank."""
    rows = []
    depths = table.depths or [0] * len(table.rows)
    for row, depth in zip(table.rows, depths, strict=True):
        cells = [cell(value, column.display, lang) for value, column in zip(row, table.columns, strict=True)]
        if depth:
            cells[0] = ""
        rows.append(cells)
    return rows
