"""JSON: the stable contract for scripts (see the README), written by the standard json package."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ...model.kinds import output_number

if TYPE_CHECKING:
    from . import Settings, View


def render(view: View, settings: Settings) -> str:
    return render_json(view.document())


def render_json(document: dict[str, Any]) -> str:
    # allow_nan=False: NaN and Infinity are not JSON, and no script could read them back. Written
    # piece by piece: json.dumps with an indent joins a list of every piece, a string each (1.4 GB
    # more for a ledger of 200,000 tasks, where the text itself is a few hundred MB)
    import io

    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, allow_nan=False, default=_number)
    text = io.StringIO()
    for piece in encoder.iterencode(document):
        text.write(piece)
    text.write("\n")
    return text.getvalue()


def _number(value: object) -> int | float:
    """An exact figure that reached the document unconverted (a ratio's target once did, and the
    writer failed with "Fraction cannot be written as JSON"): written as every figure is, an int
    when whole, else a float."""
    if isinstance(value, (Fraction, Decimal)):
        return output_number(Fraction(value))
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")
