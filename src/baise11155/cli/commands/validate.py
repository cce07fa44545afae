"""`baise11155 validate`."""

from __future__ import annotations

import click

from ...present.words import phrase, text
from ..options import CONTEXT, EncodingType, lang_option, sheet_option, targets_option
from . import load_plan


@click.command(context_settings=CONTEXT)
@click.argument("progress", nargs=-1, required=True, metavar="PROGRESS...")
@click.option("--encoding", type=EncodingType(), help="Encoding of the progress files (default: detected).")
@sheet_option
@lang_option
@targets_option
@click.pass_context
def validate(ctx, progress, encoding, sheet, lang, targets_path) -> None:
    """Check progress files and list every problem as file:line; exit 1 if there is any.

    \b
    Example:
      baise11155 validate my-progress.csv
    """
    from ...calc.evaluate import default_as_of, evaluate
    from ...read.progress import read_progress

    plan = load_plan(targets_path)
    observations = read_progress(plan, list(progress), encoding, sheet)
    for problem in observations.problems:
        click.echo(text(problem, lang))
    hidden = observations.problem_count - len(observations.problems)
    if hidden:
        click.echo(phrase("more_problems_listed", lang, count=hidden))
    for warning in observations.warnings:
        # on standard output: the list is what validate is asked for
        click.echo(phrase("warning", lang, message=text(warning, lang)))
    if not observations.problem_count:
        as_of = default_as_of(plan, observations.latest)
        for notice in evaluate(plan, observations.buckets, as_of).notices:
            click.echo(phrase("warning", lang, message=text(notice, lang)))
    click.echo(phrase("validate_summary", lang, rows=observations.rows, problems=observations.problem_count), err=True)
    ctx.exit(1 if observations.problem_count else 0)


command = validate
