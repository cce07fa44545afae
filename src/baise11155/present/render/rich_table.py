"""The default: a rich table, coloured on a terminal, plain text when piped."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..fields import PACE, POINTS, STATUS
from ..views import Table
from .human import human_rows, is_numeric

if TYPE_CHECKING:
    from . import Settings, View

STATUS_STYLES = {"achieved": "bold green", "on_track": "green", "behind": "bold red", "unjudged": "yellow",
                 "no_data": "dim", "monitored": "blue"}
PACE_STYLES = {"ahead": "green", "behind": "red", "level": ""}


def render(view: View, settings: Settings) -> str:
    return render_rich(view.table(), settings.lang, settings.terminal)


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
        grid.add_column(column.header, justify="right" if is_numeric(column.display) else "left", overflow="fold")
    depths = table.depths or [0] * len(table.rows)
    has_categories = any(depths)
    for n, (row, texts) in enumerate(zip(table.rows, human_rows(table, lang))):
        cells = [_styled(text, value, column.display) for text, value, column in zip(texts, row, table.columns)]
        # a rule under each indicator's group of rows, when there are groups
        last_of_group = has_categories and (n + 1 == len(depths) or depths[n + 1] == 0)
        grid.add_row(*cells, end_section=last_of_group)
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
