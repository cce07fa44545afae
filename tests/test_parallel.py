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


def _split(path, encoding):
    with open(path, "rb") as handle:
        return parallel.split(handle.fileno(), path.stat().st_size, encoding)


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
    monkeypatch.setattr(parallel, "_merge", lambda reader, half, *rest: merged.append(half) or real(reader, half, *rest))
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
    assert _split(path, "utf-8") is not None  # a quote in the second half is safe
    path.write_text("\n".join(['指标,年份,名称', '转化科技成果,2019,"a\nb"'] + lines[1:]) + "\n", encoding="utf-8")
    assert _split(path, "utf-8") is None
    assert _split(path, "utf-16") is None


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
    monkeypatch.setattr(parallel, "_merge", lambda reader, half, *rest: merged.append(half) or real(reader, half, *rest))
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
    assert _split(path, "utf-8") is None  # 80 KB is below 16 MiB


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


def test_a_line_that_starts_with_a_bom_at_the_split_is_read_as_one_core_reads_it(tmp_path, monkeypatch):
    """A BOM is a file's first bytes: the second half is decoded as UTF-8, so a line of the middle
    that starts with one is the same problem on two cores as on one."""
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)]
    lines[3000:4200] = ["\ufeff" + line for line in lines[3000:4200]]  # a band around the middle, the split in it
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    one, two, halves = _both(path, monkeypatch)
    assert halves and one == two
    assert one[3] == 1200  # each of them not an indicator the plan has


def test_a_file_named_twice_says_its_once_a_file_warnings_each_time(tmp_path, monkeypatch):
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,数量（家）"] + ["转化科技成果,2019,1"] * 7000 + ["突破重大技术,2019,1"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, str(10**12))
    one = _said(read_progress(PLAN, [str(path), str(path)], ReadSettings()))
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    two = _said(read_progress(PLAN, [str(path), str(path)], ReadSettings()))
    assert one == two
    assert sum("breakthroughs is counted in" in warning for warning in two[5]) == 2, two[5]


def test_the_problems_of_the_sums_come_after_every_rows_as_on_one_core(tmp_path, monkeypatch):
    """A ratio given twice for a date is found while the sums are made; a bad year in the second
    half while its rows are read: one core names the bad year first."""
    from baise11155.read.targets_file import bundled_plans

    keji = load_plan(bundled_plans()["guangxi-keji-qianggui-2021-2023"])  # a plan with a ratio
    path = tmp_path / "ledger.csv"
    lines = ["indicator,year,value,item"] + ["rd-intensity,2021,1.1,", "rd-intensity,2021,1.2,"]
    lines += [f"achievements,2021,1,A{n}" for n in range(7000)] + ["achievements,20x1,1,B"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, str(10**12))
    one = _said(read_progress(keji, [str(path)], ReadSettings()))
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    two = _said(read_progress(keji, [str(path)], ReadSettings()))
    assert one == two
    assert [problem.split(":")[1] for problem in two[4]] == ["7004", "3"], two[4]


@pytest.mark.parametrize("body", [b"a\r\nb\rc\nd\r\n" * 5000, b"x\ry\r\n" * 7000, b"\r\n" * 9000, b"q\n" * 9000,
                                  b"\r" * 5 + b"\n" * 5 + b"\r\r\n" * 3000])
def test_the_first_halfs_lines_are_counted_as_the_text_reader_counts_them(tmp_path, monkeypatch, body):
    """(What a child counts when it needs the count before the parent has sent it.)"""
    import io

    monkeypatch.setattr(parallel, "_CHUNK", 7)  # blocks that split \r\n
    path = tmp_path / "f.csv"
    path.write_bytes(body)
    with open(path, "rb") as handle:
        for at in (len(body) // 3, len(body) // 2, len(body) - 1):
            expected = sum(1 for _ in io.StringIO(body[:at].decode(), newline=""))
            if body[:at].endswith(b"\r") and body[at:at + 1] == b"\n":
                continue  # (the split is always after a \n: never between \r and \n)
            ends = parallel.line_ends_before(handle.fileno(), at)
            assert ends == expected - (not body[:at].endswith((b"\n", b"\r"))), at


def test_a_child_that_names_a_place_early_counts_the_first_half_itself(tmp_path, monkeypatch):
    """A bad year at the start of the second half: the child does not wait for the whole of the
    parent's half to be read, and the line it names is one core's."""
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)]
    lines[3700] = "转化科技成果,20x9,坏年份"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    marker = tmp_path / "counted"
    real = parallel.line_ends_before

    def counting(*args):  # (in the child: what it does is seen through a file)
        marker.write_text("counted here")
        return real(*args)

    monkeypatch.setattr(parallel, "line_ends_before", counting)
    from baise11155.read import rows

    reading = rows.RowReader.read
    parent = os.getpid()

    def parent_slowly(self, records):  # the parent's half takes a while; the child's does not
        if os.getpid() == parent:
            import time

            time.sleep(1.0)
        reading(self, records)

    monkeypatch.setattr(rows.RowReader, "read", parent_slowly)
    one, two, halves = _both(path, monkeypatch)
    assert halves and one == two
    assert marker.exists()
    assert any(":3701:" in problem for problem in two[4]), two[4]


