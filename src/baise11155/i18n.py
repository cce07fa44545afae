"""The words the tool prints, in Chinese and English (`--lang zh|en`)."""

from __future__ import annotations

import os

LANGS = ("zh", "en")

LABELS: dict[str, tuple[str, str]] = {
    # columns
    "indicator": ("指标", "Indicator"),
    "id": ("代码", "Id"),
    "category": ("类别", "Category"),
    "unit": ("单位", "Unit"),
    "kind": ("口径", "Kind"),
    "target": ("目标", "Target"),
    "baseline": ("基数", "Baseline"),
    "achieved": ("已完成", "Achieved"),
    "completion": ("完成率", "Completion"),
    "progress": ("进度", "Progress"),
    "gap": ("差距", "Gap"),
    "surplus": ("超额", "Surplus"),
    "expected": ("序时应完成", "Expected by now"),
    "deviation": ("超/低于序时进度(百分点)", "Vs schedule (pp)"),
    "needed_per_year": ("每年尚需", "Needed per year"),
    "status": ("状态", "Status"),
    "breakdown": ("分解", "Breakdown"),
    "region_target": ("全区目标", "Region target"),
    "region_kind": ("全区口径", "Region kind"),
    "city_target": ("本市目标(全区口径)", "City target (region basis)"),
    "target_share": ("目标占比", "Target share"),
    "city_achieved": ("本市完成(全区口径)", "City achieved (region basis)"),
    "contribution": ("贡献率", "Contribution"),
    "city_completion": ("本市完成率(全区口径)", "City completion (region basis)"),
    "region_achieved": ("全区完成", "Region achieved"),
    "region_completion": ("全区完成率", "Region completion"),
    "share_of_achieved": ("占全区完成", "Share of region achieved"),
    "pace": ("与全区比", "Vs region"),
    "sheet": ("结果", "Result"),
    # the report
    "report_title": ("{name}进展报告", "{name}: progress report"),
    "report_progress": ("各项指标完成情况", "Each indicator"),
    "report_legend": (
        "条形为完成率（相对目标），竖线为序时进度；保有量指标的细线为基数。",
        "The bar is the completion (share of the target); the upright line is where the schedule "
        "says it should be by now; for a stock, the thin line is the baseline.",
    ),
    "report_region": ("对照{region}", "Against {region}"),
    "report_gaps": ("差距", "Gaps"),
    "report_warnings": ("读取数据时的提示", "Warnings met while reading the data"),
    # statuses
    "achieved_status": ("已完成", "achieved"),
    "on_track": ("达进度", "on track"),
    "behind": ("滞后", "behind"),
    "no_data": ("无数据", "no data"),
    # pace against the region
    "ahead_of_region": ("快于全区", "ahead"),
    "behind_region": ("慢于全区", "behind"),
    "level_with_region": ("与全区持平", "level"),
    # kinds
    "count": ("累计数", "count"),
    "stock": ("保有量", "stock"),
    "increase": ("新增", "increase"),
    # titles and lines
    "status_title": ("{name}：完成情况", "{name}: status"),
    "gaps_title": ("{name}：差距", "{name}: gaps"),
    "compare_title": ("{name}：对照{region}", "{name}: against {region}"),
    "as_of_line": (
        "截至 {as_of}，时间进度 {elapsed}（{start} 至 {end}）",
        "As of {as_of}, {elapsed} of the period ({start} to {end}) has passed",
    ),
    "summary_line": (
        "已完成 {achieved} 项、达进度 {on_track} 项、滞后 {behind} 项、无数据 {no_data} 项",
        "{achieved} achieved, {on_track} on track, {behind} behind, {no_data} without data",
    ),
    "period_line": ("实施期 {start} 至 {end}", "Period {start} to {end}"),
    "code_line": ("工程代号 “{code}”，对应全区 “{region_code}”", 'Code "{code}", contributing to the region\'s "{region_code}"'),
    "source_line": ("依据：{source}", "Source: {source}"),
    "history_line": (
        "{indicator}：{date} 保有 {value}{unit}（当年新增 {added}）",
        "{indicator}: {value} {unit} held on {date} ({added} added that year)",
    ),
    "baseline_line": ("{indicator}：基数 {value}{unit}（{date}）", "{indicator}: baseline {value} {unit} on {date}"),
    "region_note": (
        "全区口径：保有量按新增计（目标 − 基数）",
        "Region basis: a stock counts as new additions (target - baseline)",
    ),
    "no_region_progress": (
        "未提供全区进度（--region-progress），只比较目标",
        "No region progress given (--region-progress): targets only",
    ),
}

STATUS_KEYS = {"achieved": "achieved_status", "on_track": "on_track", "behind": "behind", "no_data": "no_data"}
PACE_KEYS = {"ahead": "ahead_of_region", "behind": "behind_region", "level": "level_with_region"}


def label(key: str, lang: str) -> str:
    zh, en = LABELS[key]
    return zh if lang == "zh" else en


def default_lang(environ: dict[str, str] | None = None) -> str:
    """Chinese when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), English otherwise."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
