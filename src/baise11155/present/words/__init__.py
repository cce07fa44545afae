"""Every word the tool prints, in Chinese and English (`--lang zh|en`): the one catalogue.

`LABELS` are the words of tables, pages and spreadsheets. `MESSAGES` (`messages.py`) are what the
tool tells a user about their files: reading and calculation make notes (`model.notices.Note`: a
code, a place, parameters) and this package says them, in the language it is given; nothing here
is global. `command_line.py` holds the command line's own words: `--help` in both languages, and
the usage errors, said in English as click says its own. The targets file's own messages stay in
English (the code `plain`): they are for whoever maintains the plan.

Code elsewhere asks for a word by its key and a language; which of the two a language reads is
decided here only (`pick`), and a test holds every other module to that.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from ...model.kinds import output_number
from ...model.notices import CHECKS_FAILED, Listed, Note, Param, Quoted, Typed
from .messages import MESSAGES, PLURALS
from .report import MONTH_NAMES, OWN_AREA_ENDINGS, REPORT_LABELS, chinese_number

Said = TypeVar("Said")

LANGS = ("zh", "en")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a date given to a message (the JSON keeps it so)
_SHELL_SAFE = re.compile(r"[^\s'\"\\$`!&|;<>()*?\[\]{}#~]+")  # typed as it is on a command line

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
    "deviation": ("较序时进度（百分点）", "Vs schedule (pp)"),
    "needed_per_year": ("每年尚需", "Needed per year"),
    "status": ("状态", "Status"),
    "breakdown": ("分解", "Breakdown"),
    "region_target": ("全区目标", "Region target"),
    "region_kind": ("全区口径", "Region kind"),
    "city_target": ("本市目标（全区口径）", "City target (region basis)"),
    "target_share": ("本市目标占全区比重", "Target share"),
    "city_achieved": ("本市完成（全区口径）", "City achieved (region basis)"),
    "contribution": ("本市完成数占全区目标比重", "Share of region target"),
    "city_completion": ("本市完成率（全区口径）", "City completion (region basis)"),
    "region_achieved": ("全区完成", "Region achieved"),
    "region_completion": ("全区完成率", "Region completion"),
    "share_of_achieved": ("本市完成数占全区完成数比重", "Share of region achieved"),
    # a roll-up's rows are each city's: its share, not 本市's
    "area_contribution": ("占全区目标比重", "Share of region target"),
    "area_share_of_achieved": ("占全区完成数比重", "Share of region achieved"),
    "pace": ("与全区比", "Vs region"),
    "sheet": ("结果", "Result"),
    # the report
    "report_title": ("关于{name}推进情况的报告", "{name}: progress report"),
    "report_legend": (
        "条形为完成率（相对目标），竖线为序时进度；保有量指标的细线为基数。",
        "The bar is the completion (share of the target); the upright line is where the schedule "
        "says it should be by now; for a stock, the thin line is the baseline.",
    ),
    "report_region": ("对照{region}", "Against {region}"),
    "report_areas": ("分县区完成情况", "By county"),
    "report_whole": ("合计", "Overall"),
    "report_touched": ("数据核实：测算时有数据提示涉及此指标，详见屏幕提示", "data check: a note met while working out "
                       "the figures concerns this indicator, as shown on screen"),
    # statuses, one vocabulary in every format (STATUS_KEYS below gives the office's order)
    "exceeded": ("超额完成", "exceeded"),
    "achieved_status": ("已完成", "achieved"),
    "on_track": ("序时推进", "on track"),
    "behind": ("滞后", "behind"),
    "far_behind": ("严重滞后", "far behind"),
    "no_data": ("未报送", "not reported"),
    "unjudged": ("暂不评价", "not assessed"),
    "monitored": ("监测", "monitored"),
    "breakdown_unreported": ("未报送分类", "breakdown not reported"),
    # an indicator's figure no row names a category of, shown under its categories (gaps)
    "unassigned_category": ("未分领域", "no category named"),
    # pace against the region
    "ahead_of_region": ("快于全区", "ahead"),
    "behind_region": ("慢于全区", "behind"),
    "level_with_region": ("与全区持平", "level"),
    # kinds
    "count": ("累计数", "count"),
    "stock": ("保有量", "stock"),
    "increase": ("新增", "increase"),
    "flow": ("年度值", "yearly figure"),
    "level": ("测量值", "level"),
    "change_pp": ("提高百分点", "change in pp"),
    "growth": ("年均增长", "average growth"),
    "multiple": ("倍数", "multiple"),
    # marks beside an indicator's name
    "mark_above": ("（突破）", " (to pass)"),
    "mark_decrease": ("（越低越好）", " (lower is better)"),
    "mark_below": ("（须降至目标以下）", " (to get below)"),
    "mark_aspirational": ("（力争）", " (aspirational)"),
    "mark_aspirational_above": ("（力争突破）", " (aspirational, to pass)"),
    "mark_part_of": ("其中：", "of which: "),
    # titles and lines
    "status_title": ("{name}：完成情况", "{name}: status"),
    "gaps_title": ("{name}：差距", "{name}: gaps"),
    "compare_title": ("{name}：对照{region}", "{name}: against {region}"),
    "as_of_line": (
        "截至{as_of}，时间进度{elapsed}（{basis}，实施期{start}至{end}）",
        "As of {as_of}, {elapsed} of the period ({start} to {end}, {basis}) has passed",
    ),
    "basis_months": ("按月计", "counted by months"),
    "basis_days": ("按天计", "counted by days"),
    # a date in a sentence or a title: 2019年12月31日 / 2019-12-31 (JSON and CSV keep ISO dates)
    "date_said": ("{year}年{month}月{day}日", "{iso}"),
    "summary_total": ("共{total}项指标", "{total} indicators"),
    "summary_joiner": ("，", ": "),
    "summary_exceeded": ("{exceeded}项超额完成", "{exceeded} exceeded"),
    "summary_achieved": ("{achieved}项已完成", "{achieved} achieved"),
    "summary_on_track": ("{on_track}项序时推进", "{on_track} on track"),
    "summary_behind": ("{behind}项滞后", "{behind} behind"),
    "summary_far_behind": ("{far_behind}项严重滞后", "{far_behind} far behind"),
    "summary_no_data": ("{no_data}项未报送", "{no_data} not reported"),
    "areas_title": ("{name}：分县区完成情况", "{name}: by county"),
    "areas_line": ("各县区按本县区的数据计算（保有量取本县区最新的报数）；未填县区或填全市的行计入“未分县区”",
                   "Each county by its own rows (a stock by the county's latest report); rows that name no county, "
                   "or the whole city, are “not allocated”"),
    "unallocated": ("未分县区", "not allocated"),
    # the county table as offices lay it out (`--layout wide`)
    "county_achieved": ("完成数", "Achieved"),
    "grouped_header": ("{group}{column}", "{group}: {column}"),
    "areas_total": ("合计", "Total"),
    "areas_total_line": ("完成率按各县区的分解目标计；合计为全市的数，按全市目标计",
                         "Completion against each county's own target; the total is the city's figure, against "
                         "the city's target"),
    "areas_total_line_unsplit": ("方案未把目标分解到县区，各县区只列完成数；合计为全市的数，按全市目标计",
                                 "The plan splits no targets to counties: their figures alone; the total is the "
                                 "city's figure, against the city's target"),
    "areas_stock_total": ("{name}：合计为全市的{city}，与上列各行之和{added}不同（全市的保有量为各县区最近一次报数之和，"
                          "或当日全市的数）",
                          "{name}: the total is the city's {city}, not the {added} the rows above add up to (a level "
                          "held is the counties' latest levels added up, or the whole city's of that date)"),
    "ranking_title": ("{name}：分县区综合排名", "{name}: counties ranked"),
    "ranking_rule": ("综合得分为各项完成率的{rule}，{cap}；有分解目标而无数据的计0；得分相同名次并列",
                     "The score is the {rule} of the completions, {cap}; a target with no data counts as 0; "
                     "equal scores share a rank"),
    "ranking_equal": ("平均值", "mean"),
    "ranking_weights": ("加权平均值（权重：{weights}）", "weighted mean (weights: {weights})"),
    "ranking_cap": ("单项最高计{cap}、最低计0", "each counted from 0 up to {cap}"),
    "ranking_left_out": ("未参与排名（其分解指标权重均为0）：{names}", "Not ranked (every indicator split to them "
                         "weighs 0): {names}"),
    "completion_of": ("{name} 完成率", "{name}: completion"),
    "no_lead": ("未明确牵头单位", "no lead unit named"),
    "ranking_no_cap": ("单项不设上限、最低计0", "none capped, each from 0"),
    "rank": ("排名", "Rank"),
    "area": ("地区", "Area"),
    "rollup_title": ("{name}：各地汇总", "{name}: the areas rolled up"),
    "rollup_line": ("按全区口径汇总（保有量按各地自身基数以上的新增计）；目标、完成率为各地本级计划的（无计划的为空）",
                    "Added on the region's basis (a level held counts as new additions above each area's own "
                    "baseline); target and completion are each area's own plan's, where it has one"),
    "rollup_total": ("合计", " total"),
    # the areas' sum when they may not be all the region's (`rollup`): named for what it is
    "rollup_total_cities": ("已报送{count}市合计", "{count}-city total"),
    "rollup_total_counties": ("已报送{count}个县区合计", "{count}-county total"),
    "rollup_total_areas": ("已报送{count}个地区合计", "{count}-area total"),
    "rollup_only": ("仅{area}", "{area} only"),
    "rollup_some_line": ("合计行只含已报送的地区，不是全区完成率：“占全区目标比重”为已报送各地之和占全区目标的比重",
                         "a total of some areas only is no completion of the region's: its share of the region's "
                         "target is what the areas that gave it make of it"),
    "rollup_none_cities": ("各市均未报送", "no city gave it"),
    "rollup_none_counties": ("各县区均未报送", "no county gave it"),
    "rollup_none_areas": ("各地均未报送", "no area gave it"),
    "lead": ("牵头单位", "Lead unit"),
    "partners": ("责任单位", "Partners"),
    "leads_title": ("{name}：滞后指标（按牵头单位）", "{name}: behind, by lead unit"),
    "leads_none": ("计划未写明牵头单位（lead:），无法按牵头单位列出", "The plan names no lead units (lead:): nothing to list "
                   "by unit"),
    "leads_nothing_behind": ("各牵头单位所牵头的指标均无滞后", "Nothing any lead unit leads is behind"),
    "score": ("综合得分", "Score"),
    "score_points": ("综合得分（分）", "Score (points)"),
    "areas_unknown": ("不在计划所列县区中、无分解目标：{names}", "Not among the plan's areas, so without targets: {names}"),
    "areas_mismatch": ("{name}：各县区合计{added}，与全市{city}不一致", "{name}: the counties add up to {added}, "
                       "the city's figure is {city}"),
    "place": ("位置", "Place"),
    "date": ("日期", "Date"),
    "county": ("县区", "County"),
    "item": ("名称", "Item"),
    "value": ("数值", "Value"),
    "counted": ("是否计入", "Counted"),
    "reason_counted": ("计入", "counted"),
    "reason_repeated_item": ("重复列出，未计入", "listed again, not counted"),
    "reason_after_as_of": ("晚于截止日期，未计入", "after the as-of date"),
    "reason_after_period": ("晚于实施期，未计入", "after the period"),
    "reason_part_of_row_above": ("“其中”行，是上一行的组成部分，未计入", "a 其中 row, part of the row above"),
    "reason_below_grade": ("级别不是国家级，未计入", "not of the grade counted (国家级)"),
    "reason_city_total": ("全市合计行，与各县区行核对后未重复计入", "the city's total, checked against the counties' rows"),
    "reason_before_period": ("早于实施期，未计入", "before the period"),
    "reason_baseline": ("基期数值（基数）", "the baseline year's: the baseline"),
    "reason_earlier_level": ("较早的数值，已被更新", "an earlier level, superseded"),
    "reason_revised": ("被更新版本取代的数值", "a figure replaced by a later vintage"),
    "reason_ratio_given": ("填写的比率，已与分子、分母核对", "the ratio as written, checked against its parts"),
    "reason_ratio_without_parts": ("只有比率、没有分子分母，未计入", "a ratio without its parts: left out"),
    "explain_ratio": ("比率 = {numerator_name} {numerator} ÷ {denominator_name} {denominator} × {scale} = {ratio}{areas}",
                      "ratio = {numerator_name} {numerator} ÷ {denominator_name} {denominator} × {scale} = {ratio}{areas}"),
    "explain_ratio_areas": ("（{areas} 之和）", " (the sums of {areas})"),
    "explain_vintage": ("数值版本：{vintage}（可能还会修订）", "vintage: {vintage} (may still be revised)"),
    "vintage_forecast": ("预测值", "forecast"),
    "vintage_preliminary": ("快报（初步）", "preliminary"),
    "vintage_final": ("正式（最终）", "final"),
    "explain_title": ("{name}：数据来源", "{name}: where the figure comes from"),
    "explain_sum": ("计入{rows}行：{terms} = {total}（已完成{achieved}）", "{rows} row(s) counted: {terms} = {total} (achieved {achieved})"),
    "explain_baseline_only": ("期内尚无数值；已完成按基数计{achieved}", "no level in the period yet: achieved is the "
                              "baseline, {achieved}"),
    # a count with no rows: nothing to add up, and no baseline to speak of (its 0 is no baseline)
    "explain_no_rows_category": ("期内无该类别的数据行，已完成计为{achieved}", "no rows of this category in the period: "
                                 "achieved is {achieved}"),
    "explain_no_rows": ("期内无该指标的数据行，已完成计为{achieved}", "no rows of this indicator in the period: "
                        "achieved is {achieved}"),
    "explain_derived": ("{kind}由最新数值{level}得出：{achieved}", "the {kind} is made of the latest level, {level}: "
                        "{achieved}"),
    "explain_expected_milestones": ("序时应完成（按年度目标）= {expected}", "expected by now (by the milestones) = {expected}"),
    "explain_status_milestones": ("已完成{achieved}，按年度目标应完成{expected}：{status}",
                                  "achieved {achieved} against {expected} due by the milestones: {status}"),
    "explain_completion": ("完成率 = {achieved} ÷ {target} = {completion}", "completion = {achieved} ÷ {target} = {completion}"),
    "explain_elapsed": ("时间进度 = {days} ÷ {period}天 = {elapsed}", "elapsed = {days} ÷ {period} days = {elapsed}"),
    "explain_elapsed_months": ("时间进度 = {months} ÷ {period}个月 = {elapsed}（按已过完的月份计）",
                               "elapsed = {months} ÷ {period} months = {elapsed} (months completed)"),
    "explain_expected": ("序时应完成 = {start} + ({target} − {start}) × {elapsed} = {expected}",
                         "expected by now = {start} + ({target} − {start}) × {elapsed} = {expected}"),
    "explain_progress": ("新增进度 = ({achieved} − {start}) ÷ ({target} − {start}) = {progress}",
                         "progress from the baseline = ({achieved} − {start}) ÷ ({target} − {start}) = {progress}"),
    "explain_status": ("进度{progress}，时间进度{elapsed}：{status}", "progress {progress} against {elapsed} of the time: {status}"),
    "observed_pace": ("实际年均进度", "Pace so far (a year)"),
    "required_pace": ("尚需年均进度", "Pace needed (a year)"),
    "pace_ratio": ("进度比", "Pace ratio"),
    "projected": ("按此进度期末可达", "Projected at the end"),
    "projected_completion": ("预计完成率", "Projected completion"),
    "verdict": ("研判", "Outlook"),
    "likely": ("有望完成", "likely"),
    "at_risk": ("存在风险", "at risk"),
    "unlikely": ("难以完成", "unlikely"),
    "not_available": ("无法研判", "not available"),
    "monitored_verdict": ("监测（无目标）", "monitored (no target)"),
    "outlook_title": ("{name}：期末研判", "{name}: outlook to the deadline"),
    "outlook_line": ("按目前年均进度推算至{end}，预计完成率达到100%的为“有望完成”，80%（含）至100%的为“存在风险”，"
                     "低于80%的为“难以完成”；有基数的指标（如保有量）按较基数的增量计",
                     "Projected to {end} at the pace kept so far: a projected completion of 100 % or more is likely, "
                     "80 % (included) to 100 % at risk, below 80 % unlikely; an indicator with a baseline (a stock) "
                     "counts its rise from the baseline"),
    "measure_line": ("{measure}：{results}", "{measure}: {results}"),
    "outlook_counts": ("研判：{counts}", "Outlook: {counts}"),
    # the published measures' words (Open SDG's statuses, Eurostat's categories, the figures, the reasons)
    "measure_target_achieved": ("已达目标", "target achieved"),
    "measure_substantial_progress": ("进展显著", "substantial progress"),
    "measure_moderate_progress": ("进展一般", "moderate progress"),
    "measure_limited_progress": ("进展有限", "limited progress"),
    "measure_deterioration": ("退步", "deterioration"),
    "measure_not_available": ("无法计算", "not available"),
    "measure_not_applicable": ("不适用", "not applicable"),
    "measure_significant_progress": ("进展显著", "significant progress"),
    "measure_insufficient_progress": ("进展不足", "insufficient progress"),
    "measure_movement_away": ("偏离目标", "movement away"),
    "measure_reason": ("原因", "reason"),
    "measure_base_year": ("基年", "base year"),
    "measure_current_year": ("当前年", "current year"),
    "measure_value": ("进展值", "progress value"),
    "measure_score": ("得分", "score"),
    "measure_pair": ("{name}{value}", "{name} {value}"),
    "measure_said": ("{name}：{value}", "{name} {value}"),
    "measure_observed_growth": ("实际年均增速", "observed growth"),
    "measure_required_growth": ("所需年均增速", "required growth"),
    "measure_ratio": ("比值", "ratio"),
    "measure_counted_from_zero": ("累计数从零起算，增长率无定义", "a count starts from zero: no growth rate"),
    "measure_no_baseline": ("基数不详", "no baseline"),
    "measure_no_target": ("无目标（监测指标）", "no target (monitored only)"),
    "measure_target_not_a_level": ("目标不是水平值", "the target is not a level"),
    "measure_no_value_a_year_after_the_base": ("基年后不足一年", "less than a year after the base"),
    "measure_not_positive": ("数值不为正", "a value not above zero"),
    "measure_target_is_the_base_value": ("目标即基数", "the target is the base value"),
    "measure_beyond_target_at_base": ("基期已优于目标", "beyond the target at the base"),
    "measure_meaning": ("含义", "meaning"),
    "measure_holds": ("比值不超过1，按此趋势期末仍优于目标", "a ratio of 1 or less: on this trend the target still "
                                                        "holds at the end"),
    "measure_crosses": ("比值超过1，按此趋势期末将退回目标以外", "a ratio above 1: on this trend the figure falls back "
                                                         "past the target by the end"),
    "milestone_target": ("年度目标", "Year's target"),
    "milestone_achieved": ("本年完成", "Done this year"),
    "milestone_completion": ("年度完成率", "Year's completion"),
    "milestone_status": ("年度状态", "Year's status"),
    "milestone_line": ("年度目标为{year}年的；年度序时进度{elapsed}（按月计）",
                       "The year's targets are {year}'s; {elapsed} of the year has passed (by months)"),
    "summary_unjudged": ("{unjudged}项暂不评价（基数不详）", "{unjudged} not assessed (baseline not known)"),
    "summary_monitored": ("{monitored}项为监测指标（无目标）", "{monitored} monitored (no target)"),
    "summary_aspirational": ("{aspirational}项力争目标滞后（不计入滞后）", "{aspirational} aspirational behind "
                             "(not counted as behind)"),
    "plans_title": ("可用的计划", "Bundled plans"),
    "plans_line": ("用 --plan ID 选择；--targets FILE 可用任意计划文件", "Choose one with --plan ID; --targets FILE takes any plan file"),
    "plan": ("计划", "Plan"),
    "period": ("实施期", "Period"),
    "indicators": ("指标数", "Indicators"),
    "region": ("上级", "Region"),
    "file": ("文件", "File"),
    "period_line": ("实施期{start}至{end}", "Period {start} to {end}"),
    "code_line": ("工程代号“{code}”，对应全区“{region_code}”", 'Code "{code}", contributing to the region\'s "{region_code}"'),
    "source_line": ("依据：{source}", "Source: {source}"),
    "history_line": (
        "{indicator}：{date}保有{value}{unit}（当年新增{added}{unit}）",
        "{indicator}: {value} {unit} held on {date} ({added} added that year)",
    ),
    "baseline_from_files_line": ("{indicator}：基数取进度文件中{date}的数值", "{indicator}: baseline the progress "
                                 "files' level on {date}"),
    "explain_monitored": ("监测指标，无目标：只报告数值，不计算完成率、不判断是否达进度", "monitored only, no target: the "
                          "figure is reported, no completion is computed and no schedule judged"),
    "baseline_line": ("{indicator}：基数{value}{unit}（{date}）", "{indicator}: baseline {value} {unit} on {date}"),
    "no_region_progress": (
        "未提供全区进度（--region-progress），只比较目标",
        "No region progress given (--region-progress): targets only",
    ),
    # how words are put together
    "list_joiner": ("、", ", "),
    "quoted": ("“{text}”", "'{text}'"),
    # where a note points (`file:line`, `file:Sheet!B2`, `file:Sheet!2:2`), and a note after it
    "place_line": ("{file}第{line}行", "{file}:{line}"),
    "place_cell": ("{file}工作表“{sheet}”{cell}{line}单元格", "{file}:{sheet}!{cell}{line}"),
    "place_row": ("{file}工作表“{sheet}”第{line}行", "{file}:{sheet}!{line}:{line}"),
    "place_sheet": ("{file}工作表“{sheet}”", "{file}:{sheet}"),
    "place_said": ("{place}：{message}", "{place}: {message}"),
    "clause_joiner": ("，", ", "),
    "project_named": ("{area}{project}", "{area} {project}"),
    "project_coded": ("{area}“{code}”{project}", '{area} "{code}" {project}'),
    "verdict_count": ("{verdict}{count}项", "{verdict} {count}"),
    "measure_results": ("{said}（{values}）", "{said} ({values})"),
    "html_lang": ("zh-CN", "en"),
    # the template (its prompts are in both languages at once: `both`)
    "template_sheet": ("进度", "Progress"),
    "template_targets_sheet": ("目标", "Targets"),
    # what Excel says when a cell of the template is given a value its rule refuses (a title of at
    # most 32 characters in both languages, a message of at most 255)
    "template_indicator_error_title": ("指标不在方案中", "Unknown indicator"),
    "template_indicator_error": ("请从下拉列表中选择指标，名称须与方案一致（见“{sheet}”表）。",
                                 "Pick an indicator from the drop-down list, named as the plan names it (see the "
                                 "{sheet} sheet)."),
    "template_category_error_title": ("类别不在方案中", "Unknown category"),
    "template_category_error": ("请从下拉列表中选择类别（见“{sheet}”表）；指标没有分类的，请留空。",
                                "Pick a category from the drop-down list (see the {sheet} sheet); leave it blank "
                                "for an indicator without categories."),
    "template_year_error_title": ("年份超出范围", "Year out of range"),
    "template_year_error": ("请填写{first}年至{last}年之间的年份，如{last}。",
                            "Write a year from {first} to {last}, e.g. {last}."),
    "template_date_error_title": ("不是日期", "Not a date"),
    "template_date_error": ("请填写日期，如{last}/12/31；只知道年份的，请填在“年份”列。",
                            "Enter a date, e.g. {last}/12/31; a year alone goes in the year (年份) column."),
    "template_value_error_title": ("数量有误", "Not a valid number"),
    "template_value_error": ("请填写不小于0的数字，不带单位，如12。", "Write a number, 0 or more, without its unit, e.g. 12."),
    # the supervision ledger (督查台账): `template --tasks`, `tasks`, `gaps --by lead`
    "task_not_started": ("未启动", "not started"),
    "task_on_schedule": ("序时推进", "on schedule"),
    "task_behind": ("滞后", "behind"),
    "task_overdue": ("超期未完成", "overdue, not done"),
    "task_done": ("已完成", "done"),
    "task_closed": ("已销号", "done and closed"),
    "task_not_reported": ("未报送完成情况", "node not reported"),  # judged: a node due, its 完成情况 blank
    "ledger_sheet": ("督查台账", "Ledger"),
    "ledger_title": ("{year}年{name}重点任务督查台账", "{year} {name}: supervision ledger of the tasks"),
    "ledger_quarter": ("{year}年{quarter}", "{year} {quarter}"),
    "ledger_quarter_1": ("第一季度", "Q1"),
    "ledger_quarter_2": ("第二季度", "Q2"),
    "ledger_quarter_3": ("第三季度", "Q3"),
    "ledger_quarter_4": ("第四季度", "Q4"),
    "ledger_node_done": ("已完成", "done"),
    "ledger_node_not_done": ("未完成", "not done"),
    "ledger_node_title": ("完成情况", "node done?"),
    "ledger_node_prompt": ("请从列表中选择“已完成”或“未完成”；节点未到期时留空。",
                           "Pick 已完成 (done) or 未完成 (not done); leave blank while the node is not due."),
    "ledger_status_title": ("状态", "status"),
    "ledger_status_prompt": ("请从列表中选择状态。", "Pick a status from the list."),
    "ledger_date_prompt": ("请输入日期，如 2019-06-28。", "Enter a date, e.g. 2019-06-28."),
    "tasks_title": ("{name}：重点任务推进情况", "{name}: the tasks"),
    "tasks_as_of_line": ("截至{as_of}，按各任务到期的节点目标判定", "As of {as_of}, each task judged by its nodes due"),
    "tasks_counts_line": ("共{total}项：{counts}", "{total} tasks: {counts}"),
    "tasks_count": ("{status}{count}项", "{count} {status}"),
    "tasks_differs_line": ("报送状态与判定不一致{count}项（见“说明”列）", "{count} reported a status other than the one "
                           "judged (see the Note column)"),
    "task": ("任务", "Task"),
    "task_number": ("序号", "No."),
    "task_leader": ("牵头领导", "Leader"),
    "task_partners": ("配合单位", "Partners"),
    "task_deadline": ("完成时限", "Deadline"),
    "task_node": ("到期节点", "Node due"),
    "task_judged": ("判定状态", "Judged"),
    "task_reported": ("报送状态", "Reported"),
    "task_note": ("说明", "Note"),
    "task_plan_id": ("计划任务", "Plan task"),
    "task_no_deadline": ("长期", "ongoing"),
    "task_node_shown": ("{due}：{target}（{done}）", "{due}: {target} ({done})"),
    "task_node_shown_alone": ("{target}（{done}）", "{target} ({done})"),
    "task_quarter_1": ("一季度", "Q1"),
    "task_quarter_2": ("二季度", "Q2"),
    "task_quarter_3": ("三季度", "Q3"),
    "task_quarter_4": ("四季度", "Q4"),
    "task_unreported": ("未报送", "not reported"),
    "tasks_unreported_line": ("未报送推进状态{count}项（见“说明”列）", "{count} reported no status (see the Note column)"),
    "task_node_unreported": ("未填", "not filled in"),
    "task_differs": ("报送“{reported}”，判定“{judged}”", "reported “{reported}”, judged “{judged}”"),
    "task_differs_past_deadline": ("报送“{reported}”，但已超过完成时限（{deadline}），判为{judged}",
                                   "reported “{reported}”, but the deadline {deadline} has passed"),
    "leads_kind": ("类型", "Kind"),
    "leads_kind_indicator": ("指标", "indicator"),
    "leads_kind_task": ("任务", "task"),
    "leads_title_with_tasks": ("{name}：滞后指标和任务（按牵头单位）", "{name}: indicators and tasks behind, by lead unit"),
    # the notes on the template's headers: what to put in each column
    "template_note_indicator": ("指标：从下拉列表中选择（如突破重大技术、保有高新技术企业）。",
                                "indicator: The indicator: pick from the list (突破重大技术, 保有高新技术企业, ...)."),
    "template_note_category": ("类别：指标有分类时从下拉列表中选择；未分到类别的留空。",
                               "category: The breakdown category, if the indicator has one; leave blank if not "
                               "allocated."),
    "template_note_year": ("年份：完成的年份（保有量为统计的年份），如2019。",
                           "year: The year it was achieved (or, for enterprises held, measured): 2019."),
    "template_note_date": ("日期：也可填写具体日期；与年份都填写时以日期为准。",
                           "date: Or the exact date, which wins over the year when both are filled."),
    "template_note_value": ("数量：完成的数量；每行一项时留空，计为1。",
                            "value: How many; leave blank for one row per item (counts as 1)."),
    "template_note_item": ("名称：项目、平台、企业或人才（团队）的名称，用于发现重复列出的同一项。",
                           "item: The item's name: catches the same item listed twice."),
    "template_note_county": ("县区：所在县（市、区），用于核对。", "county: The county or district, for tracing."),
    "template_note_note": ("备注：其他说明，不参与计算。", "note: Anything else; not counted."),
    # the config command
    "config_file_line": ("配置文件：{path}", "config file: {path}"),
    "config_file_none": ("（不存在）", " (none yet)"),
    # percentage points against the schedule (`numbers.points`, `numbers.points_phrase`)
    "points_ahead": ("+{points}", "+{points}"),
    "points_behind": ("-{points}", "-{points}"),
    "points_level": ("0.0", "0.0"),
    "points_phrase_ahead": ("高于序时进度{points}个百分点", "+{points} pp against the schedule"),
    "points_phrase_behind": ("低于序时进度{points}个百分点", "-{points} pp against the schedule"),
    "points_phrase_level": ("与序时进度持平", "0.0 pp against the schedule"),
}

LABELS.update(REPORT_LABELS)  # the office's report's own words (`words/report.py`)

# each status (a JSON key) and its word, in the office's order: 超额完成, 已完成, 序时推进, 滞后,
# 严重滞后, 未报送, 暂不评价, 监测 (and 未报送分类, a category where no row names one)
STATUS_KEYS = {"exceeded": "exceeded", "achieved": "achieved_status", "on_track": "on_track", "behind": "behind",
               "far_behind": "far_behind", "no_data": "no_data", "unjudged": "unjudged", "monitored": "monitored",
               "breakdown_unreported": "breakdown_unreported"}
PACE_KEYS = {"ahead": "ahead_of_region", "behind": "behind_region", "level": "level_with_region"}


def marked_name(name: str, lang: str, *, part_of: bool, above: bool, decrease: bool, aspirational: bool) -> str:
    """An indicator's name with what a reader must know beside it: 其中 for a part, 突破 for a
    target to pass, 越低越好, 力争 — said together where they go together (力争突破, 须降至目标以下)."""
    if part_of:
        name = label("mark_part_of", lang) + name
    if decrease:
        name += label("mark_below" if above else "mark_decrease", lang)
        above = False
    if aspirational and above:
        return name + label("mark_aspirational_above", lang)
    return name + (label("mark_above", lang) if above else "") + (label("mark_aspirational", lang) if aspirational else "")


def pick(words: tuple[Said, Said], lang: str) -> Said:
    """Of a word's (Chinese, English), the one a language reads: the only place that asks which."""
    zh, en = words
    return zh if lang == "zh" else en


