"""Exact output of every command in table, markdown, csv and json, in both languages.

After a deliberate change of output, rewrite the files with UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import example

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

COMMANDS = {
    "status": ["status", example("progress-2019.csv")],
    "gaps": ["gaps", example("progress-2019.csv")],
    "compare": ["compare", example("progress-2019.csv"), "--region-progress", example("guangxi-progress.csv")],
    "compare-targets-only": ["compare", example("progress-2018.csv")],
    "targets": ["targets"],
}
FORMATS = {"table": "txt", "markdown": "md", "csv": "csv", "json": "json"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS)
def test_golden(run, command, fmt, lang):
    result = run(*COMMANDS[command], "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    path = GOLDEN / f"{command}.{lang}.{FORMATS[fmt]}"
    # paths in warnings and notices differ between machines; the golden files hold them relative
    text = result.stdout.replace(str(Path(example("x")).parent) + os.sep, "examples/")
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["status", "gaps", "compare", "compare-targets-only", "targets"])
def test_json_is_the_same_in_every_language(command):
    """The machine contract does not depend on --lang: names carry both languages, notices their code."""
    assert (GOLDEN / f"{command}.zh.json").read_bytes() == (GOLDEN / f"{command}.en.json").read_bytes()


def test_exact_figures_are_written_as_numbers():
    """A Fraction or Decimal that reaches a document unconverted (a ratio's target once did: "Fraction
    cannot be written as JSON", a traceback) is written as every figure is: an int when whole."""
    from decimal import Decimal
    from fractions import Fraction

    from baise11155.present.render.json_out import render_json

    document = {"target": Fraction(13, 10), "whole": Fraction(90, 3), "share": Decimal("0.83"), "count": Decimal("45.0")}
    assert render_json(document) == '{\n  "target": 1.3,\n  "whole": 30,\n  "share": 0.83,\n  "count": 45\n}\n'
    with pytest.raises(ValueError):
        render_json({"completion": float("nan")})  # not JSON: no script could read it back
