"""Benchmark baise11155 against what a user would otherwise run, as ratios measured side by side.

    python benchmarks/bench.py            # every case, 11 timed runs each
    python benchmarks/bench.py --quick    # 3 runs, smaller ledgers' cases still all there

The start-up targets are the performance issue's (0.95x, 1.05x, 1.10x of the bare imports); a
CSV file above 16 MiB is read on two cores (read/parallel.py): BAISE11155_PARALLEL_MIN_BYTES set
above the ledgers' sizes measures one core.

Whole processes are timed (median of several, after a warm-up), the commands being compared
alternate run by run, and peak memory is read from each child's own resource usage. Absolute
times on a shared machine are noise; the ratios are what the targets are about. pandas, when it
is installed, is the comparison for throughput and memory; otherwise those rows are skipped.
polars and duckdb, where installed, are measured too (no target): as pandas is used, and with the
checks the tool makes on every row. Standard library only.
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

PANDAS_EXCEL_SCRIPT = """
import sys
import pandas as pd
frame = pd.read_excel(sys.argv[1], dtype=str, keep_default_na=False, engine="calamine")
print(frame.groupby(["indicator", "category", "date"]).size().to_json())
"""

# a ledger as a workbook, written by openpyxl in another process (the tool does not import it to read)
WORKBOOK_SCRIPT = """
import csv, sys
import openpyxl
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("进度")
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    for row in csv.reader(handle):
        sheet.append(row)
book.save(sys.argv[2])
"""

PANDAS_SCRIPT = """
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
print(frame.groupby(["indicator", "category", "date"]).size().to_json())
"""


# The other peers, where installed: each once as pandas is used (parse, group, count), and once
# with the checks the tool makes on every row, so that like is compared with like: a total or
# footer mark (计, Total) in any cell, a date that is not one, an item listed twice (once per
# indicator; a stock's enterprise once per date held).
POLARS_SCRIPT = """
import sys
import polars as pl
frame = pl.read_csv(sys.argv[1], infer_schema=False)
counts = frame.group_by(["indicator", "category", "date"]).len()
if sys.argv[2] == "checks":
    cells = [pl.col(name).fill_null("") for name in frame.columns]
    marks = frame.select(pl.any_horizontal([c.str.contains("计|Total") for c in cells]).sum()).item()
    bad = frame.select(pl.col("date").str.strptime(pl.Date, "%Y-%m-%d", strict=False).is_null().sum()).item()
    scope = pl.when(pl.col("indicator") == "high-tech-enterprises").then(pl.col("date")).otherwise(pl.lit(""))
    items = frame.filter(pl.col("item").fill_null("").str.strip_chars() != "")
    repeats = items.height - items.select("indicator", scope.alias("scope"), pl.col("item").str.strip_chars()).unique().height
    print(marks, bad, repeats)
print(counts.write_json())
"""

DUCKDB_SCRIPT = """
import sys
import duckdb
source = "read_csv('" + sys.argv[1].replace("'", "''") + "', all_varchar = true, header = true)"
counts = duckdb.sql("SELECT indicator, category, date, count(*) FROM " + source + " GROUP BY ALL").fetchall()
if sys.argv[2] == "checks":
    print(duckdb.sql(
        "SELECT sum(CASE WHEN concat_ws(',', indicator, category, date, item, county) SIMILAR TO '.*(计|Total).*' "
        "THEN 1 ELSE 0 END), sum(CASE WHEN try_strptime(date, '%Y-%m-%d') IS NULL THEN 1 ELSE 0 END), "
        "count(*) FILTER (WHERE trim(coalesce(item, '')) <> '') - count(DISTINCT (indicator, "
        "CASE WHEN indicator = 'high-tech-enterprises' THEN date ELSE '' END, trim(item))) "
        "FILTER (WHERE trim(coalesce(item, '')) <> '') FROM " + source).fetchall())
