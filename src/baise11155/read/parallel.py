"""A big CSV file read on two cores: the same row code, on each half of the file.

Above `MIN_BYTES`, where the system can fork and has a second core, a text file read the fast way
is split at the first line break after its middle. A forked child reads the second half with the
reader as it stands after the header (a fresh set of sums), while this process reads the first;
the child's sums, item digests, problems and warnings are then added to this process's, in line
order. Nothing else changes: an item listed in both halves is a repeat the digests show (the file
is then read again the plain way, which names it, as for any repeat), a total or footer in either
half sends the file to the plain way too, and a level given in both halves for one date is left to
the plain way to name. A file with a quote in its first half (a quoted field may hold a line
break, and the middle might fall inside one) is read on one core, as are standard input and named
pipes. The child reads the file this process opened (by the descriptor, at its own offsets),
not whatever its name points at by then. The second half's lines are numbered on from the first
half's last line, which this process sends the child when it has read its half; a child that
needs it sooner (to name a place) counts the first half's lines itself. A file whose cells rarely
repeat, where a problem was met while counts were folded into the sums, is read again on one
core (the folds fall elsewhere in halves, and with them the order the problems come in); so is a
file when no descriptor or process is to spare.

`tests/test_parallel.py` holds the two ways to the same results on generated ledgers.
"""

from __future__ import annotations

import io
import os
import pickle
from array import array
from typing import Any

MIN_BYTES = 16 << 20  # below this the fork and the hand-over cost more than the second core saves
MIN_BYTES_VAR = "BAISE11155_PARALLEL_MIN_BYTES"  # for tests: a smaller file read on two cores
_CHUNK = 1 << 18
# This process's share of an itemised file: after its half it also adds the child's item digests
# to its set (each a cache miss: about a twelfth of what reading the whole file costs), so it
# reads that much less.
ITEMISED_SHARE = 0.46
_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "ascii", "big5", "latin-1", "cp1252")
# once-a-run warnings: the first half's stands, the second half's repeat of it is dropped
_ONCE = ("unit_differs", "cells_without_header")


def split(fd: int, size: int, encoding: str, itemised: bool = False) -> int | None:
    """Where to split the open file `fd`: the byte after the first line break past its middle (a
    little before it for a file that lists items, see ITEMISED_SHARE); None when it is to be read
    on one core (small, one core, no fork, an encoding whose line break is not one byte, or a
    quote in the first half: a quoted field might run across the middle)."""
    try:
        threshold = int(os.environ.get(MIN_BYTES_VAR) or MIN_BYTES)
    except ValueError:
        threshold = MIN_BYTES
    if size < max(threshold, 2) or not hasattr(os, "fork") or _cores() < 2:
        return None
    if encoding.replace("_", "-").lower() not in _ENCODINGS:
        return None  # (UTF-16 and UTF-32 write a line break in more than one byte)
    middle = int(size * (ITEMISED_SHARE if itemised else 0.5))
    position = 0
    while True:
        chunk = os.pread(fd, _CHUNK, position)
        if not chunk:
            return None
        if position + len(chunk) > middle:
            offset = chunk.find(b"\n", max(middle - position, 0))
            if offset >= 0:  # the second half's quotes are read as any are: no field spans the split
                at = position + offset + 1
                return at if at < size and b'"' not in chunk[:offset] else None
        if b'"' in chunk:
            return None
        position += len(chunk)


def line_ends_before(fd: int, at: int) -> int:
    """How many lines of the open file `fd` end before byte `at`, as the text reader counts them:
    \n, \r\n, or \r alone."""
    ends = 0
    last = b""
    position = 0
    while position < at:
        chunk = os.pread(fd, min(_CHUNK, at - position), position)
        if not chunk:
            break
        position += len(chunk)
        ends += chunk.count(b"\n")
        if b"\r" in chunk or last == b"\r":
            # a \r at a block's end waits for the next block, whose \n would make one line end of both
            joined = last + chunk
            ends += joined.count(b"\r") - joined.count(b"\r\n") - joined.endswith(b"\r")
        last = chunk[-1:]
    return ends + (last == b"\r")


