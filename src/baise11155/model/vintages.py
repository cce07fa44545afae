"""A figure's vintage (版本, 口径说明): official figures are published more than once — a forecast
(预测值), a preliminary figure (快报, 初步核算) and the final one (正式, 最终核实) — or dated by
their publication. For one period and area the latest vintage stands: forecast < preliminary <
final, dates by date. A vintage is kept as its code, or as an ISO date."""

from __future__ import annotations

import datetime as dt

FORECAST, PRELIMINARY, FINAL = "forecast", "preliminary", "final"
ORDER = (FORECAST, PRELIMINARY, FINAL)  # least final first
# the words offices write, by vintage (a cell is read by the first word it holds)
WORDS = {FORECAST: ("预测", "预计", "forecast"),
         PRELIMINARY: ("快报", "初步", "初核", "preliminary"),
         FINAL: ("正式", "最终", "终核", "年报", "final")}


def is_dated(vintage: str) -> bool:
    """Whether a vintage is a publication date (2022-09-30), not a word."""
    return vintage[:1].isdigit()


def later(new: str, old: str) -> bool | None:
    """Whether the `new` vintage replaces the `old` one (True), is replaced by it (False), or
    neither: the same vintage, an unstated one, or a word beside a date (None)."""
    if not new or not old or new == old or is_dated(new) != is_dated(old):
        return None
    if is_dated(new):
        return dt.date.fromisoformat(new) > dt.date.fromisoformat(old)
    return ORDER.index(new) > ORDER.index(old)


def least_final(vintages) -> str:
    """Of several rows' vintages, the least final (a ratio of a forecast and a final figure is a
    forecast; a dated one is not known to be final); "" when none is said."""
    said = [v for v in vintages if v]
    if not said:
        return ""
    return min(said, key=lambda v: -1 if is_dated(v) else ORDER.index(v))


def not_final(vintage: str) -> bool:
    """Whether a figure of this vintage may still be revised (the JSON says its vintage)."""
    return bool(vintage) and vintage != FINAL
