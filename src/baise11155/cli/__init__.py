"""The command line: click only. Parses options, runs the pipeline, hands results to a renderer."""

from .main import COMMANDS, cli, console_script, main

__all__ = ["COMMANDS", "cli", "console_script", "main"]
