"""The glossary (docs/glossary.md) and the catalogue say the same; Chinese text is written with
full-width punctuation."""

from __future__ import annotations

import re

from conftest import ROOT

from baise11155.present.words import LABELS, MESSAGES, STATUS_KEYS


def _rows():
    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("key", "---"):
            yield cells


def test_every_glossary_term_is_the_catalogues():
    rows = list(_rows())
    assert len(rows) > 40
    for key, zh, en, _meaning in rows:
        if key == "—":
            continue
        key = key.strip("`")
        assert key in LABELS, key
        assert (LABELS[key][0].strip(), LABELS[key][1].strip()) == (zh, en), (key, LABELS[key], (zh, en))


def test_every_status_verdict_and_kind_is_in_the_glossary():
    keys = {row[0].strip("`") for row in _rows()}
    from baise11155.model.kinds import KINDS
    from baise11155.present.views import VERDICT_KEYS

    wanted = set(STATUS_KEYS.values()) | set(KINDS) | {v for v in VERDICT_KEYS.values() if v != "monitored_verdict"}
    assert not wanted - keys, wanted - keys


def test_chinese_text_has_full_width_punctuation():
    """No ASCII bracket, comma, colon, semicolon, question or exclamation mark beside a Chinese
    character in any Chinese string the tool prints."""
    beside = re.compile(r"[\u4e00-\u9fff][(),;:?!]|[(),;:?!][\u4e00-\u9fff]")
    found = [(key, zh) for table in (LABELS, MESSAGES) for key, (zh, _en) in table.items() if beside.search(zh)]
    assert not found, found


def test_numbers_and_units_together_in_the_summaries():
    from baise11155.present.words import label

    line = label("summary_behind", "zh").format(behind=3)
    assert line == "3项滞后"
