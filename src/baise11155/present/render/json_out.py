"""JSON: the stable contract for scripts (see the README).

Written by hand for the few types a document holds (dict, list, str, int, float, bool, None),
because importing the standard json package costs more than the whole calculation; a test
checks that the output is byte for byte what `json.dumps(document, ensure_ascii=False,
indent=2)` writes.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import Settings, View

# what JSON requires escaped in a string: the quote, the backslash and control characters
_ESCAPES = {i: f"\\u{i:04x}" for i in range(0x20)} | {
    ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
    ord("\b"): "\\b", ord("\f"): "\\f",
}


def render(view: View, settings: Settings) -> str:
    return render_json(view.document())


def render_json(document: Any) -> str:
    parts: list[str] = []
    _write(document, parts, "\n")
    parts.append("\n")
    return "".join(parts)


def _write(value: Any, parts: list[str], newline: str) -> None:
    if value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, str):
        parts.append('"' + value.translate(_ESCAPES) + '"')
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} cannot be written as JSON")
        parts.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        parts.append("{")
        for n, (key, item) in enumerate(value.items()):
            parts.append(("," if n else "") + inner + '"' + str(key).translate(_ESCAPES) + '": ')
            _write(item, parts, inner)
        parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        parts.append("[")
        for n, item in enumerate(value):
            parts.append(("," if n else "") + inner)
            _write(item, parts, inner)
        parts.append(newline + "]")
    else:
        raise TypeError(f"{type(value).__name__} cannot be written as JSON")
