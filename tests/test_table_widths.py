"""Terminal tables at 80, 100 and 120 columns, in both languages: no line wider than the terminal,
no figure and no word split across lines (a table too wide for that is stacked: each row its name
and its "header value" pairs)."""

from __future__ import annotations

import re

import pytest
from conftest import example

COMMANDS = [
    ("status", example("progress-2019.csv")),
    ("gaps", example("progress-2019.csv")),
    ("compare", example("progress-2019.csv"), "--region-progress", example("guangxi-progress.csv")),
    ("outlook", example("progress-2019.csv")),
    ("targets",),
    ("plans",),
    ("explain", example("progress-2019.csv"), "-i", "breakthroughs"),
    ("rank", example("progress-by-county-2019.csv"), "--targets", example("county-split.yaml")),
    ("rollup", example("cities-2019.csv"), "--plan", "guangxi-sanbai-erqian"),
    ("status", example("guangxi-keji-2021-2022.csv"), "--plan", "guangxi-keji-qianggui-2021-2023"),
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
FIGURE = re.compile(r"[+-]?\d[\d,.]*%?")
WORD = re.compile(r"[A-Za-z][A-Za-z'&-]*")


def _shown(run, monkeypatch, args, lang, width):
    from baise11155.cli.output import Output

    monkeypatch.setattr(Output, "terminal", property(lambda self: True))
    monkeypatch.setenv("COLUMNS", str(width))
    result = run(*args, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    return ANSI.sub("", result.stdout)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(a.rsplit("/", 1)[-1] for a in args))
def test_no_line_too_wide_and_nothing_split(run, monkeypatch, args, lang):
    from rich.cells import cell_len

    wide = _shown(run, monkeypatch, args, lang, 400)
    figures, words = set(FIGURE.findall(wide)), set(WORD.findall(wide))
    for width in (80, 100, 120):
        shown = _shown(run, monkeypatch, args, lang, width)
        table = [line for line in shown.splitlines() if line[:1] in "┏┃┡│├└" or line.startswith("  ")]
        assert all(cell_len(line) <= width for line in table), (width, max(table, key=cell_len))
        split = [f for f in FIGURE.findall("\n".join(table)) if f not in figures]
        assert not split, (width, split[:5])
        broken = [w for w in WORD.findall("\n".join(table)) if w not in words]
        assert not broken, (width, broken[:5])


def test_a_narrow_terminal_stacks_the_rows(run, monkeypatch):
    shown = _shown(run, monkeypatch, ("status", example("progress-2019.csv")), "zh", 80)
    assert "┏" not in shown
    assert "突破重大技术 项\n  目标 10 · 基数 — · 已完成 5 · 完成率 50.0%" in shown
    assert "┏" in _shown(run, monkeypatch, ("status", example("progress-2019.csv")), "zh", 120)


def _drawn_by_rich_table(table, lang: str, width: int) -> str:
    """The oracle: the same grid laid out by rich.table itself, with the renderer's column widths."""
    import io

    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    from baise11155.present.fields import TEXT
    from baise11155.present.render.human import human_rows, is_numeric
    from baise11155.present.render.rich_table import _fitted, _least_width, _styled

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=width, highlight=False, emoji=False, markup=False)
    texts = human_rows(table, lang)
    least = [_least_width(c.header, [row[n] for row in texts], c.display != TEXT) for n, c in enumerate(table.columns)]
    if sum(least) + 3 * len(least) + 1 > width:
        return ""  # stacked: no grid
    grid = RichTable()
    for column, fitted in zip(table.columns, _fitted(table, texts, least, width)):
        grid.add_column(column.header, justify="right" if is_numeric(column.display) else "left", width=fitted,
                        overflow="fold")
    depths = table.depths or [0] * len(table.rows)
    for n, (row, shown) in enumerate(zip(table.rows, texts)):
        cells = [_styled(text, value, column.display) for text, value, column in zip(shown, row, table.columns)]
        for cell, column in zip(cells, table.columns):
            cell.no_wrap = column.display != TEXT
        grid.add_row(*cells, end_section=any(depths) and (n + 1 == len(depths) or depths[n + 1] == 0))
    console.print(grid)
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 100, 120, 200])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_grid_is_drawn_as_rich_table_draws_it(lang, width):
    """The renderer draws the grid itself (a third of rich.table's time, and its import saved):
    byte for byte what rich.table draws with the same widths, colours and all, for every table a
    command shows (names wrapped at narrow widths, category rules, headers on two lines)."""
    from baise11155.calc.evaluate import default_as_of, evaluate
    from baise11155.present import views
    from baise11155.present.render.rich_table import render_rich
    from baise11155.read.progress import read_progress
    from baise11155.read.targets_file import load_plan

    plan = load_plan(None)
    observations = read_progress(plan, [example("progress-2019.csv")])
    evaluation = evaluate(plan, observations.buckets, default_as_of(plan, observations.latest))
    tables = [views.status_table(plan, evaluation, lang), views.gaps_table(plan, evaluation, lang),
              views.leads_table(plan, evaluation, lang), views.targets_table(plan, lang)]
    grids = 0
    for table in tables:
        expected = _drawn_by_rich_table(table, lang, width)
        shown = render_rich(table, lang, terminal=True, width=width)
        if expected:
            grids += 1
            assert shown.endswith(expected), (table.title, width)
        else:
            assert "┏" not in shown
    assert grids == 4 or width < 200
    if (lang, width) == ("en", 120):  # a narrowed grid: headers on three lines, aligned at the bottom
        status = render_rich(tables[0], lang, terminal=False, width=width)
        assert status.split("┏", 1)[1].split("┡", 1)[0].count("┃") > 2 * len(tables[0].columns) + 2


@pytest.mark.parametrize("width", [5, 13, 18])
def test_a_name_that_rich_cannot_wrap_is_folded_not_a_traceback(width):
    """Zero-width joiners at the start of a county's cell (copied in from a web page) make rich's
    wrapping fail at some widths; such a cell is cut a character at a time instead."""
    from rich.console import Console
    from rich.text import Text

    from baise11155.present.render.rich_table import _cell_lines

    name = "\u200d\u200d田东县田东县田东县 田东县田东县"
    lines = _cell_lines(Console(width=80), Text(name), width, along=False)
    assert "".join(line.plain for line in lines).replace(" ", "") == name.replace(" ", "")
    assert all(line.cell_len == width for line in lines)
