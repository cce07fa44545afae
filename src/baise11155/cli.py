"""The command line: options in, results out. No arithmetic here.

read (progress.py) -> validate (progress.py, targets_file.py) -> calculate (calc.py, region.py)
-> rows (views.py, contract.py) -> one renderer per format (render/).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from .errors import UserError
from .i18n import say
from .options import (
    CONTEXT,
    EncodingType,
    lang_option,
    output_options,
    reading_options,
    sheet_option,
    targets_option,
)

if TYPE_CHECKING:
    from .output import Output


MAX_PROBLEMS_SHOWN = 20


def _load_plan(targets_path):
    from .targets_file import load_plan

    return load_plan(targets_path)


def _warn(messages: list[str]) -> None:
    """Warnings go to standard error and leave the exit code alone."""
    for message in messages:
        click.echo(say("warning", message=message), err=True)


def _evaluate(plan, paths, encoding, as_of, sheet):
    from .pipeline import evaluate_files

    evaluation, warnings = evaluate_files(plan, paths, encoding, sheet, as_of)
    _warn(warnings)
    return evaluation


def _compare(plan, evaluation, region_paths, encoding, sheet):
    from .pipeline import compare_files

    comparison, warnings = compare_files(plan, evaluation, region_paths, encoding, sheet)
    _warn(warnings)
    return comparison


def _evaluation_document(plan, evaluation, lang):
    from .contract import evaluation_document

    return evaluation_document(plan, evaluation, lang)


def _finish(out: Output, make_table, make_document) -> None:
    """Render the result in the chosen format (building only the table or the document it needs) and write it."""
    from .output import emit
    from .render import render

    emit(render(out.fmt, make_table, make_document, out.lang, out.terminal), out)


class _Problems(click.ClickException):
    """Problems with the user's files: exit 1, the message in the run's language."""

    def show(self, file=None) -> None:
        click.echo(say("error", message=self.format_message()), err=True, file=file)


class _Commands(click.Group):
    """Turns a problem with the user's files into a clean message and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            raise _Problems(_problems_text(exc)) from None


def _problems_text(exc: UserError) -> str:
    lines = list(exc.problems[:MAX_PROBLEMS_SHOWN])
    hidden = exc.total - len(lines)
    if hidden > 0:
        lines.append(say("more_problems", count=hidden))
    return "\n".join(lines)


@click.group(cls=_Commands, context_settings=CONTEXT)
@click.version_option(package_name="baise11155", prog_name="baise11155")
def cli() -> None:
    """Progress of Baise's “11155” S&T plan (百色“11155”科技创新工程) and its share of
    Guangxi's “三百二千”: completion (完成率), gaps (差距), schedule (序时进度) and contribution.

    Progress files are CSV (UTF-8 or GB18030), one row per item or per figure; see
    `baise11155 targets` for the indicators and categories they may name.
    """


@cli.command(context_settings=CONTEXT)
@reading_options
@targets_option
@output_options()
def status(progress, as_of, encoding, sheet, targets_path, out: Output) -> None:
    """One row per indicator: target, achieved, completion, gap, schedule, status.

    \b
    Example:
      baise11155 status examples/progress-2019.csv
      baise11155 status progress-2018.csv progress-2019.csv --as-of 2019-06-30 --format json
    """
    plan = _load_plan(targets_path)
    evaluation = _evaluate(plan, progress, encoding, as_of, sheet)

    def make_table():
        from .views import status_table

        return status_table(plan, evaluation, out.lang)

    _finish(out, make_table, lambda: _evaluation_document(plan, evaluation, out.lang))


@cli.command(context_settings=CONTEXT)
@reading_options
@click.option("--sort", type=click.Choice(["plan", "shortfall"]), default="plan", show_default=True,
              help="plan: the plan's order; shortfall: the largest share of the target missing first.")
@targets_option
@output_options()
def gaps(progress, as_of, encoding, sheet, sort, targets_path, out: Output) -> None:
    """The gap table (差距): every indicator and category, with what is still needed per year.

    \b
    Example:
      baise11155 gaps examples/progress-2019.csv --format markdown
      baise11155 gaps examples/progress-2019.csv --sort shortfall
    """
    plan = _load_plan(targets_path)
    evaluation = _evaluate(plan, progress, encoding, as_of, sheet)

    def make_table():
        from .views import gaps_table

        return gaps_table(plan, evaluation, out.lang, by_shortfall=sort == "shortfall")

    _finish(out, make_table, lambda: _evaluation_document(plan, evaluation, out.lang))


@cli.command(context_settings=CONTEXT)
@reading_options
@click.option("--region-progress", "region_progress", multiple=True, metavar="FILE",
              help="Region-wide progress (same format): adds the region's own completion. May be repeated.")
