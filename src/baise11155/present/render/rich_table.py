"""The default: a rich table, coloured on a terminal, plain text when piped."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..fields import PACE, POINTS, STATUS, TEXT
from ..views import Table
from .human import human_rows, is_numeric

if TYPE_CHECKING:
    from . import Settings, View

STATUS_STYLES = {"achieved": "bold green", "achieved_early": "bold green", "on_track": "green", "behind": "bold red", "unjudged": "yellow",
                 "no_data": "dim", "monitored": "blue"}
PACE_STYLES = {"ahead": "green", "behind": "red", "level": ""}


def render(view: View, settings: Settings) -> str:
    return render_rich(view.table(), settings.lang, settings.terminal)


def render_rich(table: Table, lang: str, terminal: bool, width: int | None = None) -> str:
    """The table, or — on a terminal too narrow for it without splitting a number or a word — each
    row as a block of "header value" pairs (a stacked layout)."""
    from rich.console import Console
    from rich.text import Text

    out = io.StringIO()
    # Off a terminal the table takes its natural width (up to 200 columns), not 80.
    console = Console(file=out, force_terminal=terminal, width=width or (None if terminal else 200), highlight=False,
                      emoji=False, markup=False)
    console.print(Text(table.title, style="bold"))
    for line in table.lines:
        console.print(Text(line))
    texts = human_rows(table, lang)
    widths = [_least_width(column.header, [row[n] for row in texts], column.display != TEXT)
              for n, column in enumerate(table.columns)]
    if sum(widths) + 3 * len(widths) + 1 > console.width:  # each column's padding and rule, and the last rule
        _stacked(console, table, texts, lang)
    else:
        grid = Text("\n").join(_grid(console, table, texts, _fitted(table, texts, widths, console.width)))
        console.print(grid, no_wrap=True, overflow="ignore", crop=False)
    return out.getvalue()


def _grid(console, table: Table, texts: list[list[str]], widths: list[int]):
    """The table's lines, drawn as rich.table draws a table with these column widths (its box,
    one space of padding, headers bold and wrapped between their words from the bottom, names
    folded between their words), without rich's general layout, which measured every cell again
    and took three times as long (6 of a run's 100 ms, and 5 more to import it)."""
    from rich.box import HEAVY_HEAD
    from rich.text import Text

    frame = HEAVY_HEAD.substitute(console.options)
    padded = [width + 2 for width in widths]
    right = [is_numeric(column.display) for column in table.columns]
    yield Text(frame.get_top(padded))
    headers = [_cell_lines(console, Text(column.header), width, along)
               for column, width, along in zip(table.columns, widths, right)]
    yield from _row_lines(headers, widths, (frame.head_left, frame.head_vertical, frame.head_right), "bold", bottom=True)
    yield Text(frame.get_row(padded, "head"))
    depths = table.depths or [0] * len(table.rows)
    has_categories = any(depths)
    for n, (row, shown) in enumerate(zip(table.rows, texts)):
        last = n + 1 == len(table.rows)
        cells = []
        for text, value, column, width, along in zip(shown, row, table.columns, widths, right):
            cell = _styled(text, value, column.display)
            cell.no_wrap = column.display != TEXT  # a figure, a status never broken across lines
            cells.append(_cell_lines(console, cell, width, along))
        edges = (frame.foot_left, frame.foot_vertical, frame.foot_right) if last else \
            (frame.mid_left, frame.mid_vertical, frame.mid_right)
        yield from _row_lines(cells, widths, edges, "", bottom=False)
        # a rule under each indicator's group of rows, when there are groups
        if has_categories and not last and depths[n + 1] == 0:
            yield Text(frame.get_row(padded, "row"))
    yield Text(frame.get_bottom(padded))


def _cell_lines(console, cell, width: int, along: bool) -> list:
    """A cell's lines, each `width` wide: on one line when it fits (the common case, done here),
    else wrapped by rich between words, a Chinese name folded (`overflow="fold"`)."""
    from rich.cells import cell_len

    plain = cell.plain
    if "\n" not in plain and "\t" not in plain and cell_len(plain) <= width:
        gap = width - cell_len(plain)
        if along:
            cell.rstrip()
            cell.pad_left(width - cell.cell_len)
        elif gap:
            cell.pad_right(gap)
        return [cell]
    try:
        return list(cell.wrap(console, width, justify="right" if along else "left", overflow="fold"))
    except IndexError:  # rich cannot wrap a run of zero-width joiners at a cell's start: folded here
        return _folded(cell, width, along)


def _folded(cell, width: int, along: bool) -> list:
    """A cell's text cut into lines of `width` columns, a character at a time, each padded."""
    from rich.cells import cell_len
    from rich.text import Text

    lines, line = [], ""
    for character in cell.plain.replace("\t", " ").replace("\n", " "):
        if line and cell_len(line + character) > width:
            lines.append(line)
            line = ""
        line += character
    lines.append(line)
    gaps = [" " * max(width - cell_len(text), 0) for text in lines]
    return [Text(gap + text if along else text + gap, style=cell.style) for text, gap in zip(lines, gaps)]


def _row_lines(cells: list[list], widths: list[int], edges: tuple[str, str, str], style: str, bottom: bool):
    """One row's lines: its cells side by side, padded, each shorter cell filled with blank lines
    (below it, or for the header above it, as rich aligns them)."""
    from rich.text import Text

    height = max(len(lines) for lines in cells)
    left, between, right = edges
    for line_no in range(height):
        line = Text(left)
        for n, (lines, width) in enumerate(zip(cells, widths)):
            if n:
                line.append(between)
            at = line_no - (height - len(lines)) if bottom else line_no
            if not 0 <= at < len(lines):  # a blank line filling a shorter cell, padding and all
                line.append(" " * (width + 2), style)
                continue
            line.append(" ", style)
            start = len(line)
            line.append_text(lines[at])
            if style:
                line.stylize(style, start, len(line))
            line.append(" ", style)
        line.append(right)
        yield line


CJK_LEAST = 8  # columns: a Chinese name or header may wrap, but not to fewer than four characters a line


def _least_width(header: str, cells: list[str], whole: bool) -> int:
    """The narrowest a column can be without splitting a figure (a `whole` column's cells stay on
    one line) or a word: an English word whole, a run of Chinese four characters at least."""
    from rich.cells import cell_len

    def words(text: str) -> int:
        least = 0
        for word in text.split():
            width = cell_len(word)
            least = max(least, min(width, CJK_LEAST) if width > len(word) else width)
        return least

    least = words(header)
    for text in cells:
        least = max(least, cell_len(text) if whole else words(text))
    return least


def _fitted(table: Table, texts: list[list[str]], least: list[int], width: int) -> list[int]:
    """Each column's width: its widest cell or header, narrowed, the roomiest first, down to its
    least until the table fits the terminal (the caller stacks the rows when even that is too wide)."""
    from rich.cells import cell_len

    widths = [max([cell_len(column.header)] + [cell_len(row[n]) for row in texts])
              for n, column in enumerate(table.columns)]
    excess = sum(widths) + 3 * len(widths) + 1 - width
    while excess > 0:
        slack = [w - low for w, low in zip(widths, least)]
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
    for row, shown, depth in zip(table.rows, texts, depths):
        heading = " ".join(shown[n] for n in names if shown[n]) if not depth else "  " + shown[names[-1]]
        console.print(Text(heading, style="bold" if not depth else ""))
        indent = "    " if depth else "  "
        line = Text(indent)
        for n, (column, text, value) in enumerate(zip(table.columns, shown, row)):
            if n in names:
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
