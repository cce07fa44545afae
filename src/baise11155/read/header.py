"""Finding the columns of a progress file in its header row, by the headers `model.columns` declares."""

from __future__ import annotations

from typing import Callable

from ..model.columns import PROGRESS_COLUMNS
from ..model.errors import DataError
from ..model.notices import Note, note
from .lookup import fold

# header name, folded -> column
_HEADER_TO_COLUMN = {
    fold(header): column.name for column in PROGRESS_COLUMNS for header in (column.name, *column.headers)
}


def header_columns(row: list[str], place: Callable[[int | None], str]) -> dict[str, int]:
    """Where each known column is in a header row; `place(column index or None)` names a cell."""
    positions: dict[str, int] = {}
    problems: list[Note] = []
    for index, cell in enumerate(row):
        column = _HEADER_TO_COLUMN.get(fold(cell.lstrip("\ufeff")))
        if column is None:
            continue
        if column in positions:
            problems.append(note("repeated_column", place(index), index=index + 1, cell=repr(cell.strip()),
                                 column=column, first=positions[column] + 1))
            continue
        positions[column] = index
    if "indicator" not in positions:
        problems.append(note("no_indicator_column", place(None)))
    if "year" not in positions and "date" not in positions:
        problems.append(note("no_when_column", place(None)))
    if problems:
        raise DataError(problems)
    return positions
