"""The ``newsclean learn`` command and the site-profile options of ``newsclean clean``.

A thin layer over :mod:`newsclean.profiles.learn` and :mod:`newsclean.profiles.profile`.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from newsclean import Config, Learner, LearnOptions, NewscleanError, load_profile, save_profile
from newsclean.app.batch import default_workers
from newsclean.app.cli_options import favor_options, input_traps, load_config
from newsclean.app.outputs import ensure_writable
from newsclean.app.workers import ordered_map
from newsclean.io.items import Format, JsonlFields, ReadOptions
from newsclean.io.readers import STDIN, check_inputs, iter_items
from newsclean.profiles.learn import ItemMap, learn_items

F = TypeVar("F", bound=Callable[..., Any])
_DEFAULTS = LearnOptions()
_REDRAW_EVERY = 0.2
_CLEAR_LINE = "\r\x1b[2K"


def _field(name: str, default: str | None, holds: str) -> Callable[[F], F]:
    return click.option(
        f"--{name}-field",
        default=default,
        show_default=default is not None,
        help=f"JSONL/Parquet field holding {holds}.",
    )


def input_options(command: F) -> F:
    """How inputs are read and cleaned: the options ``clean`` and ``learn`` share."""
    decorators = [
        click.option(
            "--kind",
            type=click.Choice(["auto", "text", "html"]),
            default="auto",
            show_default=True,
            help="What the documents are; auto goes by extension, then by content.",
        ),
        click.option(
            "--format",
            "input_format",
            type=click.Choice(["auto", "doc", "jsonl", "parquet", "warc"]),
            default="auto",
            show_default=True,
            help="One document per input, JSON lines, Parquet rows or WARC HTML responses "
            "(auto: by extension: .jsonl/.json/.ndjson, .parquet, .warc[.gz]).",
        ),
        _field("text", "text", "the text"),
        _field("html", None, "HTML (preferred over the text field)"),
        _field("id", "id", "the id"),
        _field("url", "url", "the URL"),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, path_type=Path),
            help="TOML file of cleaning options (for learn: repair and extraction settings shape the lines).",
        ),
        click.option(
            "--follow-links",
            is_flag=True,
            help="Read symbolic links in folders and globs that point outside the inputs "
            "(default: such a link becomes an error record).",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def learning_options(command: F) -> F:
    """The options that set how a profile is learned (``learn``, and ``clean --learn``)."""
    decorators = [
        click.option(
            "--site-key",
            type=click.Choice(["host", "folder"]),
            default=_DEFAULTS.site_key,
            show_default=True,
            help="What a document's site is: its URL's host (else its folder), or its input's parent folder.",
        ),
        click.option(
            "--min-docs",
            type=click.IntRange(min=1),
            default=_DEFAULTS.min_docs,
            show_default=True,
            help="A line must be on at least this many documents of its site.",
        ),
        click.option(
            "--min-share",
            type=click.FloatRange(min=0, max=1, min_open=True),
            default=_DEFAULTS.min_share,
            show_default=True,
            help="... and on at least this share of them.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def profile_options(command: F) -> F:
    """``--profile`` and ``--learn`` for ``newsclean clean``, plus the learning options."""
    command = learning_options(command)
    command = click.option(
        "--learn",
        is_flag=True,
        help="Learn a site profile from the inputs first (a first pass), then clean with it.",
    )(command)
    return click.option(
        "--profile",
        "profile_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Site profile (from `newsclean learn`): remove the lines each site repeats.",
    )(command)


def with_profile(
    config: Config,
    inputs: tuple[str, ...],
    read: ReadOptions,
    kind: str,
    skip: Callable[[str], bool],
    options: dict[str, Any],
    *,
    workers: int | None = None,
    quiet: bool = True,
) -> Config:
    """``config`` with the profile that ``--profile`` names or ``--learn`` learns, if either is given.

    The learning pass of ``--learn`` runs on ``workers`` processes (default: one per core) and
    shows its progress on a terminal unless ``quiet``.
    """
    profile_path: Path | None = options["profile_path"]
    if profile_path is not None and options["learn"]:
        raise click.UsageError("use either --profile or --learn, not both")
    if profile_path is not None:
        return dataclasses.replace(config, profile=load_profile(profile_path))
    if not options["learn"]:
        return config
    if STDIN in inputs:
        raise click.UsageError("--learn reads the inputs twice, so it cannot read standard input")
    learn = _learn_options(options, kind, read, config)
    items = iter_items(inputs, read, skip=skip)
    with LearnStatus("learning the site profile", enabled=not quiet) as status:
        profile, _ = learn_items(items, learn, map_items=_worker_map(workers), on_item=status)
    return dataclasses.replace(config, profile=profile)


class LearnStatus:
    """A one-line progress status of a learning pass, redrawn on standard error when it is a terminal.

    >>> with LearnStatus("learning", enabled=False) as status:
    ...     status.line(Learner())
    'learning: 0 documents · 0.0/s · 0 sites · 0 skipped'
    """

    def __init__(self, label: str, *, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled and _stderr_is_tty()
        self.start = time.monotonic()
        self.drawn: float | None = None

    def line(self, learner: Learner) -> str:
        """The status text: documents read so far, their rate, the sites found, the items skipped."""
        documents = sum(learner.documents.values())
        seconds = time.monotonic() - self.start
        rate = (documents + learner.skipped) / seconds if seconds > 0 else 0.0
        return (
            f"{self.label}: {documents} documents · {rate:.1f}/s · "
            f"{len(learner.documents)} sites · {learner.skipped} skipped"
        )

    def __call__(self, learner: Learner) -> None:
        now = time.monotonic()
        if self.enabled and (self.drawn is None or now - self.drawn >= _REDRAW_EVERY):
            self.drawn = now
            click.echo(_CLEAR_LINE + self.line(learner), err=True, nl=False)

    def __enter__(self) -> LearnStatus:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.drawn is not None:  # erase the status before anything else is printed
            click.echo(_CLEAR_LINE, err=True, nl=False)


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _worker_map(workers: int | None) -> ItemMap:
    """Read and extract the items in ``workers`` processes (default: one per core), in input order."""
    return functools.partial(ordered_map, workers=workers or default_workers(), default=None)


def _learn_options(options: dict[str, Any], kind: str, read: ReadOptions, config: Config) -> LearnOptions:
    return LearnOptions(
        site_key=options["site_key"],
        min_docs=options["min_docs"],
        min_share=options["min_share"],
        kind=kind,
        max_bytes=read.max_bytes,
        config=config,
    )


@click.command(
    epilog="""\b