def label(key: str, lang: str) -> str:
    return pick(LABELS[key], lang)


def both(key: str, **params: Param) -> str:
    """A label in both languages at once, the Chinese first (a workbook's prompts, read by whoever
    opens it whatever the language it was made in)."""
    zh, en = (words.format(**params) for words in LABELS[key])
    return zh + ("" if zh.endswith("。") else " ") + en


def long_date(iso: str, lang: str) -> str:
    """A date as a report writes it: 2019年12月31日 / 31 December 2019 (ISO stays in JSON and CSV)."""
    year, month, day = (int(part) for part in iso.split("-"))
    return label("report_date", lang).format(year=year, month=month, day=day, month_name=MONTH_NAMES[month - 1])


def own_area(area: str, lang: str) -> str:
    """百色市 -> 我市: a report speaks of its own city (县, 区) in the first person; a name not ending
    so (广西), and every name in English, is said as it is."""
    first_person = "我" + area[-1] if area and area[-1] in OWN_AREA_ENDINGS else area
    return pick((first_person, area), lang)


def year_end(iso: str, lang: str) -> str:
    """The period's end as a report says a deadline: 2020年底 for 31 December, else the date."""
    year, month, day = (int(part) for part in iso.split("-"))
    return label("report_year_end", lang).format(year=year) if (month, day) == (12, 31) else long_date(iso, lang)


