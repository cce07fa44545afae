"""The output formats, one registry: each name maps to the renderer module that writes it and
says whether it is binary and whether a file of it needs a byte-order mark. Imports nothing
heavy, so that `--help` stays cheap; a renderer's module is imported only when it is used.

Every renderer module has one function, `render(view, settings) -> str | bytes` (see
`present.render`). A test checks that every name here has its renderer.
"""

from __future__ import annotations

from dataclasses import dataclass

# tabulate's formats offered by --format (its own "tsv" is replaced by ours, which quotes
# properly; "unsafehtml" is left out on purpose). A test checks each is known to tabulate.
TABULATE_FORMATS = (
    "plain", "simple", "github", "grid", "simple_grid", "rounded_grid", "heavy_grid", "mixed_grid",
    "double_grid", "fancy_grid", "outline", "simple_outline", "rounded_outline", "heavy_outline",
    "mixed_outline", "double_outline", "fancy_outline", "pipe", "orgtbl", "asciidoc", "jira", "presto",
    "pretty", "psql", "rst", "mediawiki", "moinmoin", "youtrack", "html", "latex", "latex_raw",
    "latex_booktabs", "latex_longtable", "textile",
)
ALIASES = {"markdown": "pipe", "md": "pipe"}


@dataclass(frozen=True, slots=True)
class Format:
    module: str  # present.render.<module> holds its `render`
    binary: bool = False  # bytes: written to a file or a pipe, never to a terminal
    bom: bool = False  # a file of it opens right in Excel on Chinese Windows only with a UTF-8 byte-order mark
    offered: bool = True  # listed by --format (the report has a command of its own)


_TEXT = Format("text")  # one for all of tabulate's formats: the registry is built on every start
_DELIMITED = Format("delimited", bom=True)
REGISTRY: dict[str, Format] = {
    "table": Format("rich_table"),
    **dict.fromkeys((*TABULATE_FORMATS, *ALIASES), _TEXT),
    "csv": _DELIMITED,
    "tsv": _DELIMITED,
    "json": Format("json_out"),
    "xlsx": Format("xlsx", binary=True),
    "report": Format("html", offered=False),
    "docx": Format("docx_out", binary=True, offered=False),  # the report as a Word file
}
# The format a file's name asks for, where --format does not say: `-o 差距.xlsx` is a workbook,
# never a text table in a file Excel cannot open. A name this does not know keeps the default.
EXTENSIONS = {".xlsx": "xlsx", ".json": "json", ".csv": "csv", ".tsv": "tsv", ".md": "markdown",
              ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx"}
REPORT_EXTENSIONS = {".html": "report", ".htm": "report", ".docx": "docx"}  # the report's page, or its Word file
FORMATS = tuple(name for name, spec in REGISTRY.items() if spec.offered)  # what --format offers
# a renderer of many names is shown in --help by a few of them
NAMED_IN_HELP = {"text": ("plain", "github", "grid", "markdown", "rst", "html", "latex")}


def extension(path: str | None) -> str:
    """A file name's extension in lower case (".xlsx"), "" for none."""
    import os

    return os.path.splitext(path)[1].lower() if path else ""


def offered_by_renderer() -> list[tuple[str, tuple[str, ...]]]:
    """Each renderer --format offers (its module), with the names --help shows it by, in the
    registry's order: what `--format`'s help is made of."""
    names: dict[str, list[str]] = {}
    for name in FORMATS:
        names.setdefault(REGISTRY[name].module, []).append(name)
    return [(module, NAMED_IN_HELP.get(module, tuple(found))) for module, found in names.items()]
