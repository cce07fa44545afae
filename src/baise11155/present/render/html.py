"""The office's report (进展情况报告) as one self-contained HTML page, printable on A4.

The report's parts and sentences are `present.office_report`'s, the same the Word file has; the
page adds each indicator's bars against the schedule. Every figure of the annexed tables and the
bars carries the number the JSON output gives in a `data-value` attribute, which a test reads
back. No scripts, no network: the styles are inline and the bars are SVG.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..numbers import figure, percent
from ..words import STATUS_KEYS, label

if TYPE_CHECKING:
    from ..office_report import Report
    from ..report_annexes import Cell, Table
    from . import Settings, View

STATUS_COLOURS = {"exceeded": "#116329", "achieved": "#1a7f37", "on_track": "#2da44e", "behind": "#cf222e",
                  "far_behind": "#82071e", "unjudged": "#9a6700", "no_data": "#8c959f", "monitored": "#0969da",
                  "breakdown_unreported": "#8c959f"}
OTHER_COLOUR = "#8c959f"  # a status the catalogue has and this table not yet
# what is behind is hatched as well as red: on paper in grey it reads apart from the greens
HATCHED = frozenset({"behind", "far_behind"})
BAR_WIDTH = 400

CSS = """
:root { --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --track: #eaeef2; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; color: var(--ink); line-height: 1.6;
  font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; }
h1 { font-size: 1.7rem; margin: 0 0 1.5rem; text-align: center; font-weight: normal;
  font-family: "FZXiaoBiaoSong-B05S", "STZhongsong", "Noto Serif CJK SC", "SimSun", serif; }