def ordinal(n: int, lang: str) -> str:
    """A part's number as the report counts: 一、二 / 1, 2."""
    return pick((chinese_number(n), str(n)), lang)


def listed(names: Iterable[str], lang: str) -> str:
    """Names one after another: 右江区、田阳区 / Youjiang, Tianyang."""
    return label("list_joiner", lang).join(names)




def phrase(code: str, lang: str, **params: Param) -> str:
    """One message of the catalogue in a language, its parameters filled in."""
    plural = PLURALS.get(code)
    if plural is not None and "noun" not in params:
        counted, one, many = plural
        params["noun"] = one if params[counted] == 1 else many
    return pick(MESSAGES[code], lang).format(**{key: _said(value, lang) for key, value in params.items()})


def _said(value: Param, lang: str) -> Param:
    if isinstance(value, Note):
        return message(value, lang)
    if isinstance(value, (Fraction, Decimal)):  # exact figures said as figures: 20.5, never 41/2
        return output_number(value)
    if isinstance(value, Quoted):  # a user's text: “…” in Chinese, '…' in English
        # quotation marks inside it become the inner ones, ‘…’, as Chinese nests them
        return label("quoted", lang).format(text=pick((str(value).translate(_INNER_QUOTES), value), lang))
    if isinstance(value, Typed):  # to type on the command line: quoted only where a shell needs it
        return value if _SHELL_SAFE.fullmatch(value) else shlex.quote(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):  # a date: 2019年12月31日 / 2019-12-31
        return label("date_said", lang).format(year=value[:4], month=int(value[5:7]), day=int(value[8:]), iso=value)
    if isinstance(value, Listed):  # names one after another: “甲”、“乙”
        return label("list_joiner", lang).join(str(_said(item, lang)) for item in value)
    if isinstance(value, tuple):  # alternatives: “a”或“b” / 'a' or 'b'
        return phrase("or", lang).join(str(_said(item, lang)) for item in value)
    return value


