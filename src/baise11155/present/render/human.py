"""How values read to a person: percentages, signed percentage points, status words."""

from __future__ import annotations

from typing import Any

from ..fields import NUMBER, PACE, PERCENT, POINTS, RATE, STATUS
from ..views import Table
from ..words import PACE_KEYS, STATUS_KEYS, label, points

MISSING = "—"


def number(value: float | int) -> str:
    """A figure as a person reads it: whole numbers whole; a fraction with the decimals its size
    needs (8,529.27; 1.296, which "1.3" would show as the target 1.3 it has not reached; 0.0083)."""
    if isinstance(value, int) or value.is_integer():
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    decimals = 2 if abs(value) >= 10 else 3 if abs(value) >= 1 else 4
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def cell(value: Any, kind: str, lang: str) -> str:
    if value is None:
        return MISSING
    if kind == NUMBER:
        return number(value)
    if kind == PERCENT:
        return f"{value:.1%}"
    if kind == POINTS:
        return points(value, lang)
    if kind == RATE:
        return f"{value:.1f}"
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
    for row, depth in zip(table.rows, depths):
        cells = [cell(value, column.display, lang) for value, column in zip(row, table.columns)]
        if depth:
            cells[0] = ""
        rows.append(cells)
    return rows
