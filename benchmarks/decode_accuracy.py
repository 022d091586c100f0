"""Recovery rate of bytes -> text decoding on the multilingual corpus in tests/data/decode/.

Each text of the corpus is encoded in every code page listed for its language (when encodable) and
decoded back; a case counts as recovered when the decoded text equals the original exactly. Compares
``newsclean.decode`` with charset-normalizer alone and chardet (when importable), for single
sentences and paragraphs separately.

    python benchmarks/decode_accuracy.py [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsclean.errors import DecodeError
from newsclean.text.decode import decode

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "decode" / "corpus.json"


@dataclass(frozen=True)
class Case:
    """One encoded text: the encoding label used, language, ``sentence``/``paragraph``, text, bytes."""

    encoding: str
    language: str
    kind: str
    text: str
    data: bytes


def double_utf8(text: str, via: str) -> bytes:
    """UTF-8 read as ``via`` (cp1252, undefined bytes kept as latin-1) and written as UTF-8 again."""
    raw = text.encode("utf-8")
    if via == "latin-1":
        return raw.decode("latin-1").encode("utf-8")
    chars = []
    for byte in raw:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars).encode("utf-8")


def load_cases(path: Path = CORPUS) -> list[Case]:
    """Every (encoding, text) pair of the corpus whose text the encoding can represent."""
    corpus = json.loads(path.read_text(encoding="utf-8"))
    cases: list[Case] = []
    for encoding, languages in corpus["encodings"].items():
        for language in languages:
            texts = corpus["texts"][language]
            for kind in ("sentences", "paragraphs"):
                for i, text in enumerate(texts[kind]):
                    if encoding == "double-utf-8":
                        data = double_utf8(text, "cp1252" if i % 2 == 0 else "latin-1")
                    else:
                        try:
                            data = text.encode(encoding)
                        except UnicodeEncodeError:
                            continue
                    cases.append(Case(encoding, language, kind.rstrip("s"), text, data))
    return cases


def newsclean_decode(data: bytes) -> str | None:
    """newsclean's decoder; ``None`` when it rejects the input."""
    try:
        return decode(data).text
    except DecodeError:
        return None


def charset_normalizer_decode(data: bytes) -> str | None:
    """charset-normalizer's best guess (the ``bench`` extra; the tests import this module without it)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


def chardet_decode(data: bytes) -> str | None:
    """chardet's guess, decoded with Python's codec of that name."""
    import chardet

    guess = chardet.detect(data)["encoding"]
    if guess is None:
        return None
    try:
        return data.decode(guess)
    except (LookupError, UnicodeDecodeError):
        return None


def methods() -> dict[str, Callable[[bytes], str | None]]:
    """The decoders to compare; chardet only when it is installed."""
    found: dict[str, Callable[[bytes], str | None]] = {
        "newsclean": newsclean_decode,
        "charset-normalizer": charset_normalizer_decode,
    }
    try:
        import chardet  # noqa: F401
    except ImportError:
        return found
    found["chardet"] = chardet_decode
    return found


def evaluate(cases: list[Case]) -> dict[str, object]:
    """Recovery rates per method, encoding and kind, plus failures of newsclean and timings."""
    rates: dict[str, dict[str, dict[str, float]]] = {}
    seconds: dict[str, float] = {}
    failures: list[dict[str, str]] = []
    for name, method in methods().items():
        hits: dict[tuple[str, str], list[bool]] = defaultdict(list)
        start = time.perf_counter()
        for case in cases:
            ok = method(case.data) == case.text
            for key in ((case.encoding, case.kind), (case.encoding, "all"), ("overall", case.kind),
                        ("overall", "all")):  # fmt: skip
                hits[key].append(ok)
            if name == "newsclean" and not ok:
                failures.append({"encoding": case.encoding, "language": case.language, "text": case.text})
        seconds[name] = round(time.perf_counter() - start, 3)
        table: dict[str, dict[str, float]] = defaultdict(dict)
        for (encoding, kind), oks in hits.items():
            table[encoding][kind] = round(sum(oks) / len(oks), 4)
        encodings = [e for e in table if e != "overall"]
        table["macro"]["all"] = round(sum(table[e]["all"] for e in encodings) / len(encodings), 4)
        rates[name] = dict(table)
    return {"cases": len(cases), "rates": rates, "seconds": seconds, "newsclean_failures": failures}


def main() -> None:
    """Print the table; optionally write the results as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--failures", action="store_true", help="list the texts newsclean got wrong")
    args = parser.parse_args()
    cases = load_cases()
    results = evaluate(cases)
    rates = results["rates"]
    assert isinstance(rates, dict)
    names = list(rates)
    counts: dict[str, int] = defaultdict(int)
    for case in cases:
        counts[case.encoding] += 1
    print(f"{len(cases)} cases; recovery rate (sentences / paragraphs / all)")
    print(f"{'encoding':14} {'n':>4}  " + "  ".join(f"{name:>22}" for name in names))
    for encoding in [*counts, "overall", "macro"]:
        cells = []
        for name in names:
            row = rates[name][encoding]
            parts = [f"{row[k]:6.1%}" if k in row else "     -" for k in ("sentence", "paragraph")]
            cells.append(f"{parts[0]} {parts[1]} {row['all']:7.1%}")
        print(f"{encoding:14} {counts.get(encoding, len(cases)):>4}  " + "  ".join(f"{c:>22}" for c in cells))
    print("seconds:", results["seconds"])
    if args.failures:
        failures = results["newsclean_failures"]
        assert isinstance(failures, list)
        for failure in failures:
            print(f"  {failure['encoding']:12} {failure['language']}  {failure['text'][:70]}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