def receipt_said(receipt: Note, lang: str) -> str:
    """A read receipt as a line: 读取“examples/x.csv”：计入26行…, the file named once and quoted (not
    读取：examples/x.csv：计入, three colons in a row)."""
    if not receipt.place:
        return phrase("receipt_line", lang, message=message(receipt, lang))
    said = said_place(receipt.place, lang)  # a file's name quoted; a sheet already says its own
    quoted_name = pick((Quoted(said), said), lang)  # (in English as the tools write it, unquoted)
    return phrase("receipt_line_of", lang, place=quoted_name if said == receipt.place else said,
                  message=message(receipt, lang))


def header_as_named(recognised: Note) -> bool:
    """Whether a header was read just as it is written: one row per record, no column unused, and
    every column's header the name of what it was read as (“指标” as 指标, 'year' as year), so
    that saying it would repeat the file's own header back."""
    if recognised.code != "recognised" or recognised.params.get("unused"):
        return False
    columns = recognised.params.get("columns", ())
    for column in columns if isinstance(columns, tuple) else ():
        if not isinstance(column, Note):
            return False
        role = column.params.get("role")
        names = MESSAGES[role.code] if isinstance(role, Note) else ()
        if str(column.params.get("header", "")) not in names:
            return False
    return True


def message(note: Note, lang: str) -> str:
    """What a note says, without its place."""
    return phrase(note.code, lang, **note.params)


