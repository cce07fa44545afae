"""CSV records from a text stream, read by the csv module, with the line each one ends on.

Strictly: a quote never closed, or text after a closing quote, is an error named at the line
the record starts on, rather than a cell that silently swallows the lines after it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator


class CsvError(ValueError):
    """The text is not CSV (a quote never closed, a cell too large): the line the record starts
    on, and a message code with its parameters."""

    def __init__(self, line: int, code: str, **params: str) -> None:
        super().__init__(code)
        self.line = line
        self.code = code
        self.params = params


class Records:
    """The records of a text, each with the line it ends on; `line` is the last one read (so that
    a read failing part way is named at the line after it)."""

    def __init__(self, text: Iterator[str], delimiter: str) -> None:
        self._reader = csv.reader(text, delimiter=delimiter, strict=True)
        self.line = 0

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _explain(self.line + 1, str(exc)) from None
            self.line = reader.line_num
            yield self.line, row


def _explain(line: int, error: str) -> CsvError:
    if "unexpected end of data" in error:
        return CsvError(line, "quote_not_closed")
    if "expected after" in error:
        return CsvError(line, "text_after_quote")
    if "field larger than field limit" in error:
        return CsvError(line, "cell_too_long")
    return CsvError(line, "csv_error", error=error)
