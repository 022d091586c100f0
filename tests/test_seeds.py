"""The five seed documents: line labels, removal categories, metadata, and golden outputs.

Goldens in fixtures/golden/ change only with ``pytest --update-goldens`` and a reviewed diff.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import newsclean

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
EXPECTED = sorted((SEEDS / "expected").glob("*.json"))
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def canon(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(QUOTES).split()).casefold()


def load(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    text = (SEEDS / expected["file"]).read_text(encoding="utf-8")
    return expected, newsclean.clean(text).to_dict()


# Known disagreements between the seed labels and the taxonomy, kept visible as strict xfail.
KNOWN = {
    (
        "002",
        45,
    ): "a comment-widget label: the taxonomy files comment widgets under 'comments', the seed 'site_chrome'",
}


def lines(label: str) -> list[Any]:
    cases = []
    for path in EXPECTED:
        expected = json.loads(path.read_text(encoding="utf-8"))
        for line in expected["lines"]:
            if line["label"] == label:
                why = KNOWN.get((path.stem[:3], line["n"]))
                marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
                cases.append(pytest.param(path, line, id=f"{path.stem[:3]}-L{line['n']}", marks=marks))
    return cases


@pytest.mark.parametrize(("path", "line"), lines("keep"))
def test_keep_lines_are_in_the_body(path: Path, line: dict[str, Any]) -> None:
    _, record = load(path)
    assert canon(line["text"]) in canon(record["body"])


@pytest.mark.parametrize(("path", "line"), lines("drop"))
def test_drop_lines_are_removed_with_their_category(path: Path, line: dict[str, Any]) -> None:
    _, record = load(path)
    assert canon(line["text"]) not in canon(record["body"])
    categories = {r["category"] for r in record["removed"] if canon(line["text"]) in canon(r["text"])}
    assert line["category"] in categories


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem[:3])
def test_metadata_and_body_shape(path: Path) -> None:
    expected, record = load(path)
    meta = record["metadata"]
    for key, want in expected["metadata"].items():
        if key == "tags":
            assert {canon(t) for t in meta["tags"]} == {canon(t) for t in want}
        elif key == "date":
            assert meta["date"].startswith(want)
        else:
            assert canon(meta[key]) == canon(want)
    either = {canon(x["text"]) for x in expected["lines"] if x["label"] == "either"}
    kept = [canon(p) for p in record["paragraphs"] if canon(p) not in either]
    assert kept == [canon(p) for p in expected["body_paragraphs"]]
    for body_line in record["body"].split("\n"):
        assert body_line == body_line.strip() and "\u00a0" not in body_line and "\t" not in body_line
    for removal in record["removed"]:
        assert removal["category"] and removal["cleaner"] and removal["reason"]


def test_foreign_header_records_name_language_and_script() -> None:
    for path in EXPECTED:
        expected, record = load(path)
        want = expected.get("removed_language")
        if not want:
            continue
        for n in want["lines"]:
            text = next(x["text"] for x in expected["lines"] if x["n"] == n)
            records = [r for r in record["removed"] if canon(text) in canon(r["text"])]
            assert any(r["language"] == want["language"] and r["script"] == want["script"] for r in records)


def test_same_output_across_runs_and_input_order() -> None:
    texts = [
        (SEEDS / json.loads(p.read_text(encoding="utf-8"))["file"]).read_text(encoding="utf-8")
        for p in EXPECTED
    ]
    first = {t: json.dumps(newsclean.clean(t).to_dict(), ensure_ascii=False) for t in texts}
    shuffled = texts[:]
    random.Random(7).shuffle(shuffled)
    second = {t: json.dumps(newsclean.clean(t).to_dict(), ensure_ascii=False) for t in shuffled}
    assert first == second


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem[:3])
def test_golden_output(path: Path, update_goldens: bool) -> None:
    _, record = load(path)
    record["metadata"].pop("newsclean_version")
    golden = GOLDEN / f"{path.stem}.json"
    rendered = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    if update_goldens:
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"no golden for {path.stem}: run pytest --update-goldens and review the diff"
    assert golden.read_text(encoding="utf-8") == rendered
