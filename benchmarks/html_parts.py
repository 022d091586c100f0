"""Where HTML-mode time goes: each part of ``clean_html`` timed alone, next to trafilatura's own call.

On the dev pages of ``throughput.py``, in CPU milliseconds per page (fastest of ``--rounds``
rounds, parts interleaved) and as a share of ``trafilatura.extract(html, url=url,
include_comments=False, with_metadata=True, output_format="json")``: parsing, trafilatura's
default pass with and without its metadata and its readability/jusText comparisons
(``fast=True``), the precision and recall passes of ``html_favor="balanced"``, the metadata alone, the page
size, and the whole ``clean_html``. It reads the parts the way ``newsclean.html.extract`` runs
them, so it is a profile in the extractor's own terms.

    python benchmarks/html_parts.py
    python benchmarks/html_parts.py --rounds 5
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from benchmarks.throughput import Doc, html_corpus  # noqa: E402
from trafilatura import bare_extraction  # noqa: E402
from trafilatura.metadata import extract_metadata  # noqa: E402

import newsclean  # noqa: E402
from newsclean.html import extract  # noqa: E402

_OPTIONS = extract.EXTRACT_OPTIONS
_DATES = extract.DATE_PARAMS
_PEER = "trafilatura.extract (json, metadata)"


def parts(docs: list[Doc]) -> dict[str, Callable[[Doc], object]]:
    """Each part as a function of one page (trees parsed beforehand where a part starts from one)."""
    trees = {doc.name: extract._parse(doc.data) for doc in docs}
    config = newsclean.Config()

    def first(doc: Doc, **options: Any) -> object:
        return bare_extraction(trees[doc.name], url=doc.url, **options, **_OPTIONS)

    return {
        _PEER: lambda d: trafilatura.extract(
            d.data, url=d.url, include_comments=False, with_metadata=True, output_format="json"
        ),
        "parse": lambda d: extract._parse(d.data),
        "copy of the tree": lambda d: copy.deepcopy(trees[d.name]),
        "default pass with metadata": lambda d: first(
            d, with_metadata=True, date_extraction_params=dict(_DATES)
        ),
        "default pass": first,
        "default pass, fast=True": lambda d: first(d, fast=True),
        "precision pass (fast=True)": lambda d: first(d, favor_precision=True, fast=True),
        "recall pass (fast=True)": lambda d: first(d, favor_recall=True, fast=True),
        "metadata alone": lambda d: extract_metadata(copy.deepcopy(trees[d.name]), d.url, dict(_DATES)),
        "page size": lambda d: extract._page_chars(trees[d.name]),
        "newsclean.clean_html": lambda d: newsclean.clean_html(d.data, url=d.url, config=config),
    }


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per part (default 3)")
    args = parser.parse_args()
    docs = html_corpus()
    systems = parts(docs)
    best = dict.fromkeys(systems, float("inf"))
    for run in systems.values():  # warm-up: imports, profiles, compiled paths
        for doc in docs:
            run(doc)
    for _ in range(args.rounds):
        for name, run in systems.items():
            began = time.process_time()
            for doc in docs:
                run(doc)
            best[name] = min(best[name], time.process_time() - began)
    print(f"| part ({len(docs)} pages) | CPU ms/page | share of trafilatura.extract |")
    print("| --- | ---: | ---: |")
    for name, seconds in best.items():
        print(f"| {name} | {1000 * seconds / len(docs):.1f} | {seconds / best[_PEER]:.2f}x |")


if __name__ == "__main__":
    main()
