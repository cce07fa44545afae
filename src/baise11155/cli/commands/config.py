"""`baise11155 config`."""

from __future__ import annotations

import click

from ...model.notices import Listed
from ...present.words import label, phrase
from ...present.words.command_line import usage
from ..options import CONTEXT, Command, lang_option


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("action", required=False, type=click.Choice(["show", "set", "unset", "path"]), default="show")
@click.argument("key", required=False)
@click.argument("value", required=False)
@lang_option
def config(action: str, key: str | None, value: str | None, lang: str) -> None:
    """Show or change the settings that last (the language, the default plan) in the config file.

    With no arguments, each setting, its value and where it comes from; `set lang zh` gives
    Chinese from now on whatever the machine's locale; `set unit NAME` signs the report (编制单位);
    `set recipient NAME` addresses it (主送机关); `path` says where the file is.

    \b
    Example:
      baise11155 config
      baise11155 config set lang zh
      baise11155 config set plan guangxi-keji-qianggui-2021-2023
      baise11155 config set unit 百色市科知局
      baise11155 config set recipient 市人民政府
      baise11155 config unset plan
      baise11155 config path
    """
    from ..config import (
        KEYS,
        ConfigError,
        check,
        config_path,
        language,
        read_config,
        spelled,
        write_setting,
    )
    from ..config_file import clipped

    path = config_path()
    if action == "path":
        click.echo(path)
        return
    if action in ("set", "unset"):
        if key is None or (action == "set" and value is None):
            raise click.UsageError(usage("config_usage", lang, action=action,
                                         value=usage("config_value", lang) if action == "set" else "",
                                         keys=Listed(KEYS)))
        key = key.strip().lower()  # as configparser reads a key in the file
        if action == "set":
            value = spelled(key, value)  # type: ignore[arg-type]
            problem = check(key, value, lang)
            if problem:
                raise click.UsageError(usage("config_bad_setting", lang, key=clipped(key), value=clipped(value),
                                             problem=problem))
        try:
            # only the line of this key changes: a bad value or an unknown key elsewhere stays for
            # the user to see (and `unset` it), and a bad value of this key is mended
            had = write_setting(key, value if action == "set" else None, path)
        except ConfigError as exc:  # not INI, or too big: left as it is
            raise click.ClickException(str(exc)) from None
        except OSError as exc:  # a folder that cannot be made, a full disk: said, naming the config file
            from ...model.notices import UserError, note, os_reason

            raise UserError([note("output_failed", path, reason=os_reason(exc))]) from None
        if action == "unset" and not had and key not in KEYS:
            raise click.UsageError(usage("config_not_a_setting", lang, key=clipped(key), keys=Listed(KEYS)))
        click.echo(phrase("wrote", lang, path=path), err=True)
        return
    try:
        settings = read_config(path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(label("config_file_line", lang).format(path=path)
               + ("" if settings or _exists(path) else label("config_file_none", lang)))
    chosen, source = language()
    ctx = click.get_current_context()
    from_option = ctx.get_parameter_source("lang") == click.core.ParameterSource.COMMANDLINE
    shown_lang = lang if from_option else chosen
    source_said = usage("config_source_" + ("option" if from_option else source), lang)
    click.echo(usage("config_setting", lang, key="lang", value=shown_lang, source=source_said))
    plan = settings.get("plan")
    click.echo(usage("config_setting", lang, key="plan", value=plan or "baise-11155",
                     source=usage("config_source_" + ("config" if plan else "default"), lang)))
    unit = settings.get("unit")
    click.echo(usage("config_setting", lang, key="unit", value=unit, source=usage("config_source_config", lang)) if unit
               else usage("config_setting", lang, key="unit", value="", source=usage("config_unit_unset", lang)))
    recipient = settings.get("recipient")
    click.echo(usage("config_setting", lang, key="recipient", value=recipient,
                     source=usage("config_source_config", lang)) if recipient
               else usage("config_setting", lang, key="recipient", value="",
                          source=usage("config_recipient_unset", lang)))


def _exists(path: str) -> bool:
    import os

    return os.path.isfile(path)


command = config
