"""The command line's own words: `--help` in both languages, and what it says in English only.

click holds the English help: a command's is its docstring (whose examples a test runs as
written), an option's is asked for here by key (`option_help`), and click's own options' are
click's. When the run's language is Chinese, `cli.options.LocalHelp` shows the Chinese kept here
instead: the group's and each command's description (the examples stay as they are: they are
commands), each option's, found by its English, and click's headings. A test checks that every
command and every option has its Chinese.

Some words stay in English whatever the run's language, as the README says: the usage errors
(click's own have no Chinese, and an error reads in one language), and what is said about a
broken config file (for whoever mends it, as the targets file's messages are).
"""

from __future__ import annotations

import re

from . import pick

GROUP = (
    "百色市“11155”科技创新工程进展测算（及其对广西“三百二千”工程的贡献）：完成率、差距、序时进度和占全区目标比重。\n\n"
    "进度文件可以是 Excel 或 WPS 工作簿（.xlsx、.xls、.et、.ods），也可以是 CSV（UTF-8 或 GB18030）；每行一项"
    "或一个数，也可以每年一列；可填的指标和类别见 `baise11155 targets`。语言依次取 --lang、BAISE11155_LANG、"
    "配置文件（baise11155 config）、系统语言。"
)

# The commands, in the order `--help` lists them, with the first line of each one's help: the list
# is shown without loading them (a test checks that each English line is its command's own).
COMMANDS: dict[str, tuple[str, str]] = {
    "status": ("每项指标一行：目标、已完成、完成率、差距、序时进度、状态。",
               "One row per indicator: target, achieved, completion, gap, schedule, status."),
    "gaps": ("差距表：每项指标和类别的差距，以及每年尚需完成的数量。",
             "The gap table (差距): every indicator and category, with what is still needed per year."),
    "compare": ("对照全区目标（全区“三百二千”），按全区口径计算本市占全区目标的比重。",
                "The city against the region's targets (对照全区“三百二千”), on the region's basis."),
    "targets": ("计划中的各项指标：类别、基数、全区对应目标、工程代号。",
                "The plan as encoded: indicators, categories, baselines, regional counterparts, codes."),
    "explain": ("数据来源：计入的每一行、未计入的每一行及原因，以及计算过程。",
                "Where a figure comes from: every row that made it, every row left out and why, the arithmetic."),
    "rank": ("县区综合排名：按分解到县区的目标计算各县区完成率并排名。",
             "The counties ranked (县区综合排名) by their completions against the targets split to them."),
    "rollup": ("各地汇总到全区（全区汇总），按全区口径计算。",
               "Add the cities' progress up to the region (全区汇总), on the region's basis."),
    "outlook": ("期末研判：按目前进度能否完成目标；实际进度、尚需进度、预计期末完成率。",
                "Will each target be met at this pace? Pace kept, pace needed, the projection and a verdict."),
    "plans": ("可用的计划，用 --plan ID 选择：本市的、全区的、后续的。",
              "The bundled plans, to choose with --plan ID: the city's, the region's, the ones that followed."),
    "validate": ("检查进度文件，逐条列出每个问题所在的文件和行。",
                 "Check progress files and list every problem as file:line; exit 1 if there is any."),
    "config": ("查看或修改长期有效的设置（语言、默认计划），保存在配置文件中。",
               "Show or change the settings that last (the language, the default plan) in the config file."),
    "template": ("生成可直接填写的进度文件：文件名.xlsx（带下拉列表和目标表）或 文件名.csv。",
                 ("Write a progress file ready to fill in: FILE.xlsx (drop-down lists, a sheet of targets) or "
                  "FILE.csv.")),
    "tasks": ("督查台账中每项任务按到期节点判定的推进状态及各状态项数。",
              "Each task of the supervision ledgers (督查台账) judged at a date by its nodes, and the counts."),
    "report": ("生成推进情况报告：网页（.html）或 Word 文件（.docx），可编辑后报送。",
               "The progress report an office sends (推进情况报告): a page (.html) or a Word file (.docx) to edit and send."),
}

