"""A big CSV file read on two cores gives what one core gives: the same sums, the same first rows,
the same problems and warnings at the same lines (read/parallel.py). Generated ledgers, each read
both ways; the split threshold and the scan's block size made small so that the files here split."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baise11155.read import parallel
from baise11155.read.progress import ReadSettings, read_progress
from baise11155.read.targets_file import load_plan

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="two cores are used where the system can fork")

PLAN = load_plan(None)
INDICATORS = ["突破重大技术", "创建国家级创新平台", "转化科技成果", "保有高新技术企业", "breakthroughs", "nonsense"]
COUNTIES = ["右江区", "田阳区", "平果市", "", "全市"]


rows = st.lists(
    st.tuples(st.sampled_from(INDICATORS), st.sampled_from(["2017", "2018", "2019", "2019-06-30", "20x9"]),
              st.sampled_from(["", "1", "2", "3.5", "-1"]), st.integers(0, 400), st.sampled_from(COUNTIES),
              st.sampled_from(["", "", "", "合计"])),
    min_size=1, max_size=40)


def _ledger(draw_rows, repeat: int, ending: str) -> str:
    lines = ["指标,年份,数量,名称,县区,备注"]
    for n in range(repeat):
        for indicator, year, value, item, county, note in draw_rows:
            name = f"item{item}" if item else ""
            # a total only in a note column the fast way searches for
            lines.append(f"{indicator},{year},{value},{name},{county},{note}")
    return ending.join(lines) + ending


def _said(observations):
    from baise11155.present.words import text

    return ({key: (b.total, b.rows, b.first) for key, b in observations.buckets.items()}, observations.latest,
            observations.rows, observations.problem_count, [text(p, "en") for p in observations.problems],
            [text(w, "en") for w in observations.warnings], observations.duplicates)


def _both(path, monkeypatch):
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, str(10**12))
    one = read_progress(PLAN, [str(path)], ReadSettings())
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    monkeypatch.setattr(parallel, "_CHUNK", 997)  # blocks that end anywhere, a \r\n split across two
    halves = []
    real = parallel.read_in_halves
    monkeypatch.setattr(parallel, "read_in_halves", lambda *args: halves.append(args[-1]) or real(*args))
    two = read_progress(PLAN, [str(path)], ReadSettings())
    return _said(one), _said(two), halves


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows, ending=st.sampled_from(["\n", "\r\n"]), repeat=st.integers(1, 3))
def test_two_cores_give_what_one_gives(rows, ending, repeat, tmp_path_factory, monkeypatch):
    path = tmp_path_factory.mktemp("ledger") / "ledger.csv"
    body = _ledger(rows, repeat, ending)
    while len(body.encode("utf-8")) < 70_000:  # past the size read on one core unasked, and the first blocks
        body += _ledger(rows, 1, ending).split(ending, 1)[1]
    path.write_text(body, encoding="utf-8", newline="")
    one, two, halves = _both(path, monkeypatch)
    assert halves, "the file was not split"
    assert one == two


def test_a_plain_ledger_splits_and_adds_up(tmp_path, monkeypatch):
    """Distinct items, no totals: the halves are merged, not read again; the sums are one core's."""
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称,县区"] + [f"转化科技成果,{2018 + n % 3},成果{n},{COUNTIES[n % 3]}" for n in range(9000)]
    lines += [f"保有高新技术企业,2019,企业{n},{COUNTIES[n % 3]}" for n in range(30)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    merged = []
    real = parallel._merge
    monkeypatch.setattr(parallel, "_merge", lambda reader, half: merged.append(half) or real(reader, half))
    one, two, halves = _both(path, monkeypatch)
    assert halves and merged and one == two
    assert sum(total for total, _rows, _first in one[0].values()) == 9030


def test_a_repeat_across_the_halves_is_found(tmp_path, monkeypatch):
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)] + ["转化科技成果,2019,成果7"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two, halves = _both(path, monkeypatch)
    assert halves and one == two
    assert any("成果7" in warning and ":7002:" in warning for warning in two[5]), two[5]  # the repeat, at its line


def test_a_quote_in_the_first_half_keeps_the_file_on_one_core(tmp_path, monkeypatch):
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)] + ['转化科技成果,2019,"a\nb"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    assert parallel.split(str(path), path.stat().st_size, "utf-8") is not None  # a quote in the second half is safe
    path.write_text("\n".join(['指标,年份,名称', '转化科技成果,2019,"a\nb"'] + lines[1:]) + "\n", encoding="utf-8")
    assert parallel.split(str(path), path.stat().st_size, "utf-8") is None
    assert parallel.split(str(path), path.stat().st_size, "utf-16") is None


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_lone_carriage_return_in_the_first_half_numbers_the_second_halfs_lines_as_one_core(ending, tmp_path,
                                                                                           monkeypatch):
    """The text reader ends a line at \r alone too: the second half's lines are numbered on from
    the first half's count as this process's reader made it, so the bad year is named at its line."""
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)] + ["转化科技成果,20x9,坏年份"]
    body = ending.join(lines) + ending
    body = body.replace(f"成果3{ending}", f"成果3\r\r{ending}", 1)  # blank lines ended by \r alone, early on
    path.write_text(body, encoding="utf-8", newline="")
    one, two, halves = _both(path, monkeypatch)
    assert halves and one == two
    line = 7002 + len(ending)  # "\r", "\r\n": one blank line more; "\r", "\r", "\r\n": two
    assert any(f":{line}:" in problem for problem in two[4]), two[4]


