"""The default: a rich table, coloured on a terminal, plain text when piped."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from ..fields import PACE, POINTS, STATUS, TEXT
from ..views import Column, Table
from .human import human_rows, is_numeric

if TYPE_CHECKING:
    from . import Settings, View

STATUS_STYLES = {"exceeded": "bold green", "achieved": "bold green", "on_track": "green", "behind": "bold red",
                 "far_behind": "bold reverse red", "unjudged": "yellow", "no_data": "dim", "monitored": "blue",
                 "breakdown_unreported": "dim"}
PACE_STYLES = {"ahead": "green", "behind": "red", "level": ""}


def render(view: View, settings: Settings) -> str:
    return render_rich(view.table(), settings.lang, settings.terminal)


def render_rich(table: Table, lang: str, terminal: bool, width: int | None = None) -> str:
    """The table drawn by rich.table, or — on a terminal too narrow for it without splitting a
    number or a word — each row as a block of "header value" pairs (a stacked layout)."""
    from rich.console import Console
    from rich.text import Text

    out = io.StringIO()
    # Off a terminal the table takes its natural width (up to 200 columns), not 80.
    console = Console(file=out, force_terminal=terminal, width=width or (None if terminal else 200), highlight=False,
                      emoji=False, markup=False)
    from ..wrap import wrap_wide

    for part in wrap_wide(_drawable(table.title), console.width):
        console.print(Text(part, style="bold"), no_wrap=True, crop=False)
    for line in table.lines:
        for part in wrap_wide(_drawable(line), console.width):
            console.print(Text(part), no_wrap=True, crop=False)
    if not table.rows:  # no rows (explain of a category never reported): its lines say so, no empty grid
        return out.getvalue()
    texts = [[_drawable(text) for text in row] for row in human_rows(table, lang)]
    least = [_least_width(_header(column), [row[n] for row in texts], column.display != TEXT)
             for n, column in enumerate(table.columns)]
    if sum(least) + 3 * len(least) + 1 > console.width:  # each column's padding and rule, and the last rule
        _stacked(console, table, texts, lang)
    else:
        console.print(_grid(table, texts, _fitted(table, texts, least, console.width)))
    return out.getvalue()


def _grid(table: Table, texts: list[list[str]], widths: list[int]):
    """A rich.table with the columns' widths chosen here. rich's own narrowing takes the widest
    wrappable column first whatever its words, and min_width is applied after it, so a table can
    come out wider than the terminal and be cropped, a figure with it: `_fitted` narrows only
    down to what splits no figure and no word, and the caller stacks what cannot fit."""
    from rich.table import Table as RichTable

    from ..wrap import balanced

    grid = RichTable()  # rich's usual box (HEAVY_HEAD), padding and bold headers
    for column, width in zip(table.columns, widths, strict=True):
        grid.add_column("\n".join(balanced(line, width) for line in _header(column).split("\n")),
                        justify="right" if is_numeric(column.display) else "left",
                        width=width, overflow="fold")  # a Chinese name has no spaces to wrap at
    depths = table.depths or [0] * len(table.rows)
    for n, (row, shown) in enumerate(zip(table.rows, texts, strict=True)):
        cells = []
        for text, value, column, width in zip(shown, row, table.columns, widths, strict=True):
            # a name broken into even lines by the rules Chinese is set by (突破重大 / 技术)
            cell = _styled(balanced(text, width) if column.display == TEXT else text, value, column.display)
            cell.no_wrap = column.display != TEXT  # a figure, a status never broken across lines
            cells.append(cell)
        # a rule under each indicator's group of rows, when there are groups
        grid.add_row(*cells, end_section=any(depths) and (n + 1 == len(depths) or depths[n + 1] == 0))
    return grid


def _header(column: Column) -> str:
    """A column's header as the grid draws it: under a group's header, the group on a line of its
    own above the column's part (突破重大技术 over 完成数), each line wrapped on its own."""
    return f"{column.group}\n{column.short}" if column.group else column.header