def text(note: Note, lang: str) -> str:
    """A note as a line: `place: message`, the place said as the language says it (进度.csv第2行,
    进度.xlsx工作表“进度”B2单元格; in English as the tools write it, progress.csv:2)."""
    said = message(note, lang)
    return label("place_said", lang).format(place=said_place(note.place, lang), message=said) if note.place else said


_LINE = re.compile(r"(?P<file>.+):(?P<line>\d+)")
_CELL = re.compile(r"(?P<file>.+):(?P<sheet>[^:!]*)!(?P<cell>[A-Z]{1,3})(?P<line>\d+)")
_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’"})
_SHEET = re.compile(r"(?P<file>.+\.(?:xlsx|xlsm|xls|ods|et)):(?P<sheet>[^:!]+)", re.IGNORECASE)  # a sheet as a whole
_ROW = re.compile(r"(?P<file>.+):(?P<sheet>[^:!]*)!(?P<line>\d+):(?P=line)")


def said_place(place: str, lang: str) -> str:
    """Where a note points, in the language: a file's line, a workbook's cell or row; anything else
    as it is."""
    for pattern, key in ((_CELL, "place_cell"), (_ROW, "place_row"), (_LINE, "place_line"), (_SHEET, "place_sheet")):
        found = pattern.fullmatch(place)
        if found:
            return label(key, lang).format(**found.groupdict())
    return place


