"""YAML read strictly, for a targets file: plain data, no surprises.

The document is composed by libyaml (fast, in C) into nodes, which this module turns into
Python values itself, refusing what a plan never needs and what could hurt:
- aliases (`*name`): a chain of them (a "billion laughs") would expand beyond memory;
- tags (`!!python/object`, `!!binary`, even `!!int`): only plain mappings, lists and scalars;
- a key given twice in one mapping (YAML forbids it; PyYAML would keep the last silently).
Unquoted scalars are typed as YAML 1.2's core schema types them: integers, decimals, null,
true/false; and `YYYY-MM-DD` is a date. `yes`/`no`/`on`/`off` stay text (YAML 1.1's "Norway
problem" does not arise), and quoted scalars are always text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

_DIGITS = frozenset("0123456789")
_NUMBER_CHARS = frozenset("0123456789+-.eE")
_CONSTANTS = {
    "": None, "~": None, "null": None, "Null": None, "NULL": None,
    "true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False,
}
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


class YamlError(ValueError):
    """The text is not YAML this tool reads; `line` is where (1-based), when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def load(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # no types guessed: done below
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlError(f"not valid YAML: {problem}", mark.line + 1 if mark is not None else None) from None
    if root is None:
        return None
    try:
        return _value(root, set())
    except RecursionError:
        raise YamlError("nested too deeply to be a targets file", _line(root)) from None


def _line(node) -> int:
    return node.start_mark.line + 1


def _value(node, seen_nodes: set[int]) -> Any:
    import yaml

    if isinstance(node, yaml.ScalarNode):
        if node.tag != _STR:
            raise YamlError(f"YAML tags ({node.tag}) are not allowed in a targets file", _line(node))
        # plain style is None from the pure-Python composer, "" from libyaml
        return _scalar(node.value) if not node.style else node.value
    # Composing shares one node among the places that name it: meeting one twice is an alias.
    # (The line given is the anchor's: the node keeps no mark of the alias.)
    if id(node) in seen_nodes:
        raise YamlError("YAML anchors and aliases (&name, *name) are not allowed in a targets file", _line(node))
    seen_nodes.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ:
            raise YamlError(f"YAML tags ({node.tag}) are not allowed in a targets file", _line(node))
        return [_value(item, seen_nodes) for item in node.value]
    if node.tag != _MAP:
        raise YamlError(f"YAML tags ({node.tag}) are not allowed in a targets file", _line(node))
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _value(key_node, seen_nodes)
        if isinstance(key, (dict, list)):
            raise YamlError("a key must be plain text", _line(key_node))
        if key in mapping:
            raise YamlError(f"the key {key!r} appears twice in one mapping", _line(key_node))
        mapping[key] = _value(value_node, seen_nodes)
    return mapping


def _scalar(text: str) -> Any:
    # written without regular expressions: compiling them would cost more than reading the plan
    if text in _CONSTANTS:
        return _CONSTANTS[text]
    unsigned = text[1:] if text[0] in "+-" else text
    if unsigned and _DIGITS.issuperset(unsigned):
        # past 18 digits a float: Python refuses int() of over 4,300 digits, and the plan's
        # checks refuse anything that long anyway
        return int(text) if len(unsigned) <= 18 else float(text)
    if len(text) == 10 and text[4] == "-" == text[7] and _DIGITS.issuperset(text[:4] + text[5:7] + text[8:]):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text  # not a real day: left as text, which the checks then name
    if _NUMBER_CHARS.issuperset(text) and any(c in _DIGITS for c in text):
        try:
            number = float(text)  # 2.5, .5, 1e3, -1.5E+2; never nan or inf, whose letters are not allowed
        except ValueError:
            return text
        return number
    return text
