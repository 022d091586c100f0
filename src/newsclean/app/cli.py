"""The ``newsclean`` command: clean folders, JSONL files and pages in batch; explain one document.

Exit status: 0 every document cleaned, 3 some became error records, 2 usage or config
error, 1 internal failure, 130 interrupted (resumable with ``--resume``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn, Protocol, cast

import click

import newsclean
from newsclean import Config, ConfigError, MissingExtraError, NewscleanError
from newsclean.app.batch import Outcome, Settings, default_workers, run_ordered
from newsclean.app.cli_errors import (
    EXIT_DOC_ERRORS,
    EXIT_INTERNAL,
    ConfigFailure,
    DocumentFailure,
    InternalFailure,
    Interrupted,
)
from newsclean.app.cli_learn import input_options, learn, profile_options, with_profile
from newsclean.app.cli_report import report
from newsclean.app.interrupts import interrupts_redelivered
from newsclean.app.tally import Progress, Tally
from newsclean.io.items import Format, Item, JsonlFields, ReadOptions
from newsclean.io.readers import check_inputs, iter_items
from newsclean.io.writers import DirSink, Done, JsonlSink


class _Group(click.Group):
    """Maps every error to an exit status in one place; only a bug shows a traceback (NEWSCLEAN_DEBUG=1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (ConfigError, MissingExtraError) as exc:
            raise ConfigFailure(str(exc)) from exc
        except NewscleanError as exc:
            raise DocumentFailure(f"{type(exc).__name__}: {exc}") from exc
        except BrokenPipeError:
            _silence_stdout()  # the reader went away (`| head`): stop quietly
            raise click.exceptions.Exit(EXIT_INTERNAL) from None
        except OSError as exc:
            where = f": {exc.filename}" if exc.filename else ""
            raise InternalFailure(f"{exc.strerror or exc}{where}") from exc
        except KeyboardInterrupt as exc:
            raise Interrupted("interrupted") from exc
        except Exception as exc:
            if os.environ.get("NEWSCLEAN_DEBUG"):
                raise
            message = f"internal error: {type(exc).__name__}: {exc} (NEWSCLEAN_DEBUG=1 shows the traceback)"
            raise InternalFailure(message) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsclean")
def cli() -> None:
    """Turn scraped news text or HTML into clean article bodies with metadata.

    \b
    Examples:
      newsclean clean scraped/ -o clean.jsonl
      newsclean clean dump.jsonl.gz --text-field content -o clean.jsonl
      newsclean clean CC-NEWS-*.warc.gz -o clean.parquet --engine dask
      newsclean explain scraped/story.txt
      newsclean report clean.jsonl -o report.html
    """


class _Sink(Protocol):
    def name_for(self, item: Item) -> str: ...
    def skip(self, item: Item, name: str) -> Done | None: ...
    def write(self, line: str, body: str | None, name: str) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


@cli.command(
    epilog="""\b
Examples:
  newsclean clean scraped/ -o clean.jsonl           a folder, recursively, in sorted order
  newsclean clean 'dumps/*.jsonl.gz' --text-field content --id-field doc_id -o clean.jsonl
  newsclean clean pages/ --kind html --out-dir clean/   NAME.txt + NAME.json per page
  newsclean clean scraped/ -o clean.jsonl --resume  finish an interrupted run
  cat story.txt | newsclean clean - | jq .body
  newsclean clean news.parquet --html-field html -o clean.parquet
  newsclean clean CC-NEWS-*.warc.gz -o clean.jsonl --engine dask --scheduler tcp://HOST:8786
"""
)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL file to write (default: standard output); a .parquet name writes Parquet "
    "(needs newsclean[parquet]; no --resume).",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write NAME.txt (body) and NAME.json (record) per document, mirroring the inputs.",
)
@input_options
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the number of cores); every document runs in one, which is "
    "killed past --timeout. With --engine dask and no --scheduler: the local cluster's workers.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; dask: a Dask cluster (needs newsclean[dask]).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="With --engine dask: the scheduler to run on (tcp://HOST:8786); default: a local cluster.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds per document before it becomes a Timeout error record (0: no limit).",
)
@click.option("--resume", is_flag=True, help="Keep the records already in the output and add the rest.")
@profile_options
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on standard error.")
def clean(
    inputs: tuple[str, ...],
    output: Path | None,
    out_dir: Path | None,
    kind: str,
    input_format: str,
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    config_path: Path | None,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    timeout: float,
    resume: bool,
    quiet: bool,
    **profile: Any,
) -> None:
    """Clean files, folders, globs or standard input (-) into one JSON record per document.

    Inputs: .txt, .html/.htm and .jsonl/.json lines, each optionally .gz; .parquet rows
    (newsclean[parquet]); .warc/.warc.gz HTML responses (newsclean[warc]). Records keep
    the input order; a document that cannot be cleaned becomes a record with an
    "error" field and the batch goes on (exit status 3). The dask engine writes the
    same bytes as the local one.
    """
    if output is not None and out_dir is not None:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if resume and output is None and out_dir is None:
        raise click.UsageError("--resume needs -o/--output or --out-dir")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        from newsclean.app.engines import require_dask

        require_dask()
    try:
        check_inputs(inputs)
    except NewscleanError as exc:
        raise click.UsageError(str(exc)) from exc
    config = Config.from_toml(config_path) if config_path is not None else Config()
    max_bytes = 4 * config.max_input_chars  # UTF-32 is the widest text encoding
    fields = JsonlFields(text_field, html_field, id_field, url_field)
    read = ReadOptions(cast(Format, input_format), fields, max_bytes)
    own = _own_output(output, out_dir)
    config = with_profile(config, inputs, read, kind, own, profile)
    settings = Settings(config, kind, timeout or None, max_bytes)
    sink, where = _open_sink(output, out_dir, resume)
    tally = Tally()
    progress = Progress(tally, enabled=not quiet)
    names: deque[str] = deque()
    todo = _pending((i for i in iter_items(inputs, read) if not own(i.source)), sink, names, tally)
    try:
        with (
            _sigterm_interrupts(),
            contextlib.closing(_run(todo, settings, engine, scheduler, workers)) as done,
        ):
            for _item, outcome in done:
                sink.write(outcome.line, outcome.body, names.popleft())
                tally.add(outcome)
                progress.tick()
        sink.finish()
    except KeyboardInterrupt:
        message = f"interrupted after {tally.documents} records; run again with --resume to finish"
        raise Interrupted(message) from None
    finally:
        sink.close()
        progress.clear()
    if not quiet:
        for line in tally.summary(progress.elapsed(), where):
            click.echo(line, err=True)
    if tally.errors:
        raise click.exceptions.Exit(EXIT_DOC_ERRORS)