print(len(counts))
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
    return [(statistics.median(t), m) for t, m in zip(times, memory)]


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
    (base, _), (ours, _) = compare([[python, "-c", "import click, yaml"], [*me, "status", example, "--format", "json"]], runs)
    report.add("status progress-2019.csv --format json", 'python -c "import click, yaml"',
               f"{ours * 1000:.0f} ms vs {base * 1000:.0f} ms", ours / base, 0.95, _inverse(CPU_RATIOS[-1]))
    (base, _), (ours, _) = compare(
        [[python, "-c", "import click, yaml, rich.console, rich.table"], [*me, "status", example]], runs)
    report.add("status progress-2019.csv (rich table)", 'python -c "import click, yaml, rich.console, rich.table"',
               f"{ours * 1000:.0f} ms vs {base * 1000:.0f} ms", ours / base, 1.05, _inverse(CPU_RATIOS[-1]))
    (base, _), (ours, _) = compare([[python, "-c", "import click"], [*me, "--help"]], runs)
    report.add("baise11155 --help", 'python -c "import click"', f"{ours * 1000:.0f} ms vs {base * 1000:.0f} ms",
               ours / base, 1.10, _inverse(CPU_RATIOS[-1]))

    with tempfile.TemporaryDirectory(prefix="baise11155-bench-") as folder:
        ledgers = {}
        for rows in (10_000, 100_000, 1_000_000):
            for items in (True, False):
                path = Path(folder) / f"ledger-{rows}{'' if items else '-no-item'}.csv"
                # written by another process: a child's peak memory counts its parent's at the
                # fork, so this one stays small
                subprocess.run([python, str(HERE / "ledger.py"), str(path), str(rows), "items" if items else "no-items"],
                               check=True)
                ledgers[rows, items] = str(path)
        print("throughput and memory")
        # asked of another process: importing pandas here would swell this one, and with it the
        # peak memory the children report
        have_pandas = subprocess.run([python, "-c", "import pandas"], capture_output=True).returncode == 0
        if not have_pandas:
            print("  pandas is not installed: the rows compared with pandas are skipped")
        big = ledgers[1_000_000, True]
        if have_pandas:
            script = Path(folder) / "pandas_status.py"
            script.write_text(PANDAS_SCRIPT)
            (ours, our_peak), (theirs, their_peak) = compare(
                [[*me, "status", big, "--format", "json"], [python, str(script), big]], runs)
            report.add("status on the 1M-row ledger, --format json", "pandas read_csv + groupby",
                       f"{ours:.2f} s vs {theirs:.2f} s", ours / theirs, 1.0, CPU_RATIOS[-1])
            report.add("peak memory, 1M-row ledger with unique items", "the pandas script on the same file",
                       f"{our_peak / 1024:.0f} MiB vs {their_peak / 1024:.0f} MiB", our_peak / their_peak, 0.35)
            for peer, code in (("polars", POLARS_SCRIPT), ("duckdb", DUCKDB_SCRIPT)):
                if subprocess.run([python, "-c", f"import {peer}"], capture_output=True).returncode != 0:
                    print(f"  {peer} is not installed: not compared")
                    continue
                script = Path(folder) / f"{peer}_status.py"
                script.write_text(code)
                for checks in ("plain", "checks"):
                    (ours, our_peak), (theirs, their_peak) = compare(
                        [[*me, "status", big, "--format", "json"], [python, str(script), big, checks]],
                        max(1, runs // 2))
                    what = "read + group" if checks == "plain" else "read + group + the tool's checks"
                    report.add("status on the 1M-row ledger", f"{peer} {what}",
                               f"{ours:.2f} s vs {theirs:.2f} s; {our_peak / 1024:.0f} vs {their_peak / 1024:.0f} MiB",
                               ours / theirs, None, CPU_RATIOS[-1])
            engines = subprocess.run([python, "-c", "import python_calamine, openpyxl"], capture_output=True)
            if engines.returncode == 0:
                workbook = str(Path(folder) / "ledger-100000.xlsx")
                subprocess.run([python, "-c", WORKBOOK_SCRIPT, ledgers[100_000, True], workbook], check=True)
                excel = Path(folder) / "pandas_excel.py"
                excel.write_text(PANDAS_EXCEL_SCRIPT)
                (ours, _), (theirs, _) = compare(
                    [[*me, "status", workbook, "--format", "json"], [python, str(excel), workbook]], max(1, runs // 2))
                report.add("status on a 100k-row .xlsx, --format json", "pandas read_excel (calamine) + groupby",
                           f"{ours:.2f} s vs {theirs:.2f} s", ours / theirs, 1.0, CPU_RATIOS[-1])
        (_, small_peak), (_, big_peak) = compare(
            [[*me, "status", ledgers[10_000, False], "--format", "json"],
             [*me, "status", ledgers[1_000_000, False], "--format", "json"]], max(1, runs // 3))
        report.add("peak memory, 1M-row ledger without items", "the 10k-row ledger without items",
                   f"{big_peak / 1024:.0f} MiB vs {small_peak / 1024:.0f} MiB", big_peak / small_peak, 1.5)
        (hundred, _), (million, _) = compare(
            [[*me, "status", ledgers[100_000, True], "--format", "json"], [*me, "status", big, "--format", "json"]],
            max(1, runs // 2))
        report.add("time from 100k to 1M rows", "10x the rows", f"{hundred:.2f} s -> {million:.2f} s",
                   million / hundred, 11.0, _inverse(CPU_RATIOS[-1]))

    print()
    print(report.table())


if __name__ == "__main__":
    main()
