"""The commands, one module each, loaded only when run (or asked for help): a command line
pays for building only the command it runs. What several commands share is here."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from ...present.words import phrase, receipt_said, text
from ...present.words.command_line import option_help
from ...present.wrap import wrap_lines

if TYPE_CHECKING:
    from ...calc.evaluate import Evaluation
    from ...model.notices import Note
    from ...present.render import View
    from ..output import Output
    from ..pipeline import Evaluated


def load_plan(targets_path):
    from ...read.targets_file import load_plan

    return load_plan(targets_path)


RECEIPTS = ("receipt", "ledger_receipt")  # what was read, said as such: not a warning


def warn(notes: list[Note], lang: str) -> None:
    """Warnings go to standard error and leave the exit code alone."""
    for note in notes:  # (a read receipt is said as what it is, not as a warning)
        if note.code in RECEIPTS:
            say(receipt_said(note, lang), err=True)
        else:
            say(phrase("warning", lang, message=text(note, lang)), err=True)


def say(line: str, err: bool = False) -> None:
    """A line of messages; on a terminal wrapped by its columns, never inside a word."""
    width = _terminal_width(sys.stderr if err else sys.stdout)
    click.echo(wrap_lines(line, width) if width else line, err=err)


def _terminal_width(stream) -> int | None:
    """The terminal's columns when the stream is one (then long lines are wrapped by columns, never
    inside a word); None for a file or a pipe, which get each message on one line."""
    try:
        if stream is None or not stream.isatty():
            return None
    except ValueError:  # closed
        return None
    import shutil

    return shutil.get_terminal_size().columns


def evaluate_and_warn(plan, paths, reading, as_of, *, lang) -> Evaluation:
    from ..pipeline import evaluate_files

    evaluated = evaluate_files(plan, paths, reading, as_of)
    warn(evaluated.warnings, lang)
    return evaluated.evaluation


def by_option(function=None, lead: bool = False):
    """`--by county` (and, for gaps, `--by lead`)."""
    def decorate(function):
        return click.option("--by", "by", type=click.Choice(["county", "lead"] if lead else ["county"]),
                            help=option_help("by_lead" if lead else "by"))(function)

    return decorate(function) if function is not None else decorate


def layout_option(function):
    """`--layout wide`: with `--by county`, the counties as rows and the indicators as columns."""
    return click.option("--layout", "layout", type=click.Choice(["blocks", "wide"]), default="blocks",
                        show_default=True, help=option_help("layout"))(function)


def check_layout(layout: str, by: str | None) -> None:
    from ..options import said_usage

    if layout == "wide" and by != "county":
        raise click.UsageError(said_usage("layout_without_counties", None))


def evaluate_by(plan, paths, reading, as_of, *, lang, by) -> Evaluated:
    """The city's evaluation, and with `--by county` each county's (areas None without it)."""
    from ..pipeline import evaluate_files

    # the city's own, or with every kind's county kept (--by lead groups the city's figures)
    evaluated = evaluate_files(plan, list(paths), reading, as_of, by_area=by == "county")
    warn(evaluated.warnings, lang)
    return evaluated


def finish_evaluation(out: Output, plan, evaluated: Evaluated, table, layout: str = "blocks") -> None:
    """Render an evaluation: its table (or, --by county, the counties', in blocks or `wide`), its
    document (with the counties' figures when asked for: the same whatever the layout)."""
    from ...present.render import View

    evaluation, areas = evaluated.evaluation, evaluated.areas

    def shown():
        if areas is not None:  # the county blocks; the city's figures are the command without --by
            from ...present.views import areas_table, areas_wide_table

            return (areas_wide_table if layout == "wide" else areas_table)(plan, evaluation, areas, out.lang)
        return table()

    def document():
        made = evaluation_document(plan, evaluation)
        if areas is not None:
            from ...calc.areas import ranking
            from ...present.contract import with_areas

            made = with_areas(made, plan, areas, ranking(plan, areas))
        return made

    finish(out, View(table=shown, document=document))


def evaluation_document(plan, evaluation):
    from ...present.contract import evaluation_document

    return evaluation_document(plan, evaluation)


def finish(out: Output, view: View) -> None:
    """Render the result in the chosen format (building only what the format needs) and write it."""
    from ...present.render import Settings, render
    from ..output import emit, rendered

    emit(rendered(lambda: render(view, Settings(out.fmt, out.lang, out.terminal)), out.path), out)
