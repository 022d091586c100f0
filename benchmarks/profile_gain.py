"""What a site profile adds: article-body F1 on a multi-page-per-site corpus, with and without one.

The corpus is ``benchmarks/site_corpus.py`` (real chrome of dev pages around other dev
pages' ground-truth articles). Rows, all newsclean's text mode with default options:

- ``raw``: the page text itself;
- ``no profile``: newsclean without a profile;
- ``profile, same corpus``: a profile learned on the whole corpus, then used to clean it
  (``newsclean clean --learn``);
- ``profile, other pages only``: each page cleaned with a profile learned on the *other*
  pages of the corpus, so nothing of the page itself was seen when learning.

    python benchmarks/profile_gain.py                 # Markdown table
    python benchmarks/profile_gain.py --sites 4 --pages 5
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.metric import Score, aggregate, match  # noqa: E402
from benchmarks.site_corpus import SEED, Page, build  # noqa: E402

import newsclean  # noqa: E402
from newsclean import Config, Learner, LearnOptions, Profile  # noqa: E402
from newsclean.learn import document_lines  # noqa: E402
from newsclean.profile import site_of  # noqa: E402


def learn(pages: Iterable[Page], options: LearnOptions | None = None) -> Profile:
    """A profile learned on ``pages`` (sites by URL host, as ``newsclean learn`` does)."""
    learner = Learner(options)
    for page in pages:
        site = site_of(page.url, None)
        assert site is not None
        learner.add(site, document_lines(page.text, kind="text", url=page.url))
    return learner.profile()


def clean_body(page: Page, config: Config) -> str:
    """newsclean's body for one page in text mode."""
    return newsclean.clean(page.text, url=page.url, kind="text", config=config).body


def score(corpus: list[Page], predict: Callable[[Page], str]) -> Score:
    """Corpus score of one way of predicting bodies."""
    return aggregate([match(page.truth, predict(page)) for page in corpus])


def removed_repeated(corpus: list[Page], config: Config) -> int:
    """How many lines the ``repeated`` cleaner removed over the corpus."""
    return sum(
        dict(newsclean.clean(p.text, url=p.url, kind="text", config=config).stats.removed_by_category).get(
            "repeated", 0
        )
        for p in corpus
    )


def scores(corpus: list[Page], options: LearnOptions | None = None) -> dict[str, Score]:
    """Every row of the table."""
    plain = Config()
    whole = Config(profile=learn(corpus, options))
    held_out = {
        page.url: Config(profile=learn((p for p in corpus if p is not page), options)) for page in corpus
    }
    return {
        "raw page text": score(corpus, lambda p: p.text),
        "newsclean, no profile": score(corpus, lambda p: clean_body(p, plain)),
        "newsclean + profile learned on the same corpus": score(corpus, lambda p: clean_body(p, whole)),
        "newsclean + profile learned on the other pages only": score(
            corpus, lambda p: clean_body(p, held_out[p.url])
        ),
    }


def markdown(rows: dict[str, Score]) -> str:
    """The scores as a Markdown table."""
    lines = ["| text mode | F1 | precision | recall |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {name} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} |" for name, s in rows.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: build the corpus, score every row, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--min-docs", type=int, default=LearnOptions().min_docs)
    parser.add_argument("--min-share", type=float, default=LearnOptions().min_share)
    args = parser.parse_args(argv)
    corpus = build(args.sites, args.pages, args.seed)
    options = LearnOptions(min_docs=args.min_docs, min_share=args.min_share)
    print(f"{len(corpus)} pages of {args.sites} sites (seed {args.seed})\n")
    print(markdown(scores(corpus, options)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