class _From(io.RawIOBase):
    """The open file `fd` from byte `at` on, read with os.pread: the descriptor's position (this
    process's parent reads through it) does not move, and the file is the one the parent opened,
    whatever its name points at by now."""

    def __init__(self, fd: int, at: int) -> None:
        self._fd, self._at = fd, at

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = os.pread(self._fd, len(buffer), self._at)
        buffer[:len(data)] = data
        self._at += len(data)
        return len(data)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def read_in_halves(reader: Any, records: Any, limited: Any, fd: int, encoding: str, at: int) -> None:
    """Read the rest of a file after its header with `reader`: up to `at` here, from `at` in a
    forked child; then take the child's counts into the reader's (see the module's note)."""
    from .records import Records
    from .sources import LineLimited

    if not limited.stop_at(at):  # this side has already read past the middle (a small file): one core
        reader.read(records)
        return
    first_warning = len(reader.out.warnings)  # (this file's warnings: the rows before were none, see progress.py)
    opened: list[int] = []
    try:
        read_end, write_end = os.pipe()  # the child's results
        opened += (read_end, write_end)
        count_end, counted_end = os.pipe()  # the first half's line count, when it is known
        opened += (count_end, counted_end)
        child = os.fork()
    except OSError:  # no descriptors or processes to spare (`ulimit -n`, `ulimit -u`): one core reads it all
        for fd_opened in opened:
            _close(fd_opened)
        limited.stop_at(None)
        reader.read(records)
        return
    if child == 0:  # the child: the second half, then its results down the pipe
        code = 1
        try:
            os.close(read_end)
            os.close(counted_end)
            with io.BufferedReader(_From(fd, at), _CHUNK) as handle:
                # (a BOM is the file's first bytes, not a line's: a line starting with one is read as one core reads it)
                inside = "utf-8" if encoding.replace("_", "-").lower() == "utf-8-sig" else encoding
                text = io.TextIOWrapper(LineLimited(handle), encoding=inside, newline="")  # type: ignore[type-var]
                reader.place = _numbered_on(reader.place, count_end, fd, at)
                result = _read_second_half(reader, Records(text, records.delimiter))
            digests = result.pop("digests")
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:  # the sizes, the rest pickled, the digests as they lie
                out.write(len(payload).to_bytes(8, "little") + len(digests).to_bytes(8, "little"))
                out.write(payload)
                out.write(memoryview(digests).cast("B"))
            code = 0
        except BaseException:  # noqa: BLE001 (the parent reads the file on one core instead)
            pass
        finally:
            os._exit(code)
    os.close(write_end)
    os.close(count_end)
    pipe = os.fdopen(read_end, "rb")
    try:
        reader.read(records)
        if reader.needs_plain:  # the first half is read again the plain way, and so the second
            _stop(child)
            return
        _send_count(counted_end, records.line)
        half = _received(pipe)
        _, status = os.waitpid(child, 0)
    except BaseException:
        # stopped (a signal, Ctrl-C), or this half cannot be read: the child is not waited for
        # to finish its half, nor left running
        _stop(child)
        raise
    finally:
        pipe.close()
        _close(counted_end)
    if status != 0:
        half = None
    if half is None:
        reader.needs_plain = True  # the child could not read its half: the plain way, on one core
        return
    _merge(reader, half, first_warning)


def _numbered_on(place: Any, count_end: int, fd: int, at: int) -> Any:
    """The second half's places, its lines numbered on from the first half's: the count is taken
    when the first place is named (at the end of this half, unless a row has a problem)."""
    before: list[int] = []

    def placed(line: int, column: int | None = None) -> str:
        if not before:
            before.append(_first_half_lines(count_end, fd, at))
        return place(line + before[0], column)

    return placed


def _first_half_lines(count_end: int, fd: int, at: int) -> int:
    """How many lines the first half has: the parent's count, when it has sent it (it knows it
    once it has read its half); else counted here, rather than waiting for the whole of the
    parent's half (a problem early in this half, a fold of the remembered tuples, or a parent
    slower than this child). Counting costs about a tenth of reading a half; both counts are the
    text reader's, so they agree."""
    os.set_blocking(count_end, False)
    try:
        said = os.read(count_end, 8)
    except BlockingIOError:
        said = b""
    if len(said) == 8:  # (8 bytes into a pipe come at once, or not at all)
        return int.from_bytes(said, "little")
    return line_ends_before(fd, at)


def _send_count(counted_end: int, lines: int) -> None:
    try:
        os.write(counted_end, lines.to_bytes(8, "little"))  # (8 bytes: a pipe takes them at once)
    except OSError:  # the child has ended: whether it sent its results is for `_received` to find
        pass