# in Chinese, the description above each command's examples (the first paragraph of its help)
DOCS = {
    "status": "每项指标一行：目标、已完成、完成率、差距、序时进度、状态。",
    "gaps": "差距表：每项指标和类别的差距，以及每年尚需完成的数量。",
    "compare": ("对照全区目标（全区“三百二千”），按全区口径计算：保有量按新增计（目标 − 基数）。给出 --region-progress "
                "时还计算全区自身完成率、本市所占份额以及本市快于还是慢于全区。"),
    "targets": "计划中的各项指标：类别、基数、计划报告的历史数据、全区对应目标，以及由目标得出的工程代号。",
    "explain": ("数据来源：列出计入该数值的每一行（所在文件和行号，工作簿为文件、工作表和单元格）、未计入的每一行及原因，"
                "以及从这些行算出已完成、完成率、序时应完成和状态的计算过程。"),
    "rank": ("县区综合排名：计划须把目标分解到县区（areas: 和 area_targets:）。综合得分为各县区有分解目标的指标"
             "完成率的平均值，单项最高计 100%（权重和上限可在计划的 ranking: 中设置）；得分相同名次并列。"),
    "rollup": ("把各地（各市）的进度汇总到全区，按全区口径计算。各市的文件可按全区计划或本市计划的指标名称填写；"
               "保有量按该市在全区基期的数量以上的新增计，文件中须有该数量。给出各市的数值、占全区目标和全区完成"
               "的份额，以及全区完成率。"),
    "outlook": ("期末研判：按目前的年均进度，期末能否完成目标；给出实际年均进度、尚需年均进度、两者之比、预计期末"
                "数值和研判结论。--measure 可加上统计部门公布的进展评价方法。"),
    "plans": "可用的计划，用 --plan ID 选择：本市的“11155”、全区的“三百二千”、后续的科技强桂三年行动。",
    "validate": "检查进度文件，逐条列出每个问题所在的文件和行（工作簿为文件、工作表和单元格）；脚本可由返回值判断：没有问题为0，有问题为1。",
    "config": ("查看或修改长期有效的设置（语言、默认计划）。不带参数时列出每项设置、取值及来源；"
               "`set lang zh` 之后无论系统语言如何都用中文；`set unit 名称` 设置报告末尾的编制单位；`path` 显示配置文件的位置。"),
    "template": ("生成可直接填写的进度文件：文件名.xlsx 带中文表头、指标和类别的下拉列表、年份日期数值的校验，以及一张"
                 "目标表；文件名.csv 只有表头（UTF-8 带 BOM）。不加 --force 不会覆盖已有文件。"),
    "tasks": ("督查台账中每项任务按到期节点判定的推进状态及各状态项数：未启动、序时推进（到期节点均已完成）、滞后（有到期节点"
              "未完成）、超期未完成（已过完成时限仍未完成）、已完成、已销号；报送状态与判定不一致的，在“说明”列注明。"),
    "report": ("生成推进情况报告：主送机关（config set recipient 设置）；一、总体情况；二、分项推进情况；三、存在问题；"
               "四、下步工作建议（由数据生成，具体措施处留【】待填）；附表目录；编制单位（config set unit 设置）和成文日期"
               "（--date 指定，未指定时留空待填）；附表。-o 报告.docx 写出 Word 文件（A4、公文字体、页码），"
               "-o 报告.html 写出网页（不联网、无脚本，可用 A4 打印，附各指标进度条）。每个数字都与 compare --format json 一致。"),
}

