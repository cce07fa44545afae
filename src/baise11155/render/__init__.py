"""One renderer per output format, chosen by name; each is imported only when it is used.

A renderer takes the command's `Table` (for people and spreadsheets) and its JSON document
(the stable contract for scripts) and returns the text to write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..views import Table

from ..formats import ALIASES, TABULATE_FORMATS



def render(fmt: str, table: Table, document: Any, lang: str, terminal: bool = False) -> str:
    fmt = ALIASES.get(fmt, fmt)
    if fmt == "json":
        from .json_out import render_json

        return render_json(document)
    if fmt in ("csv", "tsv"):
        from .delimited import render_delimited

        return render_delimited(table, lang, "," if fmt == "csv" else "\t")
    if fmt == "table":
        from .rich_table import render_rich

        return render_rich(table, lang, terminal)
    if fmt in TABULATE_FORMATS:
        from .text import render_text

        return render_text(table, lang, fmt)
    raise ValueError(f"unknown format {fmt!r}")
