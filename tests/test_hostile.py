"""Hostile input, tried in bulk: every command that reads files gets either a correct result or a
clear message naming the file (and the line where there is one) with exit 1 — never a
traceback, never a hang, never a partial output file.

The cases are the issue's list, written out, plus a seeded stream of random corruptions of the
bundled example (repeatable: the same seed gives the same files).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, example

from baise11155.cli.main import cli

EXAMPLE = Path(example("progress-2019.csv")).read_bytes()
HEADER = "indicator,category,year,value,item\n"
RANDOM_CASES = 150


def rows(*lines: str) -> bytes:
    return (HEADER + "".join(line + "\n" for line in lines)).encode("utf-8")


PROGRESS_CASES: dict[str, bytes] = {
    "empty file": b"",
    "header alone": HEADER.encode(),
    "random bytes": random.Random(1).randbytes(4096),
    "truncated UTF-8": EXAMPLE[: EXAMPLE.index("突破".encode()) + 4],
    "truncated GB18030": EXAMPLE.decode("utf-8").encode("gb18030")[:-1],
    "GB18030 then stray bytes": EXAMPLE.decode("utf-8").encode("gb18030") + b"\xff\xff\n",
    "BOM in the middle": EXAMPLE[:200] + b"\xef\xbb\xbf" + EXAMPLE[200:],
    "BOM before the header": b"\xef\xbb\xbf" + EXAMPLE,
    "NUL bytes": rows("achievements,,2019,1,a\x00b", "achieve\x00ments,,2019,1,c"),
    "10 MB unquoted field": rows("achievements,,2019,1," + "x" * 10_000_000),
    "10 MB quoted field": rows('achievements,,2019,1,"' + "x" * 10_000_000 + '"'),
    "a million columns": rows("achievements,,2019,1," + "," * 1_000_000),
    "a million empty columns in the header": ("indicator,year" + "," * 1_000_000 + "\nachievements,2019\n").encode(),
    "ragged rows": rows("achievements,,2019", "achievements,,2019,1,a,b,c", "achievements"),
    "quote never closed": rows('achievements,,2019,1,"never closed', "achievements,,2019,1,b"),
    "CR line endings": HEADER.replace("\n", "\r").encode() + b"achievements,,2019,1,a\rachievements,,2019,1,b\r",
    "CRLF line endings": rows("achievements,,2019,1,a").replace(b"\n", b"\r\n"),
    "duplicate headers": b"indicator,year,value,value\nachievements,2019,1,2\n",
    "headers in mixed languages": "指标,Category,年份,value,名称\n转化科技成果,,2019,3,x\n".encode(),
    "only blank lines": b"\n\n\r\n,,,\n",
    "a quoted header": b'"indicator","year"\n"achievements","2019"\n',
    "huge value": rows("achievements,,2019," + "9" * 5000 + ",a"),
    **{
        f"value {value!r}": rows(f"achievements,,2019,{value},item")
        for value in ["1e309", "nan", "inf", "-inf", "-0", '"1,000"', "１２", "十二", " 3 ", "50%", "", "-1", "0x10"]
    },
    **{
        f"date {when!r}": rows(f"achievements,,{when},1,item")
        for when in ["2019-02-30", "19-01-01", "2019/1/5", "2019年", "0000", "9999-12-31", "", "2019-1-1-1"]
    },
}

TARGETS_CASES: dict[str, str] = {
    "invalid YAML": "schema: 1\nplan: [\n",
    "billion laughs": "a: &a [x,x,x,x,x,x,x,x,x]\n"
    + "".join(f"{chr(98 + n)}: &{chr(98 + n)} [{','.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(9)),
    "python object": "schema: !!python/object/apply:os.system ['true']\n",
    "a list": "- 1\n- 2\n",
    "a scalar": "hello\n",
    "empty": "",
    "binary junk": "\x00\x01\x02",
    "deep nesting": "a: " + "[" * 5000 + "]" * 5000 + "\n",
}


def _targets_variants() -> dict[str, str]:
    """Wrong types at every level of the real file, a breakdown that does not add up, no region."""
    text = (ROOT / "data" / "targets.yaml").read_text(encoding="utf-8")
    variants = {
        "breakdown off by one": text.replace("target: 8}", "target: 7}"),
        "no region": text[: text.index("\nregion:")] + text[text.index("\nindicators:"):],
        "no indicators": text[: text.index("\nindicators:")],
    }
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if ":" in line and not line.lstrip().startswith("#"):
            key = line[: line.index(":") + 1]
            for wrong in ("[]", "{}", "-3", "true", "'text'", "2017-02-30", "null"):
                if n % 5 == 0:  # every fifth key, each wrong type: over a hundred files in all
                    variants[f"line {n + 1} as {wrong}"] = "\n".join(lines[:n] + [f"{key} {wrong}"] + lines[n + 1:]) + "\n"
    # every figure and every date, at the edges of what numbers and calendars hold
    for wrong in ("1e-320", "1e400", "9" * 401, "9" * 5000, "1e15", "0.0000001", "-0.0"):
        shown = wrong if len(wrong) < 20 else f"{len(wrong)} nines"
        variants[f"every target as {shown}"] = re.sub(r"target: [0-9.]+", f"target: {wrong}", text)
        variants[f"the baseline as {shown}"] = text.replace("value: 29", f"value: {wrong}")
        lone = "    target: 50\n    region: {target: 1000, kind: count}"  # no breakdown to catch it
        assert lone in text
        variants[f"a target without breakdown as {shown}"] = text.replace(lone, lone.replace("50", wrong, 1))
    for when in ("0001-01-01", "9999-12-31", "1899-12-31"):
        variants[f"the period starting {when}"] = text.replace("start: 2018-01-01", f"start: {when}")
        variants[f"the baseline dated {when}"] = text.replace("date: 2017-12-31", f"date: {when}")
    return variants


def corrupt(data: bytes, rng: random.Random) -> bytes:
    """One random corruption of a good file: the kinds of damage files suffer."""
    data = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        kind = rng.randrange(7)
        at = rng.randrange(len(data) + 1)
        if kind == 0 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 1:
            data[at:at] = rng.choice([b'"', b",", b"\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xff", "，".encode()])
        elif kind == 2:
            del data[at: at + rng.randrange(1, 40)]
        elif kind == 3:
            data = data[:at]
        elif kind == 4:
            data[at:at] = rng.choice(["十二", "-1", "1e309", "nan", "2019-02-30", "突破", "  "]).encode()
        elif kind == 5 and data:
            start = rng.randrange(len(data))
            data[at:at] = data[start: start + rng.randrange(1, 200)]
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
    return bytes(data)


def check_outcome(result, label: str, output: Path | None = None) -> None:
    """The one rule: a result, or a clear message with the file and exit 1; never a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{label}: {type(result.exception).__name__}: {result.exception}"
    )
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code in (0, 1), (label, result.exit_code, result.stderr)
    if result.exit_code == 1:
        message = result.stderr + result.stdout
        assert message.strip(), f"{label}: exit 1 without a message"
        if output is not None:
            assert not output.exists(), f"{label}: a failed run left an output file"


