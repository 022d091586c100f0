"""The Hugging Face datasets adapter: new columns, kept columns, bad rows, missing extra."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import pytest

import newsclean
from newsclean.integrations import COLUMNS
from newsclean.integrations.hf import clean_dataset, map_function

NEWS = [
    "Ειδήσεις τώρα στο κινητό σας\n\n"
    "The regional water board approved a plan on Wednesday to replace ageing pipes under the old town, "
    "a project engineers expect to take four years.\n\n"
    "Residents will be warned a week before each street is dug up, the board said in a statement.\n\n"
    "Share via email",
    "Anzeige\n\n"
    "Der Stadtrat hat am Donnerstag beschlossen, die Straßenbahnlinie bis zum neuen Krankenhaus zu "
    "verlängern, wie ein Sprecher mitteilte.\n\n"
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern.\n\n"
    "Jetzt auf WhatsApp teilen",
    "<html><head><title>Port strike ends after nine days | Coastal Herald</title>"
    '<meta property="article:published_time" content="2023-05-17T08:00:00Z"></head>'
    "<body><nav>Home | World | Sport</nav><article><h1>Port strike ends after nine days</h1>"
    "<p>Dock workers at the northern port returned to work on Tuesday after union leaders accepted "
    "a revised pay offer from the operators.</p>"
    "<p>The stoppage had left dozens of container ships waiting offshore and delayed deliveries of "
    "fresh produce to supermarkets across the region.</p>"
    "<p>Operators said it would take about a week to clear the backlog of cargo.</p></article>"
    "<footer>Copyright Coastal Herald</footer></body></html>",
    "Suscríbete a nuestro boletín\n\n"
    "El ayuntamiento aprobó este lunes un nuevo plan de movilidad que reducirá el tráfico en el centro "
    "histórico durante los fines de semana.\n\n"
    "La medida entrará en vigor el próximo mes, según fuentes municipales.",
]
URLS = [
    "https://water.example.org/pipes",
    None,
    "https://herald.example.com/port",
    "https://ciudad.example.es/m",
]
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # an image, not text
ROWS: dict[str, list[Any]] = {
    "doc_id": ["w-1", "s-2", "h-3", "c-4", "bad-5"],
    "text": [*NEWS, None],  # the last row has no text at all
    "link": [*URLS, None],
    "stars": [3, 1, 4, 1, 5],
}


def expected_row(text: str | None, url: str | None) -> dict[str, Any]:
    """What the columns must hold, computed with the plain public API."""
    if text is None:
        return {"body": None, "title": None, "date": None, "language": None, "script": None,
                "removed_categories": []}  # fmt: skip
    result = newsclean.clean(text, url=url)
    return {
        "body": result.body,
        "title": result.metadata.title,
        "date": result.metadata.date,
        "language": result.metadata.language,
        "script": result.metadata.script,
        "removed_categories": sorted({r.category for r in result.removed}),
    }


def test_map_function_needs_no_datasets_and_matches_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasets", None)
    out = map_function(url_column="link")(ROWS)
    assert list(out) == list(COLUMNS)
    for i, (text, url) in enumerate(zip(ROWS["text"], ROWS["link"], strict=True)):
        row = {name: out[name][i] for name in COLUMNS if name != "newsclean_error"}
        assert row == expected_row(text, url), i
    assert out["newsclean_error"][:4] == [None] * 4
    assert out["newsclean_error"][4].startswith("InputError: ")


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        ({"text": NEWS[0]}, "removed_categories", "foreign_language"),
        ({"text": NEWS[3]}, "language", "es"),
        ({"text": BINARY}, "error type", "DecodeError"),
        ({"text": 17}, "newsclean_error", "InputError: the text is int, not str or bytes"),
        ({"text": 17}, "title", None),
        ({"text": BINARY}, "body", None),
    ],
)
def test_map_function_unbatched_rows(row: dict[str, Any], column: str, expected: object) -> None:
    out = map_function()(row)
    if column == "error type":
        assert out["newsclean_error"].split(":")[0] == expected
    elif column == "removed_categories":  # other cleaners may remove more; the Greek banner must go
        assert expected in out[column]
    else:
        assert out[column] == expected


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: map_function(kind="pdf"), "kind must be"),  # type: ignore[arg-type]
        (lambda: map_function(text_column="content")({"text": ["x"]}), "no column 'content'"),
    ],
)
def test_configuration_mistakes_fail_fast(call: Any, message: str) -> None:
    with pytest.raises(newsclean.ConfigError, match=message):
        call()


def test_clean_dataset_adds_columns_and_keeps_the_old_ones() -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict(ROWS)
    out = clean_dataset(ds, url_column="link", batch_size=2)
    assert out.column_names == [*ROWS, *COLUMNS]
    for name, values in ROWS.items():
        assert out[name] == values
    for i, record in enumerate(out):
        got = {name: record[name] for name in COLUMNS if name != "newsclean_error"}
        assert got == expected_row(ROWS["text"][i], ROWS["link"][i]), i
    assert out["newsclean_error"][:4] == [None] * 4
    assert out["newsclean_error"][4] == "InputError: the text is NoneType, not str or bytes"
    assert "foreign_language" in out[0]["removed_categories"]
    assert (out[2]["title"], out[2]["date"]) == ("Port strike ends after nine days", "2023-05-17")


def test_clean_dataset_types_columns_even_when_a_batch_is_all_empty() -> None:
    datasets = pytest.importorskip("datasets")
    # The first batch has no title or date at all; the column must still be string-typed.
    ds = datasets.Dataset.from_dict({"text": [NEWS[1], NEWS[2]]})
    out = clean_dataset(ds, batch_size=1)
    assert out.features["title"] == datasets.Value("string")
    assert out["title"] == [None, "Port strike ends after nine days"]


def test_clean_dataset_without_datasets_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasets", None)
    # A fresh import proves the module itself does not need datasets.
    monkeypatch.delitem(sys.modules, "newsclean.integrations.hf")
    hf = importlib.import_module("newsclean.integrations.hf")
    assert hf.map_function()({"text": ["Kickoff moved to Sunday."]})["body"] == ["Kickoff moved to Sunday."]
    with pytest.raises(newsclean.MissingExtraError, match=r"HF datasets .*pip install 'newsclean\[hf\]'"):
        hf.clean_dataset(object())
