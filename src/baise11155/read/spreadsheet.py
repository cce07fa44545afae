"""Progress kept in workbooks: Excel and WPS .xlsx/.xlsm, the old binary .xls and WPS .et, and
.ods and .xlsb, read with calamine (a reader written in Rust, several times faster than openpyxl).

Excel's own types are respected: a date cell is a date, a year typed as a number is a year, a
number stays a number, and a formula gives its cached result. What calamine does not say is
read from an .xlsx sheet's XML in one streaming pass: the rows hidden in Excel, the formulas
whose result was never stored (a file written by a program and never opened in Excel), which are
an error, not a silent blank, and the date cells whose format shows only the month or the year
(`date_formats`): such a cell is read as the text it shows, `2019-06` or `2019`, so as its
month's or its year's last day, as the same table saved as CSV is (Excel stores a month typed
`2019年6月` as the 1st). An .xls, .et or .ods does not say its formats to calamine: its date
cells are read as the day they hold. Problems name the cell as a user sees it: `progress.xlsx:Sheet1!C7`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..model.notices import note, quoted
from .date_formats import DateCells, StyledCells, date_styles
from .sources import OLE_MAGIC

if TYPE_CHECKING:
    from ..model.observations import Observations

# Excel's own limits; and how many cells (rows x columns, blanks included: calamine holds a
# sheet's used range whole) one sheet may span. 20 million is a million rows of 20 columns;
# a cell far beyond the table (XFD1048576) would otherwise ask for hundreds of gigabytes.
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
MAX_SHEET_CELLS = 20_000_000
MAX_SHEETS = 1_000  # a workbook of progress has a sheet per year or per county, not thousands
MAX_STRINGS_BYTES = 512 << 20  # the shared strings of a million rows of long names are ~100 MiB
# Excel holds at most 32,767 characters in a cell: a megabyte with no tag in it is no sheet's
LONGEST_RUN = 1 << 20


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
        if value != value or value in (float("inf"), float("-inf")):
            return "#NUM!"  # a number beyond a float (5,000 digits): what Excel itself shows for it
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
    refused = _strings_refusal(source, label)  # calamine reads every shared string when it opens
    if refused is not None:
        out.problem(refused)
        return None
    if isinstance(source, io.IOBase):
        source.seek(0)
    try:
        if isinstance(source, str) and not _encodable(source):  # a GBK name from a Windows archive
            with open(source, "rb") as handle:
                source = io.BytesIO(handle.read())
        book = CalamineWorkbook.from_filelike(source) if isinstance(source, io.IOBase) else CalamineWorkbook.from_path(source)
        if len(book.sheet_names) > MAX_SHEETS:
            out.problem(note("too_many_sheets", label, count=f"{len(book.sheet_names):,}", limit=f"{MAX_SHEETS:,}"))
            return None
        return Book(book, source, label, out)
    except _NOT_INTERRUPTS as exc:  # calamine's errors, and its panics, for a damaged or unknown file
        if type(exc).__name__ == "PasswordError":  # an encrypted workbook: an OLE file, like an old .xls
            out.problem(note("workbook_encrypted", label))
        else:
            out.problem(note("workbook_unreadable", label, error=_error(exc)))
        return None


def _encodable(path: str) -> bool:
    """Whether a path can be handed to calamine, which takes it as UTF-8."""
    try:
        path.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _strings_refusal(source: io.BytesIO | str, label: str) -> Any:
    """Why an .xlsx's shared strings cannot be read (too large, or a run of text no cell holds), or None."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return None  # not an .xlsx, or a damaged one: calamine says what is wrong
    with archive:
        try:
            info = archive.getinfo("xl/sharedStrings.xml")
        except KeyError:
            return None
        if info.file_size > MAX_STRINGS_BYTES:
            return note("strings_too_large", label, size=f"{info.file_size >> 20:,} MiB", limit=f"{MAX_STRINGS_BYTES >> 20} MiB")
        try:
            with archive.open(info) as strings:
                run = 0  # bytes since the last "<": a run longer than a block spans two blocks or more
                while block := strings.read(LONGEST_RUN):
                    first = block.find(b"<")
                    if first < 0:
                        run += len(block)
                    elif run + first > LONGEST_RUN:
                        break
                    else:
                        run = len(block) - block.rfind(b"<") - 1
                    if run > LONGEST_RUN:
                        break
                else:
                    return None
                return note("strings_long_run", label)
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
            return None
    return None


