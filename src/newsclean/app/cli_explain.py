"""The ``newsclean explain`` command: one document, or one record of a JSONL, Parquet or WARC file."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import click

import newsclean
from newsclean.app.cli_learn import input_options
from newsclean.app.cli_options import favor_options, load_config, version_option
from newsclean.io.items import Format, JsonlFields, ReadOptions


@click.command(
    epilog="""\b
Examples:
  newsclean explain scraped/story.txt
  newsclean explain page.html.gz --kind html | less -R
  newsclean explain dump.jsonl --text-field content --id 2024-0001
  newsclean explain news.parquet --html-field html --line 17
"""
)
@click.argument("file", metavar="FILE", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--id", "record_id", default=None, help="JSONL, Parquet or WARC input: the id of the record.")
@click.option(
    "--line",
    "record_line",
    type=click.IntRange(min=1),
    default=None,
    help="JSONL or Parquet input: the record on line (row) N, counted from 1.",
)
@input_options
@favor_options
@click.option("--url", default=None, help="The page URL, recorded in the metadata.")
@version_option
def explain(
    file: str,
    record_id: str | None,
    record_line: int | None,
    kind: str,
    input_format: str,
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    config_path: Path | None,
    follow_links: bool,
    url: str | None,
) -> None:
    """Show a document line by line with each removed line marked by its category and reason.

    FILE is one document, or with --id or --line one record of a JSONL, Parquet or WARC file.
    """
    from newsclean.app.explain import explain_lines, pick_record, read_one

    config = load_config(config_path)
    fields = JsonlFields(text_field, html_field, id_field, url_field)
    read = ReadOptions(
        cast(Format, input_format), fields, 4 * config.max_input_chars, follow_links, config.max_input_chars
    )
    item = pick_record(file, read, record_id, record_line)
    if item is None:
        data = read_one(file, read.max_bytes)
    else:
        data = item.data.encode("utf-8") if isinstance(item.data, str) else item.data or b""
        if item.encoding:
            data = newsclean.decode(data, declared_encoding=item.encoding).text.encode("utf-8")
        url = url or item.url
        kind = kind if kind != "auto" else item.kind or "auto"
    result = newsclean.clean(data, url=url, kind=kind, config=config)  # type: ignore[arg-type]
    for line in explain_lines(data, result, config):
        click.echo(line)
