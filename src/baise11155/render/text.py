"""The tabulate formats (plain, github, grid, pipe/markdown, rst, html, latex, ...)."""

from __future__ import annotations

from ..views import Table
from .human import human_rows, is_numeric


def render_text(table: Table, lang: str, fmt: str) -> str:
    from tabulate import tabulate

    body = tabulate(
        human_rows(table, lang),
        headers=[c.header for c in table.columns],
        tablefmt=fmt,
        disable_numparse=True,
        colalign=["right" if is_numeric(c.kind) else "left" for c in table.columns],
    )
    if fmt in ("plain", "simple", "grid", "simple_grid", "rounded_grid", "heavy_grid", "mixed_grid",
               "double_grid", "fancy_grid", "outline", "simple_outline", "rounded_outline", "heavy_outline",
               "mixed_outline", "double_outline", "fancy_outline", "orgtbl", "presto", "pretty", "psql"):
        return "\n".join([table.title, *table.lines, "", body]) + "\n"
    if fmt in ("pipe", "github"):
        # Markdown: the title and the as-of line as text above the table, ready to paste.
        return "\n".join([f"**{table.title}**", "", *[line + "  " for line in table.lines], "", body]) + "\n"
    return body + "\n"
