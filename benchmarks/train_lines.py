"""Train the boilerplate cleaner's line scorer on the dev corpora, with folds by site.

The boilerplate cleaner's layout rules (``boilerplate.minor-cluster``, ``zone-before``,
``zone-after``) name candidate furniture lines; the shipped line scorer
(``src/newsclean/cleaners/data/line_weights.json``) gates them. This script:

1. runs newsclean in text mode on every page of both corpora in the three renderings
   (``benchmarks/render.py``), with the hand rules ungated, and records each layout candidate's
   features (:func:`newsclean.cleaners.boilerplate.features`), whether it is article text (as
   ``benchmarks/ledger.py``'s ``Judge`` tells: most of its 4-token shingles in the truth) and
   which lines ended in the body;
2. for each regularisation strength, trains a logistic regression (numpy, word-weighted, L2)
   on four folds by site (``benchmarks/folds.py``, pooling both corpora and all renderings:
   the scorer is never told the rendering) and scores the held fold: the body each threshold
   would give is rebuilt from the recorded lines and scored with ``benchmarks/metric.py``;
3. chooses the strength and threshold with the best mean held-fold F1 over the six
   (corpus, rendering) pairs among those that lose at most ``MAX_DROP`` on any pair, and
   writes per-fold weights (trained without that fold) and the final weights (all folds);
4. with ``--evaluate``, runs newsclean for real: each page with the weights trained without
   its fold (the cross-validated score) and with the final weights (all pages).

    python benchmarks/train_lines.py --workers 2              # train, print the choice
    python benchmarks/train_lines.py --workers 2 --write      # also ship the final weights
    python benchmarks/train_lines.py --workers 2 --evaluate   # and score newsclean for real
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import json
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.folds import K, folds  # noqa: E402
from benchmarks.ledger import Judge  # noqa: E402
from benchmarks.metric import Counts, aggregate, match, match_shingles, shingles  # noqa: E402
from benchmarks.quality import source_hash  # noqa: E402
from benchmarks.render import CORPORA, KINDS  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "lines"
WEIGHTS = ROOT / "src" / "newsclean" / "cleaners" / "data" / "line_weights.json"
STRENGTHS = (0.01, 0.1, 1.0, 10.0)
"""L2 penalties tried (on standardised features, per unit of training weight)."""
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))
MAX_DROP = 0.002
"""A setting may lose at most this held-fold F1 against the hand rules on any (corpus, rendering):
the mean alone would trade whole-page renderings for main-content ones."""

Page = dict[str, Any]
"""One page in one rendering: ``lines`` (text, in_body, candidate, label, words, features), ``truth``."""


def _ungated() -> Any:
    from newsclean.cleaners.line_scorer import LineScorer

    # No features and a very negative bias: every layout candidate is furniture, as the hand rules say.
    return LineScorer((), (), -50.0, 0.5)


def _chain(scorer: Any) -> tuple[Any, ...]:
    from newsclean.cleaners.boilerplate import Boilerplate
    from newsclean.pipeline import default_chain

    return tuple(Boilerplate(scorer) if m.name == "boilerplate" else m for m in default_chain())


def collect_page(task: tuple[str, str, str]) -> Page:
    """Record one page in one rendering (run in a worker)."""
    import newsclean
    from newsclean.cleaners import boilerplate

    name, kind, key = task
    c = CORPORA[name]
    truth = c.truth()[key]
    seen: dict[str, Any] = {}

    class Recorder(boilerplate.Boilerplate):
        def judge(self, doc: Any, removed: Any) -> Any:
            seen["segments"] = doc.segments
            return super().judge(doc, removed)

        def gate(self, doc: Any, page: Any, candidates: Any) -> Any:
            seen["candidates"] = {i: rule for rule, lines in candidates.items() for i in lines}
            seen["features"] = boilerplate.features(doc, page, seen["candidates"])
            return super().gate(doc, page, candidates)

    chain = tuple(Recorder(_ungated()) if m.name == "boilerplate" else m for m in _chain(_ungated()))
    result = newsclean.Pipeline(cleaners=chain).clean_text(c.read_rendering(kind, key), url=truth["url"])
    gone = {line for r in result.removed for line in range(r.start_line, r.end_line + 1)}
    judge = Judge(truth["articleBody"], truth.get("with", ()))
    lines = []
    candidates = seen.get("candidates", {})
    for s in seen.get("segments", ()):
        rule = candidates.get(s.index)
        judged = judge.lines(s.text)
        article = sum(len(line) for line, a in judged if a)
        lines.append(
            {
                "text": s.text,
                "in_body": s.start_line not in gone,
                "rule": rule,
                "article": 2 * article > sum(len(line) for line, _ in judged),
                "words": s.words,
                "features": list(seen["features"][s.index]) if rule else None,
            }
        )
    return {"corpus": name, "kind": kind, "key": key, "lines": lines}


def collect(workers: int = 2) -> list[Page]:
    """Every page in every rendering, recorded (cached by newsclean's source hash)."""
    path = CACHE / f"pages-{source_hash()}.json"
    if path.exists():
        data: list[Page] = json.loads(path.read_text(encoding="utf-8"))
        return data
    tasks = [(n, kind, key) for n in CORPORA for kind in KINDS for key in CORPORA[n].page_keys()]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        pages = list(pool.map(collect_page, tasks, chunksize=4))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(pages), encoding="utf-8")
    return pages


