"""Deterministic itemised ledgers in the progress format, for the benchmark."""

from __future__ import annotations

import csv
import datetime as dt
import random

COUNTIES = ["右江区", "田阳区", "田东县", "平果市", "德保县", "那坡县", "凌云县", "乐业县", "田林县", "西林县",
            "隆林各族自治县", "靖西市"]
SECTORS = ["aluminium", "health", "agriculture", "machinery", "electronics", "environment", "materials"]
PLATFORMS = ["high-tech-zone", "maker-space", "xingchuang-tiandi"]
# a realistic mix: many achievements and enterprise listings, fewer breakthroughs and platforms
MIX = [("achievements", 40), ("high-tech-enterprises", 30), ("talents", 12), ("breakthroughs", 10), ("platforms", 8)]
NAMES = {"achievements": "成果", "high-tech-enterprises": "高新技术企业", "talents": "人才团队",
         "breakthroughs": "关键技术", "platforms": "创新平台"}


def write_ledger(path: str, rows: int, items: bool = True, seed: int = 11155) -> None:
    """One row per item: indicator, category, date, item name (unique), county."""
    rng = random.Random(seed)
    choices = [name for name, weight in MIX for _ in range(weight)]
    start = dt.date(2018, 1, 1)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["indicator", "category", "date", "item", "county"] if items else
                     ["indicator", "category", "date", "county"])
        for n in range(rows):
            indicator = rng.choice(choices)
            if indicator in ("breakthroughs", "talents"):
                category = rng.choice(SECTORS)
            elif indicator == "platforms":
                category = rng.choice(PLATFORMS)
            else:
                category = ""
            if indicator == "high-tech-enterprises":
                day = dt.date(rng.choice((2017, 2018, 2019)), 12, 31)  # a listing at each year's end
            else:
                day = start + dt.timedelta(days=rng.randrange(730))
            county = rng.choice(COUNTIES)
            row = [indicator, category, day.isoformat()]
            if items:
                row.append(f"{county}{NAMES[indicator]}第{n}号")
            row.append(county)
            out.writerow(row)
        # every county's list at the last year's end, so that no county's level is a year older than
        # the others' (that is asked about, not carried: a small ledger would be refused)
        for county in COUNTIES:
            row = ["high-tech-enterprises", "", "2019-12-31"]
            if items:
                row.append(f"{county}{NAMES['high-tech-enterprises']}年末名单")
            out.writerow([*row, county])


if __name__ == "__main__":
    import sys

    write_ledger(sys.argv[1], int(sys.argv[2]), items=sys.argv[3] == "items")
