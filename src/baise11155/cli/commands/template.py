"""`baise11155 template`."""

from __future__ import annotations

import click

from ...model.notices import UserError, note
from ...present.words.command_line import option_help
from ..options import CONTEXT, Command, YearType, input_paths, lang_option, said_usage, targets_option
from . import load_plan


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("destination", metavar="FILE")
@click.option("--force", is_flag=True, help=option_help("force"))
@click.option("--tasks", "tasks", is_flag=True, help=option_help("template_tasks"))
@click.option("--year", type=YearType(), help=option_help("template_year"))
@lang_option
@targets_option
def template(destination, force, tasks, year, lang, targets_path) -> None:
    """Write a progress file ready to fill in: FILE.xlsx (drop-down lists, a sheet of targets) or FILE.csv.

    The header is in Chinese; the workbook's header cells explain each column in English. With
    --tasks, the plan's supervision ledger (督查台账) instead: a row for each task, a node for each quarter.

    \b
    Example:
      baise11155 template progress.xlsx
      baise11155 template progress.csv --force
      baise11155 template ledger.xlsx --tasks --year 2019
    """
    import os

    from ...present.template import template_csv, template_xlsx
    from ..output import check_destination, rendered, said, write_atomically

    extension = os.path.splitext(destination)[1].lower()
    if extension not in (".xlsx", ".xlsm", ".csv"):
        raise click.UsageError(said_usage("template_suffix", None, path=destination))
    if tasks and extension == ".csv":
        raise click.UsageError(said_usage("ledger_template_suffix", None, path=destination))
    if year is not None and not tasks:
        raise click.UsageError(said_usage("year_without_tasks", None))
    if os.path.exists(destination) and not force:
        raise UserError([note("already_exists", destination)])
    check_destination(destination, input_paths(click.get_current_context()))
    plan = load_plan(targets_path)
    if tasks:
        if not plan.tasks:
            raise UserError([note("plan_without_tasks", plan.path)])
        if year is not None and not plan.start.year <= year <= plan.end.year:  # a ledger of no year of the plan
            raise click.UsageError(said_usage("year_outside_plan", None, year=year, start=plan.start.year,
                                              end=plan.end.year))
        import datetime as dt

        from ...present.ledger_template import ledger_xlsx

        # the year kept: the one given, else this year within the plan's period
        kept = year or min(max(dt.date.today().year, plan.start.year), plan.end.year)
        data = rendered(lambda: ledger_xlsx(plan, kept, lang), destination)
    else:
        data = rendered(lambda: template_csv() if extension == ".csv" else template_xlsx(plan, lang), destination)
    write_atomically(destination, data)
    said(destination, lang)


command = template