def fit(x: Any, y: Any, w: Any, strength: float) -> tuple[Any, float]:
    """Logistic regression by Newton's method: (weights, bias) on the given (standardised) features."""
    import numpy as np

    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = strength * w.sum() * np.eye(d + 1)
    penalty[d, d] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + penalty @ beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + penalty + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:d], float(beta[d])


def train(pages: Sequence[Page], strength: float) -> tuple[list[float], float]:
    """Weights and bias on raw features (standardisation folded in) from the pages' candidate lines."""
    import numpy as np

    rows = [line for p in pages for line in p["lines"] if line["rule"]]
    x = np.array([line["features"] for line in rows], dtype=float)
    y = np.array([line["article"] for line in rows], dtype=float)
    w = np.array([max(1, line["words"]) for line in rows], dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    beta, bias = fit((x - mean) / scale, y, w / w.mean(), strength)
    weights = beta / scale
    return [float(v) for v in weights], float(bias - (beta * mean / scale).sum())


def probabilities(page: Page, weights: Sequence[float], bias: float) -> list[float | None]:
    """Each line's probability of being article text (``None`` for lines no layout rule took)."""
    from newsclean.cleaners.line_scorer import FEATURES, LineScorer

    scorer = LineScorer(FEATURES, tuple(weights), bias, 0.5)
    return [scorer.probability(line["features"]) if line["rule"] else None for line in page["lines"]]


@functools.cache
def _truth(name: str, key: str) -> str:
    return str(CORPORA[name].truth()[key]["articleBody"])


@functools.cache
def _true_shingles(name: str, key: str) -> Counter[tuple[str, ...]]:
    return shingles(_truth(name, key))


def simulate(page: Page, probs: Sequence[float | None], threshold: float, memo: dict[Any, Counts]) -> Counts:
    """The page's counts when candidates scoring at least ``threshold`` stay in the body."""
    keep = tuple(
        i
        for i, (line, p) in enumerate(zip(page["lines"], probs, strict=True))
        if line["in_body"] or (p is not None and p >= threshold)
    )
    found = memo.get((id(page), keep))
    if found is None:
        body = "\n".join(page["lines"][i]["text"] for i in keep)
        found = match_shingles(_true_shingles(page["corpus"], page["key"]), shingles(body))
        memo[(id(page), keep)] = found
    return found


def _fold_of() -> dict[tuple[str, str], int]:
    return {(n, key): i for n in CORPORA for key, i in folds(n).items()}


def cross_validate(pages: Sequence[Page]) -> dict[str, Any]:
    """Held-fold simulated F1 for every strength and threshold, per (corpus, rendering)."""
    fold_of = _fold_of()
    table: dict[tuple[float, float], dict[tuple[str, str], list[Counts]]] = {}
    hand: dict[tuple[str, str], list[Counts]] = {}
    memo: dict[Any, Counts] = {}
    for i in range(K):
        train_pages = [p for p in pages if fold_of[(p["corpus"], p["key"])] != i]
        held = [p for p in pages if fold_of[(p["corpus"], p["key"])] == i]
        for p in held:
            ungated = simulate(p, [None] * len(p["lines"]), 1.0, memo)
            hand.setdefault((p["corpus"], p["kind"]), []).append(ungated)
        for strength in STRENGTHS:
            weights, bias = train(train_pages, strength)
            probs = [probabilities(p, weights, bias) for p in held]
            for threshold in THRESHOLDS:
                cell = table.setdefault((strength, threshold), {})
                for p, pr in zip(held, probs, strict=True):
                    cell.setdefault((p["corpus"], p["kind"]), []).append(simulate(p, pr, threshold, memo))
    pairs = sorted(hand)
    scores = {
        f"{s}:{t}": {f"{n}/{k}": aggregate(cell[(n, k)]).f1 for n, k in pairs}
        for (s, t), cell in table.items()
    }
    baseline = {f"{n}/{k}": aggregate(hand[(n, k)]).f1 for n, k in pairs}
    safe = [c for c in scores if all(scores[c][p] >= baseline[p] - MAX_DROP for p in baseline)]
    best = max(safe or scores, key=lambda c: (sum(scores[c].values()) / len(pairs), c))
    return {
        "hand_rules": baseline,
        "scores": scores,
        "best": best,
    }


def write_weights(path: Path, weights: Sequence[float], bias: float, threshold: float) -> None:
    """Write a weights file the cleaner loads (validated by loading it back)."""
    from newsclean.cleaners.line_scorer import FEATURES, LineScorer

    scorer = LineScorer(FEATURES, tuple(round(w, 6) for w in weights), round(bias, 6), threshold)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(scorer.to_dict(), indent=1) + "\n", encoding="utf-8")
    LineScorer.load(path)


