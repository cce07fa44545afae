from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from baise11155.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TARGETS = ROOT / "data" / "targets.yaml"


def targets_with_areas(areas: str) -> str:
    """The bundled plan's text with its `areas:` (the city's counties) replaced by the ones given."""
    text = TARGETS.read_text(encoding="utf-8")
    start = text.index("\nareas:\n") + 1
    end = text.index("\n\n", start) + 1
    return text[:start] + areas + text[end:]


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch, tmp_path):
    """Tests see English unless they ask otherwise (the tool's own default is Chinese) and no plan
    override, whatever the machine's locale."""
    for variable in ("LC_ALL", "LC_MESSAGES", "BAISE11155_TARGETS", "BAISE11155_LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # a locale that chooses English, below the config file and the variable
    # no user's config file, and no system language: a test says which it wants
    monkeypatch.setenv("BAISE11155_CONFIG", str(tmp_path / "user-config" / "config.ini"))
    monkeypatch.setattr("baise11155.cli.config.system_language", lambda platform: None)


class Result:
    def __init__(self, result):
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr
        self.exception = result.exception

    def json(self):
        return json.loads(self.stdout)


@pytest.fixture
def run():
    def invoke(*args, input=None, env=None):
        runner = CliRunner()
        result = runner.invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=False)
        return Result(result)

    return invoke


@pytest.fixture
def write(tmp_path):
    """Write a progress file (text in an encoding, or raw bytes) and return its path."""

    def make(content, name="progress.csv", encoding="utf-8"):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return make


def example(name: str) -> str:
    return os.fspath(EXAMPLES / name)


def said(notes, lang: str = "en") -> list[str]:
    """Notes (problems, warnings, notices) as the lines the tool prints for them."""
    from baise11155.present.words import text

    return [text(note, lang) for note in notes]


def without_areas(plan_text: str) -> str:
    """The bundled plan's text without its `areas:` (the twelve counties), for a test to give its own."""
    import re

    return re.sub(r"\nareas:\n(?:  - .*\n)+", "\n", plan_text)
