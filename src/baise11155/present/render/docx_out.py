"""The office's report as a Word file (`report -o 报告.docx`), which an office edits and sends.

The same report as the page (`present.office_report`), set as 公文 are (GB/T 9704): A4; margins
37 mm at the top, 35 mm at the bottom, 28 mm on the left and 26 mm on the right; the title in
方正小标宋简体 二号 (22 pt), centred; 一、 headings in 黑体, （一） headings in 楷体, the text in 仿宋
三号 (16 pt) at a fixed 28 pt line with a two-character indent; the tables as Word tables; the page
number in the footer, — 1 —, from a PAGE field. Each part has a style of its own, named as Word
names its own (Title, Heading 1, Heading 2, Normal) or as what it is (Table Text, Signature…),
so that an office restyles the whole report by changing a style.
"""

from __future__ import annotations

import io
import math
import re
from typing import TYPE_CHECKING, Any

from ..words import label
from ..words.report import DOCX_FONTS, LATIN_FONT

if TYPE_CHECKING:
    from ..office_report import Report
    from ..report_annexes import Table
    from . import Settings, View

# the styles of the report's own parts (Word's own are restyled: Title, Heading 1, Heading 2, Normal)
SIGNATURE, TABLE_TITLE, TABLE_TEXT, TABLE_NOTE = "Signature", "Table Title", "Table Text", "Table Note"
RECIPIENT, ANNEX_LIST = "Recipient", "Annex List"
# the sizes of 公文, in points: 二号 22, 三号 16, 四号 14, 五号 10.5
TITLE_SIZE, BODY_SIZE, FOOTER_SIZE, TABLE_SIZE = 22, 16, 14, 10.5
WIDE_TABLE_SIZE = 9  # 小五: a table of many columns (the region's eleven), its headers kept whole
TABLE_TITLE_SIZE = 14  # 四号
LANDSCAPE_WIDTH = 297 - 28 - 26  # mm across A4 turned, between the margins
HEAD_ROWS_KEPT = 3  # a table's first rows kept on the page of its title and header
LINE = 28  # a fixed line, in points: 22 lines to a page of 公文


def render(view: View, settings: Settings) -> bytes:
    from ..office_report import office_report

    return render_report(office_report(view.document(), view.page(), settings.lang), settings.lang)


def render_report(report: Report, lang: str) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from ..office_report import Heading

    document = Document()
    _page(document)
    _styles(document)
    document.core_properties.title = report.title
    document.core_properties.language = label("html_lang", lang)
    title = document.add_paragraph(style="Title")
    for n, line in enumerate(report.title_lines):  # broken where 公文 break it, by a manual line break
        run = title.add_run(line)
        if n < len(report.title_lines) - 1:
            run.add_break()
    document.add_paragraph(report.recipient, style=RECIPIENT)
    for block in report.body:
        if isinstance(block, Heading):
            document.add_paragraph(block.text, style="Heading 1" if block.level == 1 else "Heading 2")
        else:
            _filled(document.add_paragraph(style="Normal"), block.text)
    # the text's last paragraph (特此报告。), the list of annexes and the signature kept on one page:
    # never a page holding only the unit and the date, which cannot be sealed (GB/T 9704); and the
    # paragraph before 特此报告。 with them, so that the signature's page has text of its own
    document.paragraphs[-1].paragraph_format.keep_with_next = True
    if len(report.body) > 1 and not isinstance(report.body[-2], Heading):
        document.paragraphs[-2].paragraph_format.keep_with_next = True
    for n, line in enumerate(report.annex_list):
        listed = _annex_listed(document, line)
        listed.paragraph_format.keep_with_next = True
        if n == 0:  # a line left blank between the text and the list of annexes (附件说明)
            listed.paragraph_format.space_before = Pt(LINE)
    # the date four characters in from the right (右空四字), the unit's name centred over it
    unit = document.add_paragraph(report.unit, style=SIGNATURE)
    unit.paragraph_format.space_before = Pt(LINE)
    unit.paragraph_format.keep_with_next = True
    over = (_size(report.signed) - _size(report.unit)) / 2  # in half characters
    unit.paragraph_format.right_indent = Pt(max(0.0, 4 * BODY_SIZE + over * BODY_SIZE / 2))
    document.add_paragraph(report.signed, style=SIGNATURE).paragraph_format.keep_together = True
    _landscape(document)  # the annexed tables on pages of their own, across A4's length
    for table in report.annexes:
        _table(document, table, LANDSCAPE_WIDTH)
    document.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# 附表：1.百色市…: a name that runs on to a second line lines up with its first character (GB/T 9704),
