"""The commands, one module each, loaded only when run (or asked for help): a command line
pays for building only the command it runs. What several commands share is here."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ...present.words import phrase, text

if TYPE_CHECKING:
    from ...model.notices import Note
    from ...present.render import View
    from ..output import Output


def load_plan(targets_path):
    from ...read.targets_file import load_plan

    return load_plan(targets_path)


def warn(notes: list[Note], lang: str) -> None:
    """Warnings go to standard error and leave the exit code alone."""
    for note in notes:
        click.echo(phrase("warning", lang, message=text(note, lang)), err=True)


def evaluate_and_warn(plan, paths, reading, as_of, lang):
    from ..pipeline import evaluate_files

    evaluation, warnings = evaluate_files(plan, paths, reading, as_of)
    warn(warnings, lang)
    return evaluation


def by_option(function):
    return click.option("--by", "by", type=click.Choice(["county"]),
                        help="Each county's figures (县区) instead of the city's, the blocks adding up to them; "
                             "--format json gives both.")(function)


def evaluate_by(plan, paths, reading, as_of, lang, by):
    """The city's evaluation, and with `--by county` each county's (None without it)."""
    if by != "county":
        return evaluate_and_warn(plan, paths, reading, as_of, lang), None
    from ...calc.areas import by_area
    from ..pipeline import evaluate_observations, read_checked

    observations = read_checked(plan, list(paths), reading.replace(by_area=True))  # every kind's county kept
    evaluation = evaluate_observations(plan, observations, as_of)
    warn([*observations.warnings, *evaluation.notices], lang)
    return evaluation, by_area(plan, observations.buckets, evaluation.schedule.as_of)


def finish_evaluation(out: Output, plan, evaluation, areas, table) -> None:
    """Render an evaluation: its table (or, --by county, the counties'), its document (with the
    counties' figures when asked for)."""
    from ...present.render import View

    def shown():
        if areas is not None:  # the county blocks; the city's figures are the command without --by
            from ...present.views import areas_table

            return areas_table(plan, evaluation, areas, out.lang)
        return table()

    def document():
        made = evaluation_document(plan, evaluation)
        if areas is not None:
            from ...present.contract import with_areas

            made = with_areas(made, areas)
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
