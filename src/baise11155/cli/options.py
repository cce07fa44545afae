"""The options the commands share, each defined once. The read settings travel as one
`ReadSettings`, the output settings as one `Output`; an option that names an input file says so
by its type, and the overwrite guard finds the inputs by it."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from typing import Any

import click

from ..model.notices import Listed, UserError, note
from ..present.formats import FORMATS
from ..present.words import LANGS
from ..present.words.command_line import format_help, option_help, usage

TARGETS_ENV_VAR = "BAISE11155_TARGETS"


# click measures the terminal for help text itself (shutil.get_terminal_size), up to 100 columns
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
LANG_KEY = "baise11155.lang"  # where the run's language is kept in click's shared context


class DateType(click.ParamType):
    """A date as progress files may write it: 2019-06-30, 2019/6/30, 2019年6月30日, 2019-06 (its last
    day), 2019 (its 31 December)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        from ..present.words import phrase
        from ..read.cells import CellError, parse_when

        try:
            return parse_when(value)[0]
        except CellError as exc:
            self.fail(phrase(exc.code, run_language(ctx), **exc.params), param, ctx)


class YearType(click.ParamType):
    """A year of four digits, refused in the run's language (click's own range message is English)."""

    name = "YEAR"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if not (len(text) == 4 and text.isascii() and text.isdigit()):
            self.fail(said_usage("year_not_a_year", ctx, value=value), param, ctx)
        return int(text)


class EncodingType(click.ParamType):
    name = "ENCODING"

    def convert(self, value, param, ctx):
        from ..read.sources import check_encoding

        try:
            return check_encoding(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class InputFile(click.ParamType):
    """A file the command reads: never written over by --output."""

    name = "FILE"

    def convert(self, value, param, ctx):
        return value


def input_paths(ctx: click.Context) -> list[str]:
    """Every input file the command was given, by the parameters declared as `InputFile`."""
    paths: list[str] = []
    for param in ctx.command.params:
        if isinstance(param.type, InputFile):
            value = ctx.params.get(param.name or "")
            if isinstance(value, (list, tuple)):
                paths += value
            elif value is not None:
                paths.append(value)
    return paths


def targets_option(function):
    """--plan ID (a bundled plan) or --targets FILE (any plan), handed to the command as the path
    of the plan's file."""

    @functools.wraps(function)
    def wrapper(*args: Any, targets_path: str | None, plan_id: str | None, **kwargs: Any):
        if plan_id is not None:
            ctx = click.get_current_context()
            given = ctx.get_parameter_source("targets_path") == click.core.ParameterSource.COMMANDLINE
            if targets_path is not None and given:
                raise click.UsageError(said_usage("plan_and_targets", ctx))
            from ..read.targets_file import bundled_plans

            plans = bundled_plans()
            if plan_id not in plans:
                raise click.BadParameter(said_usage("no_bundled_plan", ctx, plan=plan_id, plans=Listed(plans)),
                                         param_hint="'--plan'")
            targets_path = plans[plan_id]
        elif targets_path is None:
            targets_path = _configured_plan()  # the config file's plan, else the bundled default (None)
        return function(*args, targets_path=targets_path, **kwargs)

    decorated = click.option(
        "--targets",
        "targets_path",
        type=InputFile(),
        metavar="FILE",
        envvar=TARGETS_ENV_VAR,
        show_envvar=True,
        help=option_help("targets"),
    )(wrapper)
    return click.option(
        "--plan",
        "plan_id",
        metavar="ID",
        help=option_help("plan"),
    )(decorated)


def _choose_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """The language of the run: names, headers and the messages about the user's files. Kept
    in the context too, so that an error raised later is said in it."""
    # this command's --lang, else the group's (`baise11155 --lang zh status …`), else the environment's
    if value is None and ctx.parent is None:
        return None  # type: ignore[return-value]  # the group's, not given: the command decides, later
    chosen = value or ctx.meta.get(LANG_KEY) or _configured_language(ctx)
    ctx.meta[LANG_KEY] = chosen
    return chosen


def said_usage(code: str, ctx: click.Context | None, /, **params: object) -> str:
    """A usage error in the run's language (the context's, else the current one's)."""
    return usage(code, run_language(ctx or click.get_current_context(silent=True)), **params)


def run_language(ctx: click.Context | None) -> str:
    """The language chosen for this run; where no option chose one yet, the one the environment,
    the config file or the system gives (`config.language`, the one rule)."""
    if ctx is not None and LANG_KEY in ctx.meta:
        return ctx.meta[LANG_KEY]
    return _configured_language()


def _configured_plan() -> str | None:
    """The path of the plan the config file names, or None."""
    from .config import ConfigError, read_config

    try:
        plan = read_config().get("plan")
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    if plan is None:
        return None
    from ..read.targets_file import bundled_plans

    return bundled_plans()[plan]  # checked when the file was read


def _configured_language(ctx: click.Context | None = None) -> str:
    """The language of the environment, the config file or the system (see `config.language`). A
    broken config file stops every command but `config`, which is how it is mended."""
    from .config import ConfigError, language

    try:
        return language()[0]
    except ConfigError as exc:
        if ctx is not None and ctx.info_name == "config":
            return language(config={})[0]
        raise click.ClickException(str(exc)) from None


def lang_option(function):
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        callback=_choose_language,
        is_eager=True,  # before the other options, whose messages it sets the language of
        help=option_help("lang"),
    )(function)


