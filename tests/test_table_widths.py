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