# each option's help, (Chinese, English), by a key the declaration asks for
OPTIONS: dict[str, tuple[str, str]] = {
    "as_of": (("测算日期：2019-06-30、2019/6/30、2019年6月30日、2019-06（该月最后一天）或 2019（该年12月31日）。"
               "默认为可计入数据（实施期内）中最晚的日期。"),
              ("The date to measure at: 2019-06-30, 2019/6/30, 2019年6月30日, 2019-06 (its last day) or 2019 (its "
               "31 December). Default: the latest date of the rows that can be counted (within the period).")),
    "encoding": ("进度文件的编码（默认自动识别 UTF-8 或 GB18030）。",
                 "Encoding of the progress files (default: UTF-8 or GB18030, detected)."),
    "sheet": ("工作簿中要读取的工作表（默认第一个）；可重复；all 表示读取每个带进度表头的工作表。",
              ("A sheet to read in workbooks (.xlsx, .xls, .et, .ods; default: the first worksheet); may be "
               "repeated; 'all' reads every sheet with a progress header.")),
    "skip_hidden": ("不计入 Excel 中隐藏的行和工作表（有数据的隐藏行，不指明时会询问）。",
                    ("Leave out the rows and sheets hidden in Excel (hidden rows holding data are a question "
                     "without this or --count-hidden).")),
    "count_hidden": ("计入 Excel 中隐藏的行和工作表（仅折叠起来、并非作废时）。",
                     "Count the rows and sheets hidden in Excel (folded away, not withdrawn)."),
    "tasks_skip_hidden": ("不读取台账中在 Excel 里隐藏的行（有内容的隐藏行，不指明时会询问）。",
                          "Leave out the ledger rows hidden in Excel (hidden rows holding anything are a question "
                          "without this or --count-hidden)."),
    "tasks_count_hidden": ("读取台账中在 Excel 里隐藏的行（仅折叠起来、并非作废时）。",
                           "Read the ledger rows hidden in Excel (folded away, not withdrawn)."),
    "column": (("把表头为某名称的列当作指定的列读取（列为 指标、类别、年份、日期、数量、名称、县区、版本、备注之一，"
                "也可用英文 indicator、category 等），用于本工具不认识的表头，例如 --column 数量=完成情况。可重复。"),
               ("Read the column headed HEADER as COLUMN (indicator, category, year, date, value, item, county, "
                "note), for a header the tool does not know, e.g. --column value=完成情况. May be repeated.")),
    "by": ("county：按县区列出各县区的数值（各县区之和即全市），有分解目标的列出完成率和状态；--format json 两者都给。",
           ("county: each county's figures (县区) instead of the city's, the blocks adding up to them, against the "
            "targets the plan splits to them; --format json gives both.")),
    "by_lead": ("county：按县区列出（同 status --by county）；lead：按牵头单位列出其牵头的滞后指标和差距（督查通知用）。",
                ("county: each county's figures (县区) instead of the city's, the blocks adding up to them, against "
                 "the targets the plan splits to them; --format json gives both. lead: per lead unit (牵头单位), "
                 "what it leads that is behind, with the gap.")),
    "layout": ("与 --by county 同用：blocks 按县区分块逐项列出；wide 按报表习惯，每县区一行、每项指标一组（完成数、完成率），"
               "末行为合计（全市数）。",
               ("With --by county: blocks, a block of rows per county; wide, as offices lay it out: a row per "
                "county, an indicator's achieved and completion side by side, and a total row (the city's "
                "figure).")),
    "plan": ("按编号选用内置计划（`baise11155 plans` 列出全部；默认取配置文件中的 plan）。",
             ("A bundled plan to measure against, by its id (`baise11155 plans` lists them; the config file's "
              "`plan` is the default).")),
    "targets": ("从文件读取计划（默认为内置的百色“11155”计划）。",
                "The plan to measure against, from a file (default: the bundled Baise “11155” plan)."),
    "report_date": ("成文日期（报告落款的日期），写法同 --as-of；不指定时日期留空待填。",
                    "The date the report is signed, written as --as-of is; without it the date is left to fill in."),
    "output": ("写入文件，而不是显示在屏幕上（写完才替换原文件，中途出错不会留下半个文件）。", "Write to FILE (atomically) instead of standard output."),
    "lang": ("名称、表头和提示的语言（默认依次取 BAISE11155_LANG、配置文件的 lang、系统语言；见 baise11155 config）。",
             ("Language of names, headers and messages (default: BAISE11155_LANG, else the config file's lang, else "
              "the locale's or the system's; see baise11155 config).")),
    "sort": ("plan：按计划顺序；shortfall：差距占目标比例最大的排在前面。",
             "plan: the plan's order; shortfall: the largest share of the target missing first."),
    "region_progress": ("全区进度文件（格式相同）：加上全区自身的完成率。可重复。",
                        "Region-wide progress (same format): adds the region's own completion. May be repeated."),
    "indicator": ("要说明的指标：编号、中文或英文名称。", "The indicator to explain: its id, Chinese or English name."),
    "category": ("该指标的一个类别，只说明这一类别。", "One of its categories, to explain alone."),
    "area": ("一个地区（一个市）的进度文件：--area 百色市=baise.csv。可重复；也可在进度文件中用“地区”（或“市”）列注明每行所属地区。",
             ("A file of one area's (a city's) progress, named: --area 百色市=baise.csv. May be repeated; a "
              "PROGRESS file names each row's area in a 地区 (or 市) column instead.")),
    "measure": ("加上一种公布的进展评价方法（可重复，或 all）：eurostat（欧盟统计局增速比）、open-sdg（Open SDG 得分）。",
                ("A published progress measure to add (repeatable, or all): eurostat's growth-rate ratio, Open SDG's "
                 "score.")),
    "force": ("文件已存在时覆盖它。", "Write over FILE if it exists."),
    "template_tasks": ("改为生成计划的督查台账（文件名.xlsx）：每项任务一行，每季度的节点目标和完成情况，带下拉列表。",
                       ("Write the plan's supervision ledger (督查台账, FILE.xlsx) instead: a row for each task, each "
                        "quarter's node and whether it was met, with drop-down lists.")),
    "template_year": ("督查台账的年度（默认为今年，限于实施期内）。", "The ledger's year (default: this year, within the plan's period)."),
    "report_tasks": ("督查台账文件（.xlsx、.xls、.et、.ods 或 .csv）：报告加上“重点任务推进情况”（各状态任务数、滞后任务及其牵头单位）和台账附表。可重复。",
                     ("A supervision ledger (督查台账): the report gains the tasks' standing (counts by status, the "
                      "tasks behind with their lead units) and the ledger's table. May be repeated.")),
    "tasks_ledger": ("督查台账文件（.xlsx、.xls、.et、.ods 或 .csv），与 --by lead 同用：各牵头单位滞后的任务与滞后指标并列。可重复。",
                     ("A supervision ledger (督查台账: .xlsx, .xls, .et, .ods or .csv), with --by lead: each unit's "
                      "tasks behind beside its indicators behind. May be repeated.")),
    "tasks_as_of": (("判定日期：2019-06-30、2019年6月30日、2019-06（该月最后一天）。默认为台账中最晚的报送日期。"),
                    ("The date to judge at: 2019-06-30, 2019年6月30日, 2019-06 (its last day). Default: the latest "
                     "报送日期 in the ledgers.")),
    # click's own options, in click's English
    "help": ("显示本帮助并退出。", "Show this message and exit."),
    "version": ("显示版本并退出。", "Show the version and exit."),
}

