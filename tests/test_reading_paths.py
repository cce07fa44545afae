"""Every route through the reading gives the same sums: a file by path, the same bytes on
standard input, a traced reading (explain's), and a reading whose memory of cell tuples is
cleared part way."""

from __future__ import annotations

import io
import random

from conftest import TARGETS, said
from hypothesis import given, settings
from hypothesis import strategies as st

from baise11155.read.progress import read_progress
from baise11155.read.targets_file import load_plan

PLAN = load_plan(str(TARGETS))



def observations_summary(observations):
    return (
        {key: (b.total, b.rows, b.first) for key, b in observations.buckets.items()},
        observations.latest, observations.rows, said(observations.problems), said(observations.warnings),
        observations.duplicates,
    )


def ledger(rng: random.Random, rows: int, duplicate_every: int | None) -> str:
    lines = ["indicator,category,date,value,item,county,note"]
    for n in range(rows):
        indicator = rng.choice(["breakthroughs", "achievements", "high-tech-enterprises", "突破重大技术", "nope"])
        category = {"breakthroughs": rng.choice(["aluminium", "health", ""]), "突破重大技术": "中高端铝"}.get(indicator, "")
        date = rng.choice(["2018", "2019-06-30", "2019", "2020/1/5", "19-1-1"])
        value = rng.choice(["", "", "", "2", "x"])
        item = f"item {rng.randrange(max(1, rows // duplicate_every)) if duplicate_every else n}"
        if rng.random() < 0.05:
            item = f'"{item}\nsecond line"'
        county = rng.choice(["", "", "右江区", "平果市"])
        lines.append(",".join([indicator, category, date, value, item, county, rng.choice(["", "x", "y z"])]))
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 400), st.sampled_from([None, 3, 50]))
def test_a_path_a_traced_reading_and_standard_input_agree(tmp_path_factory, seed, rows, duplicate_every):
    rng = random.Random(seed)
    folder = tmp_path_factory.mktemp("ledgers")
    path = folder / "ledger.csv"
    path.write_text(ledger(rng, rows, duplicate_every), encoding="utf-8")
    from_file = read_progress(PLAN, [str(path)])
    traced = []
    plain = read_progress(PLAN, [str(path)], trace=traced.append)
    assert observations_summary(plain) == observations_summary(from_file)
    # every counted row is traced, and the traced rows add up to the sums; a repeated item is
    # traced too, as left out
    assert len([row for row in traced if not row.left_out]) == from_file.rows
    assert len([row for row in traced if row.left_out == "repeated_item"]) == from_file.duplicates
    traced = [row for row in traced if not row.left_out]
    sums: dict = {}
    for row in traced:
        part = row.county if row.indicator == "high-tech-enterprises" else ""  # a stock's sums are by county
        key = (row.indicator, row.category, row.when, part)
        sums[key] = sums.get(key, 0) + row.value
    assert sums == {key: bucket.total for key, bucket in from_file.buckets.items()}

    import sys

    stdin = sys.stdin
    try:
        sys.stdin = io.TextIOWrapper(io.BytesIO(path.read_bytes()))
        careful = read_progress(PLAN, ["-"])
    finally:
        sys.stdin = stdin
    summary, expected = observations_summary(from_file), observations_summary(careful)
    # the sums point at the same rows, named after their source
    assert summary[0] == {k: (t, r, f.replace("<stdin>", str(path))) for k, (t, r, f) in expected[0].items()}
    assert summary[1:3] == expected[1:3]
    assert summary[3:] == tuple(
        [m.replace("<stdin>", str(path)) for m in part] if isinstance(part, list) else part for part in expected[3:]
    )


def test_an_item_repeated_in_a_second_file_is_counted_once(write):
    first = write("indicator,year,item\nachievements,2019,A\nachievements,2019,B\n", name="a.csv")
    second = write("indicator,year,item\nachievements,2019,C\nachievements,2019,A\n", name="b.csv")
    observations = read_progress(PLAN, [str(first), str(second)])
    assert observations.rows == 3
    assert said(observations.warnings) == [f"{second}:3: item 'A' is listed again for achievements; counted once"]


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 300), st.integers(1, 7))
def test_forgetting_the_cell_tuples_when_too_many_are_remembered_changes_nothing(tmp_path_factory, seed, rows,
                                                                                remembered):
    """A file whose cells rarely repeat has what was decided of its cell tuples forgotten every
    MAX_REMEMBERED distinct tuples, so that memory stays bounded: the sums are the same."""
    from baise11155.read import rows as rows_module

    path = tmp_path_factory.mktemp("ledgers") / "ledger.csv"
    lines = [line.rsplit(",", 3) for line in ledger(random.Random(seed), rows, None).split("\n")
             if line and '"' not in line]  # (an item with a line break in it goes, both its lines)
    path.write_text("\n".join(ends[0] + "," + ",".join(ends[2:]) for ends in lines) + "\n", encoding="utf-8")
    assert "item" not in path.read_text(encoding="utf-8").split("\n", 1)[0]
    whole = observations_summary(read_progress(PLAN, [str(path)]))
    kept = rows_module.MAX_REMEMBERED
    rows_module.MAX_REMEMBERED = remembered
    try:
        folded = observations_summary(read_progress(PLAN, [str(path)]))
    finally:
        rows_module.MAX_REMEMBERED = kept
    assert folded == whole