class Book:
    """An open workbook: its sheets' names, which are hidden, and each sheet's rows."""

    def __init__(self, book: Any, source: io.BytesIO | str, label: str, out: Observations) -> None:
        self._book = book
        self.label = label
        self.out = out
        # worksheets only: a chart sheet (often the first, in a file made for a presentation) holds
        # no cells; the other kinds are named in a warning where they are passed over
        kinds = {sheet.name: str(sheet.typ) for sheet in book.sheets_metadata}
        self.names: list[str] = [name for name in book.sheet_names if kinds.get(name, "WorkSheet").endswith("WorkSheet")]
        self.others: list[str] = [name for name in book.sheet_names if name not in self.names]
        self._visible = {sheet.name: str(sheet.visible).endswith("Visible") for sheet in book.sheets_metadata}
        self._parts = _sheet_parts(source)  # an .xlsx's sheet name -> its XML inside the archive
        self._scans: dict[str, SheetScan] = {}  # each sheet's XML is scanned once
        # the cell styles whose number format shows a date's month or year only (an .xlsx's)
        self._date_styles = date_styles(next(iter(self._parts.values()))[0]) if self._parts else {}
        self._source = source
        self._xls_hidden: dict[str, set[int]] | None = None  # an .xls's hidden rows by sheet, once read

    def xls_hidden(self, name: str) -> set[int] | None:
        """The rows hidden in an .xls sheet (numbered from 1), read from its row records by xlrd;
        None where the file is no .xls or they cannot be read (then said not to be known)."""
        if self._xls_hidden is None:
            self._xls_hidden = _xls_hidden_rows(self._source)
        return self._xls_hidden.get(name)

    def scan(self, name: str) -> SheetScan | None:
        """What an .xlsx sheet's XML says that calamine does not (None for other formats)."""
        if name not in self._scans:
            part = self._parts.get(name)
            if part is None:
                return None
            self._scans[name] = _scan(*part, self._date_styles)
        return self._scans[name]

    def hidden(self, name: str) -> bool:
        return not self._visible.get(name, True)

    def merged(self, name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """A sheet's merged ranges, ((top, left), (bottom, right)) counted from 0 as Excel's rows and
        columns are; none where the format does not say."""
        try:
            return list(self._book.get_sheet_by_name(name).merged_cell_ranges or [])
        except _NOT_INTERRUPTS as exc:  # a format calamine keeps none for, a damaged sheet (said when read)
            _error(exc)  # (the user's interrupt is raised again)
            return []

    def sheet(self, name: str, out: Observations | None = None) -> Sheet:
        """A sheet whose problems go to `out` (by default the reading's own)."""
        return Sheet(self, name, out)

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

    def __init__(self, book: Book, name: str, out: Observations | None = None) -> None:
        self.where = f"{book.label}:{name}"
        self.out = book.out if out is None else out
        scan = book.scan(name)
        # hidden rows are known for .xlsx and .xls; None where the format does not say (.et, .ods)
        self.hidden_rows: set[int] | None = scan.hidden if scan else book.xls_hidden(name)
        self._unstored = scan.unstored if scan else {}
        self._shown = scan.shown if scan else DateCells()
        self._shown_said: set[str] = set()  # "month", "year": the first cell read so is named, once a sheet
        self.refused = scan.refusal(self.where) if scan else None
        self.rows = self._rows(book, name)

    def _rows(self, book: Book, name: str) -> Iterator[tuple[int, list[str]]]:
        out, unstored, shown = self.out, self._unstored, self._shown if self._shown.runs else None
        if self.refused is not None:  # said by whoever reads the sheet, once
            return
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
                if shown is not None:
                    self._as_shown(cells, row, shown.at(number), left, number)
                yield number, [""] * left + cells if left else cells
        except _NOT_INTERRUPTS as exc:  # a damaged sheet: calamine's error or panic
            out.problem(note("workbook_unreadable", self.where, error=_error(exc)))


    def _as_shown(self, cells: list[str], row: list[Any], grains: dict[int, str], left: int, number: int) -> None:
        """The date cells of a row whose format shows only the month (or the year), as the text they
        show: 2019-06 (2019 for a year), which is read as its last day. The first one whose day
        this moves is named, once a sheet for each."""
        for column, grain in grains.items():
            index = column - left
            day = row[index] if 0 <= index < len(row) else None
            if not isinstance(day, dt.date):
                continue  # a text or a number cell styled as a date: read as what it holds
            cells[index] = f"{day.year:04d}-{day.month:02d}" if grain == "month" else f"{day.year:04d}"
            if grain not in self._shown_said:
                self._say_shown(day, grain, f"{self.where}!{column_letter(column)}{number}")

    def _say_shown(self, day: dt.date, grain: str, place: str) -> None:
        """Name the first cell whose day is moved to its month's (year's) end."""
        last = dt.date(day.year, 12, 31) if grain == "year" else \
            dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) - dt.timedelta(days=1)
        if (day.month, day.day) != (last.month, last.day):
            self._shown_said.add(grain)
            self.out.warnings.append(note(f"date_shown_as_{grain}", place, stored=day.isoformat(),
                                          read=last.isoformat()))


