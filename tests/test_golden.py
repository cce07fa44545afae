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


def test_json_writer_matches_the_standard_library():
    import json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from baise11155.present.render.json_out import render_json

    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
    documents = st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30)

    @settings(max_examples=300, deadline=None)
    @given(documents)
    def check(document):
        assert render_json(document) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    check()
