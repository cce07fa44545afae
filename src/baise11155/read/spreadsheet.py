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


def open_book(source: io.BufferedIOBase | str, label: str, out: Observations, legacy: bool = False
              ) -> Book | CalamineBook | None:
    """The workbook, or None with the problem noted. An .xlsx is read with openpyxl (which tells a
    formula with no stored result); the old binary .xls and WPS's .et, and the .ods and .xlsb that
    openpyxl cannot read, with calamine."""
    if legacy:
        return _open_calamine(source, label, out, None)
    from openpyxl import load_workbook

    try:
        values = load_workbook(source, read_only=True, data_only=True)
        if isinstance(source, io.IOBase):
            source.seek(0)
        formulas = load_workbook(source, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        error = f"{type(exc).__name__}: {str(exc)[:120]}"
        if isinstance(source, io.IOBase):
            source.seek(0)
        return _open_calamine(source, label, out, error)
    return Book(values, formulas, label, out)


def _open_calamine(source: io.BufferedIOBase | str, label: str, out: Observations, error: str | None
                   ) -> CalamineBook | None:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        out.problem(note("old_spreadsheet", label) if error is None else note("workbook_unreadable", label, error=error))
        return None
    try:
        book = CalamineWorkbook.from_filelike(source) if isinstance(source, io.IOBase) else CalamineWorkbook.from_path(source)
        return CalamineBook(book, label, out)
    except _NOT_INTERRUPTS as exc:  # calamine's errors, and its panics, for a damaged or unknown file
        out.problem(note("workbook_unreadable", label, error=error or _error(exc)))
        return None


# A damaged file can make calamine panic: a pyo3 PanicException, which is a BaseException. Every
# exception is a problem with the file then, but for the user's interrupt and the exit (`_error`
# raises those again).
_NOT_INTERRUPTS = BaseException


def _error(exc: BaseException) -> str:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise exc
    return f"{type(exc).__name__}: {str(exc)[:120]}"


class CalamineBook:
    """A workbook read with calamine: the same face as `Book`."""

    def __init__(self, book: Any, label: str, out: Observations) -> None:
        self._book = book
        self.label = label
        self.out = out
        self.names: list[str] = list(book.sheet_names)
        self._visible = {sheet.name: str(sheet.visible).endswith("Visible") for sheet in book.sheets_metadata}

    def hidden(self, name: str) -> bool:
        return not self._visible.get(name, True)

    def sheet(self, name: str) -> CalamineSheet:
        return CalamineSheet(self._book, name, f"{self.label}:{name}", self.out)

    def __enter__(self) -> CalamineBook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        close = getattr(self._book, "close", None)
        if close is not None:
            close()


class CalamineSheet:
    """One sheet read with calamine: rows numbered as Excel numbers them (its used range may
    start below row 1 or right of column A). Hidden rows are not known in these formats."""

    def __init__(self, book: Any, name: str, where: str, out: Observations) -> None:
        self.where = where
        self.hidden_rows: set[int] = set()
        self.rows = self._rows(book, name, out)

    def _rows(self, book: Any, name: str, out: Observations) -> Iterator[tuple[int, list[str]]]:
        try:
            sheet = book.get_sheet_by_name(name)
            top, left = sheet.start or (0, 0)
            for n, row in enumerate(sheet.iter_rows(), start=1):
                yield top + n, [""] * left + [cell_text(value) for value in row]
        except _NOT_INTERRUPTS as exc:  # a damaged sheet: calamine's error or panic
            out.problem(note("workbook_unreadable", self.where, error=_error(exc)))


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
