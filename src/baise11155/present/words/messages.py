"""What the tool tells a user about their files and its run, in Chinese and English: one message
per code of a note (`model.notices.Note`), said by `words.phrase` and `words.message`."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # cells
    "date_not_real": ("日期{cell}不存在（{month}月{day}日）", "date {cell} does not exist (month {month}, day {day})"),
    "no_when": ("缺少年份或日期：请在这一行填写年份（如2019）或日期（如2019-12-31）", "no year or date; write YYYY or YYYY-MM-DD"),
    "two_digit_year": ("日期{cell}的年份只有两位，看不出是哪一年：请写四位年份，如2019-12-31",
                       "date {cell} has a two-digit year, which is ambiguous; write YYYY-MM-DD"),
    "not_when": ("{cell}不是年份或日期：请填写年份（如2019）或日期（如2019-12-31、2019年12月）", "{cell} is not a year or a date; write YYYY or YYYY-MM-DD"),
    "year_range": ("{cell}中的年份{year}超出范围（{low}–{high}）", "year {year} in {cell} is out of range ({low}-{high})"),
    "month_ambiguous": ("日期{cell}含义不明：Excel会把输入的{year}.10存成数字{year}.1，是{year}年1月还是10月？"
                        "请写成{year}-01或{year}-10（或{year}-10-31），或使用日期格式的单元格",
                        "date {cell} is ambiguous: Excel keeps {year}.10 typed in a cell as the number {year}.1, so "
                        "is it January or October {year}? write {year}-01 or {year}-10 (or {year}-10-31), or use a "
                        "date cell"),
    "period_reversed": ("时段{cell}的结束早于开始；请写成如“2019年1-6月”的形式",
                        "period {cell} ends before it starts; write it as, e.g., 2019年1-6月 (January to June 2019)"),
    "value_too_long": ("数值{cell}太长，不像是数量", "value {cell} is too long to be a count"),
    "value_too_large": ("数值{cell}太大，不像是数量", "value {cell} is too large to be a count"),
    "value_negative": ("数值{cell}为负数；数量应不小于0", "value {cell} is negative; a value is a count, 0 or more"),
    "vintage_unknown": ("版本{cell}无法识别：请填写预测值、快报（初步）、正式（最终），或发布日期",
                        "vintage {cell} is not known: write 预测值 (forecast), 快报 (preliminary), 正式 (final), or "
                        "the date it was published"),
    "value_required": ("数值为空；这一指标是测量值（比率、金额等），每行都需要填写数值",
                       "the value is blank; this indicator is a measured value (a ratio, an amount): every row needs "
                       "its figure"),
    "level_twice": ("“{name}”在{when}有不止一行；测量值（比率、强度等）不能相加：请只保留全市（全区）的数值",
                    "{id} has more than one row for {when}; a measured value (a ratio, an intensity) is never added "
                    "up: keep the figure for the whole area only"),
    "level_by_county": ("“{name}”按县区（{part}）填写；比率不能由各县区的比率相加得到：请填写全市的数值，或分别填写分子和分母两个指标",
                        "{id} is given by county ({part}); a ratio of the whole is not the sum of the counties' "
                        "ratios: give the city's figure, or its numerator and denominator as two indicators"),
    "value_unit_differs": ("数值{cell}的单位是“{unit}”，而这一指标以“{expected}”计：请换算后只填数字",
                           "value {cell} is in {unit}, but this indicator is measured in {expected}: convert it and "
                           "write the figure alone"),
    "value_percent": ("数值{cell}是百分比；请填写数量本身", "value {cell} is a percentage; write the count itself"),
    "value_exponent": ("数值{cell}是科学计数法；请写成普通数字", "value {cell} is in exponent notation; write the number in plain digits"),
    "value_chinese": ("数值{cell}用了中文数字；请写成阿拉伯数字", "value {cell} is written in Chinese numerals; write it in digits"),
    "value_commas": ("数值{cell}中的逗号不是千位分隔符；请写成普通数字",
                     "value {cell} has commas that are not thousands separators; write the number in plain digits"),
    "value_not_number": ("数值{cell}不是数字；请填写不小于0的数量", "value {cell} is not a number; write a count, 0 or more"),
    # names
    "indicator_unknown": ("指标{cell}不在计划中{hint}", "indicator {cell} is not in the plan{hint}"),
    "category_not_allowed": ("填写了类别{cell}，但“{name}”没有分类；请将类别留空",
                             "category {cell} given, but {name} ({id}) has no categories; leave the category blank"),
    "category_unknown": ("类别{cell}不是“{name}”的分类{hint}", "category {cell} is not one of {id}'s categories{hint}"),
    "did_you_mean": ("；是否要填{names}？", "; did you mean {names}?"),
    "additions_not_level": ("；方案的{name}是保有数（某一时点共有多少），新认定、新增的数不能填作保有数：请另填保有数",
                            "; the plan's {name} is a level held (how many at a date): what was newly recognised or "
                            "added is not it; give the level held instead"),
    "or": ("或", " or "),
    "known": ("；可填：{names}（也可用英文代码：{ids}）", "; known: {ids} ({names})"),
    # rows and files
    "row_width": ("此行有{cells}个单元格，表头有{width}个：名称或数字中是否有英文逗号？请把名称中的逗号改为中文逗号“，”，"
                  "数字不要用逗号分隔，或在Excel中打开后另存为CSV",
                  "the row has {cells} cells, the header {width}; is there an unquoted comma in a name or a number?"),
    "total_first_agrees": ("“{cell}”这一行在各行之上，是全表的合计：{total}与下面各行之和相符，未计入",
                           "'{cell}' above every row is the table's total: {total}, as the rows below add up to; "
                           "not counted"),
    "total_first_differs": ("“{cell}”这一行在各行之上，像是全表的合计，写的是{total}，而下面各行之和为{rows}：请核对",
                            "'{cell}' above every row looks like the table's total, {total}, but the rows below add "
                            "up to {rows}: check the file"),
    "total_heads_agrees": ("“{cell}”这一行在所合计各行之上：{total}与其下各行之和相符，未计入",
                           "'{cell}' heads the rows it adds up: {total}, as the rows below it add up to; not counted"),
    "total_heads_differs": ("“{cell}”这一行在所合计各行之上，写的是{total}，而其下各行之和为{rows}：请核对",
                            "'{cell}' heads the rows it adds up, {total}, but the rows below it add up to {rows}: "
                            "check the file"),
    "total_first": ("“{cell}”这一行是合计，但它上面没有可合计的行，也没有写明是哪项指标：合计行应放在所加各行的下面；"
                    "如果它就是某项指标的数，请在“指标”列写明指标",
                    "'{cell}' marks a total with no rows above it to add up and no indicator of its own: put a total "
                    "below the rows it adds up; if it is an indicator's figure, name the indicator (指标)"),
    "no_indicator": ("缺少指标；请填写“指标”列", "no indicator; fill in the indicator (指标) column"),
    "listed_again": ("{item}在“{name}”{at}中重复列出，只计一次", "item {item} is listed again for {id}{at}; counted once"),
    "listed_again_at": ("（{when}）", " on {when}"),
    "more_listed_again": ("……另有{count}项重复，各只计一次", "... and {count} more items listed again, each counted once"),
    "level_in_two_files": (
        "“{name}”在{when}的数量也出现在{other}中，两者已相加；如果是同一数字，请在“名称”列注明（如“全市合计”），重复的将只计一次",
        "{id} on {when} is also given in {other}; the levels are added up; if they are the same figure, give the "
        "rows an item name (名称, e.g. 全市合计) so that the repeat is counted once",
    ),
    "file_empty": ("文件为空；需要一行表头和至少一行进度数据", "the file is empty; it needs a header row and at least one row of progress"),
    "no_worksheets": ("工作簿中没有工作表（其他表：{others}）；请把进度放在工作表中",
                      "the workbook has no worksheets (other sheets: {others}); put the progress on a worksheet"),
    "other_sheet_unreadable": ("工作表{sheet}无法读取，未能查看其中是否也有进度；如需读取，请用 --sheet 指定",
                               "sheet {sheet} cannot be read to see whether it holds progress too; name it with --sheet "
                               "to read it and see why"),
    "no_rows": ("文件中没有一行进度数据（只有表头？）；请先填写，再计算", "the files hold no row of progress (a header "
                "alone?): fill them in first"),
    "no_region": ("计划{plan}没有上级区域，无从对照；请换一个有上级的计划",
                  "the plan {plan} names no region above it, so there is nothing to compare with"),
    "not_worksheets": ("{sheets}不是工作表（图表等），未读取", "{sheets}: not worksheets (charts and the like), not read"),
    "sheet_row_beyond_excel": ("有单元格在第{row}行，超出 Excel 的行数上限；文件已损坏，请用 Excel 或 WPS 打开后另存",
                               "a cell lies on row {row}, beyond Excel's last row: the file is damaged; open it in Excel "
                               "or WPS and save it again"),
    "sheet_column_beyond_excel": ("有单元格在 XFD 列之后，超出 Excel 的列数上限；文件已损坏，请用 Excel 或 WPS 打开后另存",
                                  "a cell lies past column XFD, beyond Excel's last column: the file is damaged; open it "
                                  "in Excel or WPS and save it again"),
    "sheet_too_large": ("单元格范围达{rows}行 × {columns}列，超过每张工作表{limit}个单元格的上限；请删除进度表以外远处的内容，或另存为 CSV",
                        "the cells span {rows} rows by {columns} columns, more than the {limit} cells read from one "
                        "sheet; delete what lies far beyond the progress table, or save the sheet as CSV"),
    "shared_string_bad": ("文字单元格的索引{index}不指向工作簿中的任何文字，文件已损坏；请用 Excel 或 WPS 打开后另存",
                          "a text cell's index {index} points at none of the workbook's strings: the file is damaged; "
                          "open it in Excel or WPS and save it again"),
    "too_many_sheets": ("工作簿有{count}张工作表，超过可读取的{limit}张；请把进度放在少数几张表中",
                        "the workbook has {count} sheets, more than the {limit} read; keep the progress on a few sheets"),
    "strings_too_large": ("工作簿中的文字共{size}，超过可读取的{limit}；文件已损坏，或不是进度表",
                          "the workbook's text comes to {size}, more than the {limit} read: the file is damaged or not "
                          "a progress table"),
    "strings_long_run": ("工作簿中有一段超过1MB的文字（Excel的单元格最多32767个字符）：文件已损坏，请用Excel或WPS打开后另存",
                         "the workbook holds a run of text over 1 MiB (a cell in Excel holds at most 32,767 characters): "
                         "the file is damaged; open it in Excel or WPS and save it again"),
    "sheet_long_run": ("工作表中有一段超过1MB的文字（Excel的单元格最多32767个字符）：文件已损坏，请用Excel或WPS打开后另存",
                       "the sheet holds a run of text over 1 MiB (a cell in Excel holds at most 32,767 characters): "
                       "the file is damaged; open it in Excel or WPS and save it again"),
    "stdin_workbook_too_large": ("从管道读入的工作簿超过{limit}；请直接给出文件名",
                                 "the workbook read from a pipe is larger than {limit}; name the file instead"),
    "sheet_empty": ("工作表为空；需要一行表头和至少一行进度数据",
                    "the sheet is empty; it needs a header row and at least one row of progress"),
    "repeated_column": ("第{index}列（{cell}）与第{first}列重复，都是{column}列；请保留一列",
                        "column {index} ({cell}) repeats the {column} column (column {first}); keep one"),
    "no_indicator_column": ("缺少指标列：请在表头加一列“指标”，每行填写指标名称",
                            "no indicator column; the header needs one named indicator or 指标"),
    "no_when_column": ("缺少年份或日期列：请在表头加一列“年份”（或“日期”），每行填写完成的年份或日期",
                       "no year or date column; the header needs one named year/年份 or date/日期"),
    "value_column_unknown": (
        "第{index}列{cell}像是数量，但不是已知的数量列名，每行将只计为1；请改名为“数量”，或加上 --column value={typed}",
        "column {index} {cell} looks like a quantity but is not a header the tool knows, so every row would count "
        "as 1; rename it 数量/value, or pass --column value={typed}",
    ),
    "column_not_used": (
        "第{index}列{cell}未使用：不是已知的列名；如它有用，请把表头改为本工具认识的名称（如“数量”“县区”），"
        "或用 --column 列=列名 指明（列：indicator、category、year、date、value、item、county、note）",
        "column {index} {cell} is not used: its header is not one the tool knows; if it matters, name it with "
        "--column COLUMN=HEADER (indicator, category, year, date, value, item, county, note)",
    ),
    "total_agrees": ("合计行（{cells}）填报{total}，与上方各行之和相符，该行未计入",
                     "a total ({cells}): {total}, as the rows above add up to; not counted"),
    "total_differs": ("合计行（{cells}）填报{total}，上方各行之和为{rows}，两者不符；该行未计入，请核对",
                      "a total ({cells}) of {total}, but the rows above add up to {rows}; the total is not "
                      "counted: check the file"),
    "total_of_differs": ("“{name}”{when}的合计行填报{total}{unit}，上方各行之和为{rows}{unit}，两者不符，该行未计入，请核对",
                         "a total of {id} on {when} of {total} ({unit}), but the rows above add up to {rows}; the "
                         "total is not counted: check the file"),
    "total_skipped": ("合计行（{cells}），未计入", "a total ({cells}); not counted"),
    "footer_skipped": ("表尾（{cells}），不是数据，未读取", "a footer ({cells}), not data; not read"),
    "other_sheets": ("工作簿有多个工作表填有进度：第一个{first}之外，{sheets}也有进度表头；不知要读哪些，"
                     "请用 --sheet all 全部读取，或用 --sheet 名称（可重复）指定",
                     "more than one sheet holds progress: besides the first, {first}, sheets {sheets} have a progress "
                     "header; say which to read: --sheet all for every one, or --sheet NAME (repeatable)"),
    "sheet_no_header": ("工作表{sheet}没有进度表头，未读取", "sheet {sheet} has no progress header; not read"),
    "hidden_sheet_read": ("工作表{sheet}在 Excel 中是隐藏的，按 --count-hidden 已读取",
                          "sheet {sheet} is hidden in Excel and was read, as --count-hidden asks"),
    "hidden_sheet_skipped": ("工作表{sheet}在 Excel 中是隐藏的，按 --skip-hidden 未读取",
                             "sheet {sheet} is hidden in Excel and was left out, as --skip-hidden asks"),
    "hidden_rows_read": ("{count}行在 Excel 中是隐藏的，按 --count-hidden 已计入（第{rows}行）",
                         "{count} row(s) hidden in Excel were counted, as --count-hidden asks (rows {rows})"),
    "hidden_rows_ask": ("{count}行在 Excel 中是隐藏的，但有数据（第{rows}行）：是作废的还是只是折叠起来？"
                        "作废的请加 --skip-hidden 不计，折叠的请加 --count-hidden 计入",
                        "{count} row(s) hidden in Excel hold data (rows {rows}): withdrawn, or only folded away? "
                        "--skip-hidden leaves them out, --count-hidden counts them"),
    "hidden_sheet_ask": ("工作表{sheet}在 Excel 中是隐藏的：是作废的还是只是收起来？作废的请加 --skip-hidden，"
                         "要读取请加 --count-hidden 或用 --sheet 指名",
                         "sheet {sheet} is hidden in Excel: withdrawn, or only put away? --skip-hidden leaves it "
                         "out, --count-hidden (or naming it with --sheet) reads it"),
    "hidden_rows_skipped": ("{count}行在 Excel 中是隐藏的，按 --skip-hidden 未计入（第{rows}行）",
                            "{count} row(s) hidden in Excel were left out, as --skip-hidden asks (rows {rows})"),
    "column_read": ("第{index}列{header}（{role}）", "{role} = {header} ({index})"),
    "column_role_indicator": ("指标", "indicator"),
    "column_role_category": ("类别", "category"),
    "column_role_year": ("年份", "year"),
    "column_role_date": ("日期", "date"),
    "column_role_value": ("数量", "value"),
    "column_role_item": ("名称", "item"),
    "column_role_county": ("县区", "county"),
    "column_role_vintage": ("版本", "vintage"),
    "column_role_note": ("备注", "note"),
    "recognised": ("表头在第{row}行，逐行记录；各列：{columns}；未使用的列{unused}个",
                   "header on row {row}, one row per item or figure; columns: {columns}; {unused} column(s) not used"),
    "recognised_cross_tab": ("表头在第{row}行，按年份分列（{years}）；各列：{columns}；未使用的列{unused}个",
                             "header on row {row}, a cross-tab with a column per year ({years}); columns: {columns}; "
                             "{unused} column(s) not used"),
    "cross_tab": ("按年份分列的表格（{years}）：每个填写的单元格是该年的一个数",
                  "a cross-tab with a column per year ({years}): each filled cell is that year's figure"),
    "cross_tab_cumulative": ("按年份分列的累计表（{years}）：累计数之差为各年完成数",
                             "a cross-tab of running totals, a column per year ({years}): a count's figure for a "
                             "year is its total less the year before's"),
    "layout_indicator_columns": ("每行一个县区（或单位）、每列一个指标的表格（{indicators}）：每个填写的单元格是该县区该指标的一个数，空白为未填报",
                                 "a table with a row per county (or unit) and a column per indicator ({indicators}): "
                                 "each filled cell is that county's figure for that indicator; a blank is no figure"),
    "layout_county_columns": ("每行一个指标、每列一个县区的表格（{counties}）：每个填写的单元格是该县区的一个数，空白为未填报",
                              "a table with a row per indicator and a column per county ({counties}): each filled "
                              "cell is that county's figure; a blank is no figure"),
    "layout_county_columns_total": ("每行一个指标、每列一个县区的表格（{counties}）：每个填写的单元格是该县区的一个数，"
                                    "空白为未填报；“{totals}”列是合计，与各县区核对，不另计入",
                                    "a table with a row per indicator and a column per county ({counties}): each "
                                    "filled cell is that county's figure, a blank no figure; the {totals} column is "
                                    "their total, checked against them and not counted again"),
    "recognised_indicator_columns": ("表头在第{row}行，每行一个县区（或单位）、每列一个指标（{indicators}）；各列：{columns}；"
                                     "未使用的列{unused}个",
                                     "header on row {row}, a row per county (or unit) and a column per indicator "
                                     "({indicators}); columns: {columns}; {unused} column(s) not used"),
    "recognised_county_columns": ("表头在第{row}行，每行一个指标、每列一个县区（{counties}）；各列：{columns}；未使用的列{unused}个",
                                  "header on row {row}, a row per indicator and a column per county ({counties}); "
                                  "columns: {columns}; {unused} column(s) not used"),
    "part_column_set_aside": ("“{cell}”列是“{name}”的其中数（“{whole}”的一部分），未计入，只核对它不大于“{whole}”",
                              "column '{cell}' is a part (其中) of '{whole}' ({id}): not counted, only checked not "
                              "to exceed it"),
    "part_column_alone": ("“{cell}”列是“{name}”的其中数（一部分），未计入",
                          "column '{cell}' is a part (其中) of {id}: not counted"),
    "part_exceeds_whole": ("其中数{part}大于“{whole}”的{total}（{cell}）：一部分不会大于总数，请核对这两个单元格",
                           "the part, {part}, is more than '{whole}', {total} ({cell}): a part cannot exceed its "
                           "whole; check the two cells"),
    "wide_column_unknown": ("表头“{cell}”不是计划中的指标，这一列的数无法计入{hint}",
                            "header '{cell}' is not an indicator of the plan, so its figures cannot be counted{hint}"),
    "wide_stock_unnamed": ("“{cell}”是保有量还是新增数？计划按“{name}”（保有量）计：请在其下分列“保有数”"
                           "（和“其中：当年新认定”），或把表头写成“{name}”",
                           "does '{cell}' count those held or the new ones? the plan counts {id} (those held): put "
                           "保有数 under it (and 其中：当年新认定), or head it as the plan names it"),
    "wide_sub_unknown": ("“{parent}”下的“{cell}”看不出是什么数：指标本身的数请写“保有数”“累计”或“数量”，"
                         "其中的一部分请以“其中”开头（不计入）",
                         "'{cell}' under '{parent}' does not say what it counts: head the indicator's own figure "
                         "保有数, 累计 or 数量, and a part of it 其中… (not counted)"),
    "wide_two_figures": ("“{parent}”下有两列都是指标本身的数（“{first}”和“{cell}”），不知按哪一列计：请只保留一列，"
                         "或把其中的一部分写成“其中：…”",
                         "'{parent}' has two columns of its own figure ('{first}' and '{cell}'): which is meant? keep "
                         "one, or head the part 其中…"),
    "wide_stock_new": ("“{cell}”是新增数，而“{name}”按保有量计：请填写保有数（可在其下分列“保有数”和“其中：当年新认定”）",
                       "'{cell}' counts new ones, but {id} is a level held: give the number held (under it, 保有数 "
                       "and 其中：当年新认定)"),
    "wide_indicator_twice": ("“{cell}”与第{first}列是同一个指标“{name}”：请只保留一列",
                             "'{cell}' is {id} again (as column {first}): keep one"),
    "wide_indicator_conflict": ("表头已按指标分列（如“{first}”），又有“{cell}”列：不知按哪一种读；请删去这一列，"
                                "或改为每行一个指标",
                                "the header has a column per indicator (such as '{first}') and a '{cell}' column as "
                                "well: which is meant? remove the column, or give one row per indicator"),
    "wide_county_conflict": ("表头已按县区分列（如“{first}”），又有“{cell}”列：不知按哪一种读；请删去这一列，"
                             "或改为每行一个县区",
                             "the header has a column per county (such as '{first}') and a '{cell}' column as well: "
                             "which is meant? remove the column, or give one row per county"),
    "wide_area_unknown": ("第{index}列“{cell}”不是县区，也不是已知的列名，不计入会使全市数不全：如是县区、园区或市本级，"
                          "请用 --column county={cell} 指明；否则请删去这一列",
                          "column {index} '{cell}' is neither a county nor a known column, and leaving it out would "
                          "leave the city's figures short: if it is an area (a park, the city's own level), say so "
                          "with --column county={cell}; else remove the column"),
    "wide_row_twice": ("“{cell}”在本表中出现两次（第{first}行已有）：它的数会算两次，请删去重复的一行",
                       "'{cell}' is listed twice in this table (first on row {first}): its figures would count twice; "
                       "remove the repeated row"),
    "wide_column_aside": ("“{cell}”列是目标、比率或排名，不是完成的数，未读取",
                          "column '{cell}' holds a target, a rate or a rank, not what was achieved: not read"),
    "wide_row_total_column": ("“{cell}”列把一行中不同指标的数相加，未读取（各指标分别计算）",
                              "column '{cell}' adds up a row's different indicators: not read (each indicator is "
                              "counted on its own)"),
    "numbering_row": ("第{row}行是栏次（甲、乙、1、2……），不是数据，未读取",
                      "row {row} numbers the columns (甲, 乙, 1, 2, …): not data, not read"),
    "wide_no_when": ("第{row}行的表头没有“统计时间”“日期”或“年份”列，不知道这些数是何时的：请加一列“统计时间”并逐行填写日期",
                     "the header on row {row} has no date, 统计时间 or year column, so when these figures stand is "
                     "not known: add a 统计时间 column and fill in each row's date"),
    "wide_years_and_date": ("表头的年份（{years}）之外又有“{cell}”列：不知每个数属于哪一年，请只保留一种",
                            "the header gives years ({years}) and a '{cell}' column as well: which year is each "
                            "figure's? keep one"),
    "wide_running_mixed": ("“{cell}”是累计数，而“{other}”不是：同一张表中请统一为当期数或累计数",
                           "'{cell}' holds running totals and '{other}' does not: give one kind in a table"),
    "wide_unit": ("“{cell}”列的单位是“{unit}”，而“{name}”以“{expected}”计数，无法换算：请按{expected}填写",
                  "'{cell}' is in {unit}, which does not convert to {expected}, the unit {id} is counted in: give the "
                  "figures in {expected}"),
    "row_total_differs": ("“{name}”此行写的是{stated}，各年份数合计为{figures}；未计入，请核对",
                          "{id}: this row's {stated} is not what its years give ({figures}); it is not counted: "
                          "check the row"),
    "target_differs": ("“{name}”的目标写的是{stated}，计划为{planned}", "the target of {id} is written as {stated}; the plan says {planned}"),
    "unit_differs": ("数量列的单位是“{unit}”，而“{name}”的单位是“{expected}”：请核对这一列是否是它的数量",
                     "the value column's header says {unit}, but {id} is counted in {expected}: check that the "
                     "column holds its count"),
    "unit_converted": ("“{name}”的数值列以{unit}计，已换算为{expected}（{by}）",
                       "{id}: the value column is in {unit}; converted to {expected} ({by})"),
    "unit_not_convertible": ("数值列的单位“{unit}”无法换算为“{name}”的单位“{expected}”，这一指标的数据未读取："
                             "请把数字换算为{expected}后填写，或注明可以换算的单位（如元、万元、亿元）",
                             "the value column's unit, {unit}, does not convert to {expected}, the unit of {id}: its "
                             "rows are not read; give the figures in {expected}, or a unit that converts (元, 万元, "
                             "亿元)"),
    "cells_without_header": ("此列有数值但没有表头，未读取（其余同类单元格不再逐一列出）；如需读取，请补上表头",
                             "this column has values but no header; it is not read (nor are the cells like it "
                             "after it); give it a header if it matters"),
    "column_mapping_unused": ("--column {column}={typed}：没有哪一列的表头是{header}；请照文件中的表头填写",
                              "--column {column}={typed}: no column is headed {header}; write the header as the "
                              "file has it"),
    "as_of_after_period": ("截止日期{as_of}晚于实施期结束（{end}），按实施期结束时计算",
                           "the as-of date {as_of} is after the period's end ({end}): measured at the period's end"),
    "blank_among_values": ("“{name}”有{rows}行的数量为空（此为第一处），另有{given}行填了数字：空白是0还是1项？"
                           "没有完成的请填0，逐项登记的请填写名称或填1",
                           "{rows} row(s) of {id} leave the value blank (the first is here) while {given} give a "
                           "number: is a blank 0 or one item? write 0 where nothing was done, or name the item (or "
                           "write 1) where one was"),
    "city_row_agrees": ("“{name}”{when}的“{area}”行（{total}）是各县区合计，与各县区之和一致，未重复计入",
                        "the {area} row of {id} on {when} ({total}) is the counties' total and agrees with them: "
                        "not counted again"),
    "city_row_differs": ("“{name}”{when}的“{area}”行为{total}，而各县区之和为{rows}：是有县区没有列出，还是哪一行填错了？"
                         "请核对后使两者一致（或只保留其中一种）",
                         "the {area} row of {id} on {when} says {total}, but the counties' rows add up to {rows}: are "
                         "some counties not listed, or is a row wrong? make them agree (or keep one of the two)"),
    "breakdown_rows_set_aside": ("有{rows}行以“其中”开头或缩进（此为第一处），是上一行的组成部分，未重复计入",
                                 "{rows} row(s) starting with 其中 or indented (the first is here) are part of the row "
                                 "above them: not counted again"),
    "breakdown_row": ("“{cell}”是上一行“{above}”的分项，不是指标：请把分项写在“类别”列（每行一个类别及其数量），"
                      "或删去这些“其中”行",
                      "'{cell}' is a breakdown of the row above it ({above}), not an indicator: give breakdowns "
                      "in a category (类别) column, one row per category with its figure, or leave the 其中 rows out"),
    "figures_not_read": ("“{header}”列有{rows}行填有数字，但没有按数量读取的列，{counted}行每行都只算1项：如这一列是数量，"
                         "请用 --column value={header} 指明",
                         "column '{header}' holds figures on {rows} of the {counted} rows, but no column is read as "
                         "the value, and every row would count 1: if it holds the figures, say so with "
                         "--column value={header}"),
    "level_by_recognition_date": ("日期列是各企业的认定时间，而“{name}”是某一时点的保有数：按认定时间无法得出保有数"
                                  "（证书有效期、撤销都不在表中）；请给出某一时点的保有数（“统计时间”列），或列出该时点保有的企业",
                                  "the date column gives when each was recognised, but {id} is a number held at a date: "
                                  "it cannot be told from recognition dates (expiry and withdrawal are not in the "
                                  "table); give the number held at a date (a 统计时间 column), or list the "
                                  "enterprises held at that date"),
    "item_other_figure": ("“{item}”已在“{name}”下出现过，数量为{earlier}，此处又为{value}：如是同一项，只列一次；"
                          "如是不同的项，请用不同的名称",
                          "'{item}' was given for {id} before, as {earlier}, and here as {value}: if it is the same "
                          "item, list it once; if they are different items, name them apart"),
    "area_spelled_otherwise": ("“{name}”与“{area}”视为同一县区（旧称、简称或带市名），合并计算",
                               "{name} is taken as {area}, the same area written another way (an old name, a "
                               "short one, or with the city's before it)"),
    "given_in_two_places": ("“{name}”{when}“{area}”的数已在{other}给出，此处又给出一次：相加会重复计算；"
                            "请只保留一处（如两处不同，请核对哪个是对的）",
                            "{id} for {area} on {when} was given already at {other}, and again here: added up it "
                            "would count twice; keep one (if they differ, check which is right)"),
    "city_and_counties_apart": ("“{name}”{when}全市的数在{city}，各县区的数在{counties}：全市的数就是各县区之和，"
                                "相加会重复计算；请只给出其中一种（全市的表或各县区的表）",
                                "{id} on {when}: the whole city's figure is at {city} and its counties' at {counties}; the "
                                "city's is their total, and added up they would count twice: give one or the other"),
    "period_additions_missing": ("“{name}”此列是各期新增数，只给了{given}，缺{missing}：已完成数只计所给各期，"
                                 "不是实施以来的累计数；请补齐缺少各期的新增数，或改填累计数",
                                 "{id}: this column holds each period's additions, given for {given} only, not for "
                                 "{missing}: the figure achieved counts the periods given, not all since the plan "
                                 "began; add the missing periods' additions, or give running totals instead"),
    "level_far_from_baseline": ("“{name}”的数值{value}与基数{baseline}相差上百倍：是单位不同（万元与亿元），还是把增速、比例"
                                "填在了数量栏？请核对后再用这一结果",
                                "{id}: its figure {value} is a hundred times or more away from its baseline {baseline}: "
                                "another unit (万元 for 亿元), or a rate typed where the amount belongs? check it before "
                                "using the result"),
    "rollup_years_differ": ("“{name}”各地的数不是同一年的（{years}）：不同年份的数相加没有意义，合计未计算；请用同一年的数",
                            "{id}: the areas' figures are of different years ({years}): added up they are no year's "
                            "figure, so no total is given; give the same year's figures"),
    "year_figure_days": ("“{name}”{year}年同一地区有两个日期的数（{first}为{value}，见{at}；{other}为{other_value}）：是各期"
                         "自身的数（应相加），还是年初至该日的累计数（取最后一个）？请在数量列的表头写明“累计”（如“累计完成”）"
                         "或“本期”（如“本季度完成”）",
                         "{id}: one area's {year} figure is given on two days ({first}: {value}, at {at}; {other}: "
                         "{other_value}): is each its period's own (to be added) or the year so far (the last stands)? "
                         "say so in the value column's header: 累计 (累计完成) or 本期 (本季度完成)"),
    "period_year": ("{year}年", "{year}"),
    "period_quarter": ("{year}年第{number}季度", "{year} Q{number}"),
    "period_month": ("{year}年{number}月", "{year}-{number:02}"),
    "period_span": ("{first}至{last}", "{first} to {last}"),
    "running_city_and_counties": ("“{name}”的累计数既有全市的（{city}），又有分县区的（{counties}）：全市的累计数已包含各县区的，"
                                  "分开相减再相加会重复计算；请统一按全市或按县区填报累计数",
                                  "{id}'s running totals are given for the whole city ({city}) and for counties "
                                  "({counties}): the city's include the counties', and differenced apart and added up "
                                  "both would count; give the running totals for the city or for its counties throughout"),
    "running_conventions_differ": ("累计数的口径不一致：{restarted}的累计数跨年后变小（每年重新累计），而此处跨年后继续增加"
                                   "（像自开始以来累计）。同一列只能有一种口径：请注明是“本年累计”还是“自开始以来累计”，"
                                   "并按同一口径填写",
                                   "the running totals count two ways: at {restarted} one falls at a new year (counted "
                                   "within each year), here one rises across a year's end (as if counted since the start); "
                                   "one column counts one way: say which (本年累计 or since the start) and fill it so"),
    "figure_far_off": ("“{name}”此处的数{value}是本表该指标其他各数（中位数{median}）的约{times}倍：是否单位填错了"
                       "（元、万元、亿元）？请核对此格",
                       "{id}: the figure here, {value}, is about {times} times the file's other figures of it (median "
                       "{median}): a unit slip (元, 万元, 亿元)? check this cell"),
    "city_level_again": ("“{name}”{when}全市的保有数{value}在{other}已给出，此处又给出一次（数相同）：按一次计入",
                         "{id}'s level for the whole city on {when}, {value}, was given at {other} already and again "
                         "here (the same): counted once"),
    "city_level_differs": ("“{name}”{when}全市的保有数在{other}写的是{earlier}，此处写的是{value}：不知哪个是对的；"
                           "请只保留正确的一个",
                           "{id}'s level for the whole city on {when} is {earlier} at {other} and {value} here: which "
                           "is right? keep that one"),
    "level_from_additions": ("“{name}”是保有数（某一时点共有多少），而此列是新增数：新增的不是保有的。请在另一列或另一张表"
                             "填写保有数（如“保有数”“总数”），新增数不能代替它",
                             "{id} is a level held (how many at a date), but this column holds additions: what was "
                             "added is not what is held; give the level in a column of its own (保有数), not the additions"),
    "merged_cells_read": ("有合并单元格跨行（如一个“指标”单元格合并了几行）：按Excel显示的，在所跨的{rows}行中每行都读作同一内容",
                          "cells merged down over {rows} row(s) (one 指标 over several rows) are read in each row "
                          "they cover, as Excel shows them"),
    "summary_sheet_differs": ("工作表{sheet}像是其他工作表（{sheets}）的汇总，但两者不一致：“{name}”{when}它写的是{summary}，"
                              "其他工作表合计为{others}。不知以哪个为准：只用汇总表请写 --sheet {typed}；只用其他工作表，"
                              "请逐个写 --sheet 工作表名",
                              "sheet {sheet} looks like the summary of the others ({sheets}), but they differ: {id} on "
                              "{when} is {summary} there and {others} in the others. Which is meant? the summary alone: "
                              "--sheet {typed}; the others: name each with --sheet"),
    "output_read_only": ("这个文件是只读的，不会被覆盖：请换一个文件名，或先取消它的只读属性",
                         "the file is read-only and is not replaced: choose another name, or make it writable first"),
    "below_grade": ("“{name}”有{rows}行的级别不是国家级（如“{grade}”，此为第一处），未计入",
                    "{rows} row(s) of {id} are of another grade than 国家级 ('{grade}', the first here): not counted"),
    "region_parts_stale": ("全区进度中“{name}”{when}的保有数缺少这些市的新数：{parts}。它们的数早了一个报送周期以上："
                           "是已经没有了，还是没有报送？请在全区进度文件中给出它们在{when}的数（没有的填0）",
                           "the region's progress, {id} on {when}: these cities' latest levels are more than a "
                           "reporting round older: {parts}; do they hold none by then, or have they not reported? "
                           "give their level at {when} in the region's file (0 if none)"),
    "parts_stale": ("“{name}”{when}的保有数缺少这些县区的新数：{parts}。它们的数早了一个报送周期以上：是已经没有了，还是没有报送？"
                    "请给出它们在{when}的数（没有的填0）",
                    "{id} on {when}: these areas' latest levels are more than a reporting round older: {parts}; do "
                    "they hold none by then, or have they not reported? give their level at {when} (0 if none)"),
    "columns_covered": ("列（{columns}）的期间已含在同年稍后的累计列中，未另计，以免重复",
                        "the columns for {columns} are within a later column to date of the same year: not counted "
                        "again"),
    "two_value_columns": ("“{cell}”列与数量列“{value}”都填有数字，不知按哪一列计算：请用 --column value={header} 指明"
                          "（或指明另一列）",
                          "column '{cell}' holds figures as well as the value column '{value}': say which is meant, "
                          "e.g. --column value={header}"),
    "running_total_order": ("累计数的日期（{when}）早于同一县区、同一指标的上一个累计数（{before}）：请按时间先后排列",
                            "a running total dated {when} comes after one dated {before} for the same indicator and "
                            "county: give running totals in date order"),
    "running_total_drops": ("{year}年内的累计数{total}小于此前的累计数{before}：年内累计数不会减少，请核对",
                            "the running total {total} is below the one before it ({before}) within {year}: a running "
                            "total cannot fall within a year; check the cell"),
    "receipt": ("计入{rows}行，未计入{aside}行（合计行{totals}、表尾{footers}、重复{repeats}、其他{others}、有错误{errors}）；"
                "数量取自{values}，{units}；日期取自{dates}",
                "{rows} {noun} counted, {aside} set aside ({totals} totals, {footers} footers, {repeats} repeated, "
                "{others} other, {errors} with errors); values from {values}, {units}; dates from {dates}"),
    "units_as_written": ("单位与计划相同", "in the plan's units"),
    "units_converted": ("单位已换算（{units}）", "units converted ({units})"),
    "values_column": ("“{header}”列", "column '{header}'"),
    "values_running": ("“{header}”列（累计数，逐期相减）", "column '{header}' (running totals, differenced)"),
    "values_running_yearly": ("“{header}”列（年内累计数，逐期相减，每年重新累计）",
                              "column '{header}' (running totals within each year, differenced)"),
    "values_one_per_row": ("每行1项（无数量列）", "one per row (no value column)"),
    "values_indicator_columns": ("各指标列（{columns}）", "the indicator columns ({columns})"),
    "values_indicator_columns_running": ("各指标列（{columns}；累计数，逐期相减）",
                                         "the indicator columns ({columns}; running totals, differenced)"),
    "values_county_columns": ("各县区列（{counties}列）", "the county columns ({counties})"),
    "values_county_columns_running": ("各县区列（{counties}列；累计数，逐期相减）",
                                      "the county columns ({counties}; running totals, differenced)"),
    "values_year_columns": ("各年份列（各年数）", "the year columns (each year's figure)"),
    "values_year_running": ("各年份列（累计数，逐年相减）", "the year columns (running totals, differenced)"),
    "dates_column": ("“{header}”列", "column '{header}'"),
    "dates_columns": ("“{date}”列，空白处取“{year}”列", "column '{date}', or where blank column '{year}'"),
    "dates_sheet": ("工作表名称“{words}”（{when}）", "the sheet's name, '{words}' ({when})"),
    "dates_title": ("表头上方的标题“{words}”（{when}）", "the title above the header, '{words}' ({when})"),
    "dates_outside_differ": ("表中没有日期列，而工作表名称和标题写有不同的时间（{dates}）：不知按哪个计算；"
                             "请加一列“统计时间”",
                             "the table has no date column, and its sheet's name and title give different dates "
                             "({dates}): which is meant cannot be told; add a date column (统计时间)"),
    "dates_year_columns": ("表头的年份（{years}）", "the years in the header ({years})"),
    "file_given_again": ("这个文件前面已经给出（{first}），不再重复读取，以免每个数算两次",
                         "this file was given before (as {first}): it is read once, so that no figure counts twice"),
    "summary_sheet_skipped": ("工作表{sheet}看来是其他工作表的汇总，--sheet all 不读它（否则每个数都会算两次）；如只要它，请用 --sheet {typed}",
                              "sheet {sheet} looks like a summary of the others: --sheet all leaves it out (each "
                              "figure would count twice); to read it alone, use --sheet {typed}"),
    "running_total_falls": ("{year}年的累计数{total}小于上一年的{before}；累计数不会减少，请核对",
                            "the running total for {year}, {total}, is below the year before's {before}: a running "
                            "total cannot fall; check the cell"),
    "hidden_rows_unknown": ("这种格式（.xls、.et、.ods）无法得知哪些行被隐藏；隐藏的行也已计入，请确认没有隐藏行",
                            "this format (.xls, .et, .ods) does not say which rows are hidden: any hidden row is "
                            "counted; check that none is"),
    "header_below": (
        "表头在第{row}行；其上{skipped}行（{first}）不是数据，未读取",
        "the header is on row {row}; the {skipped} row(s) above it ({first}) are not data and are not read",
    ),
    "cannot_open": ("无法打开：{reason}", "cannot open: {reason}"),
    "file_not_found": ("找不到文件“{path}”，请检查文件名和路径", "{path}: no such file; check the name and the folder"),
    "cannot_read": ("读取中断：{reason}", "cannot read on: {reason}"),
    "os_ENOENT": ("文件不存在", "No such file or directory"),
    "os_EACCES": ("没有读写权限", "Permission denied"),
    "os_EISDIR": ("这是文件夹，不是文件", "Is a directory"),
    "os_ENOSPC": ("磁盘空间已满", "No space left on device"),
    "os_EROFS": ("磁盘只读，无法写入", "Read-only file system"),
    "os_EFBIG": ("文件超过允许的大小", "File too large"),
    "os_ENOTDIR": ("路径中有一段不是文件夹", "Not a directory"),
    "stdin_closed": ("标准输入已关闭，没有可读的内容；请给出文件名", "standard input is closed: there is nothing to read; name a file"),
    "stdout_closed": ("屏幕输出已被关闭，结果无处可写：请用 --output 文件名 写入文件",
                      "standard output is closed: the result has nowhere to go; write it to a file with --output FILE"),
    "is_directory": ("这是一个文件夹，不是进度文件", "is a directory, not a progress file"),
    "bad_bytes": ("含有不符合{encoding}编码的文字：请在Excel中打开后另存为“CSV UTF-8（逗号分隔）”，或加上 --encoding {other}",
                  "bytes that are not valid {encoding}; save the file as CSV UTF-8, or pass --encoding {other}"),
    "unknown_encoding": ("文件的文字既不是UTF-8也不是GB18030（GBK）编码：请在Excel中打开后另存为“CSV UTF-8（逗号分隔）”，"
                         "或用 --encoding 指定",
                         "the bytes are neither UTF-8 nor GB18030 (GBK); save the file as CSV UTF-8, or pass --encoding"),
    "not_wide": ("指定了 --encoding {encoding}，但文件不是{encoding}编码：请去掉 --encoding（本工具会自动识别UTF-8与GB18030）",
                 "--encoding {encoding} was given, but the file holds no zero bytes, so it is not {encoding}; leave "
                 "--encoding out (UTF-8 and GB18030 are detected)"),
    "binary_file": ("既不是CSV文本文件，也不是Excel工作簿：请在Excel或WPS中打开后另存为Excel工作簿（.xlsx）或“CSV UTF-8（逗号分隔）”",
                    "is neither a CSV text file nor an Excel workbook (it holds binary data); save the progress as an "
                    "Excel workbook (.xlsx) or as CSV UTF-8"),
    "quote_not_closed": ('本行有一个英文双引号（"）没有配对，此后的内容无法分成单元格：请在Excel或WPS中打开文件，检查这一行后另存为CSV', 'a quote (") opened on this line is never closed'),
    "text_after_quote": ('单元格中英文双引号（"）之后还有文字，无法分清单元格：请在Excel或WPS中打开文件，检查这一行后另存为CSV',
                         'text follows a closing quote; quote the whole cell, and double any quote inside it ("")'),
    "line_too_long": ("这一行超过{limit}，不是进度数据；请检查文件是否为进度表（是否缺少换行）",
                      "this line is longer than {limit}, which no row of progress is; is this the progress file, "
                      "and are its line breaks there?"),
    "cell_too_long": ('一个单元格超过128KB，可能是少了一个英文双引号（"）：请在Excel或WPS中打开文件，检查后另存为CSV', "a quoted cell is longer than 128 KiB; is a closing quote missing?"),
    "csv_error": ("无法读取 CSV：{error}", "cannot read the CSV: {error}"),
    # workbooks
    "workbook_encrypted": ("工作簿设有打开密码，无法读取；请在 Excel 或 WPS 中打开，取消密码（文件 → 信息 → 保护工作簿 / 文档加密）后保存",
                           "the workbook is protected by a password and cannot be read; open it in Excel or WPS, remove "
                           "the password (File → Info → Protect Workbook), save it and try again"),
    "workbook_unreadable": ("无法读取工作簿（{error}）；请用 Excel 或 WPS 打开后另存为 .xlsx",
                            "cannot read the workbook ({error}); open it in Excel or WPS and save it again as .xlsx"),
    "no_such_sheet": ("没有名为{sheet}的工作表；现有工作表：{sheets}", "no sheet named {sheet}; the sheets are {sheets}"),
    "formula_no_result": ("公式{formula}没有保存计算结果；请用 Excel 或 WPS 打开并保存该文件",
                          "the formula {formula} has no stored result; open the file in Excel or WPS and save it, "
                          "so that its results are stored"),
    "date_shown_as_month": ("日期单元格的格式只显示年月（此为第一处，存的是{stored}），按当月最后一天{read}读取；"
                            "本工作表中同样的单元格不再逐一列出",
                            "the date cell's format shows only its month (the first such cell on this sheet; it holds "
                            "{stored}): read as the month's last day, {read}; the others like it are not listed"),
    "date_shown_as_year": ("日期单元格的格式只显示年份（此为第一处，存的是{stored}），按当年最后一天{read}读取；"
                           "本工作表中同样的单元格不再逐一列出",
                           "the date cell's format shows only its year (the first such cell on this sheet; it holds "
                           "{stored}): read as the year's last day, {read}; the others like it are not listed"),
    "old_spreadsheet": ("读取工作簿需要 python-calamine（随本工具安装）；请安装它（pip install python-calamine），或把文件另存为 CSV UTF-8",
                        "reading a workbook needs python-calamine (installed with this tool); install it (pip install "
                        "python-calamine), or save the file as CSV UTF-8"),
    # rows left out of the figures
    "left_out": ("“{name}”有{rows}条数据{why}（第一条在此），未计入", "{rows} {noun} of {id} {why} left out of the figures"),
    "left_out_from": ("第{line}行等共{rows}条“{name}”数据{why}，未计入",
                      "rows {line} and after: {rows} {noun} of {id} {why} left out of the figures"),
    "left_out_lines": ("第{lines}行共{rows}条“{name}”数据{why}，未计入",
                       "rows {lines}: {rows} {noun} of {id} {why} left out of the figures"),
    "left_out_row": ("“{name}”数据{why}，未计入", "1 row of {id} {why} left out of the figures"),
    "before_period": ("日期早于实施期（{start}）", "dated before the period ({start})"),
    "before_baseline_year": ("日期早于基期{year}年", "dated before {year}, the baseline year"),
    "after_as_of": ("日期晚于测算日期（{as_of}）", "dated after the as-of date ({as_of})"),
    "after_period": ("日期晚于实施期结束（{end}）", "dated after the period's end ({end})"),
    "year_after_period": ("年份“{year}”不在实施期（{first_year}—{last_year}年）内，请核对是否误填{alike}",
                          "the year {year} is outside the period ({first_year}-{last_year}): check whether it was "
                          "mistyped{alike}"),
    "day_after_period": ("日期{when}不在实施期（{first_year}—{last_year}年）内，请核对是否误填{alike}",
                         "the date {when} is outside the period ({first_year}-{last_year}): check whether it was "
                         "mistyped{alike}"),
    "rows_alike": ("（同一指标、类别、日期共{rows}行，此为第一行）", " ({rows} rows of the same indicator, category "
                   "and date; this is the first)"),
    "parts_carried": (
        "“{name}”{when}的数量中，{parts}的最新数据早于{when}，按其最新数沿用；如这些县区已无此数，请补报",
        "{id} on {when} includes the latest levels of {parts}, which are older than {when}: they are carried "
        "forward; if those counties no longer hold them, report their new level",
    ),
    "percent_as_fraction": (
        "“{name}”为{value}%，不到目标或基数的五十分之一：是否在设为百分比格式的单元格中填写（0.83% 会存为0.0083）？请填写0.83",
        "{id} is {value} %, less than a fiftieth of its target or baseline: was it typed into a cell formatted as a "
        "percentage (Excel stores 0.83% as 0.0083)? write 0.83",
    ),
    "flow_partial_year": (
        "“{name}”有截至{when}的数值，只是当年的一部分；评判用最近的全年数值（{year}年）",
        "{id} has a figure to {when}, part of a year only; the latest full year's ({year}) is judged",
    ),
    "flow_part_of_year": (
        "“{name}”只有截至{when}的数值，是当年的一部分，却按全年目标评判；有全年数值时请补充",
        "{id} has only a figure to {when}, part of a year, judged against the year's target: add the full "
        "year's when there is one",
    ),
    "whole_beside_parts": (
        "“{name}”{when}既有全市数值{whole}，又有各县区数值（合计{parts}）：取全市数值，县区数值不再相加",
        "{id} has on {when} both the whole city's figure, {whole}, and its counties' (adding up to {parts}): the "
        "city's is taken, the counties' are not added to it",
    ),
    "stale_level": (
        "“{name}”的最新数值是{when}的，按{as_of}的序时进度评判；如有更新的数值，请补充",
        "{id}'s latest figure is from {when}; it is judged against the schedule at {as_of}: add a newer figure if "
        "there is one",
    ),
    "below_baseline": (
        "“{name}”{when}为{achieved}，低于基数{baseline}；是否漏报了部分县区？",
        "{id} is {achieved} on {when}, below its baseline of {baseline}: are some counties missing?",
    ),
    "implausible": (
        "“{name}”完成{achieved}，超过本市目标{target}的三倍或全区目标：这是全区的进度文件吗？全区文件请用 --region-progress 给出",
        "{id} stands at {achieved}, more than three times the city's target of {target} or the region's whole "
        "target: is this the region's file? give the region's progress with --region-progress",
    ),
    "areas_not_in_plan": (
        "县区{names}不在计划所列县区中：其数据单独列出，没有分解目标；如是笔误，请改为计划中的名称",
        "{names}: not among the plan's areas, shown apart and without targets; if misspelt, use the plan's name",
    ),
    "column_set_aside": (
        "第{index}列{cell}未使用：全区汇总只按地区和指标相加，不分类别，也不分县区（各县区的数一并计入所在的地区）",
        "column {index} {cell} is set aside: a roll-up adds indicators up by area, not by category or county (a "
        "county's figures count toward its area)",
    ),
    "rollup_no_area": (
        "有{rows}行没有填写地区：请填写“地区”（或“市”）列，或用 --area 名称=文件 指定整个文件所属地区",
        "{rows} row(s) name no area: fill in the 地区 (or 市) column, or give the file as --area NAME=FILE",
    ),
    "rollup_not_added": (
        "“{name}”是比率或增速，各地数值不能相加：全区的数值须用全区自己的统计",
        "{id} is a ratio or a rate: the areas' figures do not add up to the region's, which only its own "
        "statistics give",
    ),
    "rollup_names_merged": ("“{name}”按“{area}”计（同一地区的不同写法）", "{name} is taken as {area} (one area "
                            "written two ways)"),
    "rank_without_areas": (
        "方案“{name}”没有把目标分解到县区，无从排名。请在方案文件中列出县区（areas:）和各县区的目标"
        "（area_targets:），写法见说明文档（README）“Counties, ranks and lead units”一节和示例 "
        "examples/county-split.yaml，再用 --targets 指定该文件，如：baise11155 rank 进度.xlsx --targets "
        "县区分解.yaml。只看各县区完成了多少，可用 baise11155 status 进度.xlsx --by county",
        "the plan {id} splits no targets to counties, so there is nothing to rank: list the counties (areas:) "
        "and their targets (area_targets:) in a targets file, as the README's section \"Counties, ranks and lead "
        "units\" and examples/county-split.yaml show, and give it with --targets, e.g. baise11155 rank "
        "progress.xlsx --targets county-split.yaml; to see what each county achieved without targets, use "
        "baise11155 status progress.xlsx --by county"),
    "rollup_no_city_plan": ("{area}：没有本级计划，按进度数据汇总，不计本级目标和完成率",
                            "{area}: has no plan of its own; counted from its progress rows, without a target of its "
                            "own"),
    "rollup_period_differs": (
        "{area}：本级计划{plan}的实施期{start}至{end}与全区{region_start}至{region_end}不一致；"
        "只汇总全区实施期内的数据",
        "{area}: its own plan {plan} runs {start} to {end}, the region's {region_start} to {region_end}; only rows "
        "inside the region's period are added",
    ),
    "rollup_baseline_missing": (
        "{area}：“{name}”缺少{when}的数量，无法按新增计，未计入全区合计",
        "{area}: {id} has no level on {when} in its file, so its new additions cannot be told; it is not added to "
        "the region's sum",
    ),
    # ratios made of their parts, and vintages of a figure
    "ratio_part_missing": (
        "“{name}”：{area} {when} 缺少{part}，其分子、分母不全",
        "{id}: {area} has no {part} on {when}: it gives one part only",
    ),
    "ratio_only_given": (
        "“{name}”：{area} {when} 只填写了比率，没有{numerator}和{denominator}：比率不能相加或平均",
        "{id}: {area} gives only its ratio on {when}, not its {numerator} and {denominator}: ratios neither add up "
        "nor average",
    ),
    "ratio_area_absent": (
        "“{name}”：{area} 在其他日期填写了分子、分母，{when} 没有",
        "{id}: {area} gives its parts on other dates, none on {when}",
    ),
    "ratio_not_whole": (
        "“{name}”{when}：只有{areas}的分子、分母齐全，{lacking}不全；部分县区的比率不是全市的，"
        "全市比率不计算、不评价（请补齐各县区的分子、分母，或填写全市的分子、分母或比率）",
        "{id} on {when}: only {areas} give both parts, not {lacking}; the ratio of some counties is not the "
        "whole's, so it is neither computed nor judged (give every county's parts, or the whole's parts or ratio)",
    ),
    "ratio_whole_stands": (
        "“{name}”{when}：全市填写的比率{given}与{areas}的分子、分母算出的{computed}不一致；县区的分子、分母"
        "不一定是全市的全部，以全市填写的{given}为准，请核对",
        "{id} on {when}: the whole's own ratio, {given}, is not the {computed} that the parts of {areas} make; "
        "the counties' parts may not be all of the whole, so the whole's {given} stands: check them",
    ),
    "ratio_counties_only": (
        "“{name}”{when} 只有各县区的比率（{areas}），没有分子、分母，也没有全市的数值：全市比率无法得出",
        "{id} on {when} has only counties' ratios ({areas}), neither their parts nor the whole's figure: the "
        "whole's ratio cannot be told",
    ),
    "ratio_denominator_zero": (
        "“{name}”{when} 的{part}为 0，比率无法计算，不评价",
        "{id} on {when}: its {part} is 0, so the ratio cannot be computed, nor judged",
    ),
    "ratio_differs": (
        "“{name}”（{area}，{when}）填写的比率{given}与分子、分母算出的{computed}不一致（超出四舍五入）；"
        "以分子 ÷ 分母为准，请核对（分子、分母见 {parts}）",
        "{id} ({area}, {when}): the ratio written, {given}, is not the {computed} its parts make (beyond "
        "rounding); the parts' figure is used: check them ({parts})",
    ),
    "figures_revised": (
        "{rows}个数值被更新的版本取代（如{value}由{by_place}的{by}取代）；explain 命令列出每一个",
        "{rows} figure(s) replaced by a later vintage (e.g. {value} by {by} at {by_place}); `explain` lists each",
    ),
    "growth_at_current_prices": (
        "“{name}”按可比价考核；本工具按所给数值计算增速（现价，除非所给数值已按可比价折算），请与统计部门公布的可比价增速核对",
        "{id}: the plan measures this growth at comparable prices; the tool measured it from the figures as given "
        "(current prices, unless they were deflated): check it against the statistics office's rate at comparable prices"),
    "binding_counted": (
        "约束性指标{total}项，其中滞后{behind}项（{name}）：约束性指标必须完成，滞后须说明原因和措施",
        "{total} binding indicator(s), {behind} of them behind ({id}): a binding target must be met, and one "
        "behind is to be answered for",
    ),
    "rollup_ratio_left_out": (
        "{area}：“{name}”缺少{why}，未计入全区比率（全区比率为各地分子之和 ÷ 分母之和）",
        "{area}: {id} lacks {why}, so it is left out of the region's ratio (the sum of the numerators ÷ the sum "
        "of the denominators)",
    ),
    "vintage_blank_beside": (
        "“{name}”{when}的数值，本行的版本为{vintage}，{other}为{other_vintage}：无法判断哪一个是最新的；请填写每一行的版本",
        "{id} on {when}: this row's vintage is {vintage}, the one at {other} {other_vintage}: which is the latest "
        "cannot be told; write each row's vintage",
    ),
    "vintage_unordered": (
        "“{name}”{when}的数值，本行的版本为{vintage}，{other}为{other_vintage}：文字和日期无法比较先后；"
        "请统一写成文字（预测值、快报、正式）或统一写成发布日期",
        "{id} on {when}: this row's vintage is {vintage}, the one at {other} {other_vintage}: a word and a date "
        "cannot be ordered; write every row's vintage as a word (预测值, 快报, 正式) or every one as a date",
    ),
    "vintage_in_future": (
        "“{name}”{when}的数值，版本为发布日期{published}，晚于今天：请核对发布日期",
        "{id} on {when}: its vintage is a publication date, {published}, after today: check the date",
    ),
    "vintage_before_figure": (
        "“{name}”{when}的数值，版本为发布日期{published}，早于数值所属的日期：数值不能在其所属期间之前发布；"
        "请核对发布日期或年份",
        "{id} on {when}: its vintage is a publication date, {published}, before the date of the figure: a figure "
        "is not published before the period it measures; check the date or the year",
    ),
    "vintage_named_blank": ("空白", "blank"),
    "vintage_named_date": ("发布日期{date}", "the publication date {date}"),
    "vintage_named_forecast": ("预测值", "forecast"),
    "vintage_named_preliminary": ("快报（初步）", "preliminary"),
    "vintage_named_final": ("正式（最终）", "final"),
    "ratio_part_named": ("“{name}”", "{id}"),
    "ratio_parts_named": ("{numerator}和{denominator}", "its {numerator} and {denominator}"),
    "rollup_ratio_unmade": (
        "{area}：“{name}”{why}，未计入全区比率，其分子、分母也不计入（全区比率为各地分子之和 ÷ 分母之和）",
        "{area}: {id}: {why}, so it is left out of the region's ratio, its parts too (the sum of the numerators ÷ "
        "the sum of the denominators)",
    ),
    "ratio_part_zero": ("的{part}为 0，比率无法计算", "its {part} is 0, so the ratio cannot be computed"),
    "ratio_parts_unmade": ("无法由各县区的分子、分母算出（有县区的分子、分母不全）",
                           "it cannot be made of its counties' parts (some county's are missing)"),
    "ratio_parts_older": ("{when} 的分子、分母（最新为 {latest}）", "its parts for {when} (its latest are of {latest})"),
    "baseline_reaches_target": (
        "“{name}”的基数按进度文件为{baseline}，已达到目标{target}：无法判断进度；请核对基数或目标",
        "{id}'s baseline from the progress files, {baseline}, already reaches its target of {target}: no pace can "
        "be judged; check the baseline or the target",
    ),
    "paced_from_baseline": (
        "“{name}”的基数是{since}的，早于实施期：序时进度从基数之日起算（已过{elapsed}）",
        "{id}'s baseline is of {since}, before the period: its schedule runs from then ({elapsed} gone)",
    ),
    "baseline_not_given": (
        "“{name}”的基数取进度文件中{when}的数值，但文件中没有；补充该日的数值后才能判断进度",
        "{id}'s baseline is its level on {when}, taken from the progress files, and none gives it: add that "
        "figure to have the pace judged",
    ),
    "baseline_parts_only": (
        "“{name}”{year}年的数值只有各县区的（合计{parts}），没有全市的；基数仍按计划的{planned}",
        "{id}'s {year} rows are counties' (adding up to {parts}), not the whole city's: the plan's baseline, "
        "{planned}, stands",
    ),
    "baseline_from_data": ("“{name}”的基数按进度文件为{baseline}，而计划为{planned}（{year}年）；以进度文件为准",
                           "{id}: the progress files give its baseline as {baseline}, the plan {planned} ({year}); "
                           "the files' figure is used"),
    "region_baseline_unknown": (
        "全区：{name}：无法计算全区新增数：全区进度文件和目标文件中都没有{year}年的全区数量",
        "region: {id}: the region's new additions are unknown: its level in {year} is neither in the region "
        "progress file nor in the targets file",
    ),
    # output
    "output_is_input": ("是输入文件之一；请另选 --output", "is one of the input files; choose another --output"),
    "output_is_directory": ("是一个文件夹；请给 --output 一个文件名", "is a directory; give a file name to --output"),
    "output_no_folder": ("文件夹{folder}不存在", "the folder {folder} does not exist"),
    "output_not_allowed": ("无权在{folder}中写入", "cannot write in {folder} (permission denied)"),
    "output_failed": ("无法写入：{reason}", "cannot write: {reason}"),
    # the supervision ledger (督查台账)
    "plan_without_tasks": ("计划未列出任务（tasks:、measures:），无法生成督查台账",
                           "the plan lists no tasks (tasks:, measures:): there is no ledger to make"),
    "ledger_no_header": ("未找到督查台账的表头：前20行中没有同时含“任务”和“牵头单位”的行",
                         "no ledger header found: none of the first 20 rows names both 任务 (task) and 牵头单位 (lead unit)"),
    "ledger_not_decoded": ("无法按{encoding}编码读取；请另存为UTF-8编码的CSV文件", "cannot be read as {encoding}; save it as "
                           "UTF-8 CSV"),
    "ledger_sheet_not_ledger": ("该工作表没有督查台账的表头（任务、牵头单位），未读取", "no ledger header (任务, 牵头单位) "
                                "on this sheet: not read"),
    "ledger_sheet_hidden": ("隐藏的工作表，未读取", "a hidden sheet: not read"),
    "ledger_receipt": ("读取任务{tasks}项，未读取{aside}行（标题、说明或未填写的任务行）；节点年度：{year}",
                       "{tasks} tasks read, {aside} rows set aside (headings, notes or tasks not filled in); the "
                       "nodes' year: {year}"),
    "ledger_rows_aside": ("第{rows}行为分部标题、注释或未填写的任务行，未作为任务读取",
                          "rows {rows}: headings, notes or tasks not filled in, not read as tasks"),
    "ledger_row_aside": ("“{text}”：只有序号或任务名称，视为标题或未填写的任务行，未读取",
                         "“{text}”: only a number or a task's name, taken as a heading or a task not filled in: not read"),
    "ledger_column_not_used": ("表头“{cell}”不是督查台账的列，未读取", "the header “{cell}” is none of a ledger's "
                               "columns: not read"),
    "ledger_no_tasks": ("台账中没有填写的任务（只有任务名称的行未读取）", "no task in the ledgers is filled in (rows "
                        "with only a task's name are not read)"),
    "ledger_no_task": ("任务名称为空；请填写任务", "the task is blank; write the task"),
    "ledger_no_lead": ("牵头单位为空；请填写牵头单位（多个单位时第一个为牵头单位）",
                       "no 牵头单位 (lead unit); write it (of several units, the first named leads)"),
    "ledger_no_deadline": ("完成时限为空且没有节点目标；请填写完成时限，如“2019年12月底前”或“长期”",
                           "no 完成时限 (deadline) and no node; write one, e.g. 2019年12月底前, or 长期 (ongoing)"),
    "ledger_deadline_unread": ("完成时限“{cell}”无法读取（{why}）；请写成如“2019年12月底前”“6月底前”或“长期”",
                               "the deadline “{cell}” cannot be read ({why}); write e.g. 2019年12月底前, 6月底前 or 长期"),
    "ledger_needs_year": ("“{cell}”未写年份，台账的标题、季度表头和工作表名称中也没有年份；请写成如“2019年6月底前”，或在标题中写明年度",
                          "“{cell}” gives no year, and neither the ledger's title, its quarters' headers nor its sheet's "
                          "name gives one; write e.g. 2019年6月底前, or the year in the title"),
    "ledger_two_years": ("“{cell}”未写年份，而台账标题中有不止一个年份；请写成如“2019年6月底前”",
                         "“{cell}” gives no year, and the ledger's title names more than one; write e.g. 2019年6月底前"),
    "ledger_node_when": ("节点目标“{cell}”不知何时到期：表头未注明季度，工作表名称也不是季度；请写明日期，如“6月底前完成……”",
                         "the node “{cell}” has no due date: no quarter over its column nor in the sheet's name; "
                         "write when it is due, e.g. 6月底前完成……"),
    "ledger_node_done_unknown": ("完成情况“{cell}”无法判断；请填写“已完成”或“未完成”（未到期时留空），进展写在“截至目前进展情况”中",
                                 "“{cell}”: write 已完成 (done) or 未完成 (not done) in 完成情况, blank while not due; "
                                 "progress goes in 截至目前进展情况"),
    "ledger_status_unknown": ("状态“{cell}”无法识别；请填写未启动、序时推进、滞后、超期未完成、已完成或已销号",
                              "status “{cell}” is not known; write 未启动, 序时推进, 滞后, 超期未完成, 已完成 or 已销号"),
    "ledger_task_twice": ("任务“{task}”已在{first}列出；同一工作表中每项任务只填一行",
                          "the task “{task}” is already listed at {first}; one row a task on a sheet"),
    "ledger_node_conflict": ("任务“{task}”的这一节点在{other}中的完成情况与此处不同；请核对后保留一处",
                             "the task “{task}” has this node marked otherwise at {other}; check and keep one"),
    "ledger_no_as_of": ("台账中没有报送日期；请用 --as-of 指明判定日期", "the ledgers give no 报送日期 (date reported): "
                        "give the date to judge at with --as-of"),
    "ledger_node_unreported": ("任务“{task}”{due}到期的节点未填完成情况，判为未报送完成情况（不判滞后）",
                               "the task “{task}”: the node due {due} has no 完成情况, judged not reported (not behind)"),
    "ledger_task_two_leads": ("任务“{task}”在{other}的牵头单位为{other_lead}，此处为{lead}：按两个牵头单位的两项任务分别判定；如为同一任务，请统一牵头单位",
                              "the task “{task}” is led by {other_lead} at {other} and by {lead} here: judged as two "
                              "tasks, one for each lead unit; if it is one task, give it one lead unit"),
    "ledger_reported_future": ("报送日期{date}晚于今天（{today}）；请核对年份", "the date reported, {date}, is after today "
                               "({today}); check its year"),
    "ledger_reported_outside": ("报送日期{date}不在实施期（{start}至{end}）内，也不在其结束后一年内；请核对年份",
                                "the date reported, {date}, is neither in the plan's period ({start} to {end}) nor in "
                                "the year after it; check its year"),
    "ledger_deadline_before_plan": ("完成时限“{cell}”（{due}）早于实施期开始（{start}）；请核对年份",
                                    "the deadline “{cell}” ({due}) is before the plan's period starts ({start}); "
                                    "check its year"),
    "ledger_node_after_deadline": ("完成时限“{cell}”（{due}）早于该任务{node}到期的节点；请核对完成时限或节点日期",
                                   "the deadline “{cell}” ({due}) is before the task's node due {node}; check the "
                                   "deadline or the node's date"),
    "ledger_as_of_capped": ("台账最晚的报送日期{latest}晚于实施期结束（{end}），按实施期结束时（{end}）判定",
                            "the latest date reported in the ledgers, {latest}, is after the plan's period ends "
                            "({end}): judged at its end ({end})"),
    "ledger_as_of_not_reported": ("判定日期{as_of}不同于台账最晚的报送日期{reported}：节点完成情况按报送时所填判定",
                                  "the date judged at, {as_of}, is not the latest date reported in the ledgers, "
                                  "{reported}: each node is judged as the units reported it then"),
    "already_exists": ("文件已存在；如需覆盖请加 --force", "already exists; pass --force to write over it"),
    # the targets file's own messages, in English
    "plain": ("{text}", "{text}"),
    # the command line
    "more_problems": ("……另有{count}个问题；`baise11155 validate` 可列出全部",
                      "... and {count} more; `baise11155 validate` lists them all"),
    "more_problems_many": ("……另有{count}个问题；`baise11155 validate` 可列出前{kept}个",
                           "... and {count} more; `baise11155 validate` lists the first {kept}"),
    "more_problems_listed": ("……另有{count}个问题未列出（只保留前{kept}个）；请先改正以上问题，再检查一次",
                             "... and {count} more problems, not listed (only the first {kept} are kept); fix these "
                             "and check again"),
    "validate_summary": ("共{lines}行数据，计入{rows}行；发现问题{problems}处，请修改后重新检查",
                         "{lines} rows of data, {rows} counted; {problems} {noun}: correct them and check again"),
    "validate_clean": ("共{lines}行数据，计入{rows}行，未发现问题", "{lines} rows of data, {rows} counted; no problems"),
    # problems and cross-checks failed, said once: 发现问题1处（合计不符1处）, never 未发现问题 beside them
    "validate_summary_checks": ("共{lines}行数据，计入{rows}行；发现问题{problems}处（{kinds}），请核对后重新检查",
                                "{lines} rows of data, {rows} counted; {problems} {noun} ({kinds}): check them and "
                                "check again"),
    "validate_kind_totals": ("合计不符{count}处", "{count} total(s) not adding up"),
    "validate_kind_far_off": ("数值异常{count}处", "{count} figure(s) far off the others"),
    "validate_kind_additions": ("缺报新增数{count}处", "{count} column(s) of additions with periods missing"),
    "validate_kind_other": ("其他问题{count}处", "{count} other"),
    "warning": ("提示：{message}", "warning: {message}"),
    "receipt_line": ("读取：{message}", "read: {message}"),
    "receipt_line_of": ("读取{place}：{message}", "read: {place}: {message}"),
    "error": ("错误：{message}", "Error: {message}"),
    "wrote": ("已写入 {path}", "wrote {path}"),
}


# English nouns that follow a number in a message: the parameter that counts them
PLURALS = {"left_out": ("rows", "row", "rows"), "left_out_from": ("rows", "row", "rows"), "left_out_lines": ("rows", "row", "rows"), "receipt": ("rows", "row", "rows"),
           "validate_summary": ("problems", "problem", "problems"),
           "validate_summary_checks": ("problems", "problem", "problems")}
