"""Noisy text renderings of the dev pages, as a scraper would leave them.

Three renderings per page, cached gzipped under ``fixtures/renderings/`` so that the
quality gate needs none of the ``bench`` extra:

- ``inscriptis``: the whole page as text (menus, footers and all);
- ``trafilatura_recall``: trafilatura favouring recall, with comments and tables;
- ``resiliparse``: resiliparse's main-content plain text.

Run ``python benchmarks/render.py`` to write the missing files and ``--refresh`` to
rewrite them all (review the diff: the gate's baseline depends on them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "fixtures" / "scrapinghub-dev"
RENDERINGS = ROOT / "fixtures" / "renderings"
KINDS = ("inscriptis", "trafilatura_recall", "resiliparse")


def dev_keys() -> list[str]:
    """The sorted keys of the dev set."""
    with open(DEV / "ground-truth.json", encoding="utf-8") as fh:
        return sorted(json.load(fh))


def read_page(key: str) -> str:
    """The HTML of one dev page (stored gzipped, UTF-8)."""
    with gzip.open(DEV / "html" / f"{key}.html.gz", "rb") as fh:
        return fh.read().decode("utf-8")


def rendering_path(kind: str, key: str) -> Path:
    """Where the cached rendering of one page lives."""
    return RENDERINGS / kind / f"{key}.txt.gz"


def read_rendering(kind: str, key: str) -> str:
    """A cached rendering (``FileNotFoundError`` when it was never written)."""
    with gzip.open(rendering_path(kind, key), "rb") as fh:
        return fh.read().decode("utf-8")


def _inscriptis(html: str) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def _trafilatura_recall(html: str) -> str:
    from trafilatura import extract

    text = extract(html, favor_recall=True, include_comments=True, include_tables=True, deduplicate=False)
    return text or ""


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=True))


RENDERERS: dict[str, Callable[[str], str]] = {
    "inscriptis": _inscriptis,
    "trafilatura_recall": _trafilatura_recall,
    "resiliparse": _resiliparse,
}


def write_renderings(refresh: bool = False) -> int:
    """Write the renderings that are missing (all of them with ``refresh``); return how many."""
    written = 0
    for key in dev_keys():
        html = None
        for kind in KINDS:
            path = rendering_path(kind, key)
            if path.exists() and not refresh:
                continue
            html = html if html is not None else read_page(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            data = RENDERERS[kind](html).encode("utf-8")
            # mtime=0 keeps the gzip bytes identical from one refresh to the next.
            with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
                fh.write(data)
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: write the cached renderings."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--refresh", action="store_true", help="rewrite every rendering, not just missing ones"
    )
    args = parser.parse_args(argv)
    try:
        written = write_renderings(refresh=args.refresh)
    except ImportError as exc:
        print(f"renderings need the bench extra: pip install -e '.[bench]' ({exc})", file=sys.stderr)
        return 1
    print(f"wrote {written} rendering(s) under {RENDERINGS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