def output_options(fixed_format: str | None = None):
    """--format, --output and --lang, handed to the command as one `Output`. A command that
    writes one format only (the report) has no --format."""

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args: Any, output_path: str | None, lang: str, fmt: str | None = None, **kwargs: Any):
            from ..present.formats import REGISTRY
            from .output import Output, check_destination

            chosen = _chosen_format(fixed_format, fmt, output_path)
            if output_path is None and sys.stdout is None:  # `>&-`: the result would be lost
                raise UserError([note("stdout_closed", "<stdout>")])
            if REGISTRY[chosen].binary and output_path is None and sys.stdout.isatty():
                raise click.UsageError(said_usage("binary_to_terminal", None, fmt=chosen))
            if output_path is not None:
                # before any work is done: never onto an input, never where it cannot be written
                check_destination(output_path, input_paths(click.get_current_context()))
            return function(*args, out=Output(chosen, lang, output_path), **kwargs)

        decorated = lang_option(wrapper)
        decorated = click.option("--output", "-o", "output_path", metavar="FILE",
                                 help=option_help("output"))(decorated)
        if fixed_format is None:
            decorated = click.option(
                "--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                metavar="FORMAT",  # the forty names are checked, completed by the shell, and listed on a wrong one
                help=format_help("en"),
            )(decorated)
        return decorated

    return decorate


def _chosen_format(fixed_format: str | None, fmt: str | None, path: str | None) -> str:
    """The format to write: --format's, else the one the output file's name asks for (`-o 差距.xlsx`
    a workbook, `report -o 报告.docx` a Word file), else the default; a name contradicting --format,
    or asking for what the command does not write, is refused before any work is done."""
    from ..present.formats import EXTENSIONS, REGISTRY, REPORT_EXTENSIONS, extension

    ext = extension(path)
    if fixed_format is not None:  # the report: its page, or its Word file; a .pdf would hold HTML
        if ext and ext not in REPORT_EXTENSIONS:
            raise click.UsageError(said_usage("report_extension", None, path=path, ext=ext))
        return REPORT_EXTENSIONS.get(ext, fixed_format)
    wanted = EXTENSIONS.get(ext)
    if wanted is not None and not REGISTRY[wanted].offered:
        raise click.UsageError(said_usage("extension_report_only", None, path=path, ext=ext))
    ctx = click.get_current_context()
    given = ctx.get_parameter_source("fmt") not in (click.core.ParameterSource.DEFAULT, None)
    if not given:
        return wanted or fmt or "table"
    assert fmt is not None
    if wanted is not None and REGISTRY[wanted] is not REGISTRY[fmt]:
        raise click.UsageError(said_usage("extension_contradicts", None, path=path, ext=ext, fmt=fmt, wanted=wanted))
    return fmt


def sheet_option(function):
    return click.option(
        "--sheet", "sheets", metavar="NAME", multiple=True,
        help=option_help("sheet"),
    )(function)


class ColumnMapping(click.ParamType):
    """COLUMN=HEADER: a header the tool does not know, named as one of its columns."""

    name = "COLUMN=HEADER"

    def convert(self, value, param, ctx):
        from ..model.columns import PROGRESS_COLUMNS

        if isinstance(value, tuple):
            return value
        column, sep, header = value.partition("=")
        names = [c.name for c in PROGRESS_COLUMNS]
        # a column named in Chinese too, by the header the template writes (数量=完成情况 as value=完成情况)
        chinese = {c.headers[0]: c.name for c in PROGRESS_COLUMNS}
        named = chinese.get(column.strip(), column.strip())
        if not sep or not header.strip() or named not in names:
            self.fail(said_usage("column_mapping", ctx, value=value, names=Listed(names)), param, ctx)
        return named, header.strip()


def read_settings_options(function):
    """--encoding, --sheet and --column, handed to the command as one `ReadSettings`."""

    @functools.wraps(function)
    def wrapper(*args: Any, encoding: str | None, sheets: tuple, columns: tuple, skip_hidden: bool,
                count_hidden: bool, **kwargs: Any):
        from ..read.progress import ReadSettings

        if skip_hidden and count_hidden:
            raise click.UsageError(said_usage("hidden_both", None))
        return function(*args, reading=ReadSettings(encoding, tuple(sheets), tuple(columns), skip_hidden=skip_hidden,
                                                    count_hidden=count_hidden), **kwargs)

    decorated = click.option(
        "--column", "columns", multiple=True, type=ColumnMapping(),
        help=option_help("column"),
    )(wrapper)
    decorated = click.option(
        "--skip-hidden", is_flag=True,
        help=option_help("skip_hidden"),
    )(decorated)
    decorated = click.option(
        "--count-hidden", is_flag=True,
        help=option_help("count_hidden"),
    )(decorated)
    decorated = sheet_option(decorated)
    return click.option(
        "--encoding", type=EncodingType(), help=option_help("encoding")
    )(decorated)