@targets_option
@output_options()
def compare(progress, as_of, encoding, sheet, region_progress, targets_path, out: Output) -> None:
    """The city against the region's targets (对照全区“三百二千”), on the region's basis.

    A stock counts as new additions there (新增): 50 held - 29 at the baseline = 21.

    \b
    Example:
      baise11155 compare examples/progress-2019.csv
      baise11155 compare examples/progress-2019.csv --region-progress examples/guangxi-progress.csv
    """
    plan = _load_plan(targets_path)
    evaluation = _evaluate(plan, progress, encoding, as_of, sheet)
    comparison = _compare(plan, evaluation, region_progress, encoding, sheet)

    def make_table():
        from .views import compare_table

        return compare_table(plan, comparison, out.lang)

    def make_document():
        from .contract import comparison_document

        return comparison_document(plan, comparison, out.lang)

    _finish(out, make_table, make_document)


@cli.command(context_settings=CONTEXT)
@reading_options
@click.option("--region-progress", "region_progress", multiple=True, metavar="FILE",
              help="Region-wide progress (same format): adds the region's own completion. May be repeated.")
@click.option("--output", "-o", "output_path", metavar="FILE", help="Write the page here (default: standard output).")
@lang_option
@targets_option
def report(progress, as_of, encoding, sheet, region_progress, output_path, lang, targets_path) -> None:
    """One self-contained HTML page for leadership: headline, bars against the schedule, region, gaps.

    No network, no scripts; prints on A4. Every number is the one `compare --format json` gives.

    \b
    Example:
      baise11155 report examples/progress-2019.csv --output report.html
      baise11155 report examples/progress-2019.csv --region-progress examples/guangxi-progress.csv -o report.html
    """
    from .contract import comparison_document
    from .i18n import label
    from .output import Output, check_destination, emit
    from .pipeline import compare_files, evaluate_files
    from .render.html import render_report
    from .views import project_name, region_name

    if output_path is not None:
        check_destination(output_path, [*progress, *region_progress])
    plan = _load_plan(targets_path)
    evaluation, warnings = evaluate_files(plan, progress, encoding, sheet, as_of)
    comparison, region_warnings = compare_files(plan, evaluation, region_progress, encoding, sheet)
    warnings += region_warnings
    _warn(warnings)  # on standard error as for every command, and on the page
    document = comparison_document(plan, comparison, lang)
    title = label("report_title", lang).format(name=project_name(plan, lang))
    page = render_report(document, title, region_name(plan, lang), lang, warnings)
    emit(page, Output("html", lang, output_path))


@cli.command(context_settings=CONTEXT)
@targets_option
@output_options()
def targets(targets_path, out: Output) -> None:
    """The plan as encoded: indicators, categories, baselines, regional counterparts, codes.

    \b
    Example:
      baise11155 targets
      baise11155 targets --format json
    """
    plan = _load_plan(targets_path)

    def make_table():
        from .views import targets_table

        return targets_table(plan, out.lang)

    def make_document():
        from .contract import plan_document

        return plan_document(plan)

    _finish(out, make_table, make_document)


@cli.command(context_settings=CONTEXT)
@click.argument("destination", metavar="FILE")
@click.option("--force", is_flag=True, help="Write over FILE if it exists.")
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

    from .output import check_destination, write_atomically
    from .template import template_csv, template_xlsx

    extension = os.path.splitext(destination)[1].lower()
    if extension not in (".xlsx", ".xlsm", ".csv"):
        raise click.UsageError(f"{destination}: name the template .xlsx or .csv")
    if os.path.exists(destination) and not force:
        raise UserError([f"{destination}: {say('already_exists')}"])
    check_destination(destination, [])
    plan = _load_plan(targets_path)
    data = template_csv() if extension == ".csv" else template_xlsx(plan, lang)
    write_atomically(destination, data)
    click.echo(say("wrote", path=destination), err=True)


@cli.command(context_settings=CONTEXT)
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
    from .calc import default_as_of, evaluate
    from .progress import read_progress

    plan = _load_plan(targets_path)
    observations = read_progress(plan, list(progress), encoding, sheet)
    for problem in observations.problems:
        click.echo(problem)
    hidden = observations.problem_count - len(observations.problems)
    if hidden:
        click.echo(say("more_problems_listed", count=hidden))
    for warning in observations.warnings:
        click.echo(say("warning", message=warning))  # on standard output: the list is what validate is asked for
    if not observations.problem_count:
        as_of = default_as_of(plan, observations.latest)
        for notice in evaluate(plan, observations.buckets, as_of).notices:
            click.echo(say("warning", message=notice))
    noun = "problem" if observations.problem_count == 1 else "problems"
    click.echo(say("validate_summary", rows=observations.rows, problems=observations.problem_count, noun=noun), err=True)
    ctx.exit(1 if observations.problem_count else 0)


def main(argv: list[str] | None = None) -> None:
    """The console script: user errors become messages, never tracebacks."""
    try:
        code = cli.main(args=argv, prog_name="baise11155", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback, and keep Python from printing one at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
