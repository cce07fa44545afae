"""Benchmark baise11155 against what a user would otherwise run, as ratios measured side by side.

    python benchmarks/bench.py            # every case, 11 timed runs each
    python benchmarks/bench.py --quick    # 3 runs

The targets are the "one way through" issue's: start-up within 1.15x of importing the libraries
the command needs; a city's quarterly workbook at 0.3x of pandas reading it; the region's 15k-row
ledger at 0.5x of pandas; a 1M-row itemised ledger at 2.5x of pandas in time and 0.5x in peak
memory; a 100k-row workbook at pandas' time. The reading has one way through (one core, every row
judged by the same rules), so the big files cost what that way costs.

Whole processes are timed (median of several, after a warm-up), the commands being compared
alternate run by run, and peak memory is read from each child's own resource usage. Absolute
times on a shared machine are noise; the ratios are what the targets are about. pandas (with
python-calamine for workbooks) is the comparison; without it those rows are skipped.
Standard library only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PANDAS_SCRIPT = """
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
print(frame.groupby(["indicator", "category", "date"]).size().to_json())
"""

PANDAS_EXCEL_SCRIPT = """
import sys
import pandas as pd
sheets = pd.read_excel(sys.argv[1], sheet_name=None, dtype=str, keep_default_na=False, engine="calamine")
frame = pd.concat(sheets.values())
print(frame.groupby(["indicator", "category", "date"]).size().to_json())
"""

# a ledger as a workbook, written by openpyxl in another process; with a number of sheets, the
# rows dealt out among them in turn (a quarter's sheet each)
WORKBOOK_SCRIPT = """
import csv, sys
import openpyxl
book = openpyxl.Workbook(write_only=True)
names = sys.argv[3].split(",")
sheets = [book.create_sheet(name) for name in names]
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    rows = csv.reader(handle)
    header = next(rows)
    for sheet in sheets:
        sheet.append(header)
    for n, row in enumerate(rows):
        sheets[n % len(sheets)].append(row)
book.save(sys.argv[2])
"""


def tool() -> list[str]:
    script = shutil.which("baise11155", path=os.path.dirname(sys.executable)) or shutil.which("baise11155")
    return [script] if script else [sys.executable, "-m", "baise11155"]


def run(command: list[str]) -> tuple[float, float, int]:
    """Wall time and CPU time (user + system) in seconds, and peak resident memory in KiB, of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


CPU_RATIOS: list[str] = []


def compare(commands: list[list[str]], runs: int) -> list[tuple[float, int]]:
    """Median wall time and peak memory of each command, alternating them run by run after a warm-up.

    The median CPU time of each is kept too: on a machine shared with other work it moves less
    than the wall time, and its ratio is printed beside the verdict as a check.
    """
    for command in commands:
        run(command)
    times: list[list[float]] = [[] for _ in commands]
    cpu: list[list[float]] = [[] for _ in commands]
    memory: list[int] = [0 for _ in commands]
    for _ in range(runs):
        for n, command in enumerate(commands):
            elapsed, used, peak = run(command)
            times[n].append(elapsed)
            cpu[n].append(used)
            memory[n] = max(memory[n], peak)
    if len(commands) == 2:
        CPU_RATIOS.append(f"{statistics.median(cpu[0]) / statistics.median(cpu[1]):.2f}x")
    return [(statistics.median(t), m) for t, m in zip(times, memory, strict=False)]


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, case: str, against: str, measured: str, ratio: float, target: float | None, cpu: str = "") -> None:
        """A row; `target` None for a comparison the issue sets no target for (another peer)."""
        verdict = "" if target is None else "meets" if ratio <= target else "MISSES"
        goal = "-" if target is None else f"<= {target}x"
        self.rows.append((case, against, measured, f"{ratio:.2f}x", cpu or "-", goal, verdict))
        print(f"  {case}: {ratio:.2f}x (CPU {cpu or '-'}; target {goal}) {verdict}   [{measured}]", flush=True)

    def table(self) -> str:
        header = ("case", "compared with", "measured (median)", "ratio", "CPU-time ratio", "target", "")
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