# by a hanging indent and a tab after the number; the list's own padding (　　　2.) stays as it is
ANNEX_NUMBER = re.compile(r"^(\D*?\d+\.)\s*(.*)$", re.S)
ANNEX_NAME_AT = 2 + 3 + 1  # characters: the text's indent, 附表：, and the number (1.) before the name


def _annex_listed(document: Any, line: str) -> Any:
    from docx.shared import Pt

    found = ANNEX_NUMBER.match(line)
    if found is None:
        return document.add_paragraph(line, style=ANNEX_LIST)
    listed = document.add_paragraph(found.group(1) + "\t" + found.group(2), style=ANNEX_LIST)
    f = listed.paragraph_format
    f.left_indent = Pt(ANNEX_NAME_AT * BODY_SIZE)
    f.first_line_indent = Pt(-(ANNEX_NAME_AT - 2) * BODY_SIZE)  # the first line from the text's indent
    f.tab_stops.add_tab_stop(Pt(ANNEX_NAME_AT * BODY_SIZE))
    return listed


def _filled(paragraph: Any, text: str) -> None:
    """A paragraph's text, each place to fill in (【请牵头单位补充具体措施】) on yellow, to be seen and replaced."""
    from docx.enum.text import WD_COLOR_INDEX

    from ..office_report import FILL_IN

    for part in FILL_IN.split(text):
        if part:
            run = paragraph.add_run(part)
            if FILL_IN.fullmatch(part):
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _page(document: Any) -> None:
    """A4 with the margins of 公文, and the page number in the footer, — 1 —, as GB/T 9704 sets
    it: on the right of an odd page and on the left of an even one, a character in from the edge."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(24)  # the number about 7 mm below the text, as 公文 place it
    document.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        number = footer.paragraphs[0]
        number.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            number.paragraph_format.right_indent = Pt(FOOTER_SIZE)
        else:
            number.paragraph_format.left_indent = Pt(FOOTER_SIZE)
        number.add_run("— ").font.size = Pt(FOOTER_SIZE)
        _field(number, "PAGE")
        number.add_run(" —").font.size = Pt(FOOTER_SIZE)


def _landscape(document: Any) -> None:
    """A new section, on a new page, of A4 turned, with the same margins and page numbers."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE): Word and LibreOffice fill in its value as they lay out the pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run_with(tag: str, **attributes: str) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(FOOTER_SIZE)
        element = OxmlElement(tag)
        for name, value in attributes.items():
            element.set(qn(name), value)
        if tag == "w:instrText":
            element.text = f" {instruction} "
        run._r.append(element)

    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    run_with("w:instrText", **{"xml:space": "preserve"})
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    paragraph.add_run("1").font.size = Pt(FOOTER_SIZE)
    run_with("w:fldChar", **{"w:fldCharType": "end"})


