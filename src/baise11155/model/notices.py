"""What the tool tells a user about their files, as data: a code, a place and parameters.

Reading and calculation make notes; only `present.words` turns them into Chinese or English,
so that the JSON contract is the same in every language. A parameter may itself be a note (a
phrase inside a message, such as a hint), a tuple of alternatives, or plain text and numbers.
"""

from __future__ import annotations

from typing import Any

from .record import Record


class Note(Record):
    """One problem or warning: the catalogue's `code`, where (`file:line`, `file:Sheet!C7`, or
    nothing), and the values the message is made of."""

    code: str
    place: str
    params: dict[str, Any]


def note(code: str, place: str = "", **params: Any) -> Note:
    return Note(code, place, params)


def plain(place: str, text: str) -> Note:
    """A message that is not in the catalogue: the targets file's own, for whoever maintains the
    plan, which stays in English."""
    return Note("plain", place, {"text": text})
