"""Signals: SIGTERM and SIGHUP unwind like Ctrl-C, and all three are held while a temporary file
is made, so that no partial output is ever left behind.

The C module `_signal` is used where there is one: `signal` wraps every signal number in an enum
when imported, which costs more than the rest of `--help`.
"""

from __future__ import annotations

from typing import Any

signal: Any
try:
    import _signal as signal  # type: ignore[import-not-found,no-redef]  # the same, without the enums
except ImportError:  # another Python
    import signal


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so that no temporary file is left behind."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise Stopped(signum)


def stop_cleanly_on_signals() -> None:
    """Make SIGTERM and SIGHUP raise `Stopped` (their default kills the process mid-write); a
    signal the parent chose to ignore (`nohup`) stays ignored."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, _stop)


def held() -> set[int] | None:
    """Hold Ctrl-C, SIGTERM and SIGHUP while a temporary file is created and its name kept: one
    that arrives meanwhile is delivered when released, inside the cleanup's scope."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    wanted = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}
    return signal.pthread_sigmask(signal.SIG_BLOCK, wanted)


def release(blocked: set[int] | None) -> None:
    if blocked is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