Examples:
  newsclean learn scraped/ -o profile.json              sites by URL host, else by folder
  newsclean learn corpus/ --site-key folder -o profile.json   one folder per site
  newsclean clean scraped/ --profile profile.json -o clean.jsonl
"""
)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The profile file to write (JSON).",
)
@learning_options
@input_options
@favor_options
@input_traps
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes reading and extracting the documents (default: the number of cores; "
    "1 reads in this process). The profile is the same bytes with any number.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on standard error.")
def learn(
    inputs: tuple[str, ...],
    output: Path,
    site_key: str,
    min_docs: int,
    min_share: float,
    kind: str,
    input_format: str,
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    config_path: Path | None,
    follow_links: bool,
    workers: int | None,
    quiet: bool,
) -> None:
    """Learn the lines each site repeats on its pages and write them as a site profile.

    Reads inputs as `newsclean clean` does and counts, per site, the documents each line
    (and two-line block) is on; the same corpus in any order gives the same file. A
    document's site is its URL's host: the URL field's, or for an HTML page without one,
    the URL the page declares (canonical link, og:url); else its folder.
    """
    try:
        check_inputs(inputs)
    except NewscleanError as exc:
        raise click.UsageError(str(exc)) from exc
    ensure_writable(output, [*inputs, *([str(config_path)] if config_path is not None else [])])
    config = load_config(config_path)
    read = ReadOptions(
        cast(Format, input_format),
        JsonlFields(text_field, html_field, id_field, url_field),
        4 * config.max_input_chars,
        follow_links,
        config.max_input_chars,
    )
    options = {"site_key": site_key, "min_docs": min_docs, "min_share": min_share}
    target = output.resolve()
    items = iter_items(inputs, read, skip=lambda path: Path(path).resolve() == target)
    with LearnStatus("learning", enabled=not quiet) as status:
        learn = _learn_options(options, kind, read, config)
        profile, learner = learn_items(items, learn, map_items=_worker_map(workers), on_item=status)
    save_profile(profile, output)
    if not quiet:
        documents = sum(learner.documents.values())
        entries = sum(len(s.entries) for s in profile.sites)
        click.echo(
            f"newsclean: learned {documents} documents of {len(learner.documents)} sites "
            f"({learner.skipped} skipped); {entries} repeated lines and blocks on "
            f"{len(profile.sites)} sites written to {output}",
            err=True,
        )
