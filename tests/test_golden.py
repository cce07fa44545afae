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