def _drawable(text: str) -> str:
    """The text without zero-width joiners at the start of a word, where they join nothing and
    change nothing shown: copied in from a web page before a county's name, two of them make
    rich's wrapping of Chinese text fail (an IndexError or a ZeroDivisionError in rich 15)."""
    return _LOOSE_JOINERS.sub(r"\1", text) if "\u200d" in text else text


_LOOSE_JOINERS = re.compile("(^|\\s)\u200d+")

CJK_HEADER_LEAST = 16  # a header's Chinese word (保有高新技术企业) is kept whole up to eight characters


def _least_width(header: str, cells: list[str], whole: bool) -> int:
    """The narrowest a column can be without splitting a figure (a `whole` column's cells stay on
    one line) or a word: an English word whole, a Chinese name's longest clause whole."""
    from rich.cells import cell_len

    from ..wrap import least_columns

    def words(text: str, chinese: int | None = None) -> int:
        least = 0
        for word in text.split():
            width = cell_len(word)
            if width > len(word):  # Chinese: a name breaks at its punctuation only, a header's word at eight
                width = min(width, chinese) if chinese else least_columns(word)
            least = max(least, width)
        return least

    least = words(header, CJK_HEADER_LEAST)
    for text in cells:
        least = max(least, cell_len(text) if whole else words(text))
    return least


def _fitted(table: Table, texts: list[list[str]], least: list[int], width: int) -> list[int]:
    """Each column's width: its widest cell or header, narrowed, the roomiest first, down to its
    least until the table fits the terminal (the caller stacks the rows when even that is too wide)."""
    from rich.cells import cell_len

    widths = [max([max(map(cell_len, _header(column).split("\n")))] + [cell_len(row[n]) for row in texts])
              for n, column in enumerate(table.columns)]
    excess = sum(widths) + 3 * len(widths) + 1 - width
    while excess > 0:
        slack = [w - low for w, low in zip(widths, least, strict=True)]
        roomiest = max(range(len(widths)), key=slack.__getitem__)
        if slack[roomiest] <= 0:
            break
        widths[roomiest] -= 1
        excess -= 1
    return widths


def _stacked(console, table: Table, texts: list[list[str]], lang: str) -> None:
    """Each row as its name, then its "header value" pairs, as many to a line as fit: on a narrow
    terminal nothing is split but between pairs."""
    from rich.text import Text

    width = console.width
    names = [n for n, column in enumerate(table.columns) if column.display == TEXT][:2]  # indicator, category
    depths = table.depths or [0] * len(table.rows)
    separator = " · "
    for row, shown, depth in zip(table.rows, texts, depths, strict=True):
        heading = " ".join(shown[n] for n in names if shown[n]) if not depth else "  " + shown[names[-1]]
        console.print(Text(heading, style="bold" if not depth else ""))
        indent = "    " if depth else "  "
        line = Text(indent)
        for n, (column, text, value) in enumerate(zip(table.columns, shown, row, strict=True)):
            if n in names or (not text and column.display == TEXT):  # (a blank note or partner: nothing to pair)
                continue
            pair = Text(f"{column.header} ") + _styled(text, value, column.display)
            if line.cell_len > len(indent) and line.cell_len + len(separator) + pair.cell_len > width:
                console.print(line)
                line = Text(indent)
            if line.cell_len > len(indent):
                line.append(separator)
            line.append_text(pair)
        if line.cell_len > len(indent):
            console.print(line)


def _styled(text: str, value, kind: str):
    from rich.text import Text

    if kind == STATUS:
        return Text(text, style=STATUS_STYLES.get(value, ""))
    if kind == PACE and value is not None:
        return Text(text, style=PACE_STYLES.get(value, ""))
    if kind == POINTS and value is not None and value < 0:
        return Text(text, style="red")
    return Text(text)
