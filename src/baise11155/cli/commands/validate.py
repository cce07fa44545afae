"""`baise11155 validate`."""

from __future__ import annotations

import re

import click

from ...present.words import header_as_named, phrase, receipt_said, text, validate_said
from ...read.sources import label_of
from ..options import (
    CONTEXT,
    Command,
    lang_option,
    progress_argument,
    read_settings_options,
    targets_option,
)
from . import load_plan, say


@click.command(cls=Command, context_settings=CONTEXT)
@progress_argument
@read_settings_options
@lang_option
@targets_option
@click.pass_context
def validate(ctx, *, progress, reading, lang, targets_path) -> None:
    """Check progress files and list every problem as file:line; exit 1 if there is any.

    \b
    Example:
      baise11155 validate examples/progress-2018.csv
    """
    from ..pipeline import read_files

    plan = load_plan(targets_path)
    observations = read_files(plan, list(progress), reading)
    for recognised in observations.recognised:
        # what was read, on standard error: standard output is the list of problems and warnings;
        # a header read just as it is written is not said back
        if not header_as_named(recognised):
            say(text(recognised, lang), err=True)
    for receipt in observations.receipts:
        say(receipt_said(receipt, lang), err=True)
    if not observations.rows and not observations.duplicates and not observations.problem_count:
        # nothing read is no clean bill: an unfilled template, or a layout not understood
        from ...model.notices import note

        observations.problem(note("no_rows", ", ".join(label_of(path) for path in progress)))
    from ...calc.period import dated_after_period

    for problem in dated_after_period(plan, observations.buckets):  # whatever else is wrong in the file
        observations.problem(problem)
    warnings = [*plan.warnings, *observations.warnings]  # the plan's own first (milestones short of the target)
    if not observations.problem_count:
        from ...calc.evaluate import default_as_of, evaluate

        evaluation = evaluate(plan, observations.buckets, default_as_of(plan, (key.when for key in observations.buckets)))
        warnings += evaluation.notices
        for problem in evaluation.problems:  # a figure the files leave unknowable: a problem too
            observations.problem(problem)
    # problems and warnings together in the files' order, line by line, as a clerk corrects them
    # (the plan's own warnings, and others of no line, after them)
    files = {label_of(path): n for n, path in enumerate(progress)}
    listed = sorted([(place_order(problem.place, files), 0, n, problem) for n, problem in enumerate(observations.problems)]
                    + [(place_order(warning.place, files), 1, n, warning) for n, warning in enumerate(warnings)],
                    key=lambda entry: entry[:3])
    for _, is_warning, _, said in listed:
        # on standard output: the list is what validate is asked for
        say(phrase("warning", lang, message=text(said, lang)) if is_warning else text(said, lang))
    hidden = observations.problem_count - len(observations.problems)
    if hidden:
        click.echo(phrase("more_problems_listed", lang, count=hidden, kept=len(observations.problems)))
    from ...model.notices import CHECKS_FAILED

    failed = [warning.code for warning in warnings if warning.code in CHECKS_FAILED]
    counted = sum(receipt.params["rows"] for receipt in observations.receipts  # type: ignore[misc]
                  if receipt.code == "receipt")
    click.echo(validate_said(max(observations.data_lines, counted), counted, observations.problem_count, failed, lang),
               err=True)
    ctx.exit(1 if observations.problem_count or failed else 0)


def place_order(place: str, files: dict[str, int]) -> tuple[int, int]:
    """Where a note points, as a key to list notes in the files' order and, in each, by line
    (file.csv:12, file.xlsx:进度!C12, file.xlsx:进度!12:12); a note of no line after them."""
    found = _PLACE.fullmatch(place)
    if not found:  # a file as a whole (第4、5、6行共3条…) at its top; else after every file
        return (files[place], 0) if place in files else (len(files), 0)
    return (files.get(found["file"], len(files) - 1 if files else 0), int(found["line"]))


_PLACE = re.compile(r"(?P<file>.+?):(?:[^:!]*![A-Z]{0,3})?(?P<line>\d+)(?::\d+)?")

command = validate
