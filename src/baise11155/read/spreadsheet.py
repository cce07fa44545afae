"""Progress kept in workbooks: Excel and WPS .xlsx/.xlsm, the old binary .xls and WPS .et, and
.ods and .xlsb, read with calamine (a reader written in Rust, several times faster than openpyxl).

Excel's own types are respected: a date cell is a date, a year typed as a number is a year, a
number stays a number, and a formula gives its cached result. What calamine does not say is
read from an .xlsx sheet's XML in one streaming pass: the rows hidden in Excel, and the formulas
whose result was never stored (a file written by a program and never opened in Excel), which are
an error, not a silent blank. Problems name the cell as a user sees it: `progress.xlsx:Sheet1!C7`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import TYPE_CHECKING, Any, Iterator

from ..model.notices import note

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


# A damaged file can make calamine panic: a pyo3 PanicException, which is a BaseException. Every
# exception is a problem with the file then, but for the user's interrupt and the exit (`_error`
# raises those again).
_NOT_INTERRUPTS = BaseException


def _error(exc: BaseException) -> str:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise exc
    return f"{type(exc).__name__}: {str(exc)[:120]}"


def open_book(source: io.BytesIO | str, label: str, out: Observations) -> Book | None:
    """The workbook, or None with the problem noted."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        out.problem(note("old_spreadsheet", label))
        return None
    try:
        book = CalamineWorkbook.from_filelike(source) if isinstance(source, io.IOBase) else CalamineWorkbook.from_path(source)
        return Book(book, source, label, out)
    except _NOT_INTERRUPTS as exc:  # calamine's errors, and its panics, for a damaged or unknown file
        out.problem(note("workbook_unreadable", label, error=_error(exc)))
        return None


class Book:
    """An open workbook: its sheets' names, which are hidden, and each sheet's rows."""

    def __init__(self, book: Any, source: io.BytesIO | str, label: str, out: Observations) -> None:
        self._book = book
        self.label = label
        self.out = out
        self.names: list[str] = list(book.sheet_names)
        self._visible = {sheet.name: str(sheet.visible).endswith("Visible") for sheet in book.sheets_metadata}
        self._parts = _sheet_parts(source)  # an .xlsx's sheet name -> its XML inside the archive

    def hidden(self, name: str) -> bool:
        return not self._visible.get(name, True)

    def sheet(self, name: str) -> Sheet:
        return Sheet(self, name)

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc_info: object) -> None:
        close = getattr(self._book, "close", None)
        if close is not None:
            close()
        for archive in {id(archive): archive for archive, _ in self._parts.values()}.values():
            archive.close()


class Sheet:
    """One sheet: its name for messages (`file.xlsx:Sheet1`), its rows of cell text numbered as
    Excel numbers them (its used range may start below row 1 or right of column A), and the
    numbers of the rows hidden in Excel (known for .xlsx)."""

    def __init__(self, book: Book, name: str) -> None:
        self.where = f"{book.label}:{name}"
        part = book._parts.get(name)
        # hidden rows are known for .xlsx; None where the format does not say (.xls, .et, .ods)
        self.hidden_rows: set[int] | None
        self.hidden_rows, self._unstored = _scan(*part) if part else (None, {})
        self.rows = self._rows(book, name)

    def _rows(self, book: Book, name: str) -> Iterator[tuple[int, list[str]]]:
        out, unstored = book.out, self._unstored
        try:
            sheet = book._book.get_sheet_by_name(name)
            top, left = sheet.start or (0, 0)
            for n, row in enumerate(sheet.iter_rows(), start=1):
                number = top + n
                if number in unstored:
                    # a formula whose result was never stored: the row is not read, and said so
                    column, formula = unstored[number]
                    out.problem(note("formula_no_result", f"{self.where}!{column}{number}", formula=formula))
                    continue
                # text is the most common cell: passed on as it is
                cells = [value if value.__class__ is str else cell_text(value) for value in row]
                yield number, [""] * left + cells if left else cells
        except _NOT_INTERRUPTS as exc:  # a damaged sheet: calamine's error or panic
            out.problem(note("workbook_unreadable", self.where, error=_error(exc)))


def _sheet_parts(source: io.BytesIO | str) -> dict[str, tuple[Any, str]]:
    """An .xlsx's sheets: name -> (the archive, the path of its XML); empty for other formats."""
    try:
        archive = zipfile.ZipFile(source)
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        relations = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return {}
    targets = {}
    for tag in re.findall(r"<(?:\w+:)?Relationship\b[^>]*>", relations):
        ident, target = re.search(r'\bId="([^"]*)"', tag), re.search(r'\bTarget="([^"]*)"', tag)
        if ident and target:
            path = target.group(1).lstrip("/")
            targets[ident.group(1)] = path if path.startswith("xl/") else "xl/" + path
    parts = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook):
        name, ident = re.search(r'\bname="([^"]*)"', tag), re.search(r'\br:id="([^"]*)"', tag)
        if name and ident and ident.group(1) in targets:
            parts[_unescape(name.group(1))] = (archive, targets[ident.group(1)])
    return parts


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_HIDDEN = re.compile(rb"""\bhidden=["'](?:1|true)["']""")
_NUMBER = re.compile(rb"""\br=["']([A-Z]*)(\d+)["']""")
# a cell with a formula: <c r="C5" ...><f>2*3</f></c>, with or without its stored value <v>
_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>((?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?f\b.*?)</(?:\w+:)?c>", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*>(.*?)</(?:\w+:)?f>", re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*>.+?</(?:\w+:)?v>|<(?:\w+:)?is\b", re.S)


def _scan(archive: zipfile.ZipFile, path: str) -> tuple[set[int], dict[int, tuple[str, str]]]:
    """One pass over a sheet's XML, in blocks: the rows marked hidden, and the first formula of
    each row that has no stored result (row -> (column letters, the formula))."""
    hidden: set[int] = set()
    unstored: dict[int, tuple[str, str]] = {}
    try:
        source = archive.open(path)
    except (KeyError, OSError, zipfile.BadZipFile):
        return hidden, unstored
    with source:
        carry = b""
        while True:
            block = source.read(1 << 20)
            text = carry + block
            # keep an unfinished row or cell for the next block
            cut = len(text) if not block else max(text.rfind(b"<row"), text.rfind(b"<c "), text.rfind(b"<c>"))
            if cut <= 0:
                cut = len(text) if not block else text.rfind(b"<")
            text, carry = text[:cut], text[cut:]
            if b"hidden" in text:  # most sheets hide nothing: one search of the block says so
                for tag in _ROW_TAG.findall(text):
                    if _HIDDEN.search(tag):
                        number = _NUMBER.search(tag)
                        if number:
                            hidden.add(int(number.group(2)))
            if b"<f" in text:
                for attributes, inner in _FORMULA_CELL.findall(text):
                    reference = _NUMBER.search(attributes)
                    if reference and not _VALUE.search(inner):
                        formula = _FORMULA.search(inner)
                        shown = "=" + _unescape(formula.group(1).decode("utf-8", "replace")) if formula else "="
                        unstored.setdefault(int(reference.group(2)),
                                            (reference.group(1).decode("ascii"), shown[:40]))
            if not block:
                break
    return hidden, unstored
