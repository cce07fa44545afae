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
import re
from typing import TYPE_CHECKING, Any, Iterator

from ..model.notices import Note, note

if TYPE_CHECKING:
    from ..model.observations import Observations



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


class Book:
    """An open workbook (read twice by openpyxl: the values, and the formulas, to catch a formula
    with no stored result). Closes itself when done with."""

    def __init__(self, values: Any, formulas: Any, label: str, out: Observations) -> None:
        self._values, self._formulas = values, formulas
        self.label = label
        self.out = out
        self.names: list[str] = list(values.sheetnames)

    def hidden(self, name: str) -> bool:
        return self._values[name].sheet_state != "visible"

    def sheet(self, name: str) -> Sheet:
        return Sheet(self._values[name], self._formulas[name], f"{self.label}:{name}", self.out)

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._values.close()
        self._formulas.close()


class Sheet:
    """One sheet: its name for messages (`file.xlsx:Sheet1`), its rows of cell text with their
    numbers, and the numbers of the rows hidden in Excel."""

    def __init__(self, values: Any, formulas: Any, where: str, out: Observations) -> None:
        self.where = where
        self.hidden_rows = _hidden_rows(values)
        self.rows = _rows(values.iter_rows(min_row=1, values_only=True),
                          formulas.iter_rows(min_row=1, values_only=True), where, out)


def open_book(source: io.BufferedIOBase | str, label: str, out: Observations) -> Book | None:
    """The workbook, or None with the problem noted."""
    from openpyxl import load_workbook

    try:
        values = load_workbook(source, read_only=True, data_only=True)
        if isinstance(source, io.IOBase):
            source.seek(0)
        formulas = load_workbook(source, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        error = f"{type(exc).__name__}: {str(exc)[:120]}"
        out.problem(note("workbook_unreadable", label, error=error))
        return None
    return Book(values, formulas, label, out)


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_HIDDEN = re.compile(rb"""\bhidden=["'](?:1|true)["']""")
_ROW_NUMBER = re.compile(rb"""\br=["'](\d+)["']""")


def _hidden_rows(worksheet: Any) -> set[int]:
    """The rows marked hidden in the sheet's XML (openpyxl's read-only mode does not say), read in
    blocks so that a large sheet costs no memory."""
    hidden: set[int] = set()
    try:
        source = worksheet._get_source()
    except (AttributeError, KeyError, OSError):
        return hidden
    with source:
        carry = b""
        while True:
            block = source.read(1 << 20)
            if not block:
                break
            text = carry + block
            cut = text.rfind(b"<")
            text, carry = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
            for tag in _ROW_TAG.findall(text):
                if _HIDDEN.search(tag):
                    number = _ROW_NUMBER.search(tag)
                    if number:
                        hidden.add(int(number.group(1)))
    return hidden


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
