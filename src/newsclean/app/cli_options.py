"""Options several commands share: loading the config, extraction presets, and mistaken flags.

Users of trafilatura expect ``--fast``, ``--precision`` and ``--recall``; here they set
:attr:`Config.html_favor` over whatever the ``--config`` file says. ``--input-dir`` and
``--input-file`` are trafilatura's ways of naming inputs; newsclean takes them as arguments,
and says so instead of letting click guess a different option.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from newsclean import Config, Pipeline

F = TypeVar("F", bound=Callable[..., Any])
FAVORS = ("fast", "precision", "recall")
_META_KEY = "newsclean.html_favor"
_HELP = {
    "fast": "HTML: trafilatura's default extraction alone (one pass; html_favor = fast).",
    "precision": "HTML: favour precision, leave out more doubtful text (html_favor = precision).",
    "recall": "HTML: favour recall, keep more doubtful text (html_favor = recall).",
}


def _remember_favor(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value:
        return
    chosen = ctx.meta.get(_META_KEY)
    if chosen is not None and chosen != param.name:
        message = f"--fast, --precision and --recall exclude each other: --{chosen} or --{param.name}?"
        raise click.UsageError(message)
    ctx.meta[_META_KEY] = param.name


def favor_options(command: F) -> F:
    """``--fast``, ``--precision`` and ``--recall`` (one at most), read by :func:`load_config`."""
    for name in reversed(FAVORS):
        command = click.option(
            f"--{name}",
            name,
            is_flag=True,
            expose_value=False,
            callback=_remember_favor,
            help=_HELP[name],
        )(command)
    return command


def _not_an_option(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is None:
        return
    raise click.UsageError(
        f"newsclean takes its inputs as arguments, not with --{(param.name or '').replace('_', '-')}"
        f": newsclean {ctx.info_name} {value} ... (any number of files, folders, globs in quotes, "
        "or - for standard input)"
    )


def input_traps(command: F) -> F:
    """Hidden ``--input-dir`` and ``--input-file``: a clear error instead of a wrong suggestion."""
    for name in ("input-file", "input-dir"):
        command = click.option(
            f"--{name}", hidden=True, expose_value=False, is_eager=True, callback=_not_an_option
        )(command)
    return command


def version_option(command: F) -> F:
    """``--version``, on the group and on every subcommand, as trafilatura users expect."""
    return click.version_option(package_name="newsclean", prog_name="newsclean")(command)


def load_config(path: Path | None) -> Config:
    """The ``--config`` file (or the defaults) with the extraction preset flag applied.

    Names the pipeline checks (``disabled_cleaners``, ``rule_languages``) are checked here
    too, so a typo stops the run before any document instead of failing every one of them.
    """
    config = Config.from_toml(path) if path is not None else Config()
    favor = click.get_current_context().meta.get(_META_KEY)
    if favor is not None:
        config = dataclasses.replace(config, html_favor=favor)
    Pipeline(config)
    return config
