"""The tabulate formats (plain, github, grid, pipe/markdown, rst, html, latex, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..formats import ALIASES
from ..views import Table
from .human import human_rows, is_numeric

if TYPE_CHECKING:
    from . import Settings, View


def render(view: View, settings: Settings) -> str:
    return render_text(view.table(), settings.lang, ALIASES.get(settings.fmt, settings.fmt))


def render_text(table: Table, lang: str, fmt: str) -> str:
    from tabulate import tabulate

    body = tabulate(
        human_rows(table, lang),
        headers=[c.header for c in table.columns],
        tablefmt=fmt,
        disable_numparse=True,
        colalign=["right" if is_numeric(c.display) else "left" for c in table.columns],
    )
    if fmt in ("pipe", "github"):
        # Markdown: the title and the as-of line as text above the table, ready to paste.
        return "\n".join([f"**{table.title}**", "", *[line + "  " for line in table.lines], "", body]) + "\n"
    if fmt in MARKUP_FORMATS:
        return body + "\n"  # to be embedded in a document that has its own title
    return "\n".join([table.title, *table.lines, "", body]) + "\n"  # a text table, read as it is


# formats whose output is markup for another document (Markdown is handled on its own)
MARKUP_FORMATS = frozenset({
    "rst", "html", "latex", "latex_raw", "latex_booktabs", "latex_longtable", "mediawiki", "moinmoin",
    "youtrack", "jira", "textile", "asciidoc",
})
