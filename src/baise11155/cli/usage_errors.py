"""A usage error said in the run's language. In English click's own words stand; in Chinese the
error is said again from what click's exception holds (the parameter, the option mistyped, the
value refused), in the catalogue's words (`present/words/command_line.py`), so that nothing under
`--lang zh` is English: `Error: Missing argument 'PROGRESS...'` becomes 缺少进度文件…"""

from __future__ import annotations

import re

import click

from ..present.words import label, listed, phrase
from ..present.words.command_line import HEADINGS, said_here, usage, usage_pieces
from .options import run_language

MANY_CHOICES = 8  # more choices than this are not listed in the message (--format has forty)


def show(exc: click.ClickException) -> None:
    """Say the error on standard error, in the run's language."""
    lang = _language(exc)
    if not isinstance(exc, click.UsageError) or not said_here(lang):
        exc.show()
        return
    lines = []
    ctx = exc.ctx
    if ctx is not None:
        lines.append(usage_pieces(ctx.get_usage().replace("Usage: ", HEADINGS["Usage: "], 1), lang))
        if ctx.command.get_help_option(ctx) is not None:
            names = ctx.help_option_names
            lines.append(usage("usage_hint", lang, command=ctx.command_path,
                               option="--help" if "--help" in names else names[0]))
        lines.append("")
    lines.append(phrase("error", lang, message=message(exc, lang)))
    click.echo("\n".join(lines), err=True)


def _language(exc: click.ClickException) -> str:
    try:
        return run_language(getattr(exc, "ctx", None))
    except click.ClickException:  # a broken config file: said in English, as its own error is
        return "en"


def message(exc: click.UsageError, lang: str) -> str:
    """What is wrong, from what the exception holds."""
    ctx, param = exc.ctx, getattr(exc, "param", None)
    if isinstance(exc, click.MissingParameter):
        if param is not None and param.name == "progress":
            return usage("missing_progress", lang, command=ctx.command_path if ctx else "baise11155")
        kind = "missing_argument" if (exc.param_type or getattr(param, "param_type_name", "")) == "argument" \
            else "missing_option"
        return usage(kind, lang, name=_hint(exc, lang))
    if isinstance(exc, click.NoSuchOption):
        said = usage("no_such_option", lang, name=_quoted(exc.option_name, lang))
        if exc.possibilities:
            close = phrase("or", lang).join(_quoted(name, lang) for name in exc.possibilities)
            said += usage("did_you_mean_option", lang, names=close)
        return said
    if isinstance(exc, click.BadOptionUsage) and "requires" in exc.message:
        return usage("option_needs_value", lang, name=_quoted(exc.option_name, lang))
    if isinstance(exc, click.BadParameter):
        return usage("bad_value", lang, name=_hint(exc, lang), problem=_problem(exc.message, lang))
    extra = re.fullmatch(r"Got unexpected extra arguments? \((.*)\)", exc.message)
    if extra:
        return usage("extra_arguments", lang, arguments=extra.group(1))
    return exc.message  # the tool's own, said in the run's language where it was raised


def _hint(exc: click.UsageError, lang: str) -> str:
    """The parameter as the user typed it: “--as-of”, “--indicator”或“-i”, PROGRESS."""
    param = getattr(exc, "param", None)
    hint = getattr(exc, "param_hint", None)
    if hint is None and param is not None:
        if getattr(param, "param_type_name", "") == "argument":
            return param.human_readable_name
        names = [*param.opts, *param.secondary_opts]
        return phrase("or", lang).join(_quoted(name, lang) for name in names)
    if isinstance(hint, (list, tuple)):
        return phrase("or", lang).join(_quoted(name.strip("'"), lang) for name in hint)
    return _quoted(str(hint or "").strip("'"), lang)


def _quoted(text: str, lang: str) -> str:
    return label("quoted", lang).format(text=text)


def _problem(said: str, lang: str) -> str:
    """click's words for a value refused (a choice, a file), said again; the tool's own stand."""
    choice = re.fullmatch(r"'(.*)' is not (?:one of )?(.*)\.", said)
    if choice:
        choices = re.findall(r"'([^']*)'", choice.group(2))
        if len(choices) > MANY_CHOICES:
            return usage("not_a_choice_long", lang, value=choice.group(1))
        return usage("not_a_choice", lang, value=choice.group(1), choices=listed(choices, lang))
    missing = re.fullmatch(r"(?:File|Path) '(.*)' does not exist\.", said)
    if missing:
        return usage("no_such_file", lang, path=missing.group(1))
    return said
