"""The type checker passes on the whole package: a wrong argument to a Record, a None where a
value is needed, a kind compared as a string, are caught before a user meets them."""

from __future__ import annotations

import pytest
from conftest import ROOT


@pytest.mark.slow
def test_mypy_finds_nothing(tmp_path):
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"), str(ROOT / "src"),
    ])
    assert status == 0, stdout + stderr
