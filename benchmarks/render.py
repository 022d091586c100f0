"""The dev corpora, and the cached noisy renderings and trafilatura outputs of their pages.

Two corpora (``CORPORA``), both with ``html/<key>.html.gz`` and ``ground-truth.json``:

- ``scrapinghub``: ``fixtures/scrapinghub-dev`` (61 news pages, MIT);
- ``wceb26``: ``fixtures/wceb26-dev`` (301 article pages of 2025–26, Apache-2.0, with
  ``with``/``without`` snippets).

Three text renderings per page, cached gzipped so that the quality gate needs none of the
``bench`` extra (``fixtures/renderings/<kind>/`` for scrapinghub,
``fixtures/renderings/wceb26/<kind>/`` for wceb26):

- ``inscriptis``: the whole page as text (menus, footers and all);
- ``trafilatura_recall``: trafilatura favouring recall, with comments and tables;
- ``resiliparse``: resiliparse's main-content plain text.

With ``--trafilatura``, also trafilatura's own output in the benchmark's comparison settings
(``TRAFILATURA``), cached under ``fixtures/trafilatura/<corpus>/<setting>/``: the gate's
relative check compares newsclean with them without running trafilatura.

    python benchmarks/render.py                        # missing renderings, both corpora
    python benchmarks/render.py --corpus wceb26        # one corpus
    python benchmarks/render.py --trafilatura          # also the trafilatura outputs
    python benchmarks/render.py --refresh --trafilatura  # rewrite them all (review the diff)
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
DEV = FIXTURES / "scrapinghub-dev"
RENDERINGS = FIXTURES / "renderings"
KINDS = ("inscriptis", "trafilatura_recall", "resiliparse")

TRAFILATURA: dict[str, dict[str, Any]] = {
    "trafilatura_default": {},
    "trafilatura_no_comments": {"include_comments": False},
    "trafilatura_precision": {"include_comments": False, "favor_precision": True},
}
"""trafilatura's comparison settings by row name; each runs with the page URL, as newsclean gets it."""


@dataclass(frozen=True)
class Corpus:
    """One dev corpus: its pages, ground truth, renderings and cached trafilatura outputs."""

    name: str
    folder: Path
    renderings: Path
    references: Path

    def truth(self) -> dict[str, dict[str, Any]]:
        """``{key: {"articleBody", "url", ...}}`` (wceb26 also has ``with`` and ``without``)."""
        return _truth(self.folder)

    def page_keys(self) -> list[str]:
        """The sorted page keys."""
        return sorted(self.truth())

    def read_page(self, key: str) -> str:
        """The HTML of one page (stored gzipped, UTF-8)."""
        with gzip.open(self.folder / "html" / f"{key}.html.gz", "rb") as fh:
            return fh.read().decode("utf-8")

    def rendering_path(self, kind: str, key: str) -> Path:
        """Where the cached rendering of one page lives."""
        return self.renderings / kind / f"{key}.txt.gz"

    def read_rendering(self, kind: str, key: str) -> str:
        """A cached rendering (``FileNotFoundError`` when it was never written)."""
        return _read_gz(self.rendering_path(kind, key))

    def reference_path(self, setting: str, key: str) -> Path:
        """Where trafilatura's cached output in one comparison setting lives."""
        return self.references / setting / f"{key}.txt.gz"

    def read_reference(self, setting: str, key: str) -> str:
        """trafilatura's cached output (``FileNotFoundError`` when it was never written)."""
        return _read_gz(self.reference_path(setting, key))


CORPORA: dict[str, Corpus] = {
    "scrapinghub": Corpus("scrapinghub", DEV, RENDERINGS, FIXTURES / "trafilatura" / "scrapinghub"),
    "wceb26": Corpus(
        "wceb26", FIXTURES / "wceb26-dev", RENDERINGS / "wceb26", FIXTURES / "trafilatura" / "wceb26"
    ),
}
"""The dev corpora by name."""


def corpus(name: str | Corpus) -> Corpus:
    """A corpus by name (a :class:`Corpus` is returned as it is)."""
    return name if isinstance(name, Corpus) else CORPORA[name]


@functools.cache
def _truth(folder: Path) -> dict[str, dict[str, Any]]:
    with open(folder / "ground-truth.json", encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    return data


def _read_gz(path: Path) -> str:
    with gzip.open(path, "rb") as fh:
        return fh.read().decode("utf-8")


def _write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the gzip bytes identical from one refresh to the next.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(text.encode("utf-8"))


def digest(paths: list[Path]) -> str:
    """A short digest of some files' bytes (a missing file counts as empty)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()[:16]


# The scrapinghub corpus through the module-level names other code has always used.


def dev_keys(name: str = "scrapinghub") -> list[str]:
    """The sorted keys of a dev corpus."""
    return CORPORA[name].page_keys()


def read_page(key: str, name: str = "scrapinghub") -> str:
    """The HTML of one dev page."""
    return CORPORA[name].read_page(key)


def rendering_path(kind: str, key: str, name: str = "scrapinghub") -> Path:
    """Where the cached rendering of one page lives."""
    return CORPORA[name].rendering_path(kind, key)


def read_rendering(kind: str, key: str, name: str = "scrapinghub") -> str:
    """A cached rendering (``FileNotFoundError`` when it was never written)."""
    return CORPORA[name].read_rendering(kind, key)


def _inscriptis(html: str, url: str) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def _trafilatura_recall(html: str, url: str) -> str:
    from trafilatura import extract

    text = extract(html, favor_recall=True, include_comments=True, include_tables=True, deduplicate=False)
    return text or ""


def _resiliparse(html: str, url: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=True))


def trafilatura_text(html: str, url: str | None, setting: str) -> str:
    """trafilatura's text for a page in one of the ``TRAFILATURA`` settings, given the page URL."""
    from trafilatura import extract

    return extract(html, url=url, deduplicate=False, **TRAFILATURA[setting]) or ""


RENDERERS: dict[str, Callable[[str, str], str]] = {
    "inscriptis": _inscriptis,
    "trafilatura_recall": _trafilatura_recall,
    "resiliparse": _resiliparse,
}


def write_renderings(
    name: str | Corpus = "scrapinghub", refresh: bool = False, trafilatura: bool = False
) -> int:
    """Write a corpus's missing renderings (all with ``refresh``), and with ``trafilatura`` its
    trafilatura outputs; return how many files were written."""
    c = corpus(name)
    truth = c.truth()
    written = 0
    for key in c.page_keys():
        jobs: list[tuple[Path, Callable[[str, str], str]]] = [
            (c.rendering_path(kind, key), RENDERERS[kind]) for kind in KINDS
        ]
        if trafilatura:
            jobs += [
                (c.reference_path(s, key), functools.partial(trafilatura_text, setting=s))
                for s in TRAFILATURA
            ]
        html = None
        for path, render in jobs:
            if path.exists() and not refresh:
                continue
            html = html if html is not None else c.read_page(key)
            _write_gz(path, render(html, truth[key]["url"]))
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: write the cached renderings."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="default: both")
    parser.add_argument(
        "--refresh", action="store_true", help="rewrite every file, not just the missing ones"
    )
    parser.add_argument(
        "--trafilatura", action="store_true", help="also trafilatura's outputs in the comparison settings"
    )
    args = parser.parse_args(argv)
    for name in args.corpus or list(CORPORA):
        try:
            written = write_renderings(name, refresh=args.refresh, trafilatura=args.trafilatura)
        except ImportError as exc:
            print(f"renderings need the bench extra: pip install -e '.[bench]' ({exc})", file=sys.stderr)
            return 1
        print(f"{name}: wrote {written} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