def test_a_total_in_the_first_half_stops_the_child_and_reads_the_file_the_plain_way(tmp_path, monkeypatch):
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)]
    lines.insert(5, "合计,2019,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two, halves = _both(path, monkeypatch)
    assert halves and one == two
    assert any("total" in warning for warning in two[5]), two[5]


def test_quoted_fields_in_the_second_half_are_read_as_one_core_reads_them(tmp_path, monkeypatch):
    """A quoted cell with a comma, and one with a line break (the lines after it numbered on)."""
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)]
    lines += ['转化科技成果,2019,"成果,带逗号"', '转化科技成果,2019,"两行\n的成果"', "转化科技成果,20x9,坏年份"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    merged = []
    real = parallel._merge
    monkeypatch.setattr(parallel, "_merge", lambda reader, half: merged.append(half) or real(reader, half))
    one, two, halves = _both(path, monkeypatch)
    assert halves and merged and one == two
    assert any(":7005:" in problem for problem in two[4]), two[4]  # the bad year, after the two-line cell


def test_a_level_in_two_files_is_said_on_two_cores_too(tmp_path, monkeypatch):
    first = tmp_path / "a.csv"
    first.write_text("指标,年份,数量,县区\n保有高新技术企业,2019,30,右江区\n", encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text("指标,年份,数量,名称,县区\n" + "\n".join(f"转化科技成果,2019,1,成果{n}," for n in range(7000))
                      + "\n保有高新技术企业,2019,30,,右江区\n", encoding="utf-8")
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, str(10**12))
    one = _said(read_progress(PLAN, [str(first), str(second)], ReadSettings()))
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    two = _said(read_progress(PLAN, [str(first), str(second)], ReadSettings()))
    assert one == two and any("also given in" in w for w in two[5]), two[5]


def test_a_threshold_that_is_not_a_number_is_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "abc")
    path = tmp_path / "f.csv"
    path.write_bytes(b"x\n" * 40000)
    assert parallel.split(str(path), path.stat().st_size, "utf-8") is None  # 80 KB is below 16 MiB


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="children are found in /proc")
def test_stopped_mid_read_leaves_no_child_running(tmp_path):
    """SIGTERM to the command alone, while it reads a big file on two cores: it stops (exit 143,
    "stopped") and its child is gone with it."""
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "big.csv"
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "..", "benchmarks", "ledger.py"),
                    str(path), "300000", "items"], check=True)
    env = {**os.environ, parallel.MIN_BYTES_VAR: "2"}
    process = subprocess.Popen([sys.executable, "-m", "baise11155", "status", str(path), "-f", "json"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    children: list[str] = []
    for _ in range(100):  # until the child reading the second half is there
        time.sleep(0.05)
        children = [pid for pid in os.listdir("/proc") if pid.isdigit() and _parent(pid) == process.pid]
        if children:
            break
    assert children, "no child read the second half"
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 128 + signal.SIGTERM and b"stopped" in err
    time.sleep(0.2)
    for child in children:
        assert not os.path.exists(f"/proc/{child}") or "Z" in open(f"/proc/{child}/stat").read().split()[2]


def _parent(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None
