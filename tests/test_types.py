"""The type checker and the linter pass on the whole package: a wrong argument to a dataclass, a
None where a value is needed, a zip of two lengths, are caught before a user meets them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.slow
def test_mypy_finds_nothing(tmp_path):
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"), str(ROOT / "src"),
    ])
    assert status == 0, stdout + stderr


def test_ruff_finds_nothing():
    """ruff, with the rules pyproject.toml sets (E, F, W, I, B, UP, SIM, C4), over the code, the
    tests and the benchmarks."""
    pytest.importorskip("ruff")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "src", "tests", "benchmarks"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
