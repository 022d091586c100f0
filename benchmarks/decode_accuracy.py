"""Recovery rate of bytes -> text decoding on the multilingual corpus in tests/data/decode/.

Each text of the corpus is encoded in every code page listed for its language (when encodable) and
decoded back; a case counts as recovered when the decoded text equals the original exactly. Compares
``newsclean.decode`` with charset-normalizer alone and chardet (when importable), for single
sentences and paragraphs separately.

Damaged variants of every case test decoding of bytes that are not quite valid: ``cut`` (the last
byte dropped, which may cut a character in half), ``stray`` (one invalid byte in the middle: 0xFF,
or an unpaired surrogate in UTF-16) and ``mixed`` (UTF-8 cases only: a sentence of the same language
in its legacy code page appended). A damaged case is recovered when the text equals the damaged
bytes read in the case's own encoding with each invalid sequence replaced by U+FFFD (for
double-encoded UTF-8: the original text with the damaged character replaced).

    python benchmarks/decode_accuracy.py [--json results.json] [--failures]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
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


_TAIL_CODECS = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}  # the BOM only once, at the start
_STRAY = {"utf-16": "\ud800".encode("utf-16-le", "surrogatepass")}  # a byte would misalign the rest


def damaged_cases(cases: list[Case], path: Path = CORPUS) -> list[Case]:
    """The ``cut``, ``stray`` and ``mixed`` variants of ``cases`` (see the module docstring)."""
    corpus = json.loads(path.read_text(encoding="utf-8"))
    legacy = {
        language: encoding
        for encoding, languages in reversed(list(corpus["encodings"].items()))
        if not encoding.startswith(("utf", "double"))
        for language in languages
    }
    damaged: list[Case] = []
    for case in cases:
        middle = case.text.find(" ", len(case.text) // 2) + 1 or len(case.text) // 2
        head, tail = case.text[:middle], case.text[middle:]
        if case.encoding == "double-utf-8":
            lost = "" if case.text[-1].isascii() else "\ufffd"
            damaged.append(replace(case, kind="cut", data=case.data[:-1], text=case.text[:-1] + lost))
            data = double_utf8(head, "cp1252") + b"\xff" + double_utf8(tail, "cp1252")
            damaged.append(replace(case, kind="stray", data=data, text=f"{head}\ufffd{tail}"))
            continue
        cut = case.data[:-1]
        damaged.append(replace(case, kind="cut", data=cut, text=cut.decode(case.encoding, "replace")))
        tail_codec = _TAIL_CODECS.get(case.encoding, case.encoding)
        data = head.encode(case.encoding) + _STRAY.get(case.encoding, b"\xff") + tail.encode(tail_codec)
        damaged.append(replace(case, kind="stray", data=data, text=data.decode(case.encoding, "replace")))
        other = legacy.get(case.language)
        if case.encoding == "utf-8" and other is not None and not case.text.isascii():
            passage = _legacy_passage(corpus["texts"][case.language]["sentences"], case.text, other)
            if passage is not None:
                data = case.data + b" " + passage
                damaged.append(replace(case, kind="mixed", data=data, text=data.decode("utf-8", "replace")))
    return damaged


def _legacy_passage(sentences: list[str], text: str, encoding: str) -> bytes | None:
    """Another sentence of the language in its legacy code page, if one has a non-ASCII character."""
    for sentence in sentences:
        if sentence != text and not sentence.isascii():
            try:
                return sentence.encode(encoding)
            except UnicodeEncodeError:
                continue
    return None


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
                where = {"encoding": case.encoding, "language": case.language, "kind": case.kind}
                failures.append({**where, "text": case.text})
        seconds[name] = round(time.perf_counter() - start, 3)
        table: dict[str, dict[str, float]] = defaultdict(dict)
        for (encoding, kind), oks in hits.items():
            table[encoding][kind] = round(sum(oks) / len(oks), 4)
        encodings = [e for e in table if e != "overall"]
        table["macro"]["all"] = round(sum(table[e]["all"] for e in encodings) / len(encodings), 4)
        rates[name] = dict(table)
    counts: dict[str, int] = defaultdict(int)
    for case in cases:
        counts[case.encoding] += 1
    return {
        "cases": len(cases),
        "counts": dict(counts),
        "rates": rates,
        "seconds": seconds,
        "newsclean_failures": failures,
    }


def main() -> None:
    """Print the tables of clean and damaged cases; optionally write the results as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--failures", action="store_true", help="list the texts newsclean got wrong")
    args = parser.parse_args()
    cases = load_cases()
    results = {"clean": evaluate(cases), "damaged": evaluate(damaged_cases(cases))}
    for title, result in results.items():
        print(f"{title} cases:")
        _print_table(result, args.failures)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


def _print_table(results: dict[str, object], failures: bool) -> None:
    rates = results["rates"]
    assert isinstance(rates, dict)
    names = list(rates)
    counts = results["counts"]
    assert isinstance(counts, dict)
    kinds = sorted({k for row in rates[names[0]].values() for k in row if k != "all"})
    print(f"{results['cases']} cases; recovery rate ({' / '.join(kinds)} / all)")
    width = 8 * len(kinds) + 8
    print(f"{'encoding':14} {'n':>4}  " + "  ".join(f"{name:>{width}}" for name in names))
    for encoding in [*counts, "overall", "macro"]:
        cells = []
        for name in names:
            row = rates[name][encoding]
            parts = [f"{row[k]:6.1%}" if k in row else "     -" for k in kinds]
            cells.append(" ".join(parts) + f" {row['all']:7.1%}")
        n = counts.get(encoding, results["cases"])
        print(f"{encoding:14} {n:>4}  " + "  ".join(f"{c:>{width}}" for c in cells))
    print("seconds:", results["seconds"])
    if failures:
        listed = results["newsclean_failures"]
        assert isinstance(listed, list)
        for failure in listed:
            where = f"{failure['encoding']:12} {failure['kind']:9} {failure['language']}"
            print(f"  {where}  {failure['text'][:60]!r}")


if __name__ == "__main__":
    main()
