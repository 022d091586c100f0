"""Article-body quality on the scrapinghub dev set: newsclean next to other extractors.

Scores (see ``benchmarks/metric.py``) for newsclean's HTML mode, trafilatura in three
settings, readability-lxml and jusText, and newsclean's text mode on three noisy
renderings of each page (``benchmarks/render.py``) next to the raw rendering.

    python benchmarks/quality.py                      # Markdown table
    python benchmarks/quality.py --worst 5            # plus the worst newsclean documents
    python benchmarks/quality.py --json out.json      # results as JSON
    python benchmarks/quality.py --update-baseline    # move the quality gate's baseline

The comparison systems need the ``bench`` extra; newsclean's rows need only newsclean.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import multiprocessing
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.metric import SHINGLE, Counts, Score, aggregate, match, shingles, tokenize  # noqa: E402
from benchmarks.render import DEV, KINDS, dev_keys, read_page, read_rendering  # noqa: E402

BASELINE = ROOT / "benchmarks" / "baseline.json"
GATED = ("newsclean_html", *(f"newsclean_text_{kind}" for kind in KINDS))
"""The rows the quality gate checks against the baseline."""


def ground_truth() -> dict[str, dict[str, str]]:
    """``{key: {"articleBody", "url"}}`` of the dev set."""
    with open(DEV / "ground-truth.json", encoding="utf-8") as fh:
        data: dict[str, dict[str, str]] = json.load(fh)
    return data


def newsclean_html(key: str, url: str) -> str:
    """newsclean's body for a dev page in HTML mode."""
    import newsclean

    return newsclean.clean_html(read_page(key), url=url).body


def newsclean_html_fast(key: str, url: str) -> str:
    """newsclean's body for a dev page in HTML mode with one trafilatura pass (``html_favor="fast"``)."""
    import newsclean

    return newsclean.clean_html(read_page(key), url=url, config=newsclean.Config(html_favor="fast")).body


def newsclean_text(kind: str) -> Callable[[str, str], str]:
    """newsclean's body for a cached rendering of a dev page, in text mode."""

    def predict(key: str, url: str) -> str:
        import newsclean

        return newsclean.clean(read_rendering(kind, key), url=url, kind="text").body

    return predict


def raw_rendering(kind: str) -> Callable[[str, str], str]:
    """The cached rendering itself, uncleaned."""
    return lambda key, url: read_rendering(kind, key)


def _trafilatura(**options: Any) -> Callable[[str, str], str]:
    def predict(key: str, url: str) -> str:
        from trafilatura import extract

        return extract(read_page(key), url=url, deduplicate=False, **options) or ""

    return predict


