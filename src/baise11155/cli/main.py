"""The command line: the group, its lazily loaded commands, and errors turned into messages.

read (progress.py) -> validate (progress.py, targets_file.py) -> calculate (calc.py, region.py)
-> rows (views.py, contract.py) -> one renderer per format (render/). Each command is a module
of `commands/`, imported only when it runs or its help is asked for.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from typing import NoReturn

import click

from ..model.notices import UsageProblem, UserError
from ..present.words import label, phrase, text
from ..present.words.command_line import COMMANDS as COMMAND_LINES
from ..present.words.command_line import usage
from .options import CONTEXT, LocalHelp, lang_option, run_language, write_wide_dl

MAX_PROBLEMS_SHOWN = 20

# the commands, in the order `--help` lists them, with the first line of each one's help (listed
# without loading them)
COMMANDS = {name: said for name, (_, said) in COMMAND_LINES.items()}


class _Problems(click.ClickException):
    """Problems with the user's files: exit 1, the message in the run's language, each problem
    after its 错误： (the second of two began bare), and a closing line (另有10处…) as it is."""

    def __init__(self, problems: list[str], closing: str | None, lang: str) -> None:
        super().__init__("\n".join([*problems, *([closing] if closing else [])]))
        self.problems, self.closing, self.lang = problems, closing, lang

    def show(self, file=None) -> None:
        shown = [phrase("error", self.lang, message=problem) for problem in self.problems]
        click.echo("\n".join([*shown, *([self.closing] if self.closing else [])]), err=True, file=file)


class _UsageProblems(_Problems):
    """An option naming what it cannot be (an input as the output): a usage mistake, exit 2."""

    exit_code = 2


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
                lang = run_language(ctx)
                said = phrase("or", lang).join(label("quoted", lang).format(text=c) for c in close)
                ctx.fail(usage("no_such_command", lang, name=name, close=said))
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl(list(COMMANDS.items()))

    def format_more(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """In Chinese, the commands after the options, as click puts them."""
        from ..present.words.command_line import HEADINGS

        formatter.write_paragraph()
        formatter.write(HEADINGS["Commands:"] + "\n")
        with formatter.indentation():
            write_wide_dl(formatter, [(name, chinese) for name, (chinese, _) in COMMAND_LINES.items()])

    def chinese_help(self, english: str) -> str:
        from ..present.words.command_line import GROUP

        return GROUP

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            lang = run_language(ctx)  # the context's meta is shared with the command's
            problems = _UsageProblems if isinstance(exc, UsageProblem) else _Problems
            raise problems(*_problems_text(exc, lang), lang) from None


def _problems_text(exc: UserError, lang: str) -> tuple[list[str], str | None]:
    """The problems shown, and the line saying how many more there are, if any."""
    lines = [text(problem, lang) for problem in exc.problems[:MAX_PROBLEMS_SHOWN]]
    hidden = exc.total - len(lines)
    if hidden <= 0:
        return lines, None
    from ..model.observations import MAX_PROBLEMS

    many = exc.total > MAX_PROBLEMS  # more than validate keeps
    return lines, phrase("more_problems_many" if many else "more_problems", lang, count=hidden, kept=MAX_PROBLEMS)


@click.group(cls=_Commands, context_settings=CONTEXT)
@click.version_option(package_name="baise11155", prog_name="baise11155")
@lang_option
def cli(lang: str) -> None:
    """Progress of Baise's “11155” S&T plan (百色“11155”科技创新工程) and its share of
    Guangxi's “三百二千”: completion (完成率), gaps (差距), schedule (序时进度) and share of
    the region's targets (占全区目标比重).

    Progress files are Excel or WPS workbooks (.xlsx, .xls, .et, .ods) or CSV (UTF-8 or GB18030),
    one row per item or per figure, or a column per year; see `baise11155 targets` for the
    indicators and categories they may name. The language is --lang, else BAISE11155_LANG (zh or
    en), else the config file's (baise11155 config), else the locale's or the system's.
    """


def main(argv: list[str] | None = None) -> NoReturn:
    """The `baise11155` command (and `python -m baise11155`): click's group, with the endings the
    README promises, which click's standalone mode does not give (it says Ctrl-C as "Aborted!"
    with 1, and a reader gone away with 1). Ends with SystemExit: 0, 1 for the user's files or
    output, 2 for a usage mistake, 130 for Ctrl-C, 128 + the signal for SIGTERM and SIGHUP."""
    from .output import ReaderGone
    from .signals import Stopped, stop_cleanly_on_signals

    stop_cleanly_on_signals()
    _fill_closed_standard_streams()
    try:
        code = cli.main(args=argv, prog_name="baise11155", standalone_mode=False)
        if sys.stdout is not None:
            sys.stdout.flush()  # here, where a failure is said, not at the interpreter's exit
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Stopped as stop:
        click.echo("stopped", err=True)
        sys.exit(128 + stop.signum)
    except click.ClickException as exc:
        from .usage_errors import show

        show(exc)
        sys.exit(exc.exit_code)
    except (BrokenPipeError, ReaderGone):  # the reader went away (`| head`): it chose to stop
        _discard_standard_output()
        sys.exit(0)
    except OSError as exc:
        if not _refused_writing(exc):
            raise
        # What click writes itself (--help, --version, a path) refused by a full disk or a size
        # limit: every file the tool writes names itself when refused, and so do its results on
        # standard output, so what is left is a standard stream. When it was standard error,
        # this message is refused too and the exit code says it alone.
        _say_unwritten(exc)
        _discard_standard_output()
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


console_script = main  # the name pyproject.toml's [project.scripts] gives the command


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
    with contextlib.suppress(OSError):  # standard error refuses too: the exit code is all that is left to say it
        _Problems(*_problems_text(problem, lang), lang).show()


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


def _discard_standard_output() -> None:
    """Standard output can take nothing more (its reader has gone, the disk is full): what is
    left in its buffer goes to the null device, so that the interpreter's own flush at exit
    neither fails nor prints a traceback (as Python's documentation advises for SIGPIPE)."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