def _inverse(ratio: str) -> str:
    """compare() gives first ÷ second; the baseline runs first in these rows."""
    return f"{1 / float(ratio.rstrip('x')):.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 timed runs instead of 11")
    args = parser.parse_args()
    runs = 3 if args.quick else 11
    me = tool()
    python = sys.executable
    example = str(ROOT / "examples" / "progress-2019.csv")
    report = Report()
    print(f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores; "
          f"{runs} timed runs per command")

    print("start-up")
    for ours_command, imports, case in (
            ([*me, "status", example, "--format", "json"], "click, yaml", "status progress-2019.csv --format json"),
            ([*me, "status", example], "click, yaml, rich.console, rich.table", "status progress-2019.csv (rich table)"),
            ([*me, "--help"], "click", "baise11155 --help")):
        (base, _), (ours, _) = compare([[python, "-c", f"import {imports}"], ours_command], runs)
        report.add(case, f'python -c "import {imports}"', f"{ours * 1000:.0f} ms vs {base * 1000:.0f} ms",
                   ours / base, 1.15, _inverse(CPU_RATIOS[-1]))

    have_pandas = subprocess.run([python, "-c", "import pandas, python_calamine, openpyxl"],
                                 capture_output=True).returncode == 0
    if not have_pandas:
        print("pandas, python-calamine or openpyxl is not installed: the rows compared with pandas are skipped")
        print()
        print(report.table())
        return
    with tempfile.TemporaryDirectory(prefix="baise11155-bench-") as folder:
        def ledger(rows: int, items: bool = True) -> str:
            # written by another process: a child's peak memory counts its parent's at the fork
            path = str(Path(folder) / f"ledger-{rows}{'' if items else '-no-item'}.csv")
            if not os.path.exists(path):
                subprocess.run([python, str(HERE / "ledger.py"), path, str(rows), "items" if items else "no-items"],
                               check=True)
            return path

        def workbook(rows: int, sheets: str) -> str:
            path = str(Path(folder) / f"book-{rows}-{len(sheets.split(','))}.xlsx")
            subprocess.run([python, "-c", WORKBOOK_SCRIPT, ledger(rows), path, sheets], check=True)
            return path

        pandas_csv = Path(folder) / "pandas_status.py"
        pandas_csv.write_text(PANDAS_SCRIPT)
        pandas_excel = Path(folder) / "pandas_excel.py"
        pandas_excel.write_text(PANDAS_EXCEL_SCRIPT)
        print("files")
        # a city's quarterly workbook: four sheets, the 12 counties' rows (about 60 a quarter)
        quarterly = workbook(240, "一季度,二季度,三季度,四季度")
        (ours, _), (theirs, _) = compare(
            [[*me, "status", quarterly, "--sheet", "all", "--format", "json"], [python, str(pandas_excel), quarterly]],
            runs)
        report.add("status on a city's quarterly workbook (4 sheets, 240 rows), --sheet all",
                   "pandas read_excel (calamine, every sheet) + groupby",
                   f"{ours * 1000:.0f} ms vs {theirs * 1000:.0f} ms", ours / theirs, 0.3, CPU_RATIOS[-1])
        region = ledger(15_000)
        (ours, _), (theirs, _) = compare(
            [[*me, "status", region, "--format", "json"], [python, str(pandas_csv), region]], runs)
        report.add("status on the region's 15k-row ledger, --format json", "pandas read_csv + groupby",
                   f"{ours * 1000:.0f} ms vs {theirs * 1000:.0f} ms", ours / theirs, 0.5, CPU_RATIOS[-1])
        big = ledger(1_000_000)
        (ours, our_peak), (theirs, their_peak) = compare(
            [[*me, "status", big, "--format", "json"], [python, str(pandas_csv), big]], max(1, runs // 2))
        report.add("status on a 1M-row itemised ledger, --format json", "pandas read_csv + groupby",
                   f"{ours:.2f} s vs {theirs:.2f} s", ours / theirs, 2.5, CPU_RATIOS[-1])
        report.add("peak memory, the 1M-row itemised ledger", "the pandas script on the same file",
                   f"{our_peak / 1024:.0f} MiB vs {their_peak / 1024:.0f} MiB", our_peak / their_peak, 0.5)
        book = workbook(100_000, "进度")
        (ours, _), (theirs, _) = compare(
            [[*me, "status", book, "--format", "json"], [python, str(pandas_excel), book]], max(1, runs // 2))
        report.add("status on a 100k-row .xlsx, --format json", "pandas read_excel (calamine) + groupby",
                   f"{ours:.2f} s vs {theirs:.2f} s", ours / theirs, 1.0, CPU_RATIOS[-1])

    print()
    print(report.table())


if __name__ == "__main__":
    main()
