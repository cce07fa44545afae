"""CSV records from a text stream, with the line number each one ends on.

A line without a double quote is a record whose cells are the text between delimiters (RFC
4180 has nothing else to say about it), so it is split directly, which is several times faster
than the csv module. A line with a quote is handed to the csv module, which reads as many
further lines as a quoted cell spans. A test checks the records against csv.reader's.
"""

from __future__ import annotations

from itertools import chain
from typing import Iterator


class CsvError(ValueError):
    """The text is not CSV (a quote never closed, a cell too large): the line the record starts
    on, and a message code with its parameters."""

    def __init__(self, line: int, code: str, **params: str) -> None:
        super().__init__(code)
        self.line = line
        self.code = code
        self.params = params


class Records:
    def __init__(self, text: Iterator[str], delimiter: str) -> None:
        self.lines = iter(text)
        self.delimiter = delimiter
        self.line = 0  # the line the last record ended on

    def quoted(self, first: str) -> list[str]:
        """The record that starts with a line holding a quote, read by the csv module.

        Strictly: a quote never closed, or text after a closing quote, is an error named at the
        line the record starts on, rather than a cell that silently swallows the lines after it.
        """
        import csv

        reader = csv.reader(chain((first,), self.lines), delimiter=self.delimiter, strict=True)
        start = self.line + 1
        try:
            row = next(reader, [])
        except csv.Error as exc:
            raise _explain(start, str(exc)) from None
        self.line += max(reader.line_num, 1)
        return row

    def __iter__(self) -> Records:
        return self

    def __next__(self) -> list[str]:
        text = next(self.lines)
        if '"' in text:
            return self.quoted(text)
        self.line += 1
        text = text.rstrip("\r\n")
        return text.split(self.delimiter) if text else []  # a blank line, as the csv module reads it


def _explain(line: int, error: str) -> CsvError:
    if "unexpected end of data" in error:
        return CsvError(line, "quote_not_closed")
    if "expected after" in error:
        return CsvError(line, "text_after_quote")
    if "field larger than field limit" in error:
        return CsvError(line, "cell_too_long")
    return CsvError(line, "csv_error", error=error)
