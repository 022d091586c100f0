"""Cross-validated choice among candidate settings: the score on sites the choice never saw.

For each fold by site (``benchmarks/folds.py``), the candidate with the best F1 on the other
folds is chosen and scored on the held fold. The cross-validated score pools the held folds:
every page is scored with the candidate chosen without its site. Next to it: the best
candidate on all pages, and the gap between the two, which measures how much of a setting's
score comes from fitting the pages it was chosen on.

``joint`` choices use both corpora at once: for fold *i*, the candidate with the best mean F1
over the two corpora's other folds, scored on fold *i* of each. That is how a default that
must hold on both is chosen.

Candidates are named ``newsclean.Config`` variants; ``grid`` builds them from value lists::

    from benchmarks import tune
    import newsclean
    candidates = tune.grid(html_favor=["fast", "balanced"], guard_share=[0.3, 0.5])
    print(tune.markdown(tune.tune_configs(candidates)))

Any other parameter can be tuned the same way by passing per-page counts to ``report``.

    python benchmarks/tune.py                                 # html_favor, both corpora
    python benchmarks/tune.py --grid guard_share=0.3,0.5 --grid html_favor=fast,balanced
    python benchmarks/tune.py --mode inscriptis --grid min_foreign_chars=40,80
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.folds import K, folds  # noqa: E402
from benchmarks.metric import Counts, Score, aggregate  # noqa: E402
from benchmarks.render import CORPORA, KINDS  # noqa: E402

PerDoc = Mapping[str, Mapping[str, Counts]]
"""``{candidate: {page key: counts}}``."""


@dataclass(frozen=True)
class CrossValidated:
    """A cross-validated choice among candidates on one corpus."""

    candidates: tuple[str, ...]
    chosen: tuple[str, ...]
    """The candidate chosen for each held fold (from the other folds)."""
    held: tuple[Score, ...]
    """The chosen candidate's score on each held fold."""
    score: Score
    """Cross-validated: all pages, each scored with the candidate chosen without its fold."""
    all_pages: dict[str, Score]
    """Each candidate's score on all pages."""
    folds: dict[str, tuple[Score, ...]]
    """Each candidate's score on each fold."""

    @property
    def best(self) -> str:
        """The best candidate on all pages (the first listed on a tie)."""
        return max(self.candidates, key=lambda c: (self.all_pages[c].f1, -self.candidates.index(c)))

    @property
    def gap(self) -> float:
        """Best all-pages F1 minus the cross-validated F1: what choosing on the same pages adds."""
        return self.all_pages[self.best].f1 - self.score.f1


def _argmax(candidates: Sequence[str], value: Mapping[str, float]) -> str:
    return max(candidates, key=lambda c: (value[c], -list(candidates).index(c)))


def _scores(per_doc: PerDoc, fold_of: Mapping[str, int], keep: Any) -> dict[str, Score]:
    return {c: aggregate([v for key, v in docs.items() if keep(fold_of[key])]) for c, docs in per_doc.items()}


def joint(
    per_corpus: Mapping[str, PerDoc], fold_of: Mapping[str, Mapping[str, int]], k: int = K
) -> dict[str, CrossValidated]:
    """Cross-validate one choice per fold index over several corpora (mean F1 of the training folds)."""
    names = list(per_corpus)
    candidates = tuple(per_corpus[names[0]])
    chosen = []
    for i in range(k):
        train = {n: _scores(per_corpus[n], fold_of[n], lambda f, i=i: f != i) for n in names}
        chosen.append(
            _argmax(candidates, {c: sum(train[n][c].f1 for n in names) / len(names) for c in candidates})
        )
    return {n: _result(per_corpus[n], fold_of[n], tuple(chosen), k) for n in names}


def cross_validate(per_doc: PerDoc, fold_of: Mapping[str, int], k: int = K) -> CrossValidated:
    """For each fold, choose the candidate with the best F1 on the other folds; score it held out.

    Three candidates, each right on one page only: any of them scores 0.5 on all pages, but a
    choice made on the other pages is always wrong on the held one.

    >>> good, bad = Counts(1.0, 0.0, 0.0), Counts(0.0, 0.0, 1.0)
    >>> per_doc = {
    ...     "a": {"p": good, "q": bad, "r": bad},
    ...     "b": {"p": bad, "q": good, "r": bad},
    ...     "c": {"p": bad, "q": bad, "r": good},
    ... }
    >>> cv = cross_validate(per_doc, {"p": 0, "q": 1, "r": 2}, k=3)
    >>> cv.chosen, cv.best, round(cv.all_pages["a"].f1, 3), round(cv.score.f1, 3), round(cv.gap, 3)
    (('b', 'a', 'a'), 'a', 0.5, 0.0, 0.5)
    """
    candidates = tuple(per_doc)
    chosen = tuple(
        _argmax(candidates, {c: s.f1 for c, s in _scores(per_doc, fold_of, lambda f, i=i: f != i).items()})
        for i in range(k)
    )
    return _result(per_doc, fold_of, chosen, k)


def _result(per_doc: PerDoc, fold_of: Mapping[str, int], chosen: tuple[str, ...], k: int) -> CrossValidated:
    candidates = tuple(per_doc)
    keys = sorted(fold_of)
    held = tuple(aggregate([per_doc[chosen[i]][key] for key in keys if fold_of[key] == i]) for i in range(k))
    pooled = aggregate([per_doc[chosen[fold_of[key]]][key] for key in keys])
    by_fold = {
        c: tuple(_scores(per_doc, fold_of, lambda f, i=i: f == i)[c] for i in range(k)) for c in candidates
    }
    return CrossValidated(
        candidates,
        chosen,
        held,
        pooled,
        {c: aggregate(list(per_doc[c].values())) for c in candidates},
        by_fold,
    )