def invoke(args: list[str]):
    return CliRunner().invoke(cli, args, catch_exceptions=True)


@pytest.mark.parametrize("name", list(PROGRESS_CASES))
def test_hostile_progress_files(tmp_path, name):
    path = tmp_path / "hostile.csv"
    path.write_bytes(PROGRESS_CASES[name])
    for command in ("status", "gaps", "compare", "validate"):
        output = tmp_path / f"{command}.json"
        args = [command, str(path)] + (["--format", "json", "--output", str(output)] if command != "validate" else [])
        result = invoke(args)
        check_outcome(result, f"{name}/{command}", output if command != "validate" else None)
        if result.exit_code == 1 and command != "validate":
            assert str(path) in result.stderr, f"{name}/{command}: the message does not name the file"
        if result.exit_code == 0 and command != "validate":
            document = json.loads(output.read_text(encoding="utf-8"))
            for indicator in document["indicators"]:
                assert indicator["achieved"] is None or indicator["achieved"] >= 0
    result = invoke(["compare", example("progress-2019.csv"), "--region-progress", str(path)])
    check_outcome(result, f"{name}/region")


@pytest.mark.parametrize("name", list(PROGRESS_CASES))
def test_hostile_progress_files_in_chinese(tmp_path, name):
    """The same files, with every message in Chinese: each message has all it needs in both."""
    path = tmp_path / "hostile.csv"
    path.write_bytes(PROGRESS_CASES[name])
    for command in ("validate", "status"):
        check_outcome(invoke([command, str(path), "--lang", "zh"]), f"{name}/{command}/zh")


