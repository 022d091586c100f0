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
from typing import Any, NoReturn, cast

import click

from newsclean import ConfigError, MissingExtraError, NewscleanError
from newsclean.app.batch import Outcome, Settings, default_workers, run_ordered
from newsclean.app.cli_errors import (
    EXIT_DOC_ERRORS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    ConfigFailure,
    DocumentFailure,
    InternalFailure,
    Interrupted,
)
from newsclean.app.cli_explain import explain
from newsclean.app.cli_learn import input_options, learn, profile_options, with_profile
from newsclean.app.cli_options import favor_options, input_traps, load_config, version_option
from newsclean.app.cli_report import report
from newsclean.app.interrupts import interrupts_redelivered
from newsclean.app.outputs import Sink, claim_output
from newsclean.app.progress import Progress, count_documents, document_line, settings_lines
from newsclean.app.tally import Tally
from newsclean.io.items import Format, Item, JsonlFields, ReadOptions
from newsclean.io.readers import Skipped, check_inputs, iter_items


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
@version_option
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


@cli.command(
    epilog="""\b
Examples:
  newsclean clean scraped/ -o clean.jsonl           a folder, recursively, in sorted order
  newsclean clean 'dumps/*.jsonl.gz' --text-field content --id-field doc_id -o clean.jsonl
  newsclean clean pages/ --kind html --out-dir clean/   NAME.txt + NAME.json per page
  newsclean clean pages/ --precision --output-format txt --out-dir text/   NAME.txt only
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
@click.option(
    "--output-format",
    type=click.Choice(["jsonl", "txt"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per document (-o NAME.parquet writes them as Parquet); txt: the bodies "
    "alone: NAME.txt per document with --out-dir, else one after another, each followed by a blank line.",
)
@input_options
@favor_options
@input_traps
@click.option(
    "--workers",
    "--parallel",
    "workers",
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
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="More on standard error: -v the run's settings and each error as it happens; -vv every document.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on standard error.")
@version_option
def clean(
    inputs: tuple[str, ...],
    output: Path | None,
    out_dir: Path | None,
    output_format: str,
    kind: str,
    input_format: str,
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    config_path: Path | None,
    follow_links: bool,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    timeout: float,
    resume: bool,
    verbose: int,
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
    _check_usage(output, out_dir, resume, engine, scheduler, quiet, verbose)
    if engine == "dask":
        from newsclean.app.engines import require_dask

        require_dask()
    try:
        check_inputs(inputs)
    except NewscleanError as exc:
        raise click.UsageError(str(exc)) from exc
    also_read = (config_path, profile["profile_path"])
    claim = click.get_current_context().with_resource(claim_output(inputs, output, out_dir, also_read))
    config = load_config(config_path)
    max_bytes = 4 * config.max_input_chars  # UTF-32 is the widest text encoding
    fields = JsonlFields(text_field, html_field, id_field, url_field)
    read = ReadOptions(cast(Format, input_format), fields, max_bytes, follow_links, config.max_input_chars)
    own = _own_output(output, out_dir)
    config = with_profile(config, inputs, read, kind, own, profile, workers=workers, quiet=quiet)
    settings = Settings(config, kind, timeout or None, max_bytes)
    sink, where = claim.open_sink(config.hash(), read, kind, resume, output_format)
    tally = Tally()
    progress = Progress(tally, enabled=not quiet)
    if progress.enabled or verbose:
        progress.total = count_documents(inputs, read, own)
    if verbose:
        settings_lines(progress, settings, engine, workers or default_workers(), where)
    names: deque[str] = deque()
    skipped = Skipped()
    todo = _pending(iter_items(inputs, read, skipped, own), sink, names, tally)
    try:
        with (
            _sigterm_interrupts(),
            contextlib.closing(_run(todo, settings, engine, scheduler, workers)) as done,
        ):
            for item, outcome in done:
                sink.write(outcome.line, outcome.body, names.popleft())
                tally.add(outcome)
                if verbose and (outcome.error_type is not None or verbose > 1):
                    progress.note(document_line(item, outcome))
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
        if skipped.hidden:
            hidden = f'{skipped.hidden} hidden files and folders (names starting with ".")'
            click.echo(f"  skipped: {hidden}", err=True)
    if tally.errors:
        raise click.exceptions.Exit(EXIT_DOC_ERRORS)


def _check_usage(
    output: Path | None,
    out_dir: Path | None,
    resume: bool,
    engine: str,
    scheduler: str | None,
    quiet: bool,
    verbose: int,
) -> None:
    if output is not None and out_dir is not None:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if quiet and verbose:
        raise click.UsageError("use either -q/--quiet or -v/--verbose, not both")
    if resume and output is None and out_dir is None:
        raise click.UsageError("--resume needs -o/--output or --out-dir")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")


def _run(
    items: Iterator[Item], settings: Settings, engine: str, scheduler: str | None, workers: int | None
) -> Generator[tuple[Item, Outcome], None, None]:
    if engine == "dask":
        from newsclean.app.engines import run_dask

        return run_dask(items, settings, scheduler=scheduler, workers=workers or default_workers())
    return run_ordered(items, settings, workers or default_workers())


def _pending(items: Iterator[Item], sink: Sink, names: deque[str], tally: Tally) -> Iterator[Item]:
    """Items still to clean; records an earlier run wrote are counted and skipped.

    Output names queue up in item order, which is also the order outcomes come back in.
    """
    for item in items:
        name = sink.name_for(item)
        done = sink.skip(item, name)
        if done is not None:
            tally.add_previous(done)
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


cli.add_command(explain)
cli.add_command(version_option(learn))
cli.add_command(version_option(report))


def main() -> None:
    """Console-script entry point: exit 130 with one line on Ctrl-C, whenever it arrives."""
    try:
        with interrupts_redelivered():
            code = _command_line()
    except (KeyboardInterrupt, click.Abort):
        # Before the command's own handling starts (click parsing the arguments, the context
        # being set up), an interrupt would otherwise end with a traceback or click's "Aborted!".
        click.echo("Error: interrupted", err=True)
        code = EXIT_INTERRUPTED
    sys.exit(code)


def _command_line() -> int:
    """Run the command line as click's standalone mode does, leaving interrupts to :func:`main`."""
    try:
        result = cli.main(prog_name="newsclean", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    return result if isinstance(result, int) else 0


if __name__ == "__main__":  # pragma: no cover - `python -m newsclean.app.cli`
    main()

__all__ = ["cli", "main"]