def _stop(child: int) -> None:
    try:
        os.kill(child, 9)
        os.waitpid(child, 0)
    except OSError:  # (already reaped: the signal came after the wait)
        pass


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _received(pipe: Any) -> dict[str, Any] | None:
    """The child's results: None when they did not all come (the child failed)."""
    try:
        sizes = pipe.read(16)
        if len(sizes) < 16:
            return None
        size, count = int.from_bytes(sizes[:8], "little"), int.from_bytes(sizes[8:], "little")
        half = pickle.loads(pipe.read(size))
        digests = array("q", bytes(8 * count)) if count else array("q")
        if count and pipe.readinto(memoryview(digests).cast("B")) != 8 * count:
            return None
        half["digests"] = digests  # read into place: no second copy of them in memory
        return half
    except Exception:  # noqa: BLE001 (a half that cannot be taken is read again, on one core)
        return None


class _Digests(array):
    """The second half's item digests as 8-byte machine integers, in the order read: appending
    costs a third of adding to a set, whose hash table has a cache miss per item; a repeat among
    them is found when the parent adds them to its own set. They go down the pipe as they lie (a
    fifth of a pickled set's size), and the parent reads them into place."""

    add = array.append


def _read_second_half(reader: Any, records: Any) -> dict[str, Any]:
    from ..model.observations import Observations

    reader.out = Observations()
    reader.entry_of = {}
    reader.cells = {}
    reader.file_digests = _Digests("q")
    reader.items = reader.rows_counted = 0
    reader.needs_plain = False
    reader.read(records)
    out = reader.out
    return {"buckets": [(key, b.total, b.rows, b.first, b.source) for key, b in out.buckets.items()],
            "digests": reader.file_digests, "items": reader.items, "rows_counted": reader.rows_counted,
            "needs_plain": reader.needs_plain, "problems": out.problems, "problem_count": out.problem_count,
            "finished_from": reader.finished_from, "said_at_fold": reader.said_at_fold,
            "warnings": out.warnings, "latest": out.latest, "rows": out.rows}


def _merge(reader: Any, half: dict[str, Any], first_warning: int) -> None:
    from ..model.observations import MAX_PROBLEMS, Bucket

    out = reader.out
    if half["needs_plain"]:
        reader.needs_plain = True
        return
    if reader.said_at_fold or half["said_at_fold"]:
        # Cells that rarely repeat are folded into the sums every MAX_REMEMBERED tuples, at points
        # each half counts from its own start: a problem met at a fold would come in another order
        # than one core's, so one core reads the file again. (The sums themselves, and their
        # first rows, do not depend on where the folds fall.)
        reader.again_on_one_core = True
        return
    plan = reader.names.plan
    for key, _total, _rows, _first, source in half["buckets"]:
        known = out.buckets.get(key)
        kind = plan.indicator(key[0]).kind
        if known is not None and (not kind.summed or kind.levels and known.source not in ("", source)):
            # a level given in both halves, or given in an earlier file too: the plain way names it
            reader.needs_plain = True
            return
    for key, total, rows, first, source in half["buckets"]:
        bucket = out.buckets.get(key)
        if bucket is None:
            bucket = out.buckets[key] = Bucket(first, source)
        bucket.total += total
        bucket.rows += rows
    out.rows += half["rows"]
    if half["latest"] is not None and (out.latest is None or half["latest"] > out.latest):
        out.latest = half["latest"]
    reader.file_digests.update(half["digests"])
    reader.items += half["items"]
    reader.rows_counted += half["rows_counted"]
    # In the order one core gives: the rows' problems and warnings in line order, then those met
    # while the sums were made (the first half's, then the second's), as many as are kept.
    rows_end, warnings_end = reader.finished_from
    its_rows_end, its_warnings_end = half["finished_from"]
    problems = half["problems"]
    out.problems[:] = (out.problems[:rows_end] + problems[:its_rows_end] + out.problems[rows_end:]
                       + problems[its_rows_end:])[:MAX_PROBLEMS]
    out.problem_count += half["problem_count"]
    # a once-a-file warning said in this file's first half is not said again (another file's is)
    said = {(w.code, w.params.get("id")) for w in out.warnings[first_warning:] if w.code in _ONCE}
    kept = [(n, w) for n, w in enumerate(half["warnings"])
            if w.code not in _ONCE or (w.code, w.params.get("id")) not in said]
    out.warnings[:] = (out.warnings[:warnings_end] + [w for n, w in kept if n < its_warnings_end]
                       + out.warnings[warnings_end:] + [w for n, w in kept if n >= its_warnings_end])
