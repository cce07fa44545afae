"""`baise11155 template`."""

from __future__ import annotations

import click

from ...model.notices import UserError, note
from ...present.words.command_line import option_help
from ..options import CONTEXT, Command, input_paths, lang_option, said_usage, targets_option
from . import load_plan


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("destination", metavar="FILE")
@click.option("--force", is_flag=True, help=option_help("force"))
@lang_option
@targets_option
def template(destination, force, lang, targets_path) -> None:
    """Write a progress file ready to fill in: FILE.xlsx (drop-down lists, a sheet of targets) or FILE.csv.

    The header is in Chinese; the workbook's header cells explain each column in English.

    \b
    Example:
      baise11155 template progress.xlsx
      baise11155 template progress.csv --force
    """
    import os

    from ...present.template import template_csv, template_xlsx
    from ..output import check_destination, rendered, said, write_atomically

    extension = os.path.splitext(destination)[1].lower()
    if extension not in (".xlsx", ".xlsm", ".csv"):
        raise click.UsageError(said_usage("template_suffix", None, path=destination))
    if os.path.exists(destination) and not force:
        raise UserError([note("already_exists", destination)])
    check_destination(destination, input_paths(click.get_current_context()))
    plan = load_plan(targets_path)
    data = rendered(lambda: template_csv() if extension == ".csv" else template_xlsx(plan, lang), destination)
    write_atomically(destination, data)
    said(destination, lang)


command = template
