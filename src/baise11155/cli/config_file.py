"""The config file as a file: read within a size limit, and changed in place.

A change touches the one key it is about: the user's comments, blank lines, other sections and
keys (even ones this program does not know) are kept as they are, with the file's line ends and
byte order mark. A link is followed, so the file it names is changed and the link stays a link.
The new text is written beside that file and renamed onto it, keeping its permissions. Two
changes at once (`config set lang zh & config set plan …`) take turns: each holds a lock on a
file beside the config file (`.config.ini.lock`, left in place: removing it would let a third
process lock a file the others no longer see) and reads the file again once it holds it.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from ..present.words.command_line import english

SECTION = "baise11155"
# A config file holds two short settings: a file this big is something else, and is not read whole.
MAX_BYTES = 1 << 20
SHOWN = 60  # characters of a value or a key that a message repeats


class ConfigError(Exception):
    """The config file cannot be read, or a setting in it is not valid: said with its place."""


def clipped(text: str, limit: int = SHOWN) -> str:
    """What a message repeats of something the user wrote: its beginning, when it is long."""
    return text if len(text) <= limit else text[:limit] + "…"


def file_text(path: str) -> str | None:
    """The config file's text (a byte order mark kept), or None when there is none: a folder, a
    pipe or a device is none too, never waited on."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise ConfigError(english("config_too_big", path=path, size=size))
            data = handle.read(MAX_BYTES + 1)  # a file that grows meanwhile is still read no further
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(english("config_unreadable", path=path, reason=clipped(str(exc), 200))) from None
    if len(data) > MAX_BYTES:
        raise ConfigError(english("config_too_big", path=path, size=f"{MAX_BYTES + 1} or more"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(english("config_unreadable", path=path, reason=str(exc))) from None


def lines_of(text: str) -> list[str]:
    """The lines, each with its end (\\n, \\r\\n or an old Mac's \\r, as Python reads a text file), without
    a byte order mark."""
    import re

    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text.removeprefix("\ufeff"))


def section_settings(lines: list[str], path: str, strict: bool = True) -> dict[str, str]:
    """The settings of the [baise11155] section as written (keys in lower case, as configparser
    makes them), unchecked; ConfigError when the text is not INI. A [DEFAULT] section is one more
    section, not settings that every section inherits."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=strict, default_section="\x00")
    try:
        parser.read_file(lines, source=path)
    except configparser.Error as exc:
        raise ConfigError(english("config_unreadable", path=path,
                                  reason=clipped(str(exc).splitlines()[0], 200))) from None
    return dict(parser.items(SECTION)) if parser.has_section(SECTION) else {}


def change(path: str, key: str, value: str | None) -> bool:
    """Set `key` to `value` in the config file at `path` (remove it when `value` is None), keeping
    all else; returns whether the file had the key. ConfigError when the file is not INI (nothing
    is written then), OSError when it cannot be written."""
    target = os.path.realpath(path)  # a link is followed: the file it names is the one changed
    folder = os.path.dirname(target)
    os.makedirs(folder, exist_ok=True)
    with _locked(target):
        text = file_text(target)  # read again now that no one else is changing it
        lines = lines_of(text or "")
        section_settings(lines, path, strict=False)  # only a file configparser reads is edited
        edited, found = _edited(lines, key, value)
        if edited != lines:
            bom = "\ufeff" if (text or "").startswith("\ufeff") else ""
            _replace(target, bom + "".join(edited))
    return found


def _edited(lines: list[str], key: str, value: str | None) -> tuple[list[str], bool]:
    """The lines with `key` of [baise11155] set to `value` on its own line (any other line of it,
    and the lines its value continued on, gone), or removed when `value` is None; and whether it
    was there. A new key goes after the section's last setting, at its indent (a line indented
    deeper would continue that setting's value); a new section at the end."""
    ends = {line[len(line.rstrip("\r\n")):] for line in lines}
    newline = next((end for end in ("\r\n", "\r") if end in ends), "\n")  # as the file's own lines end
    edited: list[str] = []
    found = False
    after, indent = None, ""  # where in `edited` a new key goes, and how far in
    for line, (kind, section, name) in zip(lines, _kinds(lines), strict=True):
        ours = section == SECTION
        if ours and name == key and kind in ("option", "continuation"):
            if kind == "option" and not found and value is not None:
                body = line.rstrip("\r\n")
                edited.append(_leading(line) + f"{key} = {value}" + line[len(body):])
                after = len(edited)
            found = True
            continue
        edited.append(line)
        if ours and (kind in ("option", "continuation") or kind == "header" and after is None):
            after = len(edited)
            indent = _leading(line) if kind == "option" else indent
    if found or value is None:
        return edited, found
    if after is None:  # no such section: a new one at the end, a blank line after the user's last
        if edited and not edited[-1].endswith(("\n", "\r")):
            edited[-1] += newline
        edited += [newline] if edited and edited[-1].strip() else []
        edited.append(f"[{SECTION}]{newline}")
        after, indent = len(edited), ""
    elif not edited[after - 1].endswith(("\n", "\r")):
        edited[after - 1] += newline
    return edited[:after] + [f"{indent}{key} = {value}{newline}"] + edited[after:], False


def _leading(line: str) -> str:
    return line[:len(line) - len(line.lstrip())]


def _kinds(lines: list[str]) -> list[tuple[str, str | None, str | None]]:
    """What each line is, as configparser reads it (this follows its `_read`): ("header", section,
    None), ("option", section, key), ("continuation", section, key) of a value on several lines, or
    ("other", section, None) for a blank line or a comment."""
    import configparser

    kinds: list[tuple[str, str | None, str | None]] = []
    section: str | None = None
    name: str | None = None
    indent_level = 0
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", ";")):
            kinds.append(("other", section, None))
            continue
        indent = len(line) - len(line.lstrip())
        if section is not None and name and indent > indent_level:
            kinds.append(("continuation", section, name))
            continue
        indent_level = indent
        header = configparser.ConfigParser.SECTCRE.match(stripped)
        if header:
            section, name = header.group("header"), None
            kinds.append(("header", section, None))
            continue
        option = configparser.ConfigParser.OPTCRE.match(stripped)
        name = option.group("option").rstrip().lower() if option else None
        kinds.append(("option", section, name))
    return kinds


def _replace(target: str, text: str) -> None:
    """Write the text beside the file and rename it onto it, keeping the file's permissions."""
    import tempfile

    folder = os.path.dirname(target)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".config-", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


@contextmanager
def _locked(target: str) -> Iterator[None]:
    """Held by one change of this config file at a time, across processes."""
    lock = os.path.join(os.path.dirname(target), "." + os.path.basename(target) + ".lock")
    handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(handle, msvcrt.LK_LOCK, 1)
                    break
                except OSError as exc:  # LK_LOCK gives up after ten tries a second apart: wait on
                    if exc.errno != errno.EDEADLOCK:
                        raise
            try:
                yield
            finally:
                msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
    finally:
        os.close(handle)  # a lock on POSIX goes with the descriptor
