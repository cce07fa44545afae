"""The report for leadership: one self-contained HTML page, printable on A4.

Built from the comparison's JSON document, so that every number it shows is the number the
JSON output gives (each carries it in a `data-value` attribute, which a test reads back). No
scripts, no network: the styles are inline and the bars are SVG.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from ..fields import (
    PACE,
    REGION,
    REGION_PROGRESS_TABLE,
    REPORT_GAPS,
    REPORT_REGION,
    STANDING,
    STATUS,
)
from ..numbers import MISSING, day, figure, percent, points_phrase, rate
from ..views import VERDICT_KEYS
from ..words import STATUS_KEYS, label, marked_name, summary
from .human import cell

if TYPE_CHECKING:
    from . import Settings, View

STATUS_COLOURS = {"exceeded": "#116329", "achieved": "#1a7f37", "on_track": "#2da44e", "behind": "#cf222e",
                  "far_behind": "#82071e", "unjudged": "#9a6700", "no_data": "#8c959f", "monitored": "#0969da"}
BAR_WIDTH = 400

CSS = """
:root { --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --track: #eaeef2; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; color: var(--ink); line-height: 1.5;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
  "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.subtitle, .muted { color: var(--muted); }
.headline { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
.count { border: 1px solid var(--rule); border-radius: .5rem; padding: .5rem 1rem; min-width: 7rem; }
.count b { display: block; font-size: 1.6rem; }
.summary { font-size: 1.1rem; font-weight: 600; }
.indicator { break-inside: avoid; margin-bottom: 1rem; }
.figures { font-size: .9rem; color: var(--muted); }
.bar { display: block; width: 100%; max-width: 36rem; height: 1.4rem; }
.category { display: grid; grid-template-columns: 9rem 1fr 12rem; gap: .5rem; align-items: center;
  font-size: .85rem; }
.category.whole { font-weight: 600; }
.status.small { font-size: .7rem; padding: 0 .35rem; }
.place { font-size: .8rem; color: var(--muted); }
.category .bar { height: .9rem; }
.pair { display: grid; grid-template-columns: 9rem 1fr 5rem; gap: .5rem; align-items: center; font-size: .85rem; }
.pair .bar { height: .9rem; }
.verdict { font-size: .85rem; font-weight: normal; color: var(--muted); }
.status { display: inline-block; padding: 0 .5rem; border-radius: 1rem; color: #fff; font-size: .8rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: right; }
td { white-space: nowrap; }
td:first-child { white-space: normal; min-width: 7em; }
th:first-child, td:first-child, .text { text-align: left; }
th { background: #f6f8fa; word-break: keep-all; overflow-wrap: normal; }  /* a header breaks between words only */
tbody.group { break-inside: avoid; }
.warnings li { color: #9a6700; }
.notes { color: #9a6700; font-weight: bold; }
.touched { color: #9a6700; }
section { break-before: auto; }
@media print {
  @page { size: A4; margin: 12mm 15mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
  h1 { font-size: 15pt; }
  h2 { font-size: 12pt; margin: .6rem 0 .4rem; }
  h3 { font-size: 10pt; margin: .45rem 0 .1rem; }
  .headline { margin: .4rem 0; }
  .count { padding: .2rem .7rem; }
  .count b { font-size: 14pt; }
  .indicator { margin-bottom: .3rem; }
  .category { font-size: 8pt; }
  .figures { font-size: 8pt; }
  .bar { height: 1rem; }
  .category .bar { height: .75rem; }
  table { font-size: 8pt; }
  table.wide { font-size: 7pt; table-layout: fixed; }  /* a dozen columns across A4: equal widths */
  table.wide th:first-child { width: 16%; }
  th, td { padding: .15rem .25rem; }
  table.wide td:first-child { min-width: 5em; }
  table.wide th, table.wide td { padding: .1rem .15rem; }
  section + section { break-before: page; }
  .status { color: #000; border: 1px solid #000; }
}
"""


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
        f'<rect x="0" y="4" width="{fill * BAR_WIDTH:.1f}" height="12" rx="3" fill="{STATUS_COLOURS[status]}"/>',
    ]
    if baseline_share is not None:
        parts.append(f'<rect x="{baseline_share * BAR_WIDTH:.1f}" y="4" width="1.5" height="12" fill="#59636e"/>')
    if expected_share is not None:
        marker = max(0.0, min(expected_share, 1.0)) * BAR_WIDTH
        parts.append(f'<rect x="{marker - 1:.1f}" y="0" width="2.5" height="20" fill="#1f2328"/>')
    parts.append("</svg>")
    return "".join(parts)


def _status(status: str, lang: str, small: bool = False) -> str:
    """A status as a word on its colour: read in grey on paper as well as in colour."""
    return (f'<span class="status{" small" if small else ""}" style="background:{STATUS_COLOURS[status]}">'
            f"{escape(label(STATUS_KEYS[status], lang))}</span>")


def render(view: View, settings: Settings) -> str:
    page = view.page()
    return render_report(view.document(), page.title, page.region_title, settings.lang, warnings=list(page.warnings),
                         ranking_rule=page.ranking_rule, notes=page.notes, touched=frozenset(page.touched))


def render_report(document: dict, title: str, region_title: str, lang: str, *, warnings: list[tuple[str, str]],
                  ranking_rule: str = "", notes: int = 0, touched: frozenset[str] = frozenset()) -> str:
    """The page; `notes` warnings about the data are said on its first page, and the indicators
    they name (`touched`) carry a mark beside their figures, the appendix listing them all."""
    indicators = document["indicators"]
    # an aspirational indicator (力争) behind is not counted among those behind, as in the tables
    asides = {status: sum(1 for i in indicators if i.get("aspirational") and i["status"] == status)
              for status in ("behind", "far_behind")}
    counts = {status: sum(1 for i in indicators if i["status"] == status) for status in STATUS_KEYS}
    for status, aside_count in asides.items():
        counts[status] -= aside_count
    aside = sum(asides.values())
    said = summary({**counts, "aspirational": aside}, lang)
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{label("html_lang", lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="subtitle">{_as_of_line(document, lang)}</p>',
        f'<p class="summary">{escape(said)}</p>',
        *([f'<p class="notes">{escape(label("report_notes", lang).format(notes=notes, touched=len(touched)))}</p>']
          if notes else []),
        '<div class="headline">',
    ]
    for status, key in STATUS_KEYS.items():
        if not counts[status]:
            continue  # only the statuses that occur, as the headline says them
        out.append(f'<div class="count" style="border-left:6px solid {STATUS_COLOURS[status]}">'
                   f"<b>{counts[status]}</b>{escape(label(key, lang))}</div>")
    out.append("</div></header>")

    out.append(f'<section><h2>{escape(label("report_progress", lang))}</h2>')
    out.append(f'<p class="muted">{escape(label("report_legend", lang))}</p>')
    for i in indicators:
        out.append(_indicator(i, lang, i["id"] in touched))
    out.append("</section>")

    # each part starts a page on paper: the region and the outlook share one (both are short)
    outlooks = [i for i in indicators if "outlook" in i and i["target"] is not None]
    if document["region"] is not None or outlooks:
        out.append("<section>")
        if document["region"] is not None:  # a plan with a level above it
            out.append(f"<h2>{escape(label('report_region', lang).format(region=region_title))}</h2>")
            out.append(_region_table(document, lang))
        if outlooks:
            out.append(f'<h2>{escape(label("report_outlook", lang))}</h2>')
            out.append(f'<p class="muted">{escape(label("report_outlook_legend", lang))}</p>')
            out += [_outlook(i, lang) for i in outlooks]
        out.append("</section>")
    out.append("<section><h2>" + escape(label("report_gaps", lang)) + "</h2>")
    out.append(_gap_table(indicators, lang))
    out.append("</section>")
    if "areas" in document:
        out.append(f'<section><h2>{escape(label("report_areas", lang))}</h2>')
        out.append(_areas_table(document, lang, ranking_rule))
        out.append("</section>")
    if warnings:  # an appendix, in the words of the messages, where each was met beside it
        out.append(f'<section class="appendix"><h2>{escape(label("report_warnings", lang))}</h2>'
                   f'<ol class="warnings">')
        out += [f'<li>{escape(said)}' + (f'<br><span class="place">{escape(place)}</span>' if place else "") + "</li>"
                for place, said in warnings]
        out.append("</ol></section>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _as_of_line(document: dict, lang: str) -> str:
    """"As of <date>, <elapsed> of the period has passed", the elapsed share marked as a number."""
    before, after = label("as_of_line", lang).split("{elapsed}")
    fields = {"as_of": day(dt.date.fromisoformat(document["as_of"]), lang),
              "start": day(dt.date.fromisoformat(document["period"]["start"]), lang),
              "end": day(dt.date.fromisoformat(document["period"]["end"]), lang),
              "basis": label(f"basis_{document['schedule_basis']}", lang)}
    elapsed = _value(document["elapsed"], percent(document["elapsed"]), "elapsed", "*")
    return escape(before.format(**fields)) + elapsed + escape(after.format(**fields))


def _indicator(i: dict, lang: str, touched: bool = False) -> str:
    ident, target, baseline, expected = i["id"], i["target"], i["baseline"], i["expected"]
    mark = f' <span class="touched" title="{escape(label("report_touched", lang))}">※</span>' if touched else ""
    if target is None:  # monitored only: its figure, no bar to fill
        figures = [f'{escape(label("achieved", lang))} {_value(i["achieved"], figure(i["achieved"]), "achieved", ident)} '
                   f'{escape(i["unit"][lang])}']
        if baseline is not None:
            figures.append(f'{escape(label("baseline", lang))} {_value(baseline, figure(baseline), "baseline", ident)}')
        return (f'<div class="indicator"><h3>{escape(_marked(i, lang))}{mark} {_status(i["status"], lang)}</h3>'
                f'<div class="figures">{" · ".join(figures)}</div></div>')
    lower = i.get("direction") == "decrease"
    # where the schedule's figure would put the bar: its completion, as the bar's is
    expected_share = None if expected is None or lower and not expected else target / expected if lower else expected / target
    same_terms = "level" not in i  # a rise, a rate or a multiple is not on the baseline's scale
    baseline_share = baseline / target if baseline and same_terms and not lower else None
    figures = [
        f'{escape(label("achieved", lang))} {_value(i["achieved"], figure(i["achieved"]), "achieved", ident)}'
        f' / {escape(label("target", lang))} {_value(target, figure(target), "target", ident)} {escape(i["unit"][lang])}',
        f'{escape(label("completion", lang))} {_value(i["completion"], percent(i["completion"]), "completion", ident)}',
        f'{escape(label("expected", lang))} '
        + _value(expected, rate(expected), "expected", ident),
        (_value(i["deviation"], escape(points_phrase(i["deviation"], lang)), "deviation", ident)
         if i["deviation"] is not None else f'{escape(label("deviation", lang))} {MISSING}'),
        f'{escape(label("gap", lang))} {_value(i["gap"], figure(i["gap"]), "gap", ident)}',
    ]
    if baseline is not None:
        figures.insert(1, f'{escape(label("baseline", lang))} {_value(baseline, figure(baseline), "baseline", ident)}')
    parts = [
        f'<div class="indicator"><h3>{escape(_marked(i, lang))}{mark} {_status(i["status"], lang)}</h3>',
        # the indicator's bar on its categories' grid: one scale, so the markers line up
        f'<div class="category whole"><span>{escape(label("report_whole", lang))}</span>'
        + _bar(i["completion"], i["status"], lang, expected_share=expected_share, baseline_share=baseline_share)
        + f'<span>{_value(i["completion"], percent(i["completion"]), "completion", ident)}</span></div>',
        f'<div class="figures">{" · ".join(figures)}</div>',
    ]
    for c in i["categories"]:
        parts.append(
            f'<div class="category"><span>{escape(c["name"][lang])}</span>'
            + _bar(c["completion"], c["status"], lang, expected_share=c["expected"] / c["target"])
            + f'<span>{_value(c["achieved"], figure(c["achieved"]), "achieved", ident, category=c["id"])} / '
            f'{_value(c["target"], figure(c["target"]), "target", ident, category=c["id"])} · '
            f'{_value(c["completion"], percent(c["completion"]), "completion", ident, category=c["id"])} '
            f'{_status(c["status"], lang, small=True)}</span></div>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def _outlook(i: dict, lang: str) -> str:
    """Two bars: the completion now, and the completion projected to the deadline at this pace."""
    o, ident = i["outlook"], i["id"]
    verdict = label(VERDICT_KEYS[o["verdict"]], lang)
    projected = o["projected_completion"]
    return "\n".join([
        f'<div class="indicator"><h3>{escape(_marked(i, lang))} <span class="verdict">{escape(verdict)}</span></h3>',
        f'<div class="pair"><span>{escape(label("completion", lang))}</span>'
        + _bar(i["completion"], i["status"], lang)
        + f'<span>{_value(i["completion"], percent(i["completion"]), "completion", ident)}</span></div>',
        f'<div class="pair"><span>{escape(label("projected_completion", lang))}</span>'
        + _bar(projected, VERDICT_STATUS[o["verdict"]], lang)
        + f'<span>{_value(projected, percent(projected), "outlook.projected_completion", ident)}</span></div>',
        "</div>",
    ])


# a verdict drawn in the colour of the status it resembles
VERDICT_STATUS = {"achieved": "achieved", "likely": "on_track", "at_risk": "unjudged", "unlikely": "behind",
                  "not_available": "no_data", "monitored": "monitored"}
def _marked(i: dict, lang: str) -> str:
    """The name with what a reader must know beside it, as the tables show it."""
    return marked_name(i["name"][lang], lang, part_of=bool(i.get("part_of")), above=i.get("qualifier") == "above",
                       decrease=i.get("direction") == "decrease", aspirational=bool(i.get("aspirational")))


def _region_table(document: dict, lang: str) -> str:
    keys = REPORT_REGION + (REGION_PROGRESS_TABLE if document["region_progress"] else ())
    rows = ['<table class="wide"><thead><tr><th>' + escape(label("indicator", lang)) + "</th>"
            + "".join(f"<th>{escape(label(k, lang))}</th>" for k in keys) + "</tr></thead><tbody>"]
    for i in document["indicators"]:
        region = i["region"]
        cells = [f"<td>{escape(i['name'][lang])}</td>"]
        for key in keys:
            field = REGION[key]
            value = None if region is None else region[field.attribute]
            shown = cell(value, field.display, lang)
            if field.display == PACE:
                cells.append(f"<td>{escape(shown)}</td>")
            else:
                cells.append(f"<td>{_value(value, shown, 'region.' + field.attribute, i['id'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</tbody></table>")
    rows.append(f'<p class="muted">{escape(label("region_note", lang))}</p>')
    return "\n".join(rows)


def _area_name(area: dict, lang: str) -> str:
    return area["name"][lang] if "name" in area else area["area"] or label("unallocated", lang)


def _areas_table(document: dict, lang: str, rule: str = "") -> str:
    """Each county's figures against its own targets, then the ranking where the plan splits them."""
    names = {i["id"]: i["name"][lang] for i in document["indicators"]}
    keys = ("county", "indicator", "target", "achieved", "completion", "status")
    rows = ["<table><thead><tr>" + "".join(f"<th>{escape(label(k, lang))}</th>" for k in keys)
            + "</tr></thead><tbody>"]
    for area in document["areas"]:
        for i in area["indicators"]:
            if i["achieved"] is None and i.get("target") is None:
                continue
            status = _status(i["status"], lang) if "status" in i else ""
            rows.append(f"<tr><td class='text'>{escape(_area_name(area, lang))}</td><td>{escape(names[i['id']])}</td>"
                        f"<td>{figure(i.get('target'))}</td><td>{figure(i['achieved'])}</td>"
                        f"<td>{percent(i.get('completion'))}</td><td>{status}</td></tr>")
    rows.append("</tbody></table>")
    if document.get("ranking"):
        rows.append(f"<h3>{escape(label('rank', lang))}</h3>" + (f'<p class="muted">{escape(rule)}</p>' if rule else "")
                    + "<table><thead><tr>"
                    f"<th>{escape(label('rank', lang))}</th><th class='text'>{escape(label('county', lang))}</th>"
                    f"<th>{escape(label('score', lang))}</th></tr></thead><tbody>")
        for r in document["ranking"]:
            area = next(a for a in document["areas"] if a.get("id") == r["id"])
            rows.append(f"<tr><td>{r['rank']}</td><td class='text'>{escape(_area_name(area, lang))}</td>"
                        f"<td>{percent(r['score'])}</td></tr>")
        rows.append("</tbody></table>")
    return "\n".join(rows)


def _gap_table(indicators: list[dict], lang: str) -> str:
    headers = "".join(
        [f"<th>{escape(label('indicator', lang))}</th>", f'<th class="text">{escape(label("category", lang))}</th>']
        + [f"<th>{escape(label(key, lang))}</th>" for key in REPORT_GAPS]
    )
    rows = ["<table><thead><tr>" + headers + "</tr></thead>"]

    def row(item: dict, ident: str, name: str, category: dict | None) -> str:
        category_id = category["id"] if category else None
        cells = [f"<td>{escape(name)}</td><td class='text'>{escape(category['name'][lang]) if category else ''}</td>"]
        for key in REPORT_GAPS:
            field = STANDING[key]
            value = item[field.attribute]
            if field.display == STATUS:
                cells.append(f"<td>{_status(value, lang)}</td>")
            else:
                shown = cell(value, field.display, lang)
                cells.append(f"<td>{_value(value, shown, field.attribute, ident, category=category_id)}</td>")
        return "<tr>" + "".join(cells) + "</tr>"

    for i in indicators:
        # an indicator and its categories kept on one page: no row left alone at a page's foot
        rows.append('<tbody class="group">' + row(i, i["id"], _marked(i, lang), None))
        rows += [row(c, i["id"], "", c) for c in i["categories"]]
        rows.append("</tbody>")
    rows.append("</table>")
    return "\n".join(rows)
