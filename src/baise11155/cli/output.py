"""Where a command's output goes: standard output, or a file written atomically.

Nothing a user gave is overwritten: a file is written beside its destination under a
temporary name and renamed into place only when complete, and never onto one of the inputs.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from dataclasses import dataclass
from typing import Any

from ..model.notices import UsageProblem, UserError, note, os_reason, printable
from ..read.sources import STDIN
from .signals import held, release


@dataclass(frozen=True, slots=True)
class Output:
    """The output settings every reporting command shares."""

    fmt: str
    lang: str
    path: str | None = None

    @property
    def terminal(self) -> bool:
        return self.path is None and sys.stdout is not None and sys.stdout.isatty()


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_destination(path: str, inputs: list[str]) -> None:
    """Refuse, before any work is done, a destination that would destroy an input or cannot be written."""
    for source in inputs:
        if source != STDIN and os.path.exists(path) and _same_file(path, source):
            raise UsageProblem([note("output_is_input", path)])
        if source == STDIN and _is_standard_input(path):
            raise UsageProblem([note("output_is_input", path)])  # `status - -o s.csv < s.csv`
    if os.path.isdir(path):
        raise UsageProblem([note("output_is_directory", path)])
    if _writes_through(path) or _descriptor(path) is not None:
        return  # a device, a pipe, standard output: written into, not replaced
    folder = os.path.dirname(_real(path))
    if not os.path.isdir(folder):
        raise UsageProblem([note("output_no_folder", path, folder=folder)])
    if not os.access(folder, os.W_OK):
        raise UsageProblem([note("output_not_allowed", path, folder=folder)])
    try:
        read_only = os.path.exists(path) and not os.stat(path).st_mode & 0o222
    except OSError:
        read_only = False
    if read_only:  # made read-only to keep it: renaming a new file onto it would not ask (as root, not at all)
        raise UsageProblem([note("output_read_only", path)])


def _is_standard_input(path: str) -> bool:
    """Whether a regular file is the one standard input was opened on."""
    try:
        given, there = os.fstat(0), os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(given.st_mode) and (given.st_dev, given.st_ino) == (there.st_dev, there.st_ino)


def _writes_through(path: str) -> bool:
    """A destination that is not a regular file (/dev/null, /dev/stdout, a named pipe) is written
    into as it is: renaming a new file over it would replace the device or the pipe."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # a new file


_NAMED = {"/dev/stdout": 1, "/dev/stderr": 2}


def _descriptor(path: str) -> int | None:
    """The descriptor this process already has open on the destination, when it is standard
    output or error by name (/dev/stdout, /dev/fd/1, /proc/self/fd/1) or the regular file one of
    them is (`-o log.txt >> log.txt`): that is written through, where the shell put it, after what
    it already holds when opened to append (`>>`). Opened again by its name, it would be emptied
    (/dev/stdout on Linux is the file itself), or replaced by a rename."""
    named = _NAMED.get(path)
    for folder in ("/dev/fd/", "/proc/self/fd/"):
        if path.startswith(folder) and path[len(folder):].isdigit():
            named = int(path[len(folder):])
    try:
        there = os.stat(path)
    except OSError:
        return None
    for number in (named,) if named is not None else (1, 2):
        try:
            given = os.fstat(number)
        except OSError:
            continue
        if (given.st_dev, given.st_ino) == (there.st_dev, there.st_ino) and \
                (named is not None or stat.S_ISREG(given.st_mode)):
            return number
    return None


def _write_to(number: int, data: bytes) -> None:
    for stream in (sys.stdout, sys.stderr):  # what Python holds for it goes first
        if stream is not None:
            stream.flush()
    view = memoryview(data)
    while view:
        view = view[os.write(number, view):]


def _real(path: str) -> str:
    """Where a file really is: a link is followed, so that the file it names is replaced, not the link."""
    return os.path.realpath(path)


