"""Settings that last: the user's config file, and the language of the run when no option says.

The file is INI (`config.ini` in the platform's usual place: `~/.config/baise11155` on Linux,
`%APPDATA%\\baise11155` on Windows, `~/Library/Application Support/baise11155` on macOS; or
where BAISE11155_CONFIG points), one section:

    [baise11155]
    lang = zh
    plan = guangxi-keji-qianggui-2021-2023
    unit = 百色市科知局
    recipient = 市人民政府

It is read only when it exists, and only for what no option or variable already decided, so a
command pays nothing for it on the common path. `baise11155 config` shows and sets it, changing
only the line it is about (`config_file`). A value is read in any case: `lang = ZH` is Chinese.

The language, first found wins: --lang (the command's, then the group's), BAISE11155_LANG, the
config file's `lang`, the locale's variables (LC_ALL, LC_MESSAGES, LANG), and where none is set
— Windows sets none — the system's own: the Windows display language, or the locale Python
reads; else English.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from ..present.words import LANGS
from ..present.words.command_line import english, usage
from .config_file import (
    SECTION,
    ConfigError,
    change,
    clipped,
    file_text,
    lines_of,
    section_settings,
)

LANG_ENV_VAR = "BAISE11155_LANG"
CONFIG_ENV_VAR = "BAISE11155_CONFIG"
# the language (zh or en); the bundled plan used when no --plan or --targets is given; the unit that
# makes the report (编制单位), signed at its end; whom the report is sent to (主送机关), under its title
KEYS = ("lang", "plan", "unit", "recipient")


def config_path() -> str:
    """Where the config file is: BAISE11155_CONFIG, else the platform's usual place."""
    given = os.environ.get(CONFIG_ENV_VAR, "").strip()
    if given:
        return given
    import click

    return os.path.join(click.get_app_dir("baise11155"), "config.ini")


_read: dict[str, dict[str, str]] = {}


def read_config(path: str | None = None) -> dict[str, str]:
    """The settings in the config file ({} when there is none), each checked, in its one spelling."""
    path = path or config_path()
    if path in _read:
        return _read[path]
    text = file_text(path)
    if text is None:
        return {}
    settings = {}
    for key, written in section_settings(lines_of(text), path).items():
        value = spelled(key, written)
        problem = check(key, value)
        if problem:
            raise ConfigError(english("config_invalid", path=path, section=SECTION, key=clipped(key),
                                      value=clipped(written), problem=problem))
        settings[key] = value
    _read[path] = settings
    return settings


def spelled(key: str, value: str) -> str:
    """A setting's value in its one spelling: a language or a plan's id in any case (ZH, Zh) is
    that language or plan."""
    value = value.strip()
    if key == "lang":
        return value.lower()
    if key == "plan":
        from ..read.targets_file import bundled_plans

        return next((plan for plan in bundled_plans() if plan.casefold() == value.casefold()), value)
    return value


def check(key: str, value: str, lang: str = "en") -> str | None:
    """What is wrong with a setting, or None: in English for the config file's own problems
    (found before the language is known), in the run's language for `config set`."""
    from ..model.notices import Listed

    if key not in KEYS:
        return usage("config_unknown_key", lang, keys=Listed(KEYS))
    if key == "lang" and value not in LANGS:
        return usage("config_bad_lang", lang, langs=Listed(LANGS))
    if key == "unit" and not value:
        return usage("config_bad_unit", lang)
    if key == "recipient" and not value:
        return usage("config_bad_recipient", lang)
    if key == "plan":
        from ..read.targets_file import bundled_plans

        plans = bundled_plans()
        if value not in plans:
            return usage("config_bad_plan", lang, plan=clipped(value), plans=Listed(plans))
    return None


def configured_unit() -> str:
    """The unit that makes the report (编制单位), or "" where none is set."""
    return read_config().get("unit", "")


def configured_recipient() -> str:
    """Whom the report is sent to (主送机关), or "" where none is set."""
    return read_config().get("recipient", "")


def write_setting(key: str, value: str | None, path: str | None = None) -> bool:
    """Set a setting in the config file, or remove it (value None), keeping all else in the file
    (see `config_file.change`); returns whether the file had it."""
    path = path or config_path()
    try:
        return change(path, key, value)
    finally:
        _read.pop(path, None)


def language(environ: Any = None, platform: str | None = None, config: dict[str, str] | None = None
             ) -> tuple[str, str]:
    """The run's language when no --lang says, and where it came from: "env", "config", "locale",
    "system" or "default"."""
    env = os.environ if environ is None else environ
    chosen = env.get(LANG_ENV_VAR, "").strip().lower()
    if chosen in LANGS:
        return chosen, "env"
    configured = (read_config() if config is None else config).get("lang")
    if configured:
        return configured, "config"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        # C and POSIX (C.UTF-8 on a server, in a container) choose no language: passed over
        if value and value.split(".")[0].split("@")[0] not in ("C", "POSIX"):
            return ("zh" if value.lower().startswith("zh") else "en"), "locale"
    system = system_language(platform or sys.platform)
    if system:
        return system, "system"
    return "zh", "default"  # the tool's users read Chinese


def system_language(platform: str) -> str | None:
    """The language the system itself is set to, where no variable says: on Windows its display
    language (a Chinese one, LANGID's primary language 0x04, gives zh); elsewhere the locale Python
    reads. None when it tells nothing."""
    if platform == "win32":
        langid = _windows_ui_language()
        if langid is not None:
            return "zh" if langid & 0x3FF == 0x04 else "en"
    import locale

    try:
        # (Python names the C locale it sets up, C.UTF-8, en_US: a locale that chooses no language)
        if locale.setlocale(locale.LC_CTYPE).split(".")[0] in ("C", "POSIX"):
            return None
        name = locale.getlocale()[0] or ""
    except (ValueError, TypeError, locale.Error):
        return None
    if name.lower().startswith(("zh", "chinese")):
        return "zh"
    return "en" if name and name not in ("C", "POSIX") else None


def _windows_ui_language() -> int | None:
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None
