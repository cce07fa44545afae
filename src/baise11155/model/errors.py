"""Errors that come from what a user gave the tool (a targets file, a progress file).

Each carries notes (`model.notices.Note`: a code, a place and parameters), so that the command
line can say them in the user's language and exit without a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .notices import Note


class UserError(Exception):
    """Something the user gave is wrong; `problems` says what and where."""

    def __init__(self, problems: list[Note], total: int | None = None) -> None:
        self.problems = problems
        # how many there were in all, when only the first ones were kept
        self.total = len(problems) if total is None else total
        super().__init__(*problems)


class TargetsError(UserError):
    """The targets file is not a valid plan."""


class DataError(UserError):
    """A progress file cannot be read or holds rows that are not valid."""
