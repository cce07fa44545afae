"""The options the commands share, each defined once (the output settings travel as one `Output`)."""

from __future__ import annotations

import datetime as dt
import functools
import sys

import click

from ..present.formats import FORMATS
from ..present.words import LANGS, default_lang

TARGETS_ENV_VAR = "BAISE11155_TARGETS"
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            self.fail(f"{value!r} is not a date written YYYY-MM-DD", param, ctx)


class EncodingType(click.ParamType):
    name = "ENCODING"

    def convert(self, value, param, ctx):
        from ..read.sources import check_encoding

        try:
            return check_encoding(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def targets_option(function):
    return click.option(
        "--targets",
        "targets_path",
        metavar="FILE",
        envvar=TARGETS_ENV_VAR,
        show_envvar=True,
        help="The plan to measure against (default: the bundled Baise “11155” plan).",
    )(function)


LANG_KEY = "baise11155.lang"  # where the run's language is kept in click's shared context


def _choose_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """The language of the run: names, headers and the messages about the user's files. Kept
    in the context too, so that an error raised later is said in it."""
    chosen = value or default_lang()
    ctx.meta[LANG_KEY] = chosen
    return chosen


def run_language(ctx: click.Context | None) -> str:
    """The language chosen for this run, or the locale's when no option chose one yet."""
    if ctx is not None and LANG_KEY in ctx.meta:
        return ctx.meta[LANG_KEY]
    return default_lang()


def lang_option(function):
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        callback=_choose_language,
        is_eager=True,  # before the other options, whose messages it sets the language of
        help="Language of names, headers and messages (default: zh when LANG/LC_ALL start with zh, else en).",
    )(function)


def output_options(formats=FORMATS):
    """--format, --output and --lang, handed to the command as one `Output`."""

    def decorate(function):
        @click.option(
            "--format", "-f", "fmt", type=click.Choice(formats), default="table", show_default=True,
            metavar="FORMAT",  # the forty names are checked, completed by the shell, and listed on a wrong one
            help="table (rich), a tabulate format (plain, github, grid, markdown, rst, html, latex, ...), csv, tsv, "
            "json, or xlsx (with --output).",
        )
        @click.option("--output", "-o", "output_path", metavar="FILE", help="Write to FILE (atomically) instead of standard output.")
        @lang_option
        @functools.wraps(function)
        def wrapper(*args, fmt, output_path, lang, **kwargs):
            from ..present.formats import BINARY_FORMATS
            from .output import Output, check_destination

            if fmt in BINARY_FORMATS and output_path is None and sys.stdout.isatty():
                raise click.UsageError(f"--format {fmt} writes a file: give it with --output FILE.{fmt}")
            if output_path is not None:
                # before any work is done: never onto an input, never where it cannot be written
                check_destination(output_path, [*kwargs.get("progress", ()), *kwargs.get("region_progress", ())])
            return function(*args, out=Output(fmt, lang, output_path), **kwargs)

        return wrapper

    return decorate


def sheet_option(function):
    return click.option(
        "--sheet", metavar="NAME", help="The sheet to read in .xlsx progress files (default: the first)."
    )(function)


def reading_options(function):
    function = sheet_option(function)
    function = click.option(
        "--encoding", type=EncodingType(), help="Encoding of the progress files (default: UTF-8 or GB18030, detected)."
    )(function)
    function = click.option(
        "--as-of", "as_of", type=DateType(),
        help="The date to measure at (default: the latest date in the data, capped at the period's end).",
    )(function)
    return click.argument("progress", nargs=-1, required=True, metavar="PROGRESS...")(function)
