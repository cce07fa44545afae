"""Workbooks built by hand, part by part, the way a damaged or hostile file can be: every one
gives the right figure or a message naming the file (and the sheet or cell), exit 1 — never a
traceback, a silent under-count, a hang, or a process killed by an allocation it cannot make.

calamine (the reader) trusts what it can; what it cannot be trusted with (how far the cells
reach, a text cell's index that is not a number) is checked first in `read/spreadsheet.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from baise11155.cli.main import cli

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET = RELS + "/worksheet"
CHARTSHEET = RELS + "/chartsheet"


def text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def number(ref: str, value) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def row(number_: int | str, *cells: str) -> str:
    return f'<row r="{number_}">{"".join(cells)}</row>'


HEADER = row(1, text("A1", "indicator"), text("B1", "year"), text("C1", "value"))


def data(count: int, value: int = 5, first: int = 2) -> list[str]:
    return [row(n, text(f"A{n}", "achievements"), number(f"B{n}", 2019), number(f"C{n}", value))
            for n in range(first, first + count)]


def sheet(rows: list[str], dimension: str | None = None, before: str = "") -> str:
    claimed = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{before}<worksheet xmlns="{MAIN}" '
            f'xmlns:r="{RELS}">{claimed}<sheetData>{"".join(rows)}</sheetData></worksheet>')


def shared(*strings: str, before: str = "") -> str:
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{before}<sst xmlns="{MAIN}" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')


def build(path: Path, sheets: list[tuple[str, str | None, str]], strings: str | None = None,
          drop: tuple[str, ...] = ()) -> Path:
    """An .xlsx from its parts: sheets are (name, XML or None for no part, relationship type)."""
    parts: dict[str, str] = {}
    entries, relations, overrides = [], [], []
    for n, (name, xml, kind) in enumerate(sheets, start=1):
        folder = "chartsheets" if kind == CHARTSHEET else "worksheets"
        content = "chartsheet" if kind == CHARTSHEET else "worksheet"
        target = f"{folder}/sheet{n}.xml"
        entries.append(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>')
        relations.append(f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>')
        overrides.append(f'<Override PartName="/xl/{target}" ContentType="application/vnd.openxmlformats-officedocument.'
                         f'spreadsheetml.{content}+xml"/>')
        if xml is not None:
            parts[f"xl/{target}"] = xml
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
        relations.append(f'<Relationship Id="rIdS" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>')
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.spreadsheetml.sharedStrings+xml"/>')
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
        f'main+xml"/>{"".join(overrides)}</Types>')
    parts["_rels/.rels"] = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}"><Relationship '
                            f'Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    parts["xl/workbook.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
                                f'<sheets>{"".join(entries)}</sheets></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}">'
                                           f'{"".join(relations)}</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if name not in drop:
                archive.writestr(name, content)
    return path


def one(rows: list[str], **kwargs) -> list[tuple[str, str, str]]:
    return [("Data", sheet(rows, **kwargs), WORKSHEET)]


LAUGHS = ('<!DOCTYPE x [<!ENTITY l0 "lol">'
          + "".join(f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10)) + "]>")
XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
STRINGS = shared("indicator", "year", "value", "achievements")
STRING_HEADER = row(1, '<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>', '<c r="C1" t="s"><v>2</v></c>')


def with_index(index: str) -> list[str]:
    """A header and one good row from shared strings, then a row whose text cell's index is `index`."""
    good = row(2, '<c r="A2" t="s"><v>3</v></c>', number("B2", 2019), number("C2", 6))
    bad = row(3, f'<c r="A3" t="s"><v>{index}</v></c>', number("B3", 2019), number("C3", 1))
    return [STRING_HEADER, good, bad]


def junk(cell: str) -> list[str]:
    """A good row, then a row whose value cell is `cell`."""
    return [HEADER, *data(1, 6), row(3, text("A3", "achievements"), number("B3", 2019), cell)]


