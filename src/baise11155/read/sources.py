"""Opening progress files as text: encodings, the byte-order mark, standard input, delimiters.

UTF-8 (with or without a BOM) and GB18030 (which covers GBK and GB2312, what Excel and WPS on
Chinese Windows write) are told apart from the first block of bytes; `--encoding` overrides.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from typing import Any, BinaryIO

from ..model.notices import DataError, note, os_reason

STDIN = "-"
# what a spreadsheet starts with, told apart from text before any decoding
ZIP_MAGIC = b"PK\x03\x04"  # .xlsx, .xlsm (and any zip archive)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary formats: .xls, .et, .doc
_SNIFF_BYTES = 1 << 16


def label_of(path: str) -> str:
    return "<stdin>" if path == STDIN else path


class _Replay(io.RawIOBase):
    """A stream that gives back bytes already read from a pipe, then the rest of the pipe."""

    def __init__(self, head: bytes, rest: BinaryIO, owned: bool = False) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._owned = owned  # a pipe this program opened is closed with it; standard input is not

    def close(self) -> None:
        if self._owned and not self.closed:
            self._rest.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


# A line longer than this is not a row of progress (a million columns is 1 MiB, a header padded
# with five million commas 5 MiB): reading stops there instead of holding gigabytes in one string.
MAX_LINE_BYTES = 32 << 20


class LineTooLong(ValueError):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class LineLimited(io.BufferedIOBase):
    """A file's bytes as they are, with the length of the line being read watched: one longer
    than MAX_LINE_BYTES raises LineTooLong with its number (a few C operations per block read)."""

    def __init__(self, raw: BinaryIO, limit: int = MAX_LINE_BYTES) -> None:
        self._raw: Any = raw  # a buffered reader: it has read1
        self._limit = limit
        self._run = 0  # bytes since the last line break
        self._breaks = 0
        self._after_cr = False  # the last block ended in a \r (a \n next ends the same line)

    def readable(self) -> bool:
        return True

    def _watch(self, data: bytes) -> bytes:
        """Lines end as Python's text files end them: at \\n, \\r\\n, or a lone \\r (old Mac files)."""
        last = max(data.rfind(b"\n"), data.rfind(b"\r"))
        if last < 0:
            self._run += len(data)
        else:
            # a \r\n is one line break, also when a block ends between the two
            joined = data.count(b"\r\n") + (self._after_cr and data[:1] == b"\n")
            self._breaks += data.count(b"\n") + data.count(b"\r") - joined
            self._run = len(data) - last - 1
        if data:
            self._after_cr = data[-1:] == b"\r"
        if self._run > self._limit:
            raise LineTooLong(self._breaks + 1)
        return data

    def read(self, size: int | None = -1) -> bytes:
        return self._watch(self._raw.read(-1 if size is None else size))

    def read1(self, size: int = -1) -> bytes:
        return self._watch(self._raw.read1(size))


def open_binary(path: str) -> tuple[BinaryIO, bytes]:
    """Open a file (or standard input) and read its first block without losing it."""
    label = label_of(path)
    try:
        if path == STDIN:
            if sys.stdin is None:  # `<&-`
                raise DataError([note("stdin_closed", label)])
            raw = sys.stdin.buffer
            head = raw.read(_SNIFF_BYTES)
            return io.BufferedReader(_Replay(head, raw)), head
        if os.path.isdir(path):
            raise DataError([note("is_directory", label)])
        handle = open(path, "rb")  # noqa: SIM115  (handed to the caller, who closes it)
        head = handle.read(_SNIFF_BYTES)
        if not handle.seekable():  # a named pipe, `<(command)`: read once, as standard input is
            return io.BufferedReader(_Replay(head, handle, owned=True)), head
        handle.seek(0)
        return handle, head
    except FileNotFoundError:  # the commonest slip, said as a clerk can act on it: the name or the folder
        raise DataError([note("file_not_found", path=label)]) from None
    except OSError as exc:
        raise DataError([note("cannot_open", label, reason=os_reason(exc))]) from None


MAX_STDIN_WORKBOOK = 256 << 20  # held in memory whole (a file on disk is not): 100k rows are ~5 MiB


def workbook_source(path: str, handle: BinaryIO, label: str) -> io.BytesIO | str:
    """What a workbook is opened from: its path, or from standard input or a named pipe its bytes
    held in memory (a workbook is a zip archive and needs to be seekable), up to a limit said."""
    if handle.seekable():
        return path
    data = handle.read(MAX_STDIN_WORKBOOK + 1)
    if len(data) > MAX_STDIN_WORKBOOK:
        limit = f"{MAX_STDIN_WORKBOOK >> 20} MiB" if MAX_STDIN_WORKBOOK >= 1 << 20 else f"{MAX_STDIN_WORKBOOK:,} bytes"
        raise DataError([note("stdin_workbook_too_large", label, limit=limit)])
    return io.BytesIO(data)


def detect_encoding(head: bytes, label: str) -> str:
    """Tell UTF-8 from GB18030 by the first block of a file; UTF-16 only by its BOM."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text" (tab-separated)
    if b"\x00" in head:
        raise DataError([note("binary_file", label)])
    for encoding in ("utf-8", "gb18030"):
        try:
            # not final: the block may end in the middle of a character
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
            return encoding
        except UnicodeDecodeError:
            continue
    raise DataError([note("unknown_encoding", f"{label}:1")])


# codecs Python knows that are not how a text file is stored: they turn text into other text
# (domain names, escapes) or refuse everything
_NOT_FILE_ENCODINGS = {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "charmap"}
# the encodings whose text is two or four bytes a character: ASCII in them always holds zero bytes
WIDE_ENCODINGS = ("utf-16", "utf-32")


def check_encoding(name: str) -> str:
    """The canonical name of an encoding given with --encoding, or a usage error. Only encodings
    of text are accepted: `base64`, `zlib`, `rot13` are codecs too, but no CSV is stored in them."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}; try utf-8 or gb18030") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise ValueError(f"{name!r} is not an encoding of text files; try utf-8 or gb18030") from None
    return info.name


def check_wide(head: bytes, encoding: str, label: str) -> None:
    """Refuse --encoding utf-16 or utf-32 for a file that is plainly not: one without zero bytes."""
    if encoding.startswith(WIDE_ENCODINGS) and b"\x00" not in head:
        raise DataError([note("not_wide", label, encoding=encoding)])


def sniff_delimiter(head: bytes, encoding: str) -> str:
    """Comma, unless the header line holds tabs and no commas (a TSV, or Excel's Unicode text)."""
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head[:4096], final=False)
    first = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    return "\t" if "\t" in first and "," not in first else ","


def locate_decode_error(path: str, encoding: str) -> int | None:
    """The line of the first bytes that do not decode (only for a file that can be read again)."""
    if path == STDIN:
        return None
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    decoder.decode(line)
                except UnicodeDecodeError:
                    return number
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return number
    except OSError:
        return None
    return None
