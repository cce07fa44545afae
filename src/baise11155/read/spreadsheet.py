"""Progress kept in Excel or WPS workbooks (.xlsx, .xlsm), read with openpyxl in read-only mode.

The first sheet, or the one named with --sheet; the header is the first row with anything in
it; the same columns and rules as a CSV file. Excel's own types are respected: a date cell is a
date, a year typed as a number is a year, a number stays a number, and a formula gives its
cached result. A formula whose result was never stored (a file written by a program and never
opened in Excel) is an error, not a silent blank. Problems name the cell as a user sees it:
`progress.xlsx:Sheet1!C7`.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Any, Iterator

from ..model.errors import DataError
from ..model.notices import Note, note

if TYPE_CHECKING:
    from ..model.observations import Observations
    from .lookup import NameIndex
    from .rows import SeenItems



def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV file would hold, so that one set of rules reads both."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # a whole number typed in Excel is stored as a float: 2019.0 is the year 2019
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)  # a time of day, a duration: refused with a message by the parsers


def read_workbook(source: io.BufferedIOBase | str, label: str, sheet: str | None, names: NameIndex,
                  out: Observations, seen: SeenItems) -> None:
    from openpyxl import load_workbook

    from .header import header_columns
    from .rows import RowReader

    try:
        values = load_workbook(source, read_only=True, data_only=True)
        if hasattr(source, "seek"):
            source.seek(0)
        formulas = load_workbook(source, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        error = f"{type(exc).__name__}: {str(exc)[:120]}"
        out.problem(note("workbook_unreadable", label, error=error))
        return
    try:
        if sheet is None:
            name = values.sheetnames[0]
        elif sheet in values.sheetnames:
            name = sheet
        else:
            out.problem(note("no_such_sheet", label, sheet=repr(sheet), sheets=", ".join(values.sheetnames)))
            return
        where = f"{label}:{name}"
        rows = _rows(values[name].iter_rows(min_row=1, values_only=True),
                     formulas[name].iter_rows(min_row=1, values_only=True), where, out)
        header = None
        for number, row in rows:
            if any(cell.strip() for cell in row):
                header = (number, row)
                break
        if header is None:
            out.problem(note("sheet_empty", where))
            return
        number, cells = header
        while cells and not cells[-1].strip():
            cells.pop()  # a sheet's used range often runs past the last named column
        try:
            columns = header_columns(
                cells, lambda column: f"{where}!{column_letter(column)}{number}" if column is not None else f"{where}!{number}:{number}"
            )
        except DataError as exc:
            for message in exc.problems:
                out.problem(message)
            return

        def place(line: int, column: int | None) -> str:
            return f"{where}!{column_letter(column)}{line}" if column is not None else f"{where}!{line}:{line}"

        reader = RowReader(where, columns, len(cells), names, out, seen, place=place)
        for number, row in rows:
            reader.take(row[: len(cells)] + [""] * (len(cells) - len(row)) if len(row) != len(cells) else row, number)
        reader.finish()
    finally:
        values.close()
        formulas.close()


def _rows(values: Iterator[tuple], formulas: Iterator[tuple], where: str, out: Observations) -> Iterator[tuple[int, list[str]]]:
    """Rows of text with their numbers; a formula with no stored result is reported and its row skipped."""
    for number, (row, formula_row) in enumerate(zip(values, formulas), start=1):
        missing = [
            index for index, (value, formula) in enumerate(zip(row, formula_row))
            if value is None and isinstance(formula, str) and formula.startswith("=")
        ]
        if missing:
            cell = f"{where}!{column_letter(missing[0])}{number}"
            out.problem(note("formula_no_result", cell, formula=formula_row[missing[0]][:40]))
            continue
        yield number, [cell_text(value) for value in row]


def refuse_old_format(label: str) -> Note:
    return note("old_spreadsheet", label)