def test_the_child_reads_the_file_opened_not_what_its_name_points_at_later(tmp_path, monkeypatch):
    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = tmp_path / "other.csv"
    other.write_text("\n".join(line.replace("转化科技成果", "突破重大技术") for line in lines) + "\n", encoding="utf-8")
    real = parallel.read_in_halves

    def swapped(*args):  # the name now points at another file, as a sync tool's rename would make it
        os.replace(other, path)
        return real(*args)

    monkeypatch.setattr(parallel, "read_in_halves", swapped)
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    observations = read_progress(PLAN, [str(path)], ReadSettings())
    assert {key[0] for key in observations.buckets} == {"achievements"} and observations.rows == 7000


@pytest.mark.parametrize("refused", ["pipe", "fork"])
def test_no_descriptor_or_process_to_spare_reads_the_file_on_one_core(tmp_path, monkeypatch, refused):
    import errno

    path = tmp_path / "ledger.csv"
    lines = ["指标,年份,名称"] + [f"转化科技成果,2019,成果{n}" for n in range(7000)] + ["转化科技成果,20x9,坏年份"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, str(10**12))
    one = _said(read_progress(PLAN, [str(path)], ReadSettings()))

    def no(*args):
        raise OSError(errno.EMFILE if refused == "pipe" else errno.EAGAIN, "refused")

    monkeypatch.setattr(os, refused, no)
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    assert _said(read_progress(PLAN, [str(path)], ReadSettings())) == one
    assert one[2] == 7000 and one[3] == 1


def _folding(tmp_path, monkeypatch, plan, extra: list[str]):
    """A ledger whose cells never repeat (a value per row), folded every 500 tuples, read on one
    core and on two: both results, and how the file was read the second time."""
    from baise11155.read import progress, rows

    monkeypatch.setattr(rows, "MAX_REMEMBERED", 500)
    path = tmp_path / "ledger.csv"
    lines = ["indicator,year,value,item"] + [f"achievements,2021,{n},A{n}" for n in range(7000)]
    lines[4500:4500] = extra  # in the second half
    lines[5200] = "achievements,20x1,1,B"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, str(10**12))
    one = _said(read_progress(plan, [str(path)], ReadSettings()))
    monkeypatch.setenv(parallel.MIN_BYTES_VAR, "2")
    calls: list[dict] = []
    real = progress._read_text
    monkeypatch.setattr(progress, "_read_text", lambda *args, **kwargs: calls.append(kwargs) or real(*args, **kwargs))
    return one, _said(read_progress(plan, [str(path)], ReadSettings())), calls


def test_a_file_whose_cells_rarely_repeat_is_read_again_on_one_core_for_its_order(tmp_path, monkeypatch):
    """Counts are folded into the sums every MAX_REMEMBERED distinct tuples, which each half
    counts from its own start: a ratio given twice (found at a fold) and a bad year after it are
    listed in one core's order because one core reads such a file again."""
    from baise11155.read.targets_file import bundled_plans

    keji = load_plan(bundled_plans()["guangxi-keji-qianggui-2021-2023"])
    one, two, calls = _folding(tmp_path, monkeypatch, keji, ["rd-intensity,2021,1.1,", "rd-intensity,2021,1.2,"])
    assert calls == [{}, {"one_core": True}]  # split, then read again on one core
    assert one == two and len(two[4]) == 2, two[4]


def test_folds_that_say_nothing_keep_the_two_halves(tmp_path, monkeypatch):
    """(The sums and their first rows do not depend on where the folds fall: no reason to read again.)"""
    one, two, calls = _folding(tmp_path, monkeypatch, PLAN, [])
    assert calls == [{}] and one == two