def progress_argument(function):
    return click.argument("progress", nargs=-1, required=True, type=InputFile(), metavar="PROGRESS...")(function)


def reading_options(function):
    """PROGRESS..., --encoding, --sheet (as `reading`) and --as-of."""
    function = read_settings_options(function)
    function = click.option(
        "--as-of", "as_of", type=DateType(),
        help=option_help("as_of"),
    )(function)
    return progress_argument(function)


def region_progress_option(function):
    return click.option(
        "--region-progress", "region_progress", multiple=True, type=InputFile(), metavar="FILE",
        help=option_help("region_progress"),
    )(function)


class LocalHelp:
    """--help in the run's language: in Chinese the descriptions, the options' help and click's
    headings come from the catalogue (`present.words.command_line`); the examples stay as they
    are: they are commands."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from ..present.words.command_line import (
            ADDED,
            HEADINGS,
            chinese_option_help,
            option_names,
            said_here,
            usage_pieces,
        )

        if not said_here(run_language(ctx)):
            return super().format_help(ctx, formatter)  # type: ignore[misc]
        command: Any = self
        english = command.help
        try:
            command.help = self.chinese_help(english or "")
            pieces = usage_pieces(" ".join(command.collect_usage_pieces(ctx)), run_language(ctx))
            formatter.write_usage(ctx.command_path, pieces, prefix=HEADINGS["Usage: "])
            write_wide_text(formatter, command.help or "")
            records = []
            for param in command.get_params(ctx):
                record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
                if record is None:
                    continue
                said = chinese_option_help(param.help or "")
                if said is not None:
                    extra = record[1][len(param.help):] if param.help and record[1].startswith(param.help) else ""
                    for english_word, chinese in ADDED.items():
                        extra = extra.replace(english_word, chinese)
                    record = (record[0], said + extra)
                records.append((option_names(record[0]), record[1]))
            if records:
                formatter.write_paragraph()
                formatter.write(HEADINGS["Options:"] + "\n")
                with formatter.indentation():
                    write_wide_dl(formatter, records)
            self.format_more(ctx, formatter)
            command.format_epilog(ctx, formatter)
        finally:
            command.help = english

    def chinese_help(self, english: str) -> str:
        import inspect

        from ..present.words.command_line import DOCS, HEADINGS

        command: Any = self
        english = inspect.cleandoc(english)
        said = DOCS.get(command.name, english.split("\n\n")[0])
        examples = english[english.index("\b"):].rstrip() if "\b" in english else ""
        return said + ("\n\n" + examples.replace("Example:", HEADINGS["Example:"]) if examples else "")

    def format_more(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """What a group adds after its options (its commands)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """click's parser raises some usage errors (an option without its value) without the
        context: given it here, they are said in the run's language with the command's usage."""
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except click.UsageError as exc:
            if exc.ctx is None:
                exc.ctx = ctx
            raise


def write_wide_text(formatter: click.HelpFormatter, text: str) -> None:
    """A command's description in Chinese, wrapped by terminal columns (click counts characters,
    and a Chinese character takes two): paragraphs wrapped, an example block (after \\b) as it is."""
    import inspect

    from ..present.wrap import wrap_wide

    if not text:
        return
    formatter.write_paragraph()
    with formatter.indentation():
        width = max((formatter.width or 80) - formatter.current_indent, 20)
        for n, paragraph in enumerate(inspect.cleandoc(text).split("\n\n")):
            if n:
                formatter.write("\n")
            if paragraph.startswith("\b"):
                lines = paragraph[1:].strip("\n").splitlines()
            else:
                lines = wrap_wide(" ".join(paragraph.split()), width)
            for line in lines:
                formatter.write(" " * formatter.current_indent + line + "\n")


class Command(LocalHelp, click.Command):
    """A command whose --help speaks the run's language."""


def write_wide_dl(formatter: click.HelpFormatter, rows: list[tuple[str, str]]) -> None:
    """click's definition list, wrapped by terminal columns rather than characters."""
    from ..present.wrap import columns_of as _columns_of
    from ..present.wrap import wrap_wide

    indent = formatter.current_indent
    first = min(max(_columns_of(term) for term, _ in rows), 30) + 2
    width = max((formatter.width or 80) - indent - first, 20)
    for term, text in rows:
        lines = wrap_wide(text, width) or [""]
        if _columns_of(term) <= first - 2:
            formatter.write(" " * indent + term + " " * (first - _columns_of(term)) + lines[0] + "\n")
            rest = lines[1:]
        else:
            formatter.write(" " * indent + term + "\n")
            rest = lines
        for line in rest:
            formatter.write(" " * (indent + first) + line + "\n")
