"""Every word from one catalogue (`present/words/`): code elsewhere asks for a word by key and
language, never picks a language itself or writes a sentence of its own."""

from __future__ import annotations

import pytest

from baise11155.present import formats
from baise11155.present.words import command_line


def test_format_help_names_every_renderer_the_registry_offers():
    english = command_line.format_help("en")
    assert english == ("table (rich), a tabulate format (plain, github, grid, markdown, rst, html, latex, ...), csv, "
                       "tsv, json, or xlsx (with --output).")
    assert command_line.format_help("zh") == ("table（默认）, tabulate 格式（plain, github, grid, markdown, rst, html, "
                                              "latex 等）, csv, tsv, json, 或 xlsx（须同时用 --output）。")
    offered = {formats.REGISTRY[name].module for name in formats.FORMATS}
    assert offered == set(command_line.FORMAT_GROUPS)  # every renderer has its words, and no other has
    for module, named in formats.NAMED_IN_HELP.items():
        assert all(name in formats.FORMATS and formats.REGISTRY[name].module == module for name in named)
    assert command_line.chinese_option_help(english) == command_line.format_help("zh")


def test_a_format_added_to_the_registry_is_in_the_help(monkeypatch):
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, "xlsm"))
    monkeypatch.setitem(formats.REGISTRY, "xlsm", formats.REGISTRY["xlsx"])
    assert command_line.format_help("en").endswith("json, or xlsx, xlsm (with --output).")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_help_of_format_is_the_registrys(run, lang):
    shown = "".join(run("status", "--lang", lang, "--help").stdout.split())  # (wrapped by the terminal's width)
    assert "".join(command_line.format_help(lang).split()) in shown
