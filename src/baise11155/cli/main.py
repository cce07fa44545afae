"""The command line: the group, its lazily loaded commands, and errors turned into messages.

read (progress.py) -> validate (progress.py, targets_file.py) -> calculate (calc.py, region.py)
-> rows (views.py, contract.py) -> one renderer per format (render/). Each command is a module
of `commands/`, imported only when it runs or its help is asked for.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import NoReturn

import click

from ..model.notices import UserError
from ..present.words import phrase, text
from .options import CONTEXT, LocalHelp, lang_option, run_language, write_wide_dl

MAX_PROBLEMS_SHOWN = 20

# The commands, in the order `--help` lists them, with the first line of each one's help: the
# list is shown without loading them (a test checks that each line is its command's own).
COMMANDS = {
    "status": "One row per indicator: target, achieved, completion, gap, schedule, status.",
    "gaps": "The gap table (差距): every indicator and category, with what is still needed per year.",
    "compare": "The city against the region's targets (对照全区“三百二千”), on the region's basis.",
    "targets": "The plan as encoded: indicators, categories, baselines, regional counterparts, codes.",
    "explain": "Where a figure comes from: every row that made it, every row left out and why, the arithmetic.",
    "rank": "The counties ranked (县区综合排名) by their completions against the targets split to them.",
    "rollup": "Add the cities' progress up to the region (全区汇总), on the region's basis.",
    "outlook": "Will each target be met at this pace? Pace kept, pace needed, the projection and a verdict.",
    "plans": "The bundled plans, to choose with --plan ID: the city's, the region's, the ones that followed.",
    "validate": "Check progress files and list every problem as file:line; exit 1 if there is any.",
    "config": "Show or change the settings that last (the language, the default plan) in the config file.",
    "template": "Write a progress file ready to fill in: FILE.xlsx (drop-down lists, a sheet of targets) or FILE.csv.",
    "report": "One self-contained HTML page for leadership: headline, bars against the schedule, region, gaps.",
}


class _Problems(click.ClickException):
    """Problems with the user's files: exit 1, the message in the run's language."""

    def __init__(self, message: str, lang: str) -> None:
        super().__init__(message)
        self.lang = lang

    def show(self, file=None) -> None:
        click.echo(phrase("error", self.lang, message=self.format_message()), err=True, file=file)


class _Commands(LocalHelp, click.Group):
    """Loads a command when it is used; turns a problem with the user's files into a clean
    message and exit 1, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        return importlib.import_module(f".commands.{name}", __package__).command

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """A mistyped command (`stauts`) is answered with the one meant."""
        name = args[0] if args else ""
        if name and name not in COMMANDS and not name.startswith("-"):
            import difflib

            close = difflib.get_close_matches(name, list(COMMANDS), n=2, cutoff=0.6)
            if close:
                ctx.fail(f"No such command {name!r}. Did you mean {' or '.join(repr(c) for c in close)}?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl(list(COMMANDS.items()))

    def format_more(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """In Chinese, the commands after the options, as click puts them."""
        from .help_zh import COMMANDS as SAID, HEADINGS

        formatter.write_paragraph()
        formatter.write(HEADINGS["Commands"] + "：\n")
        with formatter.indentation():
            write_wide_dl(formatter, [(name, SAID[name]) for name in COMMANDS])

    def chinese_help(self, english: str) -> str:
        from .help_zh import GROUP

        return GROUP

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            lang = run_language(ctx)  # the context's meta is shared with the command's
            raise _Problems(_problems_text(exc, lang), lang) from None


def _problems_text(exc: UserError, lang: str) -> str:
    lines = [text(problem, lang) for problem in exc.problems[:MAX_PROBLEMS_SHOWN]]
    hidden = exc.total - len(lines)
    if hidden > 0:
        from ..model.observations import MAX_PROBLEMS

        many = exc.total > MAX_PROBLEMS  # more than validate keeps
        lines.append(phrase("more_problems_many" if many else "more_problems", lang, count=hidden, kept=MAX_PROBLEMS))
    return "\n".join(lines)


@click.group(cls=_Commands, context_settings=CONTEXT)
@click.version_option(package_name="baise11155", prog_name="baise11155")
@lang_option
def cli(lang: str) -> None:
    """Progress of Baise's “11155” S&T plan (百色“11155”科技创新工程) and its share of
    Guangxi's “三百二千”: completion (完成率), gaps (差距), schedule (序时进度) and contribution.

    Progress files are Excel or WPS workbooks (.xlsx, .xls, .et, .ods) or CSV (UTF-8 or GB18030),
    one row per item or per figure, or a column per year; see `baise11155 targets` for the
    indicators and categories they may name. The language is --lang, else BAISE11155_LANG (zh or
    en), else the locale's.
    """


def main(argv: list[str] | None = None) -> None:
    """The command line run in this process: user errors become messages, never tracebacks;
    ends with SystemExit and its code."""
    from .output import ReaderGone
    from .signals import Stopped, stop_cleanly_on_signals

    stop_cleanly_on_signals()
    _fill_closed_standard_streams()
    try:
        code = cli.main(args=argv, prog_name="baise11155", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Stopped as stop:
        click.echo("stopped", err=True)
        sys.exit(128 + stop.signum)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (BrokenPipeError, ReaderGone):
        _quiet_broken_pipe()
        sys.exit(0)
    except OSError as exc:
        if not _refused_writing(exc) or _click_echo_to(exc) != "<stdout>":
            raise
        # what click writes itself (--help, --version, a path) refused by a full disk or a size limit
        _say_unwritten(exc)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def _click_echo_to(exc: OSError) -> str | None:
    """The standard stream click was writing to when the error came ("<stdout>" or "<stderr>"),
    or None when it came from anywhere else (then it is not said as standard output's)."""
    trace = exc.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    frame = trace.tb_frame if trace is not None else None
    if frame is None or frame.f_code.co_name != "echo" or frame.f_globals.get("__name__") != "click.utils":
        return None
    return "<stderr>" if frame.f_locals.get("err") else "<stdout>"


def _refused_writing(exc: OSError) -> bool:
    import errno

    return exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC))


def _say_unwritten(exc: OSError) -> None:
    from ..model.notices import UserError, note, os_reason

    try:
        lang = run_language(None)
    except click.ClickException:
        lang = "en"
    problem = UserError([note("output_failed", "<stdout>", reason=os_reason(exc))])
    try:
        _Problems(_problems_text(problem, lang), lang).show()
    except OSError:  # standard error refuses too: the exit code is all that is left to say it
        pass


def console_script() -> NoReturn:
    """The `baise11155` command and `python -m baise11155`: `main`, then the process ends
    without tearing the interpreter down.

    Python at exit frees every module and object one by one, which on a short run costs 6-9 ms,
    a tenth of it: the operating system takes the memory back at once. Nothing here waits for
    that teardown: files are written and closed before (atomically), and a forked reader has been
    waited for. What does wait for the exit is still done: the exit hooks run (openpyxl's deletes
    the temporary files of a workbook whose writing was stopped), and the standard streams are
    flushed, a failure there said as any failed write is.

    The cyclic garbage collector is off until the files are read (see `pipeline.read_files`): the
    start makes no garbage worth its walks over every module's objects."""
    import atexit
    import gc

    gc.disable()
    try:
        main()
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # a message given to SystemExit, as Python itself prints it
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()  # (what Python's own exit would run first; an error in one is printed there)
    os._exit(_flushed(code))


def _flushed(code: int) -> int:
    """The exit code once the standard streams are flushed: a reader gone away (`| head`) ends
    quietly as in `main`; a stream that cannot take the rest (/dev/full) makes it an error."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            _quiet_broken_pipe()
        except OSError as exc:
            if stream is sys.stdout:
                _say_unwritten(exc)
            code = code or 1
        except ValueError:  # (a stream closed under us: nothing more can be said on it)
            code = code or 1
    return code


def _fill_closed_standard_streams() -> None:
    """A standard stream closed by the caller (`>&-`) is left as Python found it (None: nothing is
    read from it or written to it, and a command that needs it says so), but its descriptor is
    put on the null device, so that no file this run opens can take its number and receive
    what was meant for the terminal."""
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            try:
                opened = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if opened != number:  # a lower one was free after all: keep the numbers as they were
                os.close(opened)


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback, and keep Python from printing one at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
