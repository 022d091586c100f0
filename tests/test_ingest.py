"""The front door: one way from a caller's bytes or text to what the chain sees, for every entry point."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Config, ConfigError, InputError
from newsclean.app.batch import Settings, process
from newsclean.ingest import Ingested, ingest
from newsclean.io.items import Item
from newsclean.profiles.learn import Learner, LearnOptions, document_lines

ARTICLES = [
    "The council voted on Tuesday to approve the new budget for the city's schools.",
    "Rain is expected across the region this weekend, forecasters said on Friday.",
    "The club signed a new striker from abroad on a three-year deal, it said.",
    "Shares in the carmaker rose after it reported record sales for the quarter.",
]
OFFICIALS = "Officials said more details of the plan would be published soon."
REPEATED = "Police said the investigation into the incident was continuing on Monday."


def page(article: str) -> str:
    paragraphs = (article, OFFICIALS, REPEATED)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>News</title></head><body><article>{body}</article></body></html>"


TEXT = "Le ministre a déclaré que les négociations reprendraient la semaine prochaine."
PAGE = page(ARTICLES[0])


@pytest.mark.parametrize(
    ("data", "kind", "declared", "expected_kind", "encoding"),
    [
        (TEXT, "auto", None, "text", None),
        (TEXT.encode("cp1252"), "auto", None, "text", "cp1252"),
        (TEXT.encode("cp1252"), "text", "iso-8859-1", "text", "cp1252"),
        (PAGE, "auto", None, "html", None),
        (PAGE, "text", None, "text", None),  # the caller's kind wins over sniffing
        (PAGE.encode("utf-8"), "auto", None, "html", "utf-8"),
        # Recognised in the decoded text, so wide encodings are pages too.
        (PAGE.encode("utf-16"), "auto", None, "html", "utf-16"),
        (PAGE.encode("utf-8-sig"), "auto", None, "html", "utf-8-sig"),
        (TEXT, "html", None, "html", None),
    ],
)
def test_kinds_and_encodings(
    data: str | bytes, kind: str, declared: str | None, expected_kind: str, encoding: str | None
) -> None:
    document = ingest(data, kind=kind, declared_encoding=declared)
    assert (document.kind, document.encoding) == (expected_kind, encoding)
    assert (document.page is not None) == (expected_kind == "html")


def test_a_declared_charset_decides_between_plausible_code_pages() -> None:
    data = "Привет, мир. Новости дня.".encode("koi8-r")
    assert ingest(data, declared_encoding="koi8-r").encoding == "koi8-r"
    assert ingest(data, declared_encoding="koi8-r").text == "Привет, мир. Новости дня."


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: ingest("x", kind="pdf"), ConfigError, "kind must be 'auto', 'text' or 'html'"),
        (lambda: ingest(17), InputError, "must be str or bytes, not int"),  # type: ignore[arg-type]
        (lambda: ingest("x" * 101, config=Config(max_input_chars=100)), InputError, "max_input_chars=100"),
        (lambda: newsclean.clean("x", kind="pdf"), ConfigError, "kind must be"),  # type: ignore[arg-type]
        (lambda: document_lines("x", kind="pdf"), ConfigError, "kind must be"),
        (lambda: LearnOptions(kind="pdf"), ConfigError, "kind must be"),
    ],
)
def test_bad_input_is_refused_in_one_place(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_clean_records_what_the_front_door_used() -> None:
    data = PAGE.encode("utf-16")
    document = ingest(data)
    result = newsclean.clean(data)
    assert result.metadata.encoding == document.encoding == "utf-16"
    assert result.metadata.title == "News"
    assert result.stats.input_chars == len(document.text)
    assert newsclean.clean_html(data).to_dict() == result.to_dict()


def test_the_batch_passes_the_declared_charset_and_records_the_codec() -> None:
    data = TEXT.encode("cp1252")
    line = process(Item(id="a", source="a.txt", data=data, encoding="iso-8859-1"), Settings()).line
    expected = newsclean.clean(data, declared_encoding="iso-8859-1")
    assert expected.metadata.encoding == "cp1252"
    assert line == process(Item(id="a", source="a.txt", data=data), Settings()).line
    assert '"encoding":"cp1252"' in line


def test_learning_reads_wide_html_as_cleaning_does() -> None:
    # UTF-16 pages were once learned as one line of raw markup, so their profile never matched.
    assert document_lines(PAGE.encode("utf-16")) == document_lines(PAGE) == (ARTICLES[0], OFFICIALS, REPEATED)
    learner = Learner(LearnOptions())
    for i, article in enumerate(ARTICLES):
        data = page(article).encode("utf-16")
        assert learner.add_item(Item(id=str(i), source=f"{i}.html", data=data, url=f"https://a.com/{i}"))
    config = Config(profile=learner.profile())
    new = "A new bridge over the river will open in the spring, the council said."
    result = newsclean.clean(page(new).encode("utf-16"), url="https://a.com/new", config=config)
    assert result.body == new
    assert {r.category for r in result.removed} == {"repeated"}


def test_ingested_is_what_clean_starts_from() -> None:
    assert ingest("Plain text.") == Ingested("Plain text.", "text")