h2, h3, .annex-title { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; font-weight: normal; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; font-weight: normal;
  font-family: "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; }
h2, h3, .annex-title { break-after: avoid; }
p.text { text-indent: 2em; margin: .3rem 0; }
.signature { text-align: right; margin-top: 2rem; }
.signature p { margin: .2rem 0; }
.muted, .note { color: var(--muted); }
.indicator { break-inside: avoid; margin: .25rem 0 .75rem; }
.bar { display: block; width: 100%; max-width: 36rem; height: 1.4rem; }
.category { display: grid; grid-template-columns: 9rem 1fr 19rem; gap: .5rem; align-items: center;
  font-size: .85rem; }
.category.whole { font-weight: 600; }
.status.small { font-size: .75rem; padding: 0 .35rem; }
.place { font-size: .85rem; color: var(--muted); }
.category .bar { height: .9rem; }
.status { display: inline-block; padding: 0 .5rem; border-radius: 1rem; color: #fff; font-size: .85rem;
  font-family: sans-serif; }
.status.hatched { color: #cf222e; background: #fff !important; border: 1.5px dashed #cf222e; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: right; }
td { white-space: nowrap; }
td.text:first-child { white-space: normal; min-width: 7em; }  /* a name, not a row's number */
th, td.text { text-align: left; }
th { background: #f6f8fa; word-break: keep-all; overflow-wrap: normal; text-align: center; }
tbody.group { break-inside: avoid; }
thead { display: table-header-group; }  /* a table going on to a second page repeats its header */
.annex-title { margin: 1.25rem 0 .25rem; font-size: 1.05rem; text-align: center; }
.touched { color: #9a6700; }
.recipient { margin: 0 0 .3rem; }
.annex-list { margin-top: 1.6rem; break-inside: avoid; }
.annex-list p { margin: 0; text-indent: 2em; white-space: pre-wrap; }
mark.fill-in { background: #fff3a3; }  /* a place the office fills in */
@page { size: A4; margin: 25mm 20mm 22mm 22mm;
  @top-center { content: ""; }  /* a margin box of the page's own: the browser prints no header of its own */
  @bottom-center { content: ""; } }
/* the page number as GB/T 9704 sets it: right on odd pages, left on even ones, a character in */
@page across { size: A4 landscape; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-size: 10.5pt; padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-size: 10.5pt; padding-left: 1em; } }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; line-height: 1.5; }
  h1 { font-size: 18pt; margin-bottom: 10pt; }
  h2 { font-size: 14pt; margin: 10pt 0 4pt; }
  h3 { font-size: 12pt; margin: 6pt 0 2pt; }
  .annex-title { font-size: 12pt; }
  .category { font-size: 10.5pt; grid-template-columns: 7rem 1fr 21rem; }
  .bar { height: 1rem; }
  .category .bar { height: .75rem; }
  table { font-size: 10.5pt; }
  th, td { padding: 1.5pt 3pt; }
  .annexes { page: across; }  /* the annexed tables on A4 turned, as the Word file sets them */
  table.wide { font-size: 9pt; }
  table.wide td:first-child { white-space: normal; }
  /* a table's words (a task, its partners, a remark) wrap at their punctuation only, as the Word
     file's: the table fits the page turned, its names whole by their clauses, never cut */
  td.text { white-space: normal; word-break: keep-all; overflow-wrap: break-word; }
  .annexes > div > .note { break-before: avoid; }  /* a table's note with its last rows */
  th { white-space: nowrap; }  /* a header breaks only where its words do (its <br>), never mid-word */
  .status { color: #000; border: 1px solid #000; background: #fff !important; }
  .status.hatched { border: 1.5px dashed #000; color: #000; }
}
"""

# the hatching a bar of what is behind is filled with, declared once for the page
PATTERNS = ('<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
            '<pattern id="hatched" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="6" height="6" fill="{STATUS_COLOURS["behind"]}"/>'
            '<rect width="2.5" height="6" fill="#ffffff"/></pattern></defs></svg>')


def _fill(status: str) -> str:
    return "url(#hatched)" if status in HATCHED else STATUS_COLOURS.get(status, OTHER_COLOUR)


def _value(value: object, text: str, field: str, indicator: str, *, category: str | None = None) -> str:
    """A number as shown, with the exact number the JSON holds beside it for machines."""
    where = f' data-category="{escape(category)}"' if category else ""
    raw = "null" if value is None else repr(value)
    return (f'<span data-indicator="{escape(indicator)}"{where} data-field="{field}" '
            f'data-value="{escape(raw)}">{escape(text)}</span>')


def _bar(completion: float | None, status: str, lang: str, *, expected_share: float | None = None,
         baseline_share: float | None = None) -> str:
    """Completion as a bar, the time-proportional expectation (序时进度) as a marker (none where the
    pace is not judged)."""
    fill = 0.0 if completion is None else max(0.0, min(completion, 1.0))
    parts = [
        f'<svg class="bar" viewBox="0 0 {BAR_WIDTH} 20" preserveAspectRatio="none" role="img" '
        f'aria-label="{escape(label("completion", lang))} {percent(completion)}">',
        f'<rect x="0" y="4" width="{BAR_WIDTH}" height="12" rx="3" fill="#eaeef2"/>',
        f'<rect x="0" y="4" width="{fill * BAR_WIDTH:.1f}" height="12" rx="3" fill="{_fill(status)}"/>',
    ]
    if baseline_share is not None:
        parts.append(f'<rect x="{baseline_share * BAR_WIDTH:.1f}" y="4" width="1.5" height="12" fill="#59636e"/>')
    if expected_share is not None:
        marker = max(0.0, min(expected_share, 1.0)) * BAR_WIDTH
        parts.append(f'<rect x="{marker - 1:.1f}" y="0" width="2.5" height="20" fill="#1f2328"/>')
    parts.append("</svg>")
    return "".join(parts)


def _status(status: str, lang: str, small: bool = False) -> str:
    return _badge(status, label(STATUS_KEYS[status], lang), small)


def _badge(status: str, said: str, small: bool = False) -> str:
    """A status as a word on its colour (what is behind outlined and dashed): read in grey on paper
    as well as in colour."""
    classes = "status" + (" small" if small else "") + (" hatched" if status in HATCHED else "")
    return f'<span class="{classes}" style="background:{STATUS_COLOURS.get(status, OTHER_COLOUR)}">{escape(said)}</span>'


def render(view: View, settings: Settings) -> str:
    from ..office_report import office_report

    page, document = view.page(), view.document()
    return render_report(office_report(document, page, settings.lang), document, settings.lang,
                         touched=frozenset(page.touched))


def render_report(report: Report, document: dict, lang: str, *, touched: frozenset[str] = frozenset()) -> str:
    """The office's report as a page: its parts in their words, each indicator's bars beside its
    sentences, the signature, the annexed tables and the notes met while reading. Nothing forces
    a new page: each indicator and each table's group is kept whole where it fits."""
    from ..office_report import Heading

    indicators = {i["id"]: i for i in document["indicators"]}
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{label("html_lang", lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body>",
        PATTERNS,
        "<header><h1>" + "<br>".join(escape(line) for line in report.title_lines) + "</h1></header>",
        "<section class=\"body\">",
        f'<p class="recipient">{escape(report.recipient)}</p>',
    ]
    legend_said = False
    for block in report.body:
        if isinstance(block, Heading):
            if block.level == 1:
                out.append(f"<h2>{escape(block.text)}</h2>")
                continue
            i = indicators[block.about] if block.about else None
            if not legend_said:  # what the bars mean, once, above the first indicator
                out.append(f'<p class="note">{escape(label("report_legend", lang))}</p>')
                legend_said = True
            mark = (f' <span class="touched" title="{escape(label("report_touched", lang))}">※</span>'
                    if block.about in touched else "")
            badge = f" {_status(i['status'], lang)}" if i is not None else ""
            out.append(f"<h3>{escape(block.text)}{mark}{badge}</h3>")
            continue
        out.append(f'<p class="text">{_filled(block.text)}</p>')
        if block.about is not None:
            out.append(_indicator(indicators[block.about], lang))
    if report.annex_list:
        out.append('<div class="annex-list">' + "".join(f"<p>{escape(line)}</p>" for line in report.annex_list)
                   + "</div>")
    out.append(f'<div class="signature"><p>{escape(report.unit)}</p><p>{escape(report.signed)}</p></div>')
    out.append("</section>")
    out.append(f'<section class="annexes"><h2>{escape(label("report_part_annexes", lang))}</h2>')
    out += [_table(table) for table in report.annexes]
    out.append("</section>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _filled(text: str) -> str:
    """A paragraph's text, each place to fill in (【请牵头单位补充具体措施】) marked."""
    from ..office_report import FILL_IN

    return "".join(f'<mark class="fill-in">{escape(part)}</mark>' if FILL_IN.fullmatch(part) else escape(part)
                   for part in FILL_IN.split(text))


def _indicator(i: dict, lang: str) -> str:
    """An indicator's bar and its categories' on one grid (one scale, so the markers line up);
    none for an indicator without a target."""
    ident, target, baseline, expected = i["id"], i["target"], i["baseline"], i["expected"]
    if target is None:
        return ""
    lower = i.get("direction") == "decrease"
    # where the schedule's figure would put the bar: its completion, as the bar's is
    expected_share = None if expected is None or lower and not expected else target / expected if lower else expected / target
    same_terms = "level" not in i  # a rise, a rate or a multiple is not on the baseline's scale
    baseline_share = baseline / target if baseline and same_terms and not lower else None
    parts = [
        '<div class="indicator">',
        f'<div class="category whole"><span>{escape(label("report_whole", lang))}</span>'
        + _bar(i["completion"], i["status"], lang, expected_share=expected_share, baseline_share=baseline_share)
        + f'<span>{_value(i["completion"], percent(i["completion"]), "completion", ident)}</span></div>',
    ]
    for c in i["categories"]:
        parts.append(
            f'<div class="category"><span>{escape(c["name"][lang])}</span>'
            + _bar(c["completion"], c["status"], lang, expected_share=c["expected"] / c["target"])
            + "<span>" + label("report_bar_figures", lang).format(
                achieved=_value(c["achieved"], figure(c["achieved"]), "achieved", ident, category=c["id"]),
                target=_value(c["target"], figure(c["target"]), "target", ident, category=c["id"]),
                completion=_value(c["completion"], percent(c["completion"]), "completion", ident, category=c["id"]),
                unit=escape(i["unit"][lang]))
            + f' {_status(c["status"], lang, small=True)}</span></div>'
        )
    if i.get("unassigned") is not None:  # no bar: it has no target of its own
        parts.append(f'<div class="category"><span>{escape(label("unassigned_category", lang))}</span><span></span>'
                     f'<span>{_value(i["unassigned"], figure(i["unassigned"]), "unassigned", ident)}</span></div>')
    parts.append("</div>")
    return "\n".join(parts)


def _table(table: Table) -> str:
    """An annexed table, each figure with the exact number the JSON holds beside it."""
    from ..report_annexes import header_lines

    rows = [f'<div><p class="annex-title">{escape(table.title)}</p>',
            ('<table class="wide">' if table.wide else "<table>") + "<thead><tr>"
            + "".join("<th>" + "<br>".join(escape(line) for line in header_lines(h)) + "</th>" for h in table.headers)
            + "</tr></thead>"]
    if not table.groups:  # rows that may part anywhere
        rows.append("<tbody>")
    for n, row in enumerate(table.rows):
        if n in table.groups:  # a group's rows kept on one page
            rows.append(("</tbody>" if n else "") + '<tbody class="group">')
        rows.append("<tr>" + "".join(_td(c) for c in row) + "</tr>")
    rows.append("</tbody></table>" if table.rows or not table.groups else "</table>")
    if table.note:
        rows.append(f'<p class="note">{escape(table.note)}</p>')
    rows.append("</div>")
    return "\n".join(rows)


def _td(c: Cell) -> str:
    if c.status is not None:
        return f"<td>{_badge(c.status, c.text)}</td>"
    if c.field is not None and c.indicator is not None:
        return f"<td>{_value(c.value, c.text, c.field, c.indicator, category=c.category)}</td>"
    return ("<td>" if c.number else '<td class="text">') + escape(c.text) + "</td>"
