"""One renderer per output format, chosen by name; each is imported only when it is used.

A renderer takes the command's `Table` (for people and spreadsheets) and its JSON document
(the stable contract for scripts) and returns the text to write.
"""

from __future__ import annotations

from typing import Any

from ..views import Table

# tabulate's formats offered by --format (its own "tsv" is replaced by ours, which quotes
# properly; "unsafehtml" is left out on purpose). A test checks each is known to tabulate.
TABULATE_FORMATS = (
    "plain", "simple", "github", "grid", "simple_grid", "rounded_grid", "heavy_grid", "mixed_grid",
    "double_grid", "fancy_grid", "outline", "simple_outline", "rounded_outline", "heavy_outline",
    "mixed_outline", "double_outline", "fancy_outline", "pipe", "orgtbl", "asciidoc", "jira", "presto",
    "pretty", "psql", "rst", "mediawiki", "moinmoin", "youtrack", "html", "latex", "latex_raw",
    "latex_booktabs", "latex_longtable", "textile",
)
ALIASES = {"markdown": "pipe", "md": "pipe"}
FORMATS = ("table", *TABULATE_FORMATS, *ALIASES, "csv", "tsv", "json")


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
