"""`baise11155 validate`."""

from __future__ import annotations

import click

from ...present.words import phrase, text
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
        # what was read, on standard error: standard output is the list of problems and warnings
        say(text(recognised, lang), err=True)
    for receipt in observations.receipts:
        say(phrase("receipt_line", lang, message=text(receipt, lang)), err=True)
    if not observations.rows and not observations.duplicates and not observations.problem_count:
        # nothing read is no clean bill: an unfilled template, or a layout not understood
        from ...model.notices import note
        from ...read.sources import label_of

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
    for problem in observations.problems:
        say(text(problem, lang))
    hidden = observations.problem_count - len(observations.problems)
    if hidden:
        click.echo(phrase("more_problems_listed", lang, count=hidden, kept=len(observations.problems)))
    for warning in warnings:
        # on standard output: the list is what validate is asked for
        say(phrase("warning", lang, message=text(warning, lang)))
    from ...model.notices import CHECKS_FAILED

    failed = sum(1 for warning in warnings if warning.code in CHECKS_FAILED)
    click.echo(phrase("validate_summary" if observations.problem_count else "validate_clean", lang,
                      rows=observations.rows, problems=observations.problem_count), err=True)
    if failed:
        click.echo(phrase("validate_checks_failed", lang, checks=failed), err=True)
    ctx.exit(1 if observations.problem_count or failed else 0)


command = validate
