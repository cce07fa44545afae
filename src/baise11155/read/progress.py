"""Read progress files into observations: values summed by indicator, category and date.

Files are streamed. What is kept does not grow with the number of rows: one sum per
(indicator, category, date), and, to catch an item listed twice, one fixed-size digest per
distinct item. Problems are collected with `file:line`, so that `validate` can list them all.
"""

from __future__ import annotations

from ..model.errors import DataError
from ..model.notices import note
from ..model.observations import Observations
from ..model.plan import Plan
from ..model.record import Record
from .header import header_columns
from .lookup import NameIndex
from .records import CsvError, Records
from .rows import MAX_DUPLICATE_WARNINGS, RowReader, SeenItems
from .sources import (
    OLE_MAGIC,
    STDIN,
    ZIP_MAGIC,
    detect_encoding,
    label_of,
    locate_decode_error,
    open_binary,
    sniff_delimiter,
)


class ReadSettings(Record):
    """How progress files are read: the encoding of text files (None: detected) and the sheet of
    workbooks (None: the first)."""

    encoding: str | None = None
    sheet: str | None = None


def read_progress(plan: Plan, paths: list[str], settings: ReadSettings | None = None) -> Observations:
    """Read and combine progress files; problems are collected in the result, not raised."""
    encoding, sheet = (settings.encoding, settings.sheet) if settings is not None else (None, None)
    observations = Observations()
    names = NameIndex(plan)
    seen = SeenItems()
    # The reading makes no reference cycles; without the cyclic collector it does not stop,
    # again and again, to walk the growing set of item digests.
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        for path in paths:
            _read_one(path, encoding, names, observations, seen, sheet)
    finally:
        if collecting:
            gc.enable()
    hidden = observations.duplicates - MAX_DUPLICATE_WARNINGS
    if hidden > 0:
        observations.warnings.append(note("more_listed_again", count=hidden))
    return observations


def _read_one(path: str, encoding: str | None, names: NameIndex, out: Observations, seen: SeenItems,
              sheet: str | None = None) -> None:
    label = label_of(path)
    try:
        handle, head = open_binary(path)
    except DataError as exc:
        out.problem(exc.problems[0])
        return
    with handle:
        if not head:
            out.problem(note("file_empty", label))
            return
        if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
            _read_spreadsheet(path, handle, head, label, names, out, seen, sheet)
            return
        try:
            chosen = encoding or detect_encoding(head, label)
        except DataError as exc:
            out.problem(exc.problems[0])
            return
        # A file that can be read again is read optimistically first (see rows.py).
        optimistic = path != STDIN and handle.seekable()
        checkpoint = out.checkpoint() if optimistic else None
        reader = _read_text(handle, chosen, head, label, names, out, seen, optimistic)
        if optimistic and reader is not None and not seen.take(reader.file_digests, reader.items):
            out.restore(checkpoint)
            handle.seek(0)
            _read_text(handle, chosen, head, label, names, out, seen, optimistic=False)


def _read_spreadsheet(path, handle, head: bytes, label: str, names: NameIndex, out: Observations, seen: SeenItems,
                      sheet: str | None) -> None:
    from .spreadsheet import read_workbook, refuse_old_format

    if head.startswith(OLE_MAGIC):
        out.problem(refuse_old_format(label))
        return
    if path == STDIN:
        import io

        source = io.BytesIO(handle.read())  # a workbook is a zip archive: it needs to be seekable
    else:
        source = path
    read_workbook(source, label, sheet, names, out, seen)


def _read_text(handle, encoding: str, head: bytes, label: str, names: NameIndex, out: Observations,
               seen: SeenItems, optimistic: bool) -> RowReader | None:
    import io

    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    records = Records(text, sniff_delimiter(head, encoding))
    try:
        return _read_rows(records, label, names, out, seen, optimistic)
    except UnicodeDecodeError:
        line = locate_decode_error(handle.name if hasattr(handle, "name") else STDIN, encoding) or records.line + 1
        other = "gb18030" if encoding.startswith("utf") else "utf-8"
        out.problem(note("bad_bytes", f"{label}:{line}", encoding=encoding, other=other))
    except CsvError as exc:
        out.problem(note(exc.code, f"{label}:{exc.line}", **exc.params))
    finally:
        text.detach()  # the file stays open, to be read again if need be
    return None


def _read_rows(records: Records, label: str, names: NameIndex, out: Observations, seen: SeenItems,
               optimistic: bool) -> RowReader | None:
    header = None
    for row in records:
        if any(cell.strip() for cell in row):
            header = row
            break
    if header is None:
        out.problem(note("file_empty", label))
        return None
    try:
        line = records.line
        columns = header_columns(header, lambda column: f"{label}:{line}")
    except DataError as exc:
        for message in exc.problems:
            out.problem(message)
        return None
    reader = RowReader(label, columns, len(header), names, out, seen, optimistic)
    reader.read(records)
    return reader