# name -> (the workbook's parts, what must come of it: a figure for achievements, or the words of the message)
CASES: dict[str, tuple[dict, int | str]] = {
    # the sheet's <dimension> is a claim: the cells are what count (openpyxl's read-only mode trusted it)
    "dimension claims three rows": ({"sheets": one([HEADER, *data(11)], dimension="A1:C3")}, 55),
    "dimension one column short": ({"sheets": one([HEADER, *data(11)], dimension="A1:B12")}, 55),
    "dimension far too large": ({"sheets": one([HEADER, *data(2)], dimension="A1:XFD100000")}, 10),
    "a chart sheet first": ({"sheets": [("Chart1", f'<chartsheet xmlns="{MAIN}"/>', CHARTSHEET),
                                        ("Data", sheet([HEADER, *data(3)]), WORKSHEET)]}, 15),
    "no sheets": ({"sheets": []}, "the workbook has no worksheets"),
    "a missing sheet part": ({"sheets": [("Data", None, WORKSHEET)]}, "cannot read the workbook"),
    # the first sheet is read; a second one is only looked at, and cannot be: named, not fatal
    "a second sheet's part missing": ({"sheets": [("Data", sheet([HEADER, *data(3)]), WORKSHEET),
                                                  ("Ghost", None, WORKSHEET)]}, 15),
    "XXE in a sheet": ({"sheets": one([HEADER, row(2, text("A2", "&xxe;"))], before=XXE)}, "cannot read the workbook"),
    "entity expansion in a sheet": ({"sheets": one([HEADER, row(2, text("A2", "&l9;"))], before=LAUGHS)},
                                    "cannot read the workbook"),
    "entity expansion in the strings": ({"sheets": one(with_index("3")),
                                         "strings": shared("indicator", "year", "value", "&l9;", before=LAUGHS)},
                                        "cannot read the workbook"),
    "a string index out of range": ({"sheets": one(with_index("99")), "strings": STRINGS}, "cannot read the workbook"),
    **{f"a string index {index!r}": ({"sheets": one(with_index(index)), "strings": STRINGS},
                                     "points at none of the workbook's strings")
       for index in ("abc", "-1", "1.5", "", "9" * 30)},
    "NaN in a number cell": ({"sheets": one(junk(number("C3", "NaN")))}, "is not a number"),
    "junk in a number cell": ({"sheets": one(junk(number("C3", "twelve")))}, "value 'twelve' is not a number"),
    "a boolean of 7": ({"sheets": one(junk('<c r="C3" t="b"><v>7</v></c>'))}, "cannot read the workbook"),
    "a date cell of junk": ({"sheets": one(junk('<c r="C3" t="d"><v>someday</v></c>'))}, "is not a number"),
    "a 5,000-digit number": ({"sheets": one(junk(number("C3", "9" * 5000)))}, "value '#NUM!' is not a number"),
    "a column past XFD": ({"sheets": one([HEADER, *data(1), row(3, text("ZZZZZ3", "x"))])},
                          "beyond Excel's last column"),
    "a column of ten letters": ({"sheets": one([HEADER, *data(1), row(3, text("ABCDEFGHIJ3", "x"))])},
                                "beyond Excel's last column"),
    "a row past Excel's last": ({"sheets": one([HEADER, *data(1), row(99999999999, text("A99999999999", "x"))])},
                                "beyond Excel's last row"),
    "a row number that is text": ({"sheets": one([HEADER, *data(1), row("abc", text("Aabc", "x"))])},
                                  "cannot read the workbook"),
    "one cell in the far corner": ({"sheets": one([HEADER, *data(1), row(1048576, text("XFD1048576", "x"))])},
                                   "more than the 20,000,000 cells read from one sheet"),
    "a text cell of four megabytes": ({"sheets": one([HEADER, *data(2), row(4, text("D4", "x" * (4 << 20)))])},
                                      "the sheet holds a run of text over 1 MiB"),
    "three megabytes of blanks": ({"sheets": one([HEADER, *data(2), " " * (3 << 20), *data(1, first=4)])},
                                  "the sheet holds a run of text over 1 MiB"),
    "a long text cell Excel allows": ({"sheets": one([HEADER, *data(2), row(4, text("D4", "字" * 32767))])}, 10),
    "a shared string of three megabytes": ({"sheets": one(with_index("3")),
                                            "strings": shared("indicator", "year", "value", "x" * (3 << 20))},
                                           "the workbook holds a run of text over 1 MiB"),
    "a thousand and one sheets": ({"sheets": [(f"S{n}", sheet([HEADER, *data(1)]), WORKSHEET) for n in range(1001)]},
                                  "the workbook has 1,001 sheets, more than the 1,000 read"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_workbooks(tmp_path, name):
    """In a process of its own: a reader that asks for more memory than there is aborts the process."""
    parts, expected = CASES[name]
    path = build(tmp_path / "book.xlsx", parts["sheets"], parts.get("strings"))
    result = subprocess.run([sys.executable, "-m", "baise11155", "status", str(path), "--format", "json", "--lang", "en"],
                            capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr and "root:" not in result.stdout + result.stderr
    if isinstance(expected, int):
        assert result.returncode == 0, result.stderr
        achieved = {i["id"]: i["achieved"] for i in json.loads(result.stdout)["indicators"]}
        assert achieved["achievements"] == expected
    else:
        assert result.returncode == 1, result.stderr
        assert result.stderr.startswith(f"Error: {path}")
        assert expected in result.stderr, result.stderr


def test_a_chart_sheet_passed_over_is_named(tmp_path):
    parts, _ = CASES["a chart sheet first"]
    path = build(tmp_path / "book.xlsx", parts["sheets"])
    result = CliRunner().invoke(cli, ["status", str(path), "--lang", "en"])
    assert f"warning: {path}: 'Chart1': not worksheets (charts and the like), not read" in result.stderr


def test_a_workbook_on_standard_input_is_held_up_to_a_limit(tmp_path, monkeypatch):
    """A workbook on standard input is held in memory whole (a zip archive is read from its end)."""
    from baise11155.read import sources

    parts, _ = CASES["dimension claims three rows"]
    data = build(tmp_path / "book.xlsx", parts["sheets"]).read_bytes()
    result = CliRunner().invoke(cli, ["status", "-", "--format", "json", "--lang", "en"], input=data)
    assert result.exit_code == 0 and json.loads(result.stdout)["indicators"][4]["achieved"] == 55
    monkeypatch.setattr(sources, "MAX_STDIN_WORKBOOK", len(data) - 1)
    result = CliRunner().invoke(cli, ["status", "-", "--lang", "en"], input=data)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: <stdin>: the workbook read from a pipe is larger than {len(data) - 1:,} bytes; "
                             "name the file instead\n")


def test_a_workbook_with_a_password_is_said_to_have_one():
    """tests/encrypted-secret.xlsx: a two-row workbook encrypted with msoffcrypto-tool, password 'secret'."""
    path = Path(__file__).parent / "encrypted-secret.xlsx"
    result = CliRunner().invoke(cli, ["status", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {path}: the workbook is protected by a password and cannot be read; open it in "
                             "Excel or WPS, remove the password (File → Info → Protect Workbook), save it and try again\n")
