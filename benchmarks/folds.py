"""k folds of a dev corpus by site, for scores on pages whose site was never seen.

All pages of one site go to the same fold, so a setting tuned on the other folds has seen
none of the held fold's templates. A site is the page URL's host without ``www``, reduced to
its registrable part (``edition.cnn.com`` and ``cnn.com`` are one site; so are two Substack
blogs, which share a template). Sites are dealt largest first, each to the fold with the
fewest pages so far (ties in a fixed pseudo-random order of the site names, then the lowest
fold), so the folds are deterministic and balanced by page count.

    python benchmarks/folds.py                  # fold sizes of both corpora
    python benchmarks/folds.py --corpus wceb26 --list
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.render import CORPORA, Corpus, corpus  # noqa: E402

K = 5
# Second-level labels under which a country-code domain registers names (bbc.co.uk, abc.net.au).
_SECOND_LEVEL = frozenset("co com net org gov edu ac or ne go gob nic mil".split())  # noqa: SIM905


def site(url: str) -> str:
    """The site a page belongs to: its registrable domain.

    >>> site("https://www.bbc.co.uk/news/world-1")
    'bbc.co.uk'
    >>> site("https://edition.cnn.com/2024/story")
    'cnn.com'
    >>> site("http://Example.ORG:8080/x")
    'example.org'
    """
    host = (urlsplit(url).hostname or url).lower().rstrip(".")
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _order(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def assign(urls: dict[str, str], k: int = K) -> dict[str, int]:
    """``{key: fold}`` for pages given as ``{key: url}``: whole sites to folds, balanced by pages.

    >>> assign({"a": "http://x.com/1", "b": "http://x.com/2", "c": "http://y.com/", "d": "http://z.com/"}, 2)
    {'a': 0, 'b': 0, 'c': 1, 'd': 1}
    """
    sites: dict[str, list[str]] = defaultdict(list)
    for key in sorted(urls):
        sites[site(urls[key])].append(key)
    sizes = [0] * k
    fold: dict[str, int] = {}
    for name in sorted(sites, key=lambda s: (-len(sites[s]), _order(s))):
        target = min(range(k), key=lambda i: (sizes[i], i))
        sizes[target] += len(sites[name])
        for key in sites[name]:
            fold[key] = target
    return dict(sorted(fold.items()))


def folds(name: str | Corpus, k: int = K) -> dict[str, int]:
    """``{key: fold}`` for every page of a corpus."""
    c = corpus(name)
    return assign({key: item["url"] for key, item in c.truth().items()}, k)


def members(name: str | Corpus, k: int = K) -> list[list[str]]:
    """The sorted page keys of each fold."""
    out: list[list[str]] = [[] for _ in range(k)]
    for key, i in folds(name, k).items():
        out[i].append(key)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: print the folds."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="default: both")
    parser.add_argument("-k", type=int, default=K, help=f"number of folds (default {K})")
    parser.add_argument("--list", action="store_true", help="list each fold's sites")
    args = parser.parse_args(argv)
    for name in args.corpus or list(CORPORA):
        c = CORPORA[name]
        truth = c.truth()
        groups = members(c, args.k)
        sizes = ", ".join(
            f"{len(g)} pages / {len({site(truth[key]['url']) for key in g})} sites" for g in groups
        )
        print(f"{name}: {sizes}")
        if args.list:
            for i, group in enumerate(groups):
                print(f"  fold {i}: {' '.join(sorted({site(truth[key]['url']) for key in group}))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