def _readability(key: str, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(read_page(key)).summary(html_partial=True)
    return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""


def _justext(key: str, url: str) -> str:
    import justext
    import trafilatura

    from newsclean import detect_language
    from newsclean.text.stopwords import STOPLIST_NAMES

    html = read_page(key)
    guess = detect_language(trafilatura.html2txt(html))
    name = STOPLIST_NAMES.get(guess.language or "en", "English")
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist(name), encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def systems(only_newsclean: bool = False) -> dict[str, Callable[[str, str], str]]:
    """Every benchmarked system by row name, in table order."""
    rows: dict[str, Callable[[str, str], str]] = {"newsclean_html": newsclean_html}
    if not only_newsclean:
        rows |= {
            "newsclean_html_fast": newsclean_html_fast,
            "trafilatura_default": _trafilatura(),
            "trafilatura_no_comments": _trafilatura(include_comments=False),
            "trafilatura_precision": _trafilatura(include_comments=False, favor_precision=True),
            "readability": _readability,
            "justext": _justext,
        }
    for kind in KINDS:
        if not only_newsclean:
            rows[f"raw_{kind}"] = raw_rendering(kind)
        rows[f"newsclean_text_{kind}"] = newsclean_text(kind)
    return rows


def evaluate(
    predict: Callable[[str, str], str], truth: dict[str, dict[str, str]]
) -> tuple[Score, dict[str, tuple[Counts, str]]]:
    """Score one system; also return each document's counts and prediction."""
    per_doc: dict[str, tuple[Counts, str]] = {}
    for key in sorted(truth):
        prediction = predict(key, truth[key]["url"])
        per_doc[key] = (match(truth[key]["articleBody"], prediction), prediction)
    return aggregate([counts for counts, _ in per_doc.values()]), per_doc


def _gated_counts(item: tuple[str, str, str]) -> dict[str, Counts]:
    key, url, truth = item
    predictors = systems(only_newsclean=True)
    return {name: match(truth, predictors[name](key, url)) for name in GATED}


def gated_scores(workers: int = 1) -> dict[str, Score]:
    """The gated rows' scores, computed in ``workers`` processes (spawned, so no fork hazards)."""
    truth = ground_truth()
    items = [(key, truth[key]["url"], truth[key]["articleBody"]) for key in sorted(truth)]
    if workers > 1:
        context = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            per_doc = list(pool.map(_gated_counts, items, chunksize=4))
    else:
        per_doc = [_gated_counts(item) for item in items]
    return {name: aggregate([counts[name] for counts in per_doc]) for name in GATED}


def markdown(scores: dict[str, Score]) -> str:
    """The scores as a Markdown table."""
    lines = ["| system | F1 | precision | recall |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {name} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} |" for name, s in scores.items()]
    return "\n".join(lines)


def junk_lines(truth: str, prediction: str, limit: int = 8) -> list[str]:
    """Predicted lines most of whose shingles are not in the truth: the residual junk."""
    true = shingles(truth)
    words = " " + " ".join(tokenize(truth)) + " "
    out: list[str] = []
    for line in prediction.split("\n"):
        grams = shingles(line)
        if len(tokenize(line)) < SHINGLE:
            # A short line is one shingle that never matches inside a paragraph: look for its words.
            junk = bool(grams) and " " + " ".join(tokenize(line)) + " " not in words
        else:
            junk = sum((grams - true).values()) > 0.5 * sum(grams.values())
        if junk:
            out.append(line.strip()[:160])
    return out[:limit]


def missing_lines(truth: str, prediction: str, limit: int = 4) -> list[str]:
    """True paragraphs most of whose shingles the prediction lacks: lost article text."""
    return junk_lines(prediction, truth, limit)


def worst(
    name: str, per_doc: dict[str, tuple[Counts, str]], truth: dict[str, dict[str, str]], n: int
) -> Iterable[str]:
    """Report lines for the ``n`` documents with the lowest F1."""
    ranked = sorted(per_doc.items(), key=lambda item: (item[1][0].f1, item[0]))[:n]
    yield f"\n## Worst {n} documents for {name}\n"
    for key, (counts, prediction) in ranked:
        p, r = counts.precision or 0.0, counts.recall or 0.0
        yield f"### {key[:16]} F1={counts.f1:.3f} P={p:.3f} R={r:.3f} {truth[key]['url']}"
        for line in junk_lines(truth[key]["articleBody"], prediction):
            yield f"    + {line}"
        for line in missing_lines(truth[key]["articleBody"], prediction):
            yield f"    - {line}"


def write_baseline(scores: dict[str, Score], path: Path = BASELINE) -> None:
    """Pin the gated rows' scores (rounded to 4 places) as the quality gate's baseline."""
    data = {
        name: {"f1": round(s.f1, 4), "precision": round(s.precision, 4), "recall": round(s.recall, 4)}
        for name, s in scores.items()
        if name in GATED
    }
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: run the benchmark and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", type=Path, help="write the scores and per-document counts here")
    parser.add_argument("--update-baseline", action="store_true", help=f"rewrite {BASELINE.name}")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="show the N worst documents")
    parser.add_argument("--worst-system", action="append", help="systems for --worst (default: gated)")
    parser.add_argument("--only-newsclean", action="store_true", help="skip the comparison systems")
    args = parser.parse_args(argv)
    truth = ground_truth()
    assert sorted(truth) == dev_keys()
    scores: dict[str, Score] = {}
    details: dict[str, dict[str, tuple[Counts, str]]] = {}
    for name, predict in systems(args.only_newsclean).items():
        try:
            scores[name], details[name] = evaluate(predict, truth)
        except ImportError as exc:
            print(f"skipping {name}: needs the bench extra ({exc})", file=sys.stderr)
    print(markdown(scores))
    if args.worst:
        for name in args.worst_system or [g for g in GATED if g in details]:
            print("\n".join(worst(name, details[name], truth, args.worst)))
    if args.json:
        payload = {
            name: {**asdict(s), "documents": {k: asdict(c) for k, (c, _) in details[name].items()}}
            for name, s in scores.items()
        }
        args.json.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.update_baseline:
        write_baseline(scores)
        print(f"\nbaseline written to {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
