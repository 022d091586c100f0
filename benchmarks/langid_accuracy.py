"""Language identification accuracy and speed: newsclean.detect_language against plain detectors.

Runs on the hand-written corpus in ``tests/data/langid`` (one file per language, a ``[sentences]``
section with one sentence a line and a ``[paragraphs]`` section with one paragraph a line, plus
``negatives.txt``: strings with no judgeable language). Every detector sees the same texts in the
same run, interleaved text by text so that machine load affects them alike.

    python benchmarks/langid_accuracy.py [--json results.json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import time
from collections.abc import Callable

from newsclean.text.detect import detect_language

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "langid"
_CODES = {"zh-cn": "zh", "zh-tw": "zh", "zh-hant": "zh", "iw": "he", "nb": "no", "un": ""}

Detector = Callable[[str], "str | None"]


def load_corpus(root: pathlib.Path = CORPUS) -> dict[str, list[tuple[str, str]]]:
    """``{"sentences": [(lang, text)], "paragraphs": [...], "negatives": [("", text)]}``."""
    corpus: dict[str, list[tuple[str, str]]] = {"sentences": [], "paragraphs": [], "negatives": []}
    for path in sorted(root.glob("*.txt")):
        if path.stem == "negatives":
            corpus["negatives"] += [("", line) for line in path.read_text("utf-8").splitlines() if line]
            continue
        section = ""
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
            elif line.strip():
                corpus[section].append((path.stem, line.strip()))
    return corpus


def _plain_langdetect() -> Detector:
    import langdetect
    from langdetect import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    # The benchmark owns this process, so it may fix the library's global seed as users would.
    DetectorFactory.seed = 0

    def detect(text: str) -> str | None:
        try:
            code = str(langdetect.detect(text))
        except LangDetectException:
            return None
        return _CODES.get(code, code)

    return detect


def _plain_cld2() -> Detector:
    import pycld2  # type: ignore[import-untyped,import-not-found,unused-ignore]

    def detect(text: str) -> str | None:
        try:
            _, _, details = pycld2.detect(text, bestEffort=True)
        except pycld2.error:
            return None
        code = str(details[0][1]).lower()
        return _CODES.get(code, code) or None

    return detect


def detectors() -> dict[str, Detector]:
    """The detectors to compare, by name: newsclean with each backend, plain langdetect and pycld2."""
    found: dict[str, Detector] = {
        "newsclean (hybrid)": lambda text: detect_language(text).language,
        "newsclean (langdetect)": lambda text: detect_language(text, backend="langdetect").language,
        "newsclean (cld2)": lambda text: detect_language(text, backend="cld2").language,
        "langdetect": _plain_langdetect(),
        "pycld2": _plain_cld2(),
    }
    return found


def run(show_errors: bool = False) -> dict[str, dict[str, dict[str, float]]]:
    """Accuracy and mean milliseconds per call for each detector and each part of the corpus."""
    corpus = load_corpus()
    found = detectors()
    for detect in found.values():  # warm-up: profiles, stoplists and models load outside the timing
        for _, text in corpus["sentences"]:
            detect(text)
    results: dict[str, dict[str, dict[str, float]]] = {}
    for kind, items in corpus.items():
        correct = dict.fromkeys(found, 0)
        seconds = dict.fromkeys(found, 0.0)
        for expected, text in items:
            for name, detect in found.items():
                start = time.perf_counter()
                got = detect(text)
                seconds[name] += time.perf_counter() - start
                # A negative is right when no language is claimed.
                ok = got is None if kind == "negatives" else got == expected
                correct[name] += ok
                if show_errors and not ok:
                    print(f"  {kind}: {name} said {got!r} for {expected or None!r}: {text[:70]}")
        for name in found:
            results.setdefault(name, {})[kind] = {
                "n": len(items),
                "accuracy": round(correct[name] / len(items), 4),
                "ms_per_call": round(1000 * seconds[name] / len(items), 3),
            }
    return results


def main() -> None:
    """Print the comparison table; ``--json PATH`` also writes it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=pathlib.Path, help="write the results to this file")
    parser.add_argument("--errors", action="store_true", help="print every wrong answer")
    args = parser.parse_args()
    results = run(args.errors)
    kinds = ("sentences", "paragraphs", "negatives")
    print(f"{'detector':<24}" + "".join(f"{k + ' acc':>16}{'ms/call':>9}" for k in kinds))
    for name, parts in results.items():
        cells = "".join(f"{parts[k]['accuracy']:>16.4f}{parts[k]['ms_per_call']:>9.2f}" for k in kinds)
        print(f"{name:<24}{cells}")
    counts = {k: int(next(iter(results.values()))[k]["n"]) for k in kinds}
    print("items: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + " (negatives: share answered None)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main()
