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
pipes. The second half's lines are numbered on from the first half's line ends, which the child
counts as the text reader does (\n, \r\n, or \r alone) while this process reads.

`tests/test_parallel.py` holds the two ways to the same results on generated ledgers.
"""

from __future__ import annotations

import os
import pickle
from typing import Any

MIN_BYTES = 16 << 20  # below this the fork and the hand-over cost more than the second core saves
MIN_BYTES_VAR = "BAISE11155_PARALLEL_MIN_BYTES"  # for tests: a smaller file read on two cores
_CHUNK = 1 << 18
_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "ascii", "big5", "latin-1", "cp1252")
# once-a-run warnings: the first half's stands, the second half's repeat of it is dropped
_ONCE = ("unit_differs", "cells_without_header")


def split(path: str, size: int, encoding: str) -> int | None:
    """Where to split a file: the byte after the first line break past its middle; None when it is
    to be read on one core (small, one core, no fork, an encoding whose line break is not one byte,
    or a quote in the first half: a quoted field might run across the middle)."""
    try:
        threshold = int(os.environ.get(MIN_BYTES_VAR) or MIN_BYTES)
    except ValueError:
        threshold = MIN_BYTES
    if size < max(threshold, 2) or not hasattr(os, "fork") or _cores() < 2:
        return None
    if encoding.replace("_", "-").lower() not in _ENCODINGS:
        return None  # (UTF-16 and UTF-32 write a line break in more than one byte)
    middle = size // 2
    with open(path, "rb") as handle:
        position = 0
        while True:
            chunk = handle.read(_CHUNK)
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


def line_ends_before(path: str, at: int) -> int:
    """How many lines end before byte `at`, as the text reader counts them: \n, \r\n, or \r alone."""
    ends = 0
    last = b""
    with open(path, "rb") as handle:
        left = at
        while left > 0:
            chunk = handle.read(min(_CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
            ends += chunk.count(b"\n")
            if b"\r" in chunk or last == b"\r":
                # a \r at a block's end waits for the next block, whose \n would make one line end of both
                joined = last + chunk
                ends += joined.count(b"\r") - joined.count(b"\r\n") - joined.endswith(b"\r")
            last = chunk[-1:]
    return ends + (last == b"\r")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def read_in_halves(reader: Any, records: Any, limited: Any, path: str, encoding: str, at: int) -> None:
    """Read the rest of a file after its header with `reader`: up to `at` here, from `at` in a
    forked child; then take the child's counts into the reader's (see the module's note)."""
    import io

    from .records import Records
    from .sources import LineLimited

    if not limited.stop_at(at):  # this side has already read past the middle (a small file): one core
        reader.read(records)
        return
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the child: the second half, then its results down the pipe
        code = 1
        try:
            os.close(read_end)
            breaks = line_ends_before(path, at)  # (counted here: the first half is being read meanwhile)
            with open(path, "rb") as handle:
                handle.seek(at)
                text = io.TextIOWrapper(LineLimited(handle), encoding=encoding, newline="")  # type: ignore[type-var]
                second = Records(text, records.delimiter)
                second.line = breaks
                result = _read_second_half(reader, second)
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
    pipe = os.fdopen(read_end, "rb")
    try:
        reader.read(records)
        half = _received(pipe)
        _, status = os.waitpid(child, 0)
    except BaseException:
        # stopped (a signal, Ctrl-C), or this half cannot be read: the child is not waited for
        # to finish its half, nor left running
        try:
            os.kill(child, 9)
            os.waitpid(child, 0)
        except OSError:  # (already reaped: the signal came after the wait)
            pass
        raise
    finally:
        pipe.close()
    if status != 0:
        half = None
    if half is None:
        reader.needs_plain = True  # the child could not read its half: the plain way, on one core
        return
    _merge(reader, half)


def _received(pipe: Any) -> dict[str, Any] | None:
    """The child's results: None when they did not all come (the child failed)."""
    from array import array

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


def _read_second_half(reader: Any, records: Any) -> dict[str, Any]:
    from ..model.observations import Observations

    reader.out = Observations()
    reader.entry_of = {}
    reader.file_digests = set()
    reader.items = reader.rows_counted = 0
    reader.needs_plain = False
    reader.read(records)
    from array import array

    out = reader.out
    # the digests as 8-byte machine integers: a fifth of a pickled set's size, and no second set
    # of integer objects in the parent while it adds them to its own
    return {"buckets": [(key, b.total, b.rows, b.first, b.source) for key, b in out.buckets.items()],
            "digests": array("q", reader.file_digests), "items": reader.items, "rows_counted": reader.rows_counted,
            "needs_plain": reader.needs_plain, "problems": out.problems, "problem_count": out.problem_count,
            "warnings": out.warnings, "latest": out.latest, "rows": out.rows}


def _merge(reader: Any, half: dict[str, Any]) -> None:
    from ..model.observations import MAX_PROBLEMS, Bucket

    out = reader.out
    if half["needs_plain"]:
        reader.needs_plain = True
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
    for problem in half["problems"]:
        if len(out.problems) < MAX_PROBLEMS:
            out.problems.append(problem)
    out.problem_count += half["problem_count"]
    # (a once-a-file warning: this file's first half's, not an earlier file's)
    mine = reader.label + ":"
    said = {(w.code, w.params.get("id")) for w in out.warnings if w.code in _ONCE and w.place.startswith(mine)}
    out.warnings += [w for w in half["warnings"] if w.code not in _ONCE or (w.code, w.params.get("id")) not in said]
