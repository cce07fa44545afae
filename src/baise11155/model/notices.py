"""What the tool tells a user about their files, as data: a code, a place and parameters; and the
errors that carry such notes out of reading (a targets file or a progress file that cannot be read).

Reading and calculation make notes; only `present.words` turns them into Chinese or English,
so that the JSON contract is the same in every language. A parameter may itself be a note (a
phrase inside a message, such as a hint), a tuple of alternatives, or plain text and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from decimal import Decimal
    from fractions import Fraction


# warnings that say a cross-check failed: a total, a city row or a row's figures that do not add up,
# a figure thousands of times its neighbours. The figure is given and marked; `validate` fails on them.
CHECKS_FAILED = {"total_differs": "totals", "total_of_differs": "totals", "row_total_differs": "totals",
                 "city_row_differs": "totals", "figure_far_off": "far_off", "level_far_from_baseline": "far_off",
                 "period_additions_missing": "additions"}  # each by its kind, as validate counts them

# warnings on rows that are not data and not read as such (a title and a unit line above the header,
# a footer, a row of 栏次, a ledger's headings and notes): they change no figure, so the report's
# 【数据核实】 line, for the notes that touch a figure, leaves them out
NOT_ON_FIGURES = frozenset({"header_below", "footer_skipped", "numbering_row", "ledger_rows_aside"})

# what a message is made of: text and numbers (None where one is not known), a phrase inside it (a
# note), alternatives (a tuple), names listed one after another (`Listed`)
Param = Union[str, int, float, "Fraction", "Decimal", "Note", tuple["Param", ...], None]

QUOTED_LENGTH = 40  # a user's text longer than this is cut short in a message


class Quoted(str):
    """A user's own text (a cell, a header, a sheet's name) quoted in a message: the catalogue
    puts it in the language's quotation marks (“…” in Chinese, '…' in English); the JSON gives the
    text itself."""

    __slots__ = ()


def quoted(text: str, length: int = QUOTED_LENGTH) -> Quoted:
    """A user's text to quote in a message, cut short (…) if it is long."""
    return Quoted(text if len(text) <= length else text[:length - 3] + "...")


class Typed(str):
    """A user's text to type on the command line (`--column value=完成情况`): shown as it is, in
    shell quotes only where a shell needs them (a space, a quote), in every language."""

    __slots__ = ()


class Listed(tuple):
    """Names listed one after another (右江区、田阳区 / Youjiang, Tianyang), each said as it is (a
    `Quoted` in quotation marks); not alternatives."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Note:
    """One problem or warning: the catalogue's `code`, where (`file:line`, `file:Sheet!C7`, or
    nothing), and the values the message is made of."""

    code: str
    place: str
    params: dict[str, Param]


def note(code: str, place: str = "", **params: Param) -> Note:
    if not place.isascii():
        place = printable(place)
    for key, value in params.items():
        if isinstance(value, str) and not value.isascii():
            shown = printable(value)
            params[key] = type(value)(shown)  # a Quoted or Typed text stays one
    return Note(code, place, params)


def printable(text: str) -> str:
    """Text that can be shown and written: a file name whose bytes are not UTF-8 (a GBK name
    unpacked from a Windows archive reaches Python as lone surrogates) is read as GB18030 where
    it can be, e.g. b'\\xb0\\xd9\\xc9\\xab.csv' as '百色.csv', else its stray bytes are shown as \\xNN."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    parts = []
    for part in text.encode("utf-8", "surrogateescape").split(b"/"):  # each folder named on its own
        for encoding in ("utf-8", "gb18030"):
            try:
                parts.append(part.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
        else:
            parts.append(part.decode("utf-8", "backslashreplace"))
    return "/".join(parts)


def plain(place: str, text: str) -> Note:
    """A message that is not in the catalogue: the targets file's own, for whoever maintains the
    plan, which stays in English."""
    return Note("plain", place, {"text": text})


def columns_read(positions: dict[str, int], cells: list[str]) -> Listed:
    """The columns a header was read as, in its order: 第1列“指标”（指标列） / indicator = '指标' (1)."""
    return Listed(note("column_read", index=index + 1, header=quoted(" ".join(cells[index].split())),
                       column=column, role=note(f"column_role_{column}"))
                  for column, index in sorted(positions.items(), key=lambda item: item[1]))


class UserError(Exception):
    """Something the user gave is wrong; `problems` says what and where."""

    def __init__(self, problems: list[Note], total: int | None = None) -> None:
        self.problems = problems
        # how many there were in all, when only the first ones were kept
        self.total = len(problems) if total is None else total
        super().__init__(*problems)


class TargetsError(UserError):
    """The targets file is not a valid plan."""


class DataError(UserError):
    """A progress file cannot be read or holds rows that are not valid."""


class UsageProblem(UserError):
    """An option names something it cannot be (an input as the output, a folder): a usage mistake,
    exit 2 like click's own."""


_SAID_OS_ERRORS = ("ENOENT", "EACCES", "EISDIR", "ENOSPC", "EROFS", "EFBIG", "ENOTDIR")  # present/words: os_NAME


def os_reason(error: OSError) -> Note | str:
    """Why the system refused, as a note said in the run's language where it is one of the usual
    reasons (a missing file, no permission, a full disk), else the system's own words."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    return note(f"os_{name}") if name in _SAID_OS_ERRORS else str(error.strerror or error)