def _open_sink(output: Path | None, out_dir: Path | None, resume: bool) -> tuple[_Sink, str]:
    """The sink for ``--out-dir``, ``-o OUT.parquet``, ``-o OUT.jsonl`` or standard output, and its name."""
    if out_dir is not None:
        return DirSink(out_dir, resume=resume), str(out_dir)
    if output is not None and output.suffix.lower() in (".parquet", ".pq"):
        if resume:
            raise click.UsageError("--resume does not work with a Parquet output; write JSONL to resume")
        from newsclean.io.parquet import ParquetSink

        return ParquetSink(output), str(output)
    if output is not None:
        return JsonlSink(output, resume=resume), str(output)
    return JsonlSink(None, stream=sys.stdout.buffer), "standard output"


def _run(
    items: Iterator[Item], settings: Settings, engine: str, scheduler: str | None, workers: int | None
) -> Generator[tuple[Item, Outcome], None, None]:
    if engine == "dask":
        from newsclean.app.engines import run_dask

        return run_dask(items, settings, scheduler=scheduler, workers=workers or default_workers())
    return run_ordered(items, settings, workers or default_workers())


def _pending(items: Iterator[Item], sink: _Sink, names: deque[str], tally: Tally) -> Iterator[Item]:
    """Items still to clean; records an earlier run wrote are counted and skipped.

    Output names queue up in item order, which is also the order outcomes come back in.
    """
    for item in items:
        name = sink.name_for(item)
        done = sink.skip(item, name)
        if done is not None:
            tally.add_previous(done.error_type)
            continue
        names.append(name)
        yield item


def _own_output(output: Path | None, out_dir: Path | None) -> Callable[[str], bool]:
    """Whether a path is this run's own output, which a folder input must not read back."""
    if out_dir is not None:
        prefix = os.path.join(os.path.abspath(out_dir), "")
        return lambda source: os.path.abspath(source).startswith(prefix)
    if output is not None:
        target = os.path.abspath(output)
        return lambda source: os.path.abspath(source) == target
    return lambda source: False


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; pointing it at /dev/null keeps that flush quiet.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C, so a killed run also stops cleanly and can be resumed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> NoReturn:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@cli.command(
    epilog="""\b
Examples:
  newsclean explain scraped/story.txt
  newsclean explain page.html.gz --kind html | less -R
"""
)
@click.argument("file", metavar="FILE", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--kind", type=click.Choice(["auto", "text", "html"]), default="auto", show_default=True)
@click.option("--url", default=None, help="The page URL, recorded in the metadata.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file of cleaning options.",
)
def explain(file: str, kind: str, url: str | None, config_path: Path | None) -> None:
    """Show a document line by line with each removed line marked by its category and reason."""
    from newsclean.app.explain import explain_lines, read_one

    config = Config.from_toml(config_path) if config_path is not None else Config()
    data = read_one(file, 4 * config.max_input_chars)
    result = newsclean.clean(data, url=url, kind=kind, config=config)  # type: ignore[arg-type]
    for line in explain_lines(data, result, config):
        click.echo(line)


cli.add_command(learn)
cli.add_command(report)


def main() -> None:
    """Console-script entry point."""
    with interrupts_redelivered():
        cli(prog_name="newsclean")


if __name__ == "__main__":  # pragma: no cover - `python -m newsclean.app.cli`
    main()

__all__ = ["cli", "main"]
