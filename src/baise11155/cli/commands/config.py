"""`baise11155 config`."""

from __future__ import annotations

import click

from ...present.words import label, phrase
from ...present.words.command_line import english
from ..options import Command, CONTEXT, lang_option


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("action", required=False, type=click.Choice(["show", "set", "unset", "path"]), default="show")
@click.argument("key", required=False)
@click.argument("value", required=False)
@lang_option
def config(action: str, key: str | None, value: str | None, lang: str) -> None:
    """Show or change the settings that last (the language, the default plan) in the config file.

    With no arguments, each setting, its value and where it comes from; `set lang zh` gives
    Chinese from now on whatever the machine's locale; `path` says where the file is.

    \b
    Example:
      baise11155 config
      baise11155 config set lang zh
      baise11155 config set plan guangxi-keji-qianggui-2021-2023
      baise11155 config unset plan
      baise11155 config path
    """
    from ..config import KEYS, ConfigError, check, config_path, language, read_config, write_config

    path = config_path()
    try:
        settings = dict(read_config(path))
    except ConfigError as exc:
        if action not in ("unset", "path"):
            raise click.ClickException(str(exc)) from None
        settings = {}
    if action == "path":
        click.echo(path)
        return
    if action in ("set", "unset"):
        if key is None or (action == "set" and value is None):
            raise click.UsageError(english("config_usage", action=action, value=" VALUE" if action == "set" else "",
                                           keys=", ".join(KEYS)))
        if action == "set":
            problem = check(key, value)  # type: ignore[arg-type]
            if problem:
                raise click.UsageError(english("config_bad_setting", key=key, value=value, problem=problem))
            settings[key] = value  # type: ignore[assignment]
        elif settings.pop(key, None) is None and key not in KEYS:
            raise click.UsageError(english("config_not_a_setting", key=key, keys=", ".join(KEYS)))
        try:
            written = write_config(settings, path)
        except OSError as exc:  # a folder that cannot be made, a full disk: said, naming the config file
            from ...model.notices import UserError, note, os_reason

            raise UserError([note("output_failed", path, reason=os_reason(exc))]) from None
        click.echo(phrase("wrote", lang, path=written), err=True)
        return
    click.echo(label("config_file_line", lang).format(path=path)
               + ("" if settings or _exists(path) else label("config_file_none", lang)))
    chosen, source = language()
    ctx = click.get_current_context()
    from_option = ctx.get_parameter_source("lang") == click.core.ParameterSource.COMMANDLINE
    shown_lang = lang if from_option else chosen
    click.echo(f"lang = {shown_lang}  ({english('config_source_' + ('option' if from_option else source))})")
    plan = settings.get("plan")
    click.echo(f"plan = {plan or 'baise-11155'}  ({english('config_source_' + ('config' if plan else 'default'))})")


def _exists(path: str) -> bool:
    import os

    return os.path.isfile(path)


command = config