def watch_hidden(rows: Iterator[tuple[int, list[str]]], hidden: set[int], seen: list[int], skip: bool
                 ) -> Iterator[tuple[int, list[str]]]:
    """A sheet's rows, noting those hidden in Excel that hold anything (and leaving them out if
    asked): one rule for progress workbooks and ledgers alike."""
    for number, row in rows:
        if number in hidden and any(cell.strip() for cell in row):
            seen.append(number)
            if skip:
                continue
        yield number, row


def _xls_hidden_rows(source: io.BytesIO | str) -> dict[str, set[int]]:
    """Each sheet's hidden rows in an .xls (the OLE2 format of Excel 97-2003), by xlrd; empty for
    any other file, or one xlrd cannot read (calamine has said what is wrong with it, if anything)."""
    try:
        if isinstance(source, io.IOBase):
            source.seek(0)
            head = source.read(8)
        else:
            with open(source, "rb") as handle:
                head = handle.read(8)
        if head != OLE_MAGIC:
            return {}
        import xlrd  # type: ignore[import-untyped]

        if isinstance(source, io.IOBase):
            source.seek(0)
            book = xlrd.open_workbook(file_contents=source.read(), formatting_info=True, on_demand=True)
        else:
            book = xlrd.open_workbook(source, formatting_info=True, on_demand=True)
        try:
            return {name: {row + 1 for row, info in book.sheet_by_name(name).rowinfo_map.items() if info.hidden}
                    for name in book.sheet_names()}
        finally:
            book.release_resources()
    except Exception:  # (a damaged file, an .et, a format xlrd does not read: hidden rows not known)
        return {}


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


