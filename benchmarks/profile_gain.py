"""What a site profile adds: article-body F1 on a multi-page-per-site corpus, with and without one.

The corpus is ``benchmarks/site_corpus.py`` (real chrome of dev pages around other dev
pages' ground-truth articles), in text form and in HTML form. Rows per form, newsclean
with default options:

- ``raw page text`` (text form only): the page text itself;
- ``no profile``: newsclean without a profile;
- ``profile, same corpus``: a profile learned on the whole corpus, then used to clean it
  (``newsclean clean --learn``);
- ``profile, other pages only``: each page cleaned with a profile learned on the *other*
  pages of the corpus, so nothing of the page itself was seen when learning.

    python benchmarks/profile_gain.py                 # Markdown table (about 3 minutes)
    python benchmarks/profile_gain.py --kind text --sites 4 --pages 5
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.metric import Score, aggregate, match  # noqa: E402
from benchmarks.site_corpus import SEED, Page, build  # noqa: E402

import newsclean  # noqa: E402
from newsclean import Config, Learner, LearnOptions, Profile  # noqa: E402
from newsclean.profiles.learn import document_lines  # noqa: E402
from newsclean.profiles.profile import site_of  # noqa: E402

KINDS = ("text", "html")


def source(page: Page, kind: str) -> str:
    """The page in the given form."""
    return page.html if kind == "html" else page.text


def lines_of(corpus: Iterable[Page], kind: str = "text") -> dict[str, tuple[str, ...]]:
    """Each page's lines as the cleaner chain sees them, by URL (HTML is extracted once here)."""
    return {p.url: document_lines(source(p, kind), kind=kind, url=p.url) for p in corpus}


def learn(
    pages: Iterable[Page],
    options: LearnOptions | None = None,
    lines: Mapping[str, tuple[str, ...]] | None = None,
) -> Profile:
    """A profile learned on ``pages`` (sites by URL host, as ``newsclean learn`` does)."""
    pages = list(pages)
    lines = lines if lines is not None else lines_of(pages)
    learner = Learner(options)
    for page in pages:
        site = site_of(page.url, None)
        assert site is not None
        learner.add(site, lines[page.url])
    return learner.profile()


def clean_body(page: Page, config: Config, kind: str = "text") -> str:
    """newsclean's body for one page."""
    return newsclean.clean(source(page, kind), url=page.url, kind=kind, config=config).body  # type: ignore[arg-type]


def score(corpus: list[Page], predict: Callable[[Page], str]) -> Score:
    """Corpus score of one way of predicting bodies."""
    return aggregate([match(page.truth, predict(page)) for page in corpus])


def scores(corpus: list[Page], kind: str, options: LearnOptions | None = None) -> dict[str, Score]:
    """The rows of the table for one form of the pages."""
    lines = lines_of(corpus, kind)
    plain = Config()
    whole = Config(profile=learn(corpus, options, lines))
    held_out = {
        page.url: Config(profile=learn([p for p in corpus if p is not page], options, lines))
        for page in corpus
    }
    rows = {"raw page text": score(corpus, lambda p: p.text)} if kind == "text" else {}
    rows |= {
        "newsclean, no profile": score(corpus, lambda p: clean_body(p, plain, kind)),
        "newsclean + profile learned on the same corpus": score(corpus, lambda p: clean_body(p, whole, kind)),
        "newsclean + profile learned on the other pages only": score(
            corpus, lambda p: clean_body(p, held_out[p.url], kind)
        ),
    }
    return rows


def markdown(table: Mapping[str, Mapping[str, Score]]) -> str:
    """The scores as a Markdown table."""
    lines = ["| pages as | system | F1 | precision | recall |", "| --- | --- | ---: | ---: | ---: |"]
    for kind, rows in table.items():
        for name, s in rows.items():
            lines.append(f"| {kind} | {name} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: build the corpus, score every row, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kind", choices=[*KINDS, "both"], default="both")
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--min-docs", type=int, default=LearnOptions().min_docs)
    parser.add_argument("--min-share", type=float, default=LearnOptions().min_share)
    args = parser.parse_args(argv)
    corpus = build(args.sites, args.pages, args.seed)
    options = LearnOptions(min_docs=args.min_docs, min_share=args.min_share)
    kinds = KINDS if args.kind == "both" else (args.kind,)
    print(f"{len(corpus)} pages of {args.sites} sites (seed {args.seed})\n")
    print(markdown({kind: scores(corpus, kind, options) for kind in kinds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