def predict_with(task: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """newsclean's text-mode body for one page with a given weights file (run in a worker)."""
    import newsclean
    from newsclean.cleaners.line_scorer import LineScorer

    name, kind, key, weights = task
    c = CORPORA[name]
    chain = _chain(LineScorer.load(weights))
    result = newsclean.Pipeline(cleaners=chain).clean_text(
        c.read_rendering(kind, key), url=c.truth()[key]["url"]
    )
    return name, kind, key, result.body


def evaluate(fold_weights: Mapping[int, Path], final: Path, workers: int) -> dict[str, dict[str, float]]:
    """Real F1 per (corpus, rendering): cross-validated (fold weights) and all pages (final weights)."""
    fold_of = _fold_of()
    tasks = []
    for n in CORPORA:
        for kind in KINDS:
            for key in CORPORA[n].page_keys():
                tasks.append((n, kind, key, str(fold_weights[fold_of[(n, key)]])))
                tasks.append((n, kind, key, str(final)))
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        bodies = list(pool.map(predict_with, tasks, chunksize=4))
    out: dict[str, dict[str, list[Counts]]] = {}
    for (n, kind, key, weights), (_, _, _, body) in zip(tasks, bodies, strict=True):
        how = "all_pages" if weights == str(final) else "held_folds"
        out.setdefault(f"{n}/{kind}", {}).setdefault(how, []).append(match(_truth(n, key), body))
    return {pair: {how: aggregate(c).f1 for how, c in by.items()} for pair, by in out.items()}


def main(argv: list[str] | None = None) -> int:
    """Command line: collect, cross-validate, optionally write and evaluate."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--write", action="store_true", help="ship the final weights")
    parser.add_argument("--evaluate", action="store_true", help="run newsclean with the fold weights")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    pages = collect(args.workers)
    cv = cross_validate(pages)
    strength, threshold = (float(v) for v in cv["best"].split(":"))
    print("hand rules (held folds, simulated):", json.dumps(cv["hand_rules"], indent=1))
    print(
        f"chosen: strength {strength}, threshold {threshold}:", json.dumps(cv["scores"][cv["best"]], indent=1)
    )
    fold_of = _fold_of()
    folder = CACHE / f"weights-{source_hash()}"
    fold_paths = {}
    for i in range(K):
        weights, bias = train([p for p in pages if fold_of[(p["corpus"], p["key"])] != i], strength)
        fold_paths[i] = folder / f"fold{i}.json"
        write_weights(fold_paths[i], weights, bias, threshold)
    weights, bias = train(pages, strength)
    final = folder / "final.json"
    write_weights(final, weights, bias, threshold)
    if args.write:
        write_weights(WEIGHTS, weights, bias, threshold)
    if args.evaluate:
        cv["evaluated"] = evaluate(fold_paths, final, args.workers)
        print("newsclean with the scorer:", json.dumps(cv["evaluated"], indent=1))
    if args.json:
        args.json.write_text(json.dumps(cv, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