def report(
    per_corpus: Mapping[str, PerDoc], fold_of: Mapping[str, Mapping[str, int]], k: int = K
) -> dict[str, dict[str, CrossValidated]]:
    """Per corpus: the choice on that corpus alone (``"alone"``) and, with two or more corpora,
    the joint choice over all of them (``"joint"``)."""
    out: dict[str, dict[str, CrossValidated]] = {
        n: {"alone": cross_validate(per_corpus[n], fold_of[n], k)} for n in per_corpus
    }
    if len(per_corpus) > 1:
        for n, cv in joint(per_corpus, fold_of, k).items():
            out[n]["joint"] = cv
    return out


def markdown(results: Mapping[str, Mapping[str, CrossValidated]]) -> str:
    """The choices, their cross-validated scores and each candidate's scores, as Markdown."""
    lines = [
        "| corpus | chosen on | choice per held fold | held folds F1 (P, R) | best on all pages | its F1 "
        "| gap |",
        "| --- | --- | --- | ---: | --- | ---: | ---: |",
    ]
    for name, by in results.items():
        for how, cv in by.items():
            s, on = cv.score, "both corpora" if how == "joint" else "this corpus"
            lines.append(
                f"| {name} | {on} | {', '.join(cv.chosen)} | "
                f"{s.f1:.4f} ({s.precision:.4f}, {s.recall:.4f}) | "
                f"{cv.best} | {cv.all_pages[cv.best].f1:.4f} | {cv.gap:+.4f} |"
            )
    first = next(iter(results.values()))["alone"]
    k = len(first.held)
    lines += [
        "",
        "| corpus | candidate | F1 all pages | "
        + " | ".join(f"fold {i}" for i in range(k))
        + " | folds won |",
        "| --- | --- | ---: |" + " ---: |" * k + " ---: |",
    ]
    for name, by in results.items():
        cv = by["alone"]
        for c in cv.candidates:
            won = sum(max(cv.candidates, key=lambda d, i=i: cv.folds[d][i].f1) == c for i in range(k))
            cells = " | ".join(f"{f.f1:.4f}" for f in cv.folds[c])
            lines.append(f"| {name} | {c} | {cv.all_pages[c].f1:.4f} | {cells} | {won} |")
    return "\n".join(lines)


def grid(**values: Sequence[Any]) -> dict[str, Any]:
    """Named ``newsclean.Config`` variants for every combination of the given option values.

    >>> sorted(grid(html_favor=["fast", "balanced"], guard_share=[0.5]))
    ['guard_share=0.5,html_favor=balanced', 'guard_share=0.5,html_favor=fast']
    """
    import newsclean

    names = sorted(values)
    out: dict[str, Any] = {}
    for combo in itertools.product(*(values[n] for n in names)):
        options = dict(zip(names, combo, strict=True))
        out[",".join(f"{n}={v}" for n, v in options.items())] = newsclean.Config(**options)
    return out


def tune_configs(
    candidates: Mapping[str, Any],
    corpora: Sequence[str] = tuple(CORPORA),
    mode: str = "html",
    workers: int = 1,
    use_cache: bool = True,
    k: int = K,
) -> dict[str, dict[str, CrossValidated]]:
    """Cross-validate named configs in HTML mode (``mode="html"``) or on one text rendering."""
    from benchmarks.quality import evaluate, newsclean_html_system, newsclean_text_system

    per_corpus: dict[str, dict[str, Mapping[str, Counts]]] = {}
    for name in corpora:
        todo = [
            newsclean_html_system(c, config) if mode == "html" else newsclean_text_system(c, mode, config)
            for c, config in candidates.items()
        ]
        rows = evaluate(name, todo, workers=workers, use_cache=use_cache)
        per_corpus[name] = {c: rows[c].per_doc for c in candidates}
    return report(per_corpus, {name: folds(name, k) for name in corpora}, k)


def _parse_grid(items: Sequence[str]) -> dict[str, list[Any]]:
    import newsclean

    defaults = {f.name: getattr(newsclean.Config(), f.name) for f in fields(newsclean.Config)}
    out: dict[str, list[Any]] = {}
    for item in items:
        option, _, raw = item.partition("=")
        if option not in defaults:
            raise SystemExit(f"unknown config option {option!r}")
        kind = type(defaults[option])
        parse = (lambda v: v.lower() in {"1", "true", "yes"}) if kind is bool else kind
        out[option] = [parse(v) for v in raw.split(",")]
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: cross-validate a grid of configs and print the tables."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="default: both")
    parser.add_argument("--mode", choices=("html", *KINDS), default="html")
    parser.add_argument("--grid", action="append", metavar="OPTION=V1,V2", help="default: html_favor")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args(argv)
    values = _parse_grid(args.grid or ["html_favor=fast,balanced,precision,recall"])
    results = tune_configs(
        grid(**values), args.corpus or tuple(CORPORA), args.mode, args.workers, not args.no_cache
    )
    print(markdown(results))
    return 0


if __name__ == "__main__":
    from benchmarks.tune import main as _main

    sys.exit(_main())
