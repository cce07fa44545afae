"""The tool as a separate process: the console script, python -m, pipes, Ctrl-C, and a wheel
installed into a fresh virtual environment and run from another directory."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import venv
from pathlib import Path

import pytest
from conftest import ROOT, example


def tool(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "baise11155", *map(str, args)], capture_output=True, **kwargs)


def test_python_dash_m_and_console_script_agree():
    module = tool("status", example("progress-2019.csv"), "-f", "json")
    script = shutil.which("baise11155", path=os.path.dirname(sys.executable))
    assert script, "the console script is installed beside the interpreter"
    console = subprocess.run([script, "status", example("progress-2019.csv"), "-f", "json"], capture_output=True)
    assert module.returncode == console.returncode == 0
    assert module.stdout == console.stdout


def big_ledger(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        out.write("indicator,category,year\n")
        for n in range(rows):
            out.write("breakthroughs,aluminium,2019\n" if n % 2 else "achievements,,2019\n")
    return path


def test_broken_pipe_ends_quietly(tmp_path):
    ledger = big_ledger(tmp_path / "big.csv", 20000)
    # (explain's rows are more than a pipe holds: the write itself meets the closed pipe)
    for command in (f"gaps {ledger} -f plain", f"status {ledger} -f json", "targets",
                    f"explain {ledger} -i breakthroughs -f json"):
        pipeline = subprocess.run(
            ["bash", "-c", f"{shlex_quote(sys.executable)} -m baise11155 {command} | head -1; "
                           "echo exit ${PIPESTATUS[0]} >&2"],
            capture_output=True,
        )
        assert pipeline.stdout.count(b"\n") == 1
        assert b"Traceback" not in pipeline.stderr and b"BrokenPipe" not in pipeline.stderr
        assert pipeline.stderr.endswith(b"exit 0\n")  # the reader chose to stop: not a failure


def archive_read(wheel, name):
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name)


def shlex_quote(text):
    import shlex

    return shlex.quote(text)


def _wait_for_cpu_seconds(pid: int, seconds: float, timeout: float = 60.0) -> None:
    """Wait until a process has used this much processor time (read from /proc where there is one)."""
    stat = Path(f"/proc/{pid}/stat")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not stat.exists():
            time.sleep(2.0)
            return
        fields = stat.read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime + stime
        if ticks / os.sysconf("SC_CLK_TCK") >= seconds:
            return
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to know when reading has begun")
def test_ctrl_c_exits_130_without_traceback_or_partial_output(tmp_path):
    ledger = big_ledger(tmp_path / "big.csv", 3_000_000)
    target = tmp_path / "out.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "baise11155", "status", str(ledger), "-f", "json", "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    _wait_for_cpu_seconds(process.pid, 0.6)  # past start-up, well into reading the file
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    assert stderr.strip().endswith(b"interrupted")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["big.csv"]


@pytest.mark.skipif(os.environ.get("BAISE11155_SKIP_WHEEL") == "1", reason="asked to skip the wheel test")
def test_wheel_installs_into_a_fresh_environment_and_runs_anywhere(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("baise11155-*.whl")

    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        packaged = archive.read("baise11155/targets.yaml")
    assert packaged == (ROOT / "data" / "targets.yaml").read_bytes()  # the same file, no second copy
    for plan in (ROOT / "data" / "plans").glob("*.yaml"):  # and the other bundled plans
        assert archive_read(wheel, f"baise11155/plans/{plan.name}") == plan.read_bytes()

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(example("progress-2019.csv"), elsewhere / "p.csv")
    script = env_dir / "bin" / "baise11155"
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BAISE11155_TARGETS")}
    result = subprocess.run([str(script), "status", "p.csv", "-f", "json"], cwd=elsewhere, capture_output=True,
                            text=True, env=clean_env)
    assert result.returncode == 0, result.stderr
    assert '"achieved": 45' in result.stdout
    result = subprocess.run([str(script), "targets", "-f", "json"], cwd=elsewhere, capture_output=True, text=True,
                            env=clean_env)
    assert '"code": "11155"' in result.stdout


def test_a_signal_just_after_the_temporary_file_is_made_leaves_nothing_behind(tmp_path, monkeypatch):
    """The window the review found: Ctrl-C between mkstemp returning and its name being kept."""
    import tempfile

    from baise11155.cli import output

    real = tempfile.mkstemp

    def interrupted_mkstemp(*args, **kwargs):
        made = real(*args, **kwargs)
        # arrives before the caller has the name; sent to this thread, which holds it (sent to the
        # process, a helper thread a library left running could take it at once, and the test
        # would fail for that thread, not for the code)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
        return made

    monkeypatch.setattr(tempfile, "mkstemp", interrupted_mkstemp)
    with pytest.raises(KeyboardInterrupt):
        output.write_atomically(str(tmp_path / "out.txt"), b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_sigterm_or_sighup_while_writing_exits_cleanly_and_leaves_no_part_file(tmp_path, name):
    """A real process, stopped by a real signal in the middle of writing its output file."""
    target = tmp_path / "out.json"
    script = (
        "import os, signal, sys\n"
        "from baise11155.cli.main import main\n"
        "real = os.fsync\n"
        f"def fsync(fd):\n    os.kill(os.getpid(), signal.{name})\n    real(fd)\n"
        "os.fsync = fsync\n"
        "main(sys.argv[1:])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "status", example("progress-2019.csv"), "-f", "json", "-o", str(target)],
        capture_output=True,
    )
    assert result.returncode == 128 + getattr(signal, name)
    assert b"Traceback" not in result.stderr and said(result.stderr).strip() == b"stopped"
    assert list(tmp_path.iterdir()) == []


def test_a_signal_ignored_by_the_parent_stays_ignored(tmp_path):
    """`nohup baise11155 …` keeps running when the terminal goes away."""
    target = tmp_path / "out.json"
    script = (
        "import os, signal, sys\n"
        "signal.signal(signal.SIGHUP, signal.SIG_IGN)\n"
        "from baise11155.cli.main import main\n"
        "real = os.fsync\n"
        "def fsync(fd):\n    os.kill(os.getpid(), signal.SIGHUP)\n    real(fd)\n"
        "os.fsync = fsync\n"
        "main(sys.argv[1:])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "status", example("progress-2019.csv"), "-f", "json", "-o", str(target)],
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr
    assert target.exists() and [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize(
    "command, redirect, message",
    [
        ("status -", "<&-", b"Error: <stdin>: standard input is closed"),
        ("status {example}", ">&-", b"Error: <stdout>: standard output is closed"),
        ("report {example}", ">&-", b"Error: <stdout>: standard output is closed"),
        ("status {example} -f xlsx", ">&-", b"Error: <stdout>: standard output is closed"),
        ("status nofile.csv", "2>&-", b""),
    ],
)
def test_a_closed_standard_stream_is_a_message_not_a_traceback(command, redirect, message):
    line = f"{shlex_quote(sys.executable)} -m baise11155 {command.format(example=example('progress-2019.csv'))}"
    result = subprocess.run(f"{line} {redirect}", shell=True, capture_output=True)
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.startswith(message)


def test_with_standard_output_closed_an_output_file_gets_only_its_result(tmp_path):
    """A file opened while descriptor 1 is free would take its number: nothing else may land in it."""
    target = tmp_path / "out.json"
    line = f"{shlex_quote(sys.executable)} -m baise11155 status {example('progress-2019.csv')} -f json -o {target}"
    result = subprocess.run(f"{line} >&-", shell=True, capture_output=True)
    assert result.returncode == 0, result.stderr
    expected = tool("status", example("progress-2019.csv"), "-f", "json").stdout
    assert target.read_bytes() == expected


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin", reason="needs a file system that takes any bytes")
def test_a_file_name_that_is_not_utf8_is_shown_not_a_traceback(tmp_path):
    """GBK names unpacked from a Windows archive: b'\\xb0\\xd9\\xc9\\xab' is 百色 in GB18030."""
    title = "百色市科技进度表\n".encode()  # a title row above the header: a warning that names the file
    data = title + Path(example("progress-2019.csv")).read_bytes()
    gbk = os.path.join(os.fsencode(tmp_path), b"\xb0\xd9\xc9\xab.csv")
    stray = os.path.join(os.fsencode(tmp_path), b"\xff\xfe.csv")
    for name in (gbk, stray):
        with open(name, "wb") as handle:
            handle.write(data)
    book = os.path.join(os.fsencode(tmp_path), b"\xb0\xd9\xc9\xab.xlsx")  # calamine takes its path as UTF-8
    with open(book, "wb") as handle:
        handle.write(_small_workbook(tmp_path / "book.xlsx").read_bytes())
    workbook = subprocess.run([sys.executable, "-m", "baise11155", "status", book, "-f", "json"], capture_output=True)
    assert workbook.returncode == 0, workbook.stderr
    assert b'"achieved": 45' in workbook.stdout
    report = tmp_path / "report.html"
    for args in (["status", gbk], ["status", gbk, "-f", "json"], ["status", stray, "-f", "xlsx", "-o", tmp_path / "s.xlsx"],
                 ["report", gbk, stray, "-o", report]):
        result = subprocess.run([sys.executable, "-m", "baise11155", *args, "--lang", "en"], capture_output=True)
        assert result.returncode == 0, result.stderr
        assert b"Traceback" not in result.stderr
    assert "warning: " + str(tmp_path) + "/百色.csv:2: the header is on row 2" in result.stderr.decode()
    page = report.read_text(encoding="utf-8")  # the notes are on standard error, not in the report
    assert page.startswith("<!DOCTYPE html>") and "/百色.csv" not in page


def _file_size_limit(blocks: int):
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (blocks * 1024, blocks * 1024))

    return limit


@pytest.mark.skipif(sys.platform == "win32", reason="ulimit -f is POSIX")
@pytest.mark.parametrize(
    "args, place",
    [
        (["status", "{example}", "-f", "xlsx", "-o", "{tmp}/out.xlsx"], "{tmp}/out.xlsx"),  # openpyxl's temporary sheets
        (["report", "{example}", "-o", "{tmp}/out.html"], "{tmp}/out.html"),
        (["template", "{tmp}/t.xlsx"], "{tmp}/t.xlsx"),
        (["status", "{example}", "-f", "json"], "<stdout>"),  # into a file on standard output
        (["status", "{example}", "-f", "xlsx"], "<stdout>"),
    ],
)
def test_a_file_size_limit_is_a_message_and_leaves_nothing_behind(tmp_path, args, place):
    """`ulimit -f 4`: Python ignores SIGXFSZ, so each write beyond the limit fails; none may be lost in silence."""
    args = [a.format(example=example("progress-2019.csv"), tmp=tmp_path) for a in args]
    temporary = tmp_path / "tmp"  # where openpyxl writes each sheet before the workbook
    temporary.mkdir()
    with open(tmp_path / "stdout", "wb") as stdout:
        result = subprocess.run([sys.executable, "-m", "baise11155", *args, "--lang", "en"], stdout=stdout,
                                stderr=subprocess.PIPE, preexec_fn=_file_size_limit(4),
                                env={**os.environ, "TMPDIR": str(temporary)})
    assert result.returncode == 1
    assert said(result.stderr).decode() == f"Error: {place.format(tmp=tmp_path)}: cannot write: File too large\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stdout", "tmp"]  # no output, no .part file
    assert not list(temporary.iterdir())  # and none of openpyxl's (its exit hook ran)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_standard_output_on_a_full_disk_is_a_message(fmt):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "baise11155", "status", example("progress-2019.csv"), "-f", fmt,
                                 "--lang", "en"], stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert said(result.stderr) == b"Error: <stdout>: cannot write: No space left on device\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["status", "--help"], ["config", "path"]])
def test_what_click_writes_itself_on_a_full_disk_is_a_message(args):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "baise11155", *args], stdout=full, stderr=subprocess.PIPE,
                                env={**os.environ, "BAISE11155_LANG": "en"})
    assert result.returncode == 1
    assert said(result.stderr) == b"Error: <stdout>: cannot write: No space left on device\n"


def test_python_dash_m_does_not_run_a_click_py_lying_in_the_current_folder(tmp_path):
    (tmp_path / "click.py").write_text("import pathlib\npathlib.Path('RAN').write_text('x')\nraise SystemExit(99)\n")
    (tmp_path / "yaml.py").write_text("raise SystemExit(98)\n")
    result = tool("status", example("progress-2019.csv"), "-f", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "RAN").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("name", ["progress-2019.csv", "book.xlsx"])
def test_a_named_pipe_or_process_substitution_is_read_like_standard_input(tmp_path, name):
    source = Path(example(name)) if name.endswith(".csv") else _small_workbook(tmp_path / name)
    expected = tool("status", source, "-f", "json").stdout
    assert b'"achieved"' in expected
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = subprocess.Popen(["sh", "-c", f"cat {shlex_quote(str(source))} > {shlex_quote(str(pipe))}"])
    result = tool("status", pipe, "-f", "json")
    writer.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected.replace(str(source).encode(), str(pipe).encode())
    substituted = subprocess.run(["bash", "-c", f"{shlex_quote(sys.executable)} -m baise11155 status "
                                  f"<(cat {shlex_quote(str(source))}) -f json"], capture_output=True)
    assert substituted.returncode == 0, substituted.stderr
    assert b'"achieved"' in substituted.stdout


def _small_workbook(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    for row in (["指标", "年份", "数量"], ["转化科技成果", 2019, 7], ["保有高新技术企业", 2019, 45]):
        book.active.append(row)
    book.save(path)
    return path


def test_no_library_warning_reaches_the_user(tmp_path):
    """openpyxl's UserWarnings (written with library paths) were seen on standard error: with every
    warning made an error, reading a workbook and writing one still succeed."""
    book = _small_workbook(tmp_path / "in.xlsx")
    for args in (["status", book, "-f", "xlsx", "-o", tmp_path / "out.xlsx"], ["template", tmp_path / "t.xlsx"],
                 ["report", book, "-o", tmp_path / "r.html"]):
        result = subprocess.run([sys.executable, "-W", "error", "-m", "baise11155", *map(str, args)],
                                capture_output=True)
        assert result.returncode == 0, result.stderr
        assert b"Warning" not in result.stderr


def said(stderr: bytes) -> bytes:
    """Standard error without the read receipts (one line per file read, before anything else)."""
    return b"".join(line for line in stderr.splitlines(keepends=True) if not line.startswith(b"read: "))