def write_atomically(path: str, data: bytes) -> None:
    import tempfile

    number = _descriptor(path)
    if number is not None:
        try:
            _write_to(number, data)
        except BrokenPipeError:  # `-o /dev/stdout | head`: the reader chose to stop
            raise ReaderGone from None
        except OSError as exc:  # a full disk, `ulimit -f`: said
            raise UserError([note("output_failed", path, reason=os_reason(exc))]) from None
        return
    if _writes_through(path):
        try:
            with open(path, "wb") as stream:
                stream.write(data)
        except OSError as exc:  # /dev/full: the disk is full, and so it is said
            raise UserError([note("output_failed", path, reason=os_reason(exc))]) from None
        return
    shown, path = path, _real(path)
    folder = os.path.dirname(path)
    temporary = None
    blocked = held()
    try:
        try:
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".baise11155-", suffix=".part")
        finally:
            release(blocked)  # a signal that came meanwhile is raised here, with `temporary` known
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if os.path.exists(path):
            # keep the permissions of the file being replaced
            os.chmod(temporary, os.stat(path).st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException as exc:  # Ctrl-C and Stopped included: never leave a partial file
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if isinstance(exc, OSError):
            raise UserError([note("output_failed", shown, reason=os_reason(exc))]) from None
        raise


def rendered(make, place: str | None) -> Any:
    """What a renderer makes; a workbook is assembled in temporary files (openpyxl writes each
    sheet to one), so the file system's refusals (`ulimit -f`, a full /tmp) are said, not raised."""
    try:
        return make()
    except Exception as exc:
        failed = write_error(exc)
        if failed is None:
            raise
        problem = UserError([note("output_failed", place or "<stdout>", reason=os_reason(failed))])
    _let_go()
    raise problem from None


def write_error(exc: BaseException | None) -> OSError | None:
    """The system's refusal a failed write is, or None: an OSError, or lxml's SerialisationError
    naming one ("IO_EFBIG"), which openpyxl raises where lxml is installed (python-docx brings it)."""
    if isinstance(exc, OSError):
        return exc
    said = str(exc)
    if type(exc).__name__ == "SerialisationError" and said.startswith("IO_"):
        import errno

        number = getattr(errno, said[3:], None)
        if isinstance(number, int):
            return OSError(number, os.strerror(number))
    return None


def _let_go() -> None:
    """Free what a failed render left half-written (openpyxl's sheet writers, whose files are
    closed when they are freed and fail the same way again), with that second failure unsaid."""
    import gc

    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None if write_error(unraisable.exc_value) else hook(unraisable)
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


class ReaderGone(Exception):
    """Standard output's reader has gone away."""


def emit(text: str | bytes, output: Output) -> None:
    """Write a rendered result to standard output or to the --output file."""
    if output.path is not None:
        if isinstance(text, str):
            from ..present.formats import REGISTRY

            text = text.encode("utf-8-sig" if REGISTRY[output.fmt].bom else "utf-8")
        write_atomically(output.path, text)
        said(output.path, output.lang)
        return
    stream = sys.stdout
    data = text if isinstance(text, bytes) else _encoded(text, stream.encoding)
    try:
        _write_out(stream, data)
    except BrokenPipeError:
        # the reader went away (`| head`): main ends quietly (as a BrokenPipeError, click's own
        # handling would catch it first and exit 1)
        raise ReaderGone from None
    except OSError as exc:  # /dev/full, `ulimit -f`: said, never a result cut short in silence
        raise UserError([note("output_failed", "<stdout>", reason=os_reason(exc))]) from None


def said(path: str, lang: str) -> None:
    """What was written, on standard error, in the run's language (standard output stays the result's)."""
    import click

    from ..present.words import phrase

    click.echo(phrase("wrote", lang, path=printable(path)), err=True)


def _encoded(text: str, encoding: str | None) -> bytes:
    try:
        return text.encode(encoding or "utf-8")
    except UnicodeEncodeError:  # a terminal in a narrower encoding: UTF-8 rather than a traceback
        return text.encode("utf-8")


def _write_out(stream: Any, data: bytes) -> None:
    """Every byte, or an error: Python's buffered writer can drop the rest of a write cut short
    by the file size limit without a word, so the descriptor is written to until done."""
    stream.flush()
    try:
        number = stream.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
        stream.buffer.write(data)
        stream.flush()
        return
    if os.name != "posix":  # where text mode also turns \n into \r\n
        stream.buffer.write(data)
        stream.flush()
        return
    view = memoryview(data)
    while view:
        view = view[os.write(number, view):]