# --format's help is made from the registry of formats (`present.formats`): each renderer's names
# said as its words here, in the registry's order, the last after "or"
FORMAT_GROUPS: dict[str, tuple[str, str]] = {
    "rich_table": ("{names}（默认）", "{names} (rich)"),
    "text": ("tabulate 格式（{names} 等）", "a tabulate format ({names}, ...)"),
    "delimited": ("{names}", "{names}"),
    "json_out": ("{names}", "{names}"),
    "xlsx": ("{names}（须同时用 --output）", "{names} (with --output)"),
}
FORMAT_LAST = ("{names}或{last}。", "{names}, or {last}.")
FORMAT_JOINER = ("、", ", ")


def format_help(lang: str) -> str:
    """--format's help: every renderer offered, by its names."""
    from ..formats import offered_by_renderer

    joiner = pick(FORMAT_JOINER, lang)
    said = [pick(FORMAT_GROUPS[module], lang).format(names=joiner.join(names)) for module, names in offered_by_renderer()]
    return pick(FORMAT_LAST, lang).format(names=joiner.join(said[:-1]), last=said[-1])


# click's words in Chinese: its headings, and what it adds after an option's help
HEADINGS = {"Usage: ": "用法：", "Options:": "选项：", "Commands:": "命令：", "Example:": "示例：", "[OPTIONS]": "[选项]"}
# the arguments in a usage line as the Chinese help and usage errors write them (click's metavars
# are English: PROGRESS..., COMMAND [ARGS]...); the longer first, so that [PROGRESS...] is not
# turned by the PROGRESS... inside it
USAGE_WORDS = {"[OPTIONS]": "[选项]", "COMMAND [ARGS]...": "命令 [参数]...", "[PROGRESS...]": "[进度文件……]",
               "PROGRESS...": "进度文件……", "LEDGER...": "台账文件……", "FILE": "文件", "[KEY]": "[设置项]",
               "[VALUE]": "[取值]"}


