"""Every word from one catalogue (`present/words/`): code elsewhere asks for a word by key and
language, never picks a language itself or writes a sentence of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import baise11155
from baise11155.present import formats
from baise11155.present.words import LANGS, command_line

PACKAGE = Path(baise11155.__file__).parent
CATALOGUE = PACKAGE / "present" / "words"
IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _outside_the_catalogue(package: Path = PACKAGE):
    for path in sorted(package.rglob("*.py")):
        if (package / "present" / "words") not in path.parents:
            yield path.relative_to(package).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def language_picked(package: Path = PACKAGE) -> list[str]:
    """Every comparison with a language's name outside the catalogue: `lang == "zh"`, `lang != "en"`,
    `lang in ("zh",)` (only the catalogue's `pick` decides which word a language reads)."""
    found = []
    for name, tree in _outside_the_catalogue(package):
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and any(
                    isinstance(part, ast.Constant) and part.value in LANGS
                    for operand in (node.left, *node.comparators) for part in ast.walk(operand)):
                found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return found


def chinese_written_here(package: Path = PACKAGE) -> list[str]:
    """Every Chinese string in the modules that make what a user reads (present/, cli/), outside
    the catalogue: a word or a sentence written where it is used. (Docstrings and comments are for
    whoever reads the code; the vocabularies of reading, such as the headers and total rows a
    file may have, are the lower layers' data, not words the tool says.)"""
    found = []
    for name, tree in _outside_the_catalogue(package):
        if not name.startswith(("present/", "cli/")):
            continue
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        found += [f"{name}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                  and IDEOGRAPH.search(node.value)]
    return found


def test_no_language_is_picked_outside_the_catalogue():
    assert language_picked() == []


def test_no_word_is_written_outside_the_catalogue():
    assert chinese_written_here() == []


def test_format_help_names_every_renderer_the_registry_offers():
    english = command_line.format_help("en")
    assert english == ("table (rich), a tabulate format (plain, github, grid, markdown, rst, html, latex, ...), csv, "
                       "tsv, json, or xlsx (with --output).")
    assert command_line.format_help("zh") == ("table（默认）、tabulate 格式（plain、github、grid、markdown、rst、html、"
                                              "latex 等）、csv、tsv、json或xlsx（须同时用 --output）。")
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
