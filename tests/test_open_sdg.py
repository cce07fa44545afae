"""Open SDG's progress measure against what sdg-build 2.4.0 published.

The cases are 35 indicators (up to 11 series each) from Statistics Canada's two Open SDG data
repositories, which pin sdg-build 2.4.0 and commit the `indicator_calculation_components.yml`
it writes: sdg-data-canada-odd-donnees/cif-data-donnees-cic at bb7a432 (2026-07-21) and
sdg-data-canada-odd-donnees/sdg-data-donnees-odd at f89e601 (2026-03-10). Each case in
tests/data/open-sdg-2.4.0-statcan.json names its repository, commit and files, the indicator's
progress settings, the data points the calculation used, and the published components. They
cover every status, a target achieved with a negative progress value, a target equal to the
base value, zero targets, natural limits (one 0.5 % from its limit), decreasing directions, base
years without data, single data points, and groups of series.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baise11155.calc import open_sdg

CASES = json.loads((Path(__file__).parent / "data" / "open-sdg-2.4.0-statcan.json").read_text(encoding="utf-8"))
FIELDS = ("base_year", "base_value", "current_year", "current_value", "progress_value", "score", "status", "sign",
          "direction")


def computed(node: dict):
    """A node of the options: a series (its result, checked against the published one) or a group."""
    if "group" in node:
        return [computed(member) for member in node["group"]]
    config = node["config"]
    result = open_sdg.series([tuple(point) for point in node["series"]], config.get("direction", "negative"),
                             config.get("base_year", 2015), config.get("target_year", 2030),
                             target=config.get("target"), limit=config.get("limit"))
    for field in FIELDS if node["expected"] else ():  # a few series' published rows could not be told apart:
        expected, got = node["expected"][field], result[field]  # the indicator's mean still checks them
        if isinstance(expected, float) and got is not None:
            assert got == pytest.approx(expected, abs=1e-9, rel=0), (node.get("tag"), field)
        else:
            assert got == expected, (node.get("tag"), field, got, expected)
    return result


def test_the_cases_cover_every_status():
    statuses = {case["expected_indicator"]["progress_status"] for case in CASES}
    assert statuses == set(open_sdg.STATUSES) and len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_each_published_indicator_is_reproduced(case):
    results = [computed(node) for node in case["options"]]
    mine = open_sdg.indicator(results)
    expected = case["expected_indicator"]
    assert mine["status"] == expected["progress_status"]
    if expected["score"] is None:
        assert mine["score"] is None
    else:
        assert mine["score"] == pytest.approx(expected["score"], abs=1e-9, rel=0)