# an option's value as the Chinese help names it (--column 列=表头, not COLUMN=HEADER)
METAVAR_WORDS = {"COLUMN=HEADER": "列=表头", "NAME=FILE": "地区=文件", "DATE": "日期", "ENCODING": "编码",
                 "FILE": "文件", "FORMAT": "格式", "ID": "编号", "LEDGER": "台账文件", "NAME": "名称", "YEAR": "年份"}


def option_names(record: str) -> str:
    """An option's names and value in the Chinese help: --column 列=表头, -o, --output 文件."""
    for english, chinese in METAVAR_WORDS.items():
        record = re.sub(rf"(?<![\w=]){re.escape(english)}(?![\w=])", chinese, record)
    return record


def usage_pieces(pieces: str, lang: str) -> str:
    """A usage line's arguments in the language: 用法：baise11155 gaps [选项] 进度文件……"""
    if not said_here(lang):
        return pieces
    for english, chinese in USAGE_WORDS.items():
        pieces = re.sub(rf"(?<![\w\[]){re.escape(english)}(?![\w\]])", chinese, pieces)
    return pieces


ADDED = {"default: ": "默认：", "env var: ": "环境变量：", "required": "必填", "  [": "（", " [": "（", "; ": "；",
         "]": "）"}


def said_here(lang: str) -> bool:
    """Whether `--help` in a language is said in the words here (Chinese), not click's (English)."""
    return pick((True, False), lang)


def option_help(key: str) -> str:
    """An option's help as click holds it: the English."""
    return OPTIONS[key][1]


def chinese_option_help(english: str) -> str | None:
    """The Chinese of an option's help, found by the English click holds; None if there is none."""
    return _CHINESE.get(english)


_CHINESE = {en: zh for zh, en in OPTIONS.values()} | {format_help("en"): format_help("zh")}


