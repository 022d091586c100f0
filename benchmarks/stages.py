"""Where text-mode cleaning time goes: CPU milliseconds per document for each stage and cleaner.

Runs ``newsclean.clean(text, kind="text")`` on the seeds and the noisy renderings (the
documents of ``throughput.py``), timing repair, segmentation, the document language and each
cleaner's ``judge`` with ``time.process_time``. It is a profile in the pipeline's own terms,
cheaper to read than a call graph; ``throughput.py`` gives the rates.

    python benchmarks/stages.py             # a table, slowest stage first
    python benchmarks/stages.py --rounds 5  # more rounds, steadier shares
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsclean
from newsclean import pipeline
from newsclean.cleaners import base
from newsclean.cleaners.base import Guard
from newsclean.cleaners.phrases import PhraseCleaner

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.throughput import text_corpus  # noqa: E402


def _timed(acc: collections.Counter[str], label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            acc[label] += time.process_time() - start

    return timed


def measure(rounds: int) -> tuple[float, dict[str, float]]:
    """CPU ms per document in all, and per stage.

    ``phrases`` sums the phrase hits worked out for the document's views and the phrase
    cleaners' verdicts; ``guard`` and ``context`` are the chain's guard and context rule.
    """
    docs = [doc.data for doc in text_corpus()]
    acc: collections.Counter[str] = collections.Counter()
    originals = {
        (pipeline, "repair"): "repair",
        (pipeline, "segment_text"): "segment",
        (pipeline.Pipeline, "_document_language"): "document language",
        (base.Views, "build"): "phrases",
        (pipeline.Pipeline, "_assemble"): "assemble",
    }
    saved = {key: getattr(*key) for key in originals}
    chain = newsclean._pipeline(newsclean.Config()).cleaners
    try:
        for (owner, name), label in originals.items():
            setattr(owner, name, _timed(acc, label, getattr(owner, name)))
        for member in chain:
            label = "phrases" if isinstance(member, PhraseCleaner) else member.name
            if isinstance(member, Guard):
                member.undo = _timed(acc, label, member.undo)  # type: ignore[method-assign]
            else:
                member.judge = _timed(acc, label, member.judge)  # type: ignore[method-assign]
        for text in docs:  # warm-up: imports, profiles, rule tables
            newsclean.clean(text, kind="text")
        acc.clear()
        start = time.process_time()
        for _ in range(rounds):
            for text in docs:
                newsclean.clean(text, kind="text")
        total = time.process_time() - start
    finally:
        for (owner, name), function in saved.items():
            setattr(owner, name, function)
        for member in chain:
            vars(member).pop("judge", None)
            vars(member).pop("undo", None)
    per_doc = 1000 / (rounds * len(docs))
    return total * per_doc, {label: seconds * per_doc for label, seconds in acc.most_common()}


def main() -> None:
    """Print the stage table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=2, help="passes over the documents (default 2)")
    args = parser.parse_args()
    total, stages = measure(args.rounds)
    print("| stage | CPU ms/doc | share |\n| --- | ---: | ---: |")
    for label, ms in stages.items():
        print(f"| {label} | {ms:.2f} | {ms / total:.0%} |")
    print(f"| **all** | **{total:.2f}** | 100% |")


if __name__ == "__main__":
    main()
