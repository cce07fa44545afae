"""The default: a rich table, coloured on a terminal, plain text when piped."""

from __future__ import annotations

import io

from ..views import PACE, POINTS, STATUS, Table
from .human import cell, is_numeric

STATUS_STYLES = {"achieved": "bold green", "on_track": "green", "behind": "bold red", "no_data": "dim"}
PACE_STYLES = {"ahead": "green", "behind": "red", "level": ""}


def render_rich(table: Table, lang: str, terminal: bool) -> str:
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    out = io.StringIO()
    # Off a terminal the table takes its natural width (up to 200 columns), not 80.
    console = Console(file=out, force_terminal=terminal, width=None if terminal else 200, highlight=False,
                      emoji=False, markup=False)
    console.print(Text(table.title, style="bold"))
    for line in table.lines:
        console.print(Text(line))
    grid = RichTable()
    for column in table.columns:
        grid.add_column(column.header, justify="right" if is_numeric(column.kind) else "left", overflow="fold")
    for row, depth in zip(table.rows, table.depths or [0] * len(table.rows)):
        cells = []
        for i, (value, column) in enumerate(zip(row, table.columns)):
            text = cell(value, column.kind, lang)
            if i == 0 and depth:
                text = "  " * depth + text
            cells.append(_styled(text, value, column.kind))
        grid.add_row(*cells, style="dim" if depth else None)
    console.print(grid)
    return out.getvalue()


def _styled(text: str, value, kind: str):
    from rich.text import Text

    if kind == STATUS:
        return Text(text, style=STATUS_STYLES.get(value, ""))
    if kind == PACE and value is not None:
        return Text(text, style=PACE_STYLES.get(value, ""))
    if kind == POINTS and value is not None and value < 0:
        return Text(text, style="red")
    return Text(text)