class SheetScan:
    """What one pass over an .xlsx sheet's XML finds: the rows hidden in Excel, the first formula
    of each row without a stored result, how far the cells reach, and the first shared-string
    cell whose index is not a number (calamine would read it as the first string, in silence)."""

    def __init__(self) -> None:
        self.hidden: set[int] = set()
        self.unstored: dict[int, tuple[str, str]] = {}  # row -> (column letters, the formula)
        self.last_row = 0  # the deepest row tag, or any cell from row 1,000,000 or past column Z
        self.last_column = 0  # known when past column Z
        self.bad_string: tuple[str, str] | None = None  # (cell, what its index says)
        self.long_run = False  # a megabyte or more with no tag: no cell holds that much
        self.shown = DateCells()  # the cells styled to show a date's month or year only

    def refusal(self, where: str) -> Any:
        """The problem that stops the sheet being read, or None."""
        rows, columns = max(self.last_row, 1), max(self.last_column, 26)
        if self.last_row > EXCEL_ROWS or self.last_column > EXCEL_COLUMNS:
            if self.last_row > EXCEL_ROWS:
                return note("sheet_row_beyond_excel", where, row=f"{self.last_row:,}")
            return note("sheet_column_beyond_excel", where)
        if rows * columns > MAX_SHEET_CELLS:
            return note("sheet_too_large", where, rows=rows, columns=columns, limit=f"{MAX_SHEET_CELLS:,}")
        if self.long_run:
            return note("sheet_long_run", where)
        if self.bad_string is not None:
            cell, index = self.bad_string
            return note("shared_string_bad", f"{where}!{cell}", index=quoted(index, 20))
        return None


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_HIDDEN = re.compile(rb"""\bhidden=["'](?:1|true)["']""")
_NUMBER = re.compile(rb"""\br=["']([A-Z]*)(\d+)["']""")
# a cell with a formula: <c r="C5" ...><f>2*3</f></c>, with or without its stored value <v>
_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>((?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?f\b.*?)</(?:\w+:)?c>", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*>(.*?)</(?:\w+:)?f>", re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*>.+?</(?:\w+:)?v>|<(?:\w+:)?is\b", re.S)
# The references that reach far (two or more column letters, or seven or more row digits), and
# a shared-string cell whose index is not plain digits (an empty one included). Each pattern
# starts with the attribute as Excel writes it, in double quotes: the regular expression
# engine then skips to it instead of trying every byte. An attribute in single quotes (XML
# allows it; no spreadsheet program writes it) is looked for with the slower patterns.
_FAR = re.compile(rb' r="(?:([A-Z]{2,})(\d*)|[A-Z]?(\d{7,}))"')
_BAD_STRING = re.compile(rb't="s"[^>]*>\s*<(?:\w+:)?v>(?!\d{1,9}</)([^<]*)<')
_ANY_QUOTE_FAR = re.compile(rb"""\sr=["'](?:([A-Z]{2,})(\d*)|[A-Z]?(\d{7,}))["']""")
_ANY_QUOTE_BAD_STRING = re.compile(rb"""\bt=["']s["'][^>]*>\s*<(?:\w+:)?v>(?!\d{1,9}</)([^<]*)<""")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _scan(archive: zipfile.ZipFile, path: str, date_styles: dict[int, str] | None = None) -> SheetScan:
    """One pass over a sheet's XML, in blocks of a megabyte. `date_styles` are the workbook's
    cell styles that show a date's month or year only: the cells that have one are noted."""
    found = SheetScan()
    styled = StyledCells(date_styles) if date_styles else None
    try:
        source = archive.open(path)
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return found
    with source:
        carry = b""
        while True:
            try:
                block = source.read(1 << 20)
            except (OSError, zipfile.BadZipFile, EOFError, ValueError, RuntimeError):
                block = b""  # a damaged part: calamine says what is wrong with it
            text = carry + block
            # keep an unfinished row or cell for the next block
            cut = len(text) if not block else max(text.rfind(b"<row"), text.rfind(b"<c "), text.rfind(b"<c>"))
            if cut <= 0:
                cut = len(text) if not block else text.rfind(b"<")
            text, carry = text[:cut], text[cut:]
            if len(carry) > LONGEST_RUN:
                last = carry.rfind(b"<")
                if len(carry) - last > LONGEST_RUN:  # a megabyte with no tag: no sheet's, and not read
                    found.long_run = True
                    break
                carry = carry[last:]  # many tags in one unfinished piece: the last one is kept
            if b"hidden" in text:  # most sheets hide nothing: one search of the block says so
                for tag in _ROW_TAG.findall(text):
                    if _HIDDEN.search(tag):
                        number = _NUMBER.search(tag)
                        if number:
                            found.hidden.add(int(number.group(2)))
            if b"<f" in text:
                for attributes, inner in _FORMULA_CELL.findall(text):
                    reference = _NUMBER.search(attributes)
                    if reference and not _VALUE.search(inner):
                        formula = _FORMULA.search(inner)
                        shown = "=" + _unescape(formula.group(1).decode("utf-8", "replace")) if formula else "="
                        found.unstored.setdefault(int(reference.group(2)),
                                                  (reference.group(1).decode("ascii"), shown[:40]))
            if styled is not None and date_styles is not None:
                for letters, digits, style in styled.cells(text):
                    found.shown.add(_column_number(letters) - 1, int(digits), date_styles[int(style)])
            quoted = b"='" in text
            last = text.rfind(b"<row ")  # rows come in order: the block's last is its deepest
            if last >= 0:
                number = _NUMBER.search(text, last, text.find(b">", last))
                if number and len(number.group(2)) <= 12:
                    found.last_row = max(found.last_row, int(number.group(2)))
            for letters, row_digits, digits in (_ANY_QUOTE_FAR if quoted else _FAR).findall(text):
                if letters:
                    found.last_column = max(found.last_column, _column_number(letters) if len(letters) <= 8 else 10**12)
                digits = digits or row_digits
                if digits:
                    found.last_row = max(found.last_row, int(digits) if len(digits) <= 12 else 10**12)
            if found.bad_string is None and b"<v>" in text:
                bad = (_ANY_QUOTE_BAD_STRING if quoted else _BAD_STRING).search(text)
                if bad:
                    start = text.rfind(b"<c", 0, bad.start())
                    reference = _NUMBER.search(text, start, bad.start()) if start >= 0 else None
                    cell = (reference.group(1) + reference.group(2)).decode("ascii") if reference else "?"
                    found.bad_string = (cell, bad.group(1).decode("utf-8", "replace"))
            if not block:
                break
    return found
