"""One renderer per output format, chosen by name; each is imported only when it is used.

A renderer takes the command's `Table` (for people and spreadsheets) or its JSON document
(the stable contract for scripts) and returns the text to write. Each is built only if the
format asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from ..fields import Table

from ..formats import ALIASES, TABULATE_FORMATS


def render(fmt: str, make_table: Callable[[], Table], make_document: Callable[[], Any], lang: str,
           terminal: bool = False) -> str | bytes:
    fmt = ALIASES.get(fmt, fmt)
    if fmt == "xlsx":
        from .xlsx import render_xlsx

        return render_xlsx(make_table(), lang)
    if fmt == "json":
        from .json_out import render_json

        return render_json(make_document())
    if fmt in ("csv", "tsv"):
        from .delimited import render_delimited

        return render_delimited(make_table(), lang, "," if fmt == "csv" else "\t")
    if fmt == "table":
        from .rich_table import render_rich

        return render_rich(make_table(), lang, terminal)
    if fmt in TABULATE_FORMATS:
        from .text import render_text

        return render_text(make_table(), lang, fmt)
    raise ValueError(f"unknown format {fmt!r}")
