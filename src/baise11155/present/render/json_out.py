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
    # allow_nan=False: NaN and Infinity are not JSON, and no script could read them back
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False, default=_number) + "\n"


def _number(value: object) -> int | float:
    """An exact figure that reached the document unconverted (a ratio's target once did, and the
    writer failed with "Fraction cannot be written as JSON"): written as every figure is, an int
    when whole, else a float."""
    if isinstance(value, (Fraction, Decimal)):
        return output_number(Fraction(value))
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")
