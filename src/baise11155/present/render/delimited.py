"""CSV and TSV: headers and names in the chosen language, numbers unrounded."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from ..fields import PACE, STATUS, TEXT
from ..views import Table
from ..words import PACE_KEYS, STATUS_KEYS, label

if TYPE_CHECKING:
    from . import Settings, View

# A cell that starts with one of these is a formula to Excel and WPS; such text (a name
# taken from someone's file) is written with a leading apostrophe so it stays text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _value(value: Any, kind: str, lang: str) -> Any:
    if value is None:
        return ""
    if kind == STATUS:
        return label(STATUS_KEYS[value], lang)
    if kind == PACE:
        return label(PACE_KEYS[value], lang)
    if kind == TEXT:
        return neutralise(str(value))
    return repr(value) if isinstance(value, float) else value


def render(view: View, settings: Settings) -> str:
    return render_delimited(view.table(), settings.lang, "\t" if settings.fmt == "tsv" else ",")


def render_delimited(table: Table, lang: str, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([neutralise(c.header) for c in table.columns])
    for row in table.rows:
        writer.writerow([_value(v, c.display, lang) for v, c in zip(row, table.columns, strict=True)])
    return out.getvalue()
