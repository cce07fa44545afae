"""Errors that come from what a user gave the tool (a targets file, a progress file).

Each carries user-facing problems, already phrased as `place: what is wrong`, so that the
command line can print them and exit without a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user gave is wrong; `problems` says what and where."""

    def __init__(self, problems: list[str], total: int | None = None) -> None:
        self.problems = problems
        # how many there were in all, when only the first ones were kept
        self.total = len(problems) if total is None else total
        super().__init__("\n".join(problems))


class TargetsError(UserError):
    """The targets file is not a valid plan."""


class DataError(UserError):
    """A progress file cannot be read or holds rows that are not valid."""