def note_document(note: Note) -> dict[str, Any]:
    """A note for the JSON contract: the same in every language, with the message in both."""
    return {
        "code": note.code,
        "place": note.place,
        "params": {key: _plain_value(value) for key, value in note.params.items()},
        "message": {lang: message(note, lang) for lang in LANGS},
    }


def _plain_value(value: Param) -> object:
    if isinstance(value, (Fraction, Decimal)):
        return output_number(value)
    if isinstance(value, Note):
        return {"code": value.code, "params": {key: _plain_value(v) for key, v in value.params.items()}}
    if isinstance(value, tuple):
        return [_plain_value(item) for item in value]
    return value


SUMMARY_ORDER = ("exceeded", "achieved", "on_track", "behind", "far_behind", "aspirational", "no_data", "unjudged",
                 "monitored")


def summary(counts: dict[str, int], lang: str) -> str:
    """共5项指标，2项达到序时进度，3项滞后: the total, then only the statuses that occur, in the
    office's order (an aspirational indicator behind counted apart): the line under a table's
    title and the report's headline."""
    total = sum(counts.get(key, 0) for key in SUMMARY_ORDER)
    clauses = [label(f"summary_{key}", lang).format(**{key: counts[key]}) for key in SUMMARY_ORDER if counts.get(key)]
    said = label("summary_total", lang).format(total=total)
    if clauses:
        said += label("summary_joiner", lang) + label("clause_joiner", lang).join(clauses)
    return said


# the cross-checks that fail validate, by what a clerk calls them (合计不符: a total not adding up)


def validate_said(lines: int, rows: int, problems: int, failed: Iterable[str], lang: str) -> str:
    """validate's last line, its verdict said once: 共26行数据，计入26行，未发现问题; or 发现问题3处
    with the cross-checks failed among them by kind (合计不符1处、其他问题2处), never 未发现问题 above
    a check that failed."""
    kinds: dict[str, int] = {}
    for code in failed:
        kinds[CHECKS_FAILED[code]] = kinds.get(CHECKS_FAILED[code], 0) + 1
    if not kinds:
        return phrase("validate_summary" if problems else "validate_clean", lang, lines=lines, rows=rows,
                      problems=problems)
    clauses = [phrase(f"validate_kind_{kind}", lang, count=count) for kind, count in kinds.items()]
    if problems:
        clauses.append(phrase("validate_kind_other", lang, count=problems))
    return phrase("validate_summary_checks", lang, lines=lines, rows=rows, problems=problems + sum(kinds.values()),
                  kinds=listed(clauses, lang))
