"""A plan file given with --targets, kept already read in the user's cache, so that the next
command measuring against it need not import the YAML library (a sixth of its start-up).

An entry is named by the SHA-256 of the file's exact text and holds that text, taken only when it
is the file's: an edited file has another entry, so an entry can never be stale; and the entries
are kept in a folder named for the YAML reader that made them, so a new version of it reads every
plan afresh. (The cache is trusted as the plan file is: it lies in the user's own cache folder.) It holds the document as JSON, each value tagged where JSON would
lose it (a date, a mapping whose keys are not text), so that it reads back exactly as the YAML
reader gave it. A missing, unreadable or damaged entry is passed over (the YAML is read), and a
cache that cannot be written is no error: the cache only ever saves time.

Where: BAISE11155_CACHE (`off` to use none), else `$XDG_CACHE_HOME/baise11155`, `~/.cache/baise11155`,
or on Windows `%LOCALAPPDATA%\\baise11155\\Cache`.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Any

CACHE_ENV_VAR = "BAISE11155_CACHE"
VERSION = 1  # of the entries' form: a new form is a new folder, old entries are never misread


def cache_folder() -> str | None:
    given = os.environ.get(CACHE_ENV_VAR, "").strip()
    if given.lower() == "off":
        return None
    if given:
        base = given
    elif sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = os.path.join(os.environ["LOCALAPPDATA"], "baise11155", "Cache")
    else:
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "baise11155")
    # the reader that made the entries is part of their folder's name: another version of it (an
    # upgrade, an edit) reads every plan file afresh
    reader = os.path.join(os.path.dirname(os.path.abspath(__file__)), "yaml_reader.py")
    try:
        made = os.stat(reader)
        stamp = f"{made.st_size:x}-{made.st_mtime_ns:x}"
    except OSError:
        return None
    return os.path.join(base, f"plans-{VERSION}-{stamp}")


def _entry(text: str) -> str | None:
    import hashlib

    folder = cache_folder()
    if folder is None:
        return None
    return os.path.join(folder, hashlib.sha256(text.encode("utf-8")).hexdigest() + ".json")


def cached(text: str) -> Any | None:
    """The document of a plan file's text, if the cache has it; else None."""
    path = _entry(text)
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            import json

            entry = json.load(handle)
        if entry.get("text") != text:  # an entry is taken only for the very text it was made from
            return None
        return _decode(entry["document"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None  # no entry, or a damaged one: read the YAML


def keep(text: str, document: Any) -> None:
    """Keep a plan file's document for next time; any failure to write is passed over."""
    path = _entry(text)
    if path is None:
        return
    import json
    import tempfile

    try:
        encoded = json.dumps({"text": text, "document": _encode(document)}, ensure_ascii=False)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".part")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(encoded)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except (OSError, TypeError, ValueError, RecursionError):
        pass


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        if all(isinstance(key, str) for key in value):
            return {"$text": {key: _encode(item) for key, item in value.items()}}
        return {"$pairs": [[_encode(key), _encode(item)] for key, item in value.items()]}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, dt.datetime):
        raise TypeError("a time of day is not kept")  # the YAML reader gives dates only
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if isinstance(value, dict):
        (tag, inner), = value.items()
        if tag == "$text":
            return {key: _decode(item) for key, item in inner.items()}
        if tag == "$pairs":
            return {_decode(key): _decode(item) for key, item in inner}
        if tag == "$date":
            return dt.date.fromisoformat(inner)
        raise KeyError(tag)
    return value