def test_the_accepted_odd_values_mean_what_they_say(tmp_path):
    """-0, 1,000 (quoted), full-width digits and padded numbers are read; the rest are refused."""
    accepted = {"-0": 0, '"1,000"': 1000, "１２": 12, " 3 ": 3, "": 1}
    for value, expected in accepted.items():
        path = tmp_path / "v.csv"
        path.write_bytes(rows(f"achievements,,2019,{value},item"))
        result = invoke(["status", str(path), "--format", "json"])
        assert result.exit_code == 0, (value, result.stderr)
        assert json.loads(result.stdout)["indicators"][4]["achieved"] == expected
    for value in ["1e309", "nan", "inf", "-inf", "十二", "50%", "-1", "0x10"]:
        path = tmp_path / "v.csv"
        path.write_bytes(rows(f"achievements,,2019,{value},item"))
        result = invoke(["status", str(path)])
        assert result.exit_code == 1 and f"{path}:2: value" in result.stderr, (value, result.stderr)


@pytest.mark.parametrize("seed", range(RANDOM_CASES))
def test_random_corruptions(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / "corrupt.csv"
    data = corrupt(EXAMPLE if rng.random() < 0.7 else EXAMPLE.decode().encode("gb18030"), rng)
    path.write_bytes(data)
    for command in ("status", "validate"):
        output = tmp_path / "out.csv"
        args = [command, str(path)] + (["--format", "csv", "--output", str(output)] if command == "status" else [])
        check_outcome(invoke(args), f"seed {seed}/{command}", output if command == "status" else None)


XLS = (ROOT / "tests" / "office-2019.xls").read_bytes()
XLS_CASES = 60


@pytest.mark.parametrize("seed", range(XLS_CASES))
def test_damaged_old_workbooks(tmp_path, seed):
    """An .xls damaged at random: calamine may raise or even panic; either is a message about the file."""
    rng = random.Random(seed)
    data = bytearray(XLS)
    for _ in range(rng.randrange(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    if rng.random() < 0.3:
        data = data[: rng.randrange(len(data))]
    path = tmp_path / "damaged.xls"
    path.write_bytes(bytes(data))
    for command in ("status", "validate"):
        check_outcome(invoke([command, str(path), "--sheet", "all"]), f"xls seed {seed}/{command}")


TARGETS_ALL = {**TARGETS_CASES, **_targets_variants()}


@pytest.mark.parametrize("name", list(TARGETS_ALL))
def test_hostile_targets_files(tmp_path, name):
    path = tmp_path / "targets.yaml"
    path.write_text(TARGETS_ALL[name], encoding="utf-8")
    for args in (["targets", "--format", "json"], ["status", example("progress-2019.csv")],
                 ["status", example("progress-2019.csv"), "--format", "json"]):
        result = invoke([*args, "--targets", str(path)])
        check_outcome(result, f"{name}/{args[0]}")
        if result.exit_code == 1:
            assert str(path) in result.stderr, f"{name}: the message does not name the file: {result.stderr}"


def test_the_readme_states_the_numbers_of_cases_tried():
    """The README tells a user what the suite tries; it says what the suite does."""
    import re

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    corruptions = re.search(r"(\d+) seeded corruptions of the example", readme)
    assert corruptions and int(corruptions.group(1)) == RANDOM_CASES
    assert "over a hundred broken targets files" in readme and len(TARGETS_ALL) > 100


def test_config_set_on_a_full_disk_names_the_config_file(run, monkeypatch, tmp_path):
    import errno
    import tempfile

    monkeypatch.setenv("BAISE11155_CONFIG", str(tmp_path / "config.ini"))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    result = run("config", "set", "lang", "zh", "--lang", "en")
    assert result.exit_code == 1
    assert f"{tmp_path / 'config.ini'}: cannot write: No space left on device" in result.stderr
    assert "<stdout>" not in result.stderr and "Traceback" not in result.stderr


def test_a_file_that_fails_in_the_middle_of_its_reading_is_a_problem_at_its_line(run, monkeypatch, tmp_path):
    """The disk or a network share gives up part way: the file is named, with the line reached."""
    import errno

    from baise11155.read import sources

    path = tmp_path / "ledger.csv"
    path.write_text("indicator,year,item\n" + "".join(f"achievements,2019,A{n}\n" for n in range(20000)),
                    encoding="utf-8")
    real = sources.LineLimited.read1
    given: list[bytes] = []

    def failing(self, size=-1):
        if len(given) == 3:
            raise OSError(errno.EIO, "Input/output error")
        given.append(real(self, size))
        return given[-1]

    monkeypatch.setattr(sources.LineLimited, "read1", failing)
    result = run("status", str(path), "-f", "json", "--lang", "en")
    assert result.exit_code == 1
    reached = b"".join(given).count(b"\n") + 1  # the line being read when it failed
    assert reached > 100
    assert f"{path}:{reached}: cannot read on: Input/output error" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
