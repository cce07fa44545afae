"""One renderer per output format, behind one registry (`present.formats.REGISTRY`) and one
signature: `render(view, settings) -> str | bytes`.

A `View` is what a command shows, built only as far as the format asks: its `Table` (for people
and spreadsheets), its JSON document (the stable contract for scripts) or, for the report, the
page's parts. `Settings` are the format's name, the language and whether it goes to a terminal.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..formats import REGISTRY

if TYPE_CHECKING:
    from ...model.notices import Note
    from ..views import Table


@dataclass(frozen=True, slots=True)
class Settings:
    fmt: str
    lang: str
    terminal: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    """The report's parts beyond the comparison's document."""

    title: str
    region_title: str
    ranking_rule: str = ""  # the counties' ranking's rule in words, with --by county
    notes: int = 0  # how many of the warnings met while reading are about the data (not the read receipts)
    touched: tuple[str, ...] = ()  # the indicators a warning names: their figures are marked
    first_note: Note | None = None  # the first of those warnings: the report says it, its file and row
    areas_table: Table | None = None  # with --by county --layout wide: the counties as offices lay them out
    project: str = ""  # the project's name, as the report's first paragraph says it
    unit: str = ""  # who made the report (编制单位, the config's `unit`); "" leaves the line to fill in
    signed: str = ""  # the day it is signed (ISO, report --date); "" leaves the date to fill in
    recipient: str = ""  # whom it is sent to (主送机关, the config's `recipient`); "" leaves a blank
    tasks: Any = None  # with report --tasks: the supervision ledger judged at the date (calc.tasks.JudgedLedger)
    plan: Any = None  # the plan, for the ledger's table


class View:
    """A command's result, each form of it built when first asked for."""

    def __init__(self, table: Callable[[], Table] | None = None, document: Callable[[], dict[str, Any]] | None = None,
                 page: Callable[[], Page] | None = None) -> None:
        self._table, self._document, self._page = table, document, page

    def table(self) -> Table:
        assert self._table is not None, "this command has no table"
        return self._table()

    def document(self) -> dict[str, Any]:  # a JSON document
        assert self._document is not None, "this command has no document"
        return self._document()

    def page(self) -> Page:
        assert self._page is not None, "this command has no page"
        return self._page()


def render(view: View, settings: Settings) -> str | bytes:
    spec = REGISTRY[settings.fmt]
    module = importlib.import_module(f".{spec.module}", __name__)
    return module.render(view, settings)