# Usage errors, (Chinese, English): the tool's own, and click's (said again in Chinese by
# `cli/usage_errors.py` from what click's exception holds; in English click's own words stand).
USAGE: dict[str, tuple[str, str]] = {
    "no_such_command": ("没有“{name}”这个命令；是否要用{close}？", "No such command '{name}'. Did you mean {close}?"),
    "plan_and_targets": ("--plan 和 --targets 只能给一个", "give --plan or --targets, not both"),
    "hidden_both": ("--skip-hidden 和 --count-hidden 只能给一个", "give --skip-hidden or --count-hidden, not both"),
    "no_bundled_plan": ("没有编号为“{plan}”的内置计划；可用的计划：{plans}（baise11155 plans 列出全部）",
                        "no bundled plan '{plan}'; the plans are: {plans} (baise11155 plans lists them)"),
    "binary_to_terminal": ("--format {fmt} 生成的是文件，不能显示在屏幕上：请加上 --output 文件名.{fmt}",
                           "--format {fmt} writes a file: give it with --output FILE.{fmt}"),
    "column_mapping": ("“{value}”的写法不对：请写成 列=表头，列为{names}之一（如 value=完成情况）",
                       "'{value}': write COLUMN=HEADER, COLUMN one of {names} (e.g. value=完成情况)"),
    "area_file": ("“{value}”的写法不对：请写成 地区=文件，如 --area 百色市=百色进度.xlsx",
                  "'{value}': write NAME=FILE, e.g. --area 百色市=百色进度.xlsx"),
    "rollup_no_input": ("请给出各市的进度：带“地区”列的文件，或 --area 地区=文件",
                        "give the cities' progress: files with a 地区 column, or --area NAME=FILE"),
    "area_twice": ("“{name}”给了两次（用 --area、在文件的“地区”列中，或写法不同）：每个地区只给一次",
                   "'{name}' is given twice (with --area, or in a file's 地区 column, or spelled two ways): give "
                   "each area once"),
    "rank_without_areas": ("所选计划没有把目标分解到县区，无法排名：请在计划文件中写上县区（areas:）和各县区的目标"
                           "（每项指标的 area_targets:），见 docs/targets-schema.md；只看各县区完成了多少，"
                           "可用 status --by county（计划文件：{path}）",
                           "{path}: the plan splits no targets to areas (`areas:` and `area_targets:`), so there "
                           "is nothing to rank; `--by county` on status shows what each county achieved"),
    "template_suffix": ("{path}：模板的文件名请以 .xlsx 或 .csv 结尾", "{path}: name the template .xlsx or .csv"),
    "config_usage": ("请写成：baise11155 config {action} 设置名{value}（可设置：{keys}）",
                     "write: baise11155 config {action} KEY{value} (the settings are: {keys})"),
    "config_value": (" 取值", " VALUE"),
    "config_bad_setting": ("{key} = {value}：{problem}", "{key} = {value}: {problem}"),
    "config_not_a_setting": ("“{key}”不是可设置的项；可设置：{keys}", "'{key}' is not a setting; the settings are: {keys}"),
    "config_setting": ("{key} = {value}（{source}）", "{key} = {value}  ({source})"),
    "config_unknown_key": ("不是可设置的项；可设置：{keys}", "not a setting; the settings are: {keys}"),
    "config_bad_lang": ("语言只能是{langs}之一", "the language is one of {langs}"),
    "config_bad_plan": ("没有编号为“{plan}”的内置计划；可用的计划：{plans}", "no bundled plan '{plan}'; the plans are: {plans}"),
    "config_source_option": ("--lang", "--lang"),
    "config_source_env": ("环境变量 BAISE11155_LANG", "BAISE11155_LANG"),
    "config_source_config": ("配置文件", "config file"),
    "config_source_locale": ("系统区域设置", "LC_ALL/LC_MESSAGES/LANG"),
    "config_source_system": ("系统语言", "the system's language"),
    "config_source_default": ("默认", "default"),
    "extension_contradicts": ("--output {path}是{ext}文件，而 --format {fmt}写不出这种文件：请去掉 --format（按文件名写成"
                              "{wanted}），或把文件名改成{fmt}文件的扩展名",
                              "--output {path} names a {ext} file, which --format {fmt} does not write: leave out "
                              "--format (the name gives {wanted}), or name the file for {fmt}"),
    "extension_report_only": ("--output {path}：{ext}文件只有 baise11155 report 能写",
                              "--output {path}: a {ext} file is written by `baise11155 report` only"),
    "report_extension": ("--output {path}：报告只能写成 Word 文件（.docx）或网页（.html），不能写成{ext}文件",
                         "--output {path}: the report is written as a page (.html) or a Word file (.docx), not {ext}"),
    "layout_without_counties": ("--layout wide 是按县区排列的表：请同时写上 --by county",
                                "--layout wide lays out the counties' figures: give it with --by county"),
    "ledger_template_suffix": ("{path}：督查台账（--tasks）是工作簿，文件名请以 .xlsx 结尾",
                               "{path}: a ledger (--tasks) is a workbook: name it .xlsx"),
    "year_without_tasks": ("--year 是督查台账的年度：请同时写上 --tasks", "--year is the ledger's year: give it with --tasks"),
    "tasks_without_lead": ("--tasks 按牵头单位列出滞后的任务：请同时写上 --by lead",
                           "--tasks lists each lead unit's tasks behind: give it with --by lead"),
    "year_not_a_year": ("“{value}”不是年份；请写四位数的年份，如 2019", "“{value}” is not a year; write one of four "
                        "digits, e.g. 2019"),
    "year_outside_plan": ("--year {year} 不在计划的实施期（{start}—{end}年）内；请写其中的一年",
                          "--year {year} is outside the plan's period ({start}–{end}); give one of its years"),
    "config_bad_unit": ("请写编制报告的单位名称（如 百色市科知局）", "the unit that makes the report, by its name (e.g. 百色市科知局)"),
    "config_unit_unset": ("未设置：报告的“编制单位”一行留空待填", "not set: the report leaves its 编制单位 line to fill in"),
    "config_bad_recipient": ("请写报告主送机关的名称（如 市人民政府）", "whom the report is sent to, by name (e.g. 市人民政府)"),
    "config_recipient_unset": ("未设置：报告标题下的主送机关留空待填", "not set: the report leaves its recipient (主送机关) "
                               "to fill in"),
    # click's own, said again in Chinese (`cli/usage_errors.py`)
    "usage_hint": ("查看帮助：{command} {option}", "Try '{command} {option}' for help."),
    "usage_options": ("[选项]", "[OPTIONS]"),
    "missing_progress": ("缺少进度文件：请在命令后写上进度文件，如：{command} 进度.xlsx",
                         "Missing argument 'PROGRESS...'."),
    "missing_argument": ("缺少参数{name}", "Missing argument '{name}'."),
    "missing_option": ("缺少选项{name}", "Missing option '{name}'."),
    "no_such_option": ("没有选项{name}", "No such option: {name}"),
    "did_you_mean_option": ("；是否要用{names}？", " Did you mean {names}?"),
    "option_needs_value": ("选项{name}后面缺少取值", "Option '{name}' requires an argument."),
    "bad_value": ("{name}的取值有误：{problem}", "Invalid value for {name}: {problem}"),
    "not_a_choice": ("“{value}”不是可选的取值；可选：{choices}", "'{value}' is not one of {choices}."),
    "not_a_choice_long": ("“{value}”不是可选的取值（可选的取值见 --help）", "'{value}' is not one of the choices."),
    "no_such_file": ("文件“{path}”不存在", "File '{path}' does not exist."),
    "extra_arguments": ("多出了参数：{arguments}（文件名中有空格时，请把整个文件名放在英文双引号中）",
                        "Got unexpected extra arguments ({arguments})"),
}


def usage(code: str, lang: str, /, **params: object) -> str:
    """A usage error's words in a language, its parameters filled in (names listed, `Listed`,
    one after another in the language's way)."""
    from ...model.notices import Listed
    from . import listed

    said = {key: listed(value, lang) if isinstance(value, Listed) else value for key, value in params.items()}
    return pick(USAGE[code], lang).format(**said)


# Said in English whatever the run's language: the config file's own problems, found before the
# language is known (the config file may be what gives it).
ENGLISH = {
    "config_unreadable": "{path}: cannot be read as a config file ({reason}); fix it, or remove it to start again",
    "config_too_big": ("{path}: too big for a config file ({size} bytes; one holds a few short settings, at most "
                       "1 MiB): not read; fix it, or remove it to start again"),
    "config_invalid": "{path}: [{section}] {key} = {value}: {problem}",
}


def english(code: str, /, **params: object) -> str:
    """One of the words said in English only (or a usage error's English), its parameters filled in."""
    return (ENGLISH[code] if code in ENGLISH else USAGE[code][1]).format(**params)
