"""The columns of a progress file, declared once: the reader finds them by these headers, the
template writes them, `validate` names them, and a test keeps the README's table true to them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ProgressColumn:
    name: str  # the English header, and the column's name everywhere in the code
    headers: tuple[str, ...]  # the Chinese headers accepted; the first is the one templates write
    required: str  # "yes", "no", or "one of year and date"
    meaning: str  # what the column holds (the README's table)
    guidance: str  # what to write in it (the comment on the template's header cell)
    in_template: bool = True  # written by `template` (a vintage is for figures published more than once)


PROGRESS_COLUMNS: tuple[ProgressColumn, ...] = (
    ProgressColumn(
        "indicator", ("指标", "指标名称", "考核指标", "主要指标", "任务指标"), "yes",
        "the indicator's id, Chinese or English name (see `baise11155 targets`)",
        "The indicator: pick from the list (突破重大技术, 保有高新技术企业, ...).",
    ),
    ProgressColumn(
        "category", ("类别", "领域", "类型", "类别(领域)", "产业领域", "分类", "所属领域", "所属产业"), "no",
        "the breakdown category: id, Chinese or English name; blank = not allocated",
        "The breakdown category, if the indicator has one; leave blank if not allocated.",
    ),
    ProgressColumn(
        "year", ("年份", "年度", "认定年份", "完成年份", "统计年度"), "one of year and date",
        "when it was achieved (count) or measured (stock); a year alone is its 31 December",
        "The year it was achieved (or, for enterprises held, measured): 2019.",
    ),
    ProgressColumn(
        "date", ("日期", "完成时间", "时间", "完成日期", "统计时间", "统计日期", "认定时间", "认定日期"),
        "one of year and date", "the same, as a date; it wins over the year when both are filled",
        "Or the exact date, which wins over the year when both are filled.",
    ),
    ProgressColumn(
        "value", ("数量", "数值", "完成数", "完成数量", "个数", "实际完成", "本年完成", "完成情况", "完成值", "完成量",
                  "累计完成", "数"),
        "no", "a number ≥ 0; blank or absent = 1",
        "How many; leave blank for one row per item (counts as 1).",
    ),
    ProgressColumn(
        "item", ("名称", "项目名称", "企业名称", "平台名称", "成果名称", "人才(团队)名称", "技术名称", "单位名称"), "no",
        "the item's name; the same item twice for an indicator (and, for a stock, a date) is counted once, "
        "with a warning",
        "The item's name: catches the same item listed twice.",
    ),
    ProgressColumn(
        "county", ("县区", "县(市、区)", "县市区", "区县", "县(区)", "县(市)", "所在县区", "所属县区"), "no",
        "the county or district (县区): read and kept on each row (a traced reading gives it); the figures are the city's",
        "The county or district, for tracing.",
    ),
    ProgressColumn(
        "vintage", ("版本", "口径说明", "数据类型", "数据版本", "数据口径"), "no",
        "the figure's vintage: 预测值, 快报/初步, 正式/最终, or its publication date; for one date and area "
        "the latest vintage stands (explain lists the one it replaced)",
        "Which version of an official figure: 预测值, 快报, 正式, or the date it was published.",
        in_template=False,
    ),
    ProgressColumn("note", ("备注", "说明"), "no", "ignored by the arithmetic", "Anything else; not counted."),
)

# a value column (or an indicator's name) saying one of these holds what was added in a period,
# never a level held
ADDITION_WORDS = ("新增", "新认定", "新引进", "新培育", "新建", "本期", "本季度", "本月", "当期")
# headers that are read and set aside without a word: the row number offices put first
IGNORED_HEADERS = ("序号", "编号", "no.")
# a header with one of these in it holds a quantity: a file whose value column is not recognised
# but has such a header is refused, rather than every row counted as 1
QUANTITY_HINTS = ("数", "量", "值", "完成", "额", "合计", "累计", "新增", "增加", "新认定", "本期", "当年", "本年",
                  "count", "value", "amount", "number")
