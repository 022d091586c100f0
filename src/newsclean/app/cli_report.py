"""``newsclean report``: the HTML audit report of a clean run's records."""

from __future__ import annotations

from pathlib import Path

import click

import newsclean
from newsclean.app.cli_errors import EXIT_DOC_ERRORS, InputFailure
from newsclean.app.outputs import ensure_writable
from newsclean.io.writers import write_atomically


@click.command(
    epilog="""\b
Examples:
  newsclean report clean.jsonl -o report.html
  newsclean report clean.parquet -o report.html
"""
)
@click.argument("records", metavar="OUT.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="HTML file to write.",
)
def report(records: Path, output: Path) -> None:
    """Write a self-contained HTML audit report of a clean run's records (JSONL, .gz or Parquet).

    The page shows a summary, a filterable list of documents and, per document, its text with
    every removed segment highlighted in its category's colour. Lines of the input that are not
    records are listed in the report and make the exit status 3.
    """
    from newsclean.app.report import build_report
    from newsclean.app.report_page import page_chunks
    from newsclean.io.records import read_output

    ensure_writable(output, [str(records)])
    try:
        built = build_report(read_output(records), records.name)
    except newsclean.InputError as exc:
        raise InputFailure(str(exc)) from exc
    write_atomically(output, page_chunks(built))
    summary = built.summary
    counts = f"{summary.documents} documents ({summary.errors} errors)"
    click.echo(f"newsclean: report of {counts}: {output}", err=True)
    if summary.unreadable:
        click.echo(
            f"  {summary.unreadable} lines of {records} are not records: the report lists them", err=True
        )
        raise click.exceptions.Exit(EXIT_DOC_ERRORS)
