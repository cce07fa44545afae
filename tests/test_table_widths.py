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
    ("tasks", example("ledger-2019.xlsx")),
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


@pytest.mark.parametrize("args", [("outlook", example("progress-2019.csv")), ("tasks", example("ledger-2019.xlsx"))])
def test_outlook_and_tasks_stack_at_80_columns_as_status_does(run, monkeypatch, args):
    from rich.cells import cell_len

    shown = _shown(run, monkeypatch, args, "zh", 80)
    assert "┏" not in shown and all(cell_len(line) <= 80 for line in shown.splitlines())
    assert "┏" in _shown(run, monkeypatch, args, "zh", 200)


def test_a_task_name_breaks_at_its_punctuation_only(run, monkeypatch):
    """At 200 columns 加快建设充满活力的创新示范区 (28 columns) was drawn as 加快建设充满活 / 力的创新示范区."""
    shown = _shown(run, monkeypatch, ("tasks", example("ledger-2019.xlsx")), "zh", 200)
    for name in ("加快建设充满活力的创新示范区", "着力引进高端创新型人才和团队", "加速科技成果转化及产业化应用"):
        assert name in shown, name
    assert "组织重大技术攻关，" in shown and "解决产业技术瓶颈" in shown  # whole, or broken at its comma


def _rendered(table, width: int) -> str:
    from baise11155.present.render.rich_table import render_rich

    return ANSI.sub("", render_rich(table, "en", terminal=True, width=width))


def _awkward_table():
    """Two columns that wrap, one with a long English word, one a long Chinese name, and a big
    figure: rich.table's own narrowing (min_width applied after it) drew this 60 columns wide
    wider than the terminal and cropped the figure to "12,"."""
    from baise11155.present.views import Column, Table

    table = Table("t", [Column("lead", "Lead unit"), Column("name", "Name"), Column("target", "Target", "number")])
    table.add(["Municipal Science-and-Technology-Bureau office of coordination", "短名", 10])
    table.add(["Bureau", "突破重大技术突破重大技术突破重大技术突破重大技术突破重大技术", 12345678])
    return table


@pytest.mark.parametrize("width", [40, 56, 57, 60, 70, 80])
def test_columns_narrow_without_cropping_a_figure_or_splitting_a_word(width):
    from rich.cells import cell_len

    shown = _rendered(_awkward_table(), width)
    assert all(cell_len(line) <= width for line in shown.splitlines()), shown
    assert "12,345,678" in shown and "Science-and-Technology-Bureau" in shown, shown
    # the narrowest a grid can be: 29 (the long word) + 8 (four Chinese characters) + 10 (the figure) + 10
    assert ("┏" in shown) == (width >= 57)


def test_headers_wrap_between_their_words_aligned_at_the_bottom(run, monkeypatch):
    shown = _shown(run, monkeypatch, ("status", example("progress-2019.csv")), "en", 120)
    head = shown.split("┏", 1)[1].split("┡", 1)[0].splitlines()[1:]
    assert len(head) > 1  # narrowed to fit: some headers on two lines
    assert "Indicator" in head[-1] and "Indicator" not in head[0]


@pytest.mark.parametrize("width", [5, 13, 18])
def test_zero_width_joiners_before_a_name_are_not_a_traceback(width):
    """Two zero-width joiners at the start of a county's cell (copied in from a web page) make
    rich's wrapping of Chinese fail at some widths; joining nothing, they are left out."""
    from baise11155.present.views import Column, Table

    name = "\u200d\u200d田东县田东县田东县 田东县田东县"
    table = Table("t", [Column("area", "County"), Column("n", "N", "number")])
    table.add([name, 1])
    shown = _rendered(table, width + 10)  # the county's column takes what the figure leaves
    cells = [line.split("│")[1].strip() for line in shown.splitlines() if line.startswith("│")]
    if not cells:  # stacked: the name is the row's heading
        cells = [line for line in shown.splitlines()[1:] if "N 1" not in line]
    assert "".join(cells).replace(" ", "") == "田东县" * 5  # every character shown; the joiners joined nothing