def _fonts(style: Any, east_asian: str, size: float, *, bold: bool = False) -> None:
    """A style's fonts: the Chinese one as its east-Asian font (w:eastAsia), Times New Roman for
    figures and Latin letters; black, the size given. The theme's fonts the template sets are
    taken away, or Word would use them instead."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = style.font
    font.name, font.size, font.bold, font.italic = LATIN_FONT, Pt(size), bold, False
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:eastAsia"), east_asian)


def _styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    styles = document.styles

    def paragraph_style(name: str, base: str = "Normal") -> Any:
        if name in [s.name for s in styles]:
            return styles[name]
        made = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        made.base_style = styles[base]
        made.quick_style = True  # in the style gallery, where an office finds it to restyle
        return made

    def spaced(style: Any, *, before: float = 0, after: float = 0, line: float | None = LINE, indent: bool = False,
               align: Any = None) -> None:
        f = style.paragraph_format
        f.space_before, f.space_after = Pt(before), Pt(after)
        if line is None:
            f.line_spacing_rule = WD_LINE_SPACING.SINGLE
        else:
            f.line_spacing_rule, f.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(line)
        f.first_line_indent = Pt(2 * BODY_SIZE) if indent else Pt(0)
        f.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY

    body = styles["Normal"]
    _fonts(body, DOCX_FONTS["body"][0], BODY_SIZE)
    spaced(body, indent=True)
    title = styles["Title"]
    _fonts(title, DOCX_FONTS["title"][0], TITLE_SIZE)
    spaced(title, after=LINE, line=36, align=WD_ALIGN_PARAGRAPH.CENTER)
    _no_border(title)
    for name, font in (("Heading 1", "heading"), ("Heading 2", "subheading")):
        heading = styles[name]
        _fonts(heading, DOCX_FONTS[font][0], BODY_SIZE)
        spaced(heading, indent=True)
        heading.paragraph_format.keep_with_next = True
    recipient = paragraph_style(RECIPIENT)  # 主送机关: flush left, no indent
    spaced(recipient, align=WD_ALIGN_PARAGRAPH.LEFT)
    annex_list = paragraph_style(ANNEX_LIST)  # 附表：1.…, indented two characters as the text is
    spaced(annex_list, indent=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    signature = paragraph_style(SIGNATURE)
    spaced(signature, align=WD_ALIGN_PARAGRAPH.RIGHT)
    signature.paragraph_format.right_indent = Pt(4 * BODY_SIZE)
    table_title = paragraph_style(TABLE_TITLE)
    _fonts(table_title, DOCX_FONTS["heading"][0], TABLE_TITLE_SIZE)
    spaced(table_title, before=12, after=6, line=None, align=WD_ALIGN_PARAGRAPH.CENTER)
    table_title.paragraph_format.keep_with_next = True
    for name, size in ((TABLE_TEXT, TABLE_SIZE), (TABLE_NOTE, TABLE_SIZE)):
        style = paragraph_style(name)
        _fonts(style, DOCX_FONTS["table"][0], size)
        spaced(style, line=None, align=WD_ALIGN_PARAGRAPH.LEFT)
    _fallbacks(document)


def _no_border(style: Any) -> None:
    """Word's Title has a rule under it; a 公文's title has none."""
    from docx.oxml.ns import qn

    p = style.element.find(qn("w:pPr"))
    if p is not None:
        for border in p.findall(qn("w:pBdr")):
            p.remove(border)


def _fallbacks(document: Any) -> None:
    """Each Chinese font with the one Word uses where it is not installed (w:altName in the
    document's font table): 方正小标宋简体 falls back to 宋体, 黑体 to SimHei, and so on."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.oxml import parse_xml, serialize_part_xml
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    part = next((rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE), None)
    if part is None:
        return
    table = parse_xml(part.blob)
    for name, fallback in dict(DOCX_FONTS.values()).items():  # each font once
        font = OxmlElement("w:font", {qn("w:name"): name})
        font.append(OxmlElement("w:altName", {qn("w:val"): fallback}))
        font.append(OxmlElement("w:charset", {qn("w:val"): "86"}))  # GB2312
        table.append(font)
    part._blob = serialize_part_xml(table)


def _table(document: Any, table: Table, width: float) -> None:
    """An annexed table as a Word table: its title above, its header row repeated on every page
    it runs onto, figures set right, its note below. No row splits across pages; an indicator's
    rows (it and its categories) are kept together, the title and the header go with the first
    three rows, and the last row never stands alone on a page."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    from ..report_annexes import header_lines

    title = document.add_paragraph(style=TABLE_TITLE)
    # a title longer than the line breaks before its date (（截至2019年12月31日）), never 日） alone
    head, cut, date = table.title.rpartition("（")
    if cut and _size(table.title) / 2 > 0.9 * width / (TABLE_TITLE_SIZE * 0.3528):
        title.add_run(head).add_break()
        title.add_run(cut + date)
    else:
        title.add_run(table.title)
    made = document.add_table(rows=1 + len(table.rows), cols=len(table.headers))
    made.style = document.styles["Table Grid"]
    made.alignment = WD_TABLE_ALIGNMENT.CENTER
    made.autofit = False
    header = made.rows[0]
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for cell, text in zip(header.cells, table.headers, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.style = document.styles[TABLE_TEXT]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True  # never a header alone at a page's foot
        lines = header_lines(text)
        for n, line in enumerate(lines):  # a header broken where its words say
            run = paragraph.add_run(line)
            run.bold = True
            if table.wide:
                run.font.size = Pt(WIDE_TABLE_SIZE)
            if n < len(lines) - 1:
                run.add_break()
    last = len(table.rows) - 1
    ends = {n - 1 for n in table.groups if n} | {last}  # the last row of each group
    for n, (row, cells) in enumerate(zip(made.rows[1:], table.rows, strict=True)):
        no_split = OxmlElement("w:cantSplit")
        no_split.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(no_split)
        # Word keeps a row on the page of the next where its paragraphs keep with the next
        # (and the first rows with the title and the header: never a table's head alone at a page's foot)
        together = n == last - 1 or n < HEAD_ROWS_KEPT - 1 or bool(table.groups) and n not in ends
        for cell, shown in zip(row.cells, cells, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.style = document.styles[TABLE_TEXT]
            paragraph.paragraph_format.keep_with_next = together
            if shown.number:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(shown.text)
            if table.wide:
                run.font.size = Pt(WIDE_TABLE_SIZE)
    # an indicator's name once, down the rows of its group (merged as offices merge it)
    for first, end in zip(table.groups, (*table.groups[1:], len(table.rows)), strict=False):
        if end - first > 1:
            merged = made.cell(1 + first, 0).merge(made.cell(end, 0))
            for blank in merged.paragraphs[1:]:  # the rows' own empty cells, brought in by the merge
                blank._p.getparent().remove(blank._p)
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for column, wide in zip(made.columns, _widths(table, width), strict=True):
        column.width = wide
        for cell in column.cells:  # Word reads a cell's width, LibreOffice the column's
            cell.width = wide
    if table.note:
        document.add_paragraph(table.note, style=TABLE_NOTE)


def _size(text: str) -> int:
    """A text's width in half characters: a Chinese character (or a full-width mark) as two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


# a cell's margins, left and right, in characters of the table's size (1.2), and a little for a bold
# header or a font wider than 仿宋 (序/号, 序时推/进 where LibreOffice substitutes it)
CELL_MARGINS = 1.4
TEXT_WRAPS_AT = 8  # a text wraps after eight characters where its clauses allow; a figure or a header word never wraps
TEXT_AT_LEAST = 5  # and never before five, however many columns there are
OTHER_CLAUSE_KEPT = 7  # characters: a clause of a text that names no row (配合单位, 说明) kept whole up to seven


def _widths(table: Table, width: float) -> list[Any]:
    """The columns' widths across the text's width (in mm): each wide enough for its header's
    longest line (a header breaks only where its words say, 本市完成数占↵全区目标比重, never 全区目/标),
    its figures and its names' longest clause (as the terminal's tables: `wrap.least_columns`), so
    a name breaks at its punctuation only (加速科技成果转移转化平台建设 whole, never 转移转/化); a
    longer text up to eight characters a line. Where that is more than the width, the texts wrap
    sooner, down to their clauses, the headers and figures kept whole as long as they fit at all."""
    from docx.shared import Mm

    from ..report_annexes import HEADER_LINE, header_lines
    from ..wrap import columns_of, least_columns

    size = WIDE_TABLE_SIZE if table.wide else TABLE_SIZE
    chars = width / (size * 0.3528)  # characters across the width (a point is 0.3528 mm)
    floors, needs = [], []
    name: int | None = None  # the first column of words names the row (指标, 任务): its names never break inside a clause
    for n, header in enumerate(table.headers):
        # a header's words on one line up to six characters (全区目标), a longer one on two
        lines = [_size(line) / 2 for line in header_lines(header)]  # broken where its words say: kept so
        head = max(lines) if len(lines) > 1 else lines[0] if lines[0] <= HEADER_LINE else math.ceil(lines[0] / 2)
        shown = [row[n].text for row in table.rows if not (row[n].number or row[n].status)]
        texts = [_size(text) / 2 for text in shown]
        clause = max((least_columns(text) / 2 for text in shown), default=0)  # its longest clause, in characters
        names = name is None and any(columns_of(text) > len(text) for text in shown)  # words, not a 序号
        name = n if names else name
        # the names' clauses kept whole; the other texts' (配合单位, 说明) as far as there is room
        fixed = [head, *(_size(row[n].text) / 2 for row in table.rows if row[n].number or row[n].status), 2,
                 min(max(texts, default=0), TEXT_AT_LEAST), clause if names else min(clause, OTHER_CLAUSE_KEPT)]
        floor = max(fixed) + CELL_MARGINS
        floors.append(floor)
        needs.append(max(floor, clause + CELL_MARGINS, min(max(texts, default=0), TEXT_WRAPS_AT) + CELL_MARGINS))
    over, room = sum(needs) - chars, sum(need - floor for need, floor in zip(needs, floors, strict=True))
    if over > 0 and room > 0:
        cut = min(1.0, over / room)
        needs = [need - (need - floor) * cut for need, floor in zip(needs, floors, strict=True)]
    if sum(needs) > chars and name is not None and needs[name] < chars / 2:
        # too many columns for all to keep whole: the names keep theirs, the others give way evenly
        rest = (chars - needs[name]) / (sum(needs) - needs[name])
        needs = [need if n == name else need * rest for n, need in enumerate(needs)]
    return [Mm(width * need / sum(needs)) for need in needs]
