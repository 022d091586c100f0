"""WARC input: HTML responses become documents, everything else is skipped, damage becomes error records."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsclean
from newsclean.app.cli import cli
from newsclean.io.items import ReadOptions
from newsclean.io.readers import iter_items

pytest.importorskip("fastwarc")

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "fixtures" / "scrapinghub-dev"
PAGES = tuple(sorted((DEV / "html").glob("*.html.gz"))[:3])
URLS = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
# A page that declares its charset only in the HTTP header, not in a <meta> tag.
LATIN = (
    "<html><head><title>Fête du village</title></head><body><article><h1>Fête du village</h1>"
    "<p>La fête du village aura lieu samedi près de l'église, a annoncé la mairie jeudi soir.</p>"
    "<p>Les élèves de l'école préparent un spectacle pour les aînés et leurs familles.</p>"
    "</article></body></html>"
).encode("cp1252")


def http(body: bytes, content_type: str, *, status: str = "200 OK", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def record(kind: str, uri: str, number: int, block: bytes, content_type: str) -> bytes:
    """One WARC/1.0 record, gzipped on its own as ``.warc.gz`` files are."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"WARC-Date: 2024-05-01T12:00:00Z\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(head.encode("ascii") + block + b"\r\n\r\n", mtime=0)


def response(uri: str, number: int, payload: bytes) -> bytes:
    return record("response", uri, number, payload, "application/http; msgtype=response")


def rid(number: int) -> str:
    return f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>"


def page(path: Path) -> tuple[str, bytes]:
    return URLS[path.name.split(".")[0]]["url"], gzip.decompress(path.read_bytes())


def archive(pages: tuple[Path, ...] = PAGES) -> tuple[bytes, list[tuple[str, str, bytes]]]:
    """A WARC of HTML responses among records to skip, and the documents it should give."""
    docs: list[tuple[str, str, bytes]] = []
    parts = [record("warcinfo", "", 0, b"software: test\r\n", "application/warc-fields")]
    for number, path in enumerate(pages, start=1):
        url, html = page(path)
        parts.append(record("request", url, 100 + number, b"GET / HTTP/1.1\r\n\r\n", "application/http"))
        parts.append(response(url, number, http(html, "text/html; charset=UTF-8")))
        docs.append((rid(number), url, html))
    parts.append(
        response("https://img.example/a.png", 50, http(b"\x89PNG\r\n\x1a\n" + bytes(99), "image/png"))
    )
    parts.append(response("https://gone.example/", 51, http(b"<p>Not found</p>", "text/html", status="404")))
    latin_url = "https://village.example.fr/fete"
    parts.append(response(latin_url, 60, http(LATIN, "text/html; charset=ISO-8859-1")))
    docs.append((rid(60), latin_url, LATIN))
    packed = gzip.compress(LATIN, mtime=0)
    gzipped = http(packed, "application/xhtml+xml; charset=windows-1252", extra="Content-Encoding: gzip\r\n")
    parts.append(response(latin_url + "?z", 61, gzipped))
    docs.append((rid(61), latin_url + "?z", LATIN))
    return b"".join(parts), docs


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, ["clean", "-q", "--workers", "1", *args], catch_exceptions=False)


def lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout_bytes.splitlines()]


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """The CLI's run over the archive: one run shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    path.write_bytes(archive()[0])
    return path, run([str(path)])


def test_html_responses_become_documents_and_other_records_are_skipped(
    cleaned: tuple[Path, Result],
) -> None:
    path, result = cleaned
    assert result.exit_code == 0, result.output
    got = lines(result)
    docs = archive()[1]
    assert [r["id"] for r in got] == [doc_id for doc_id, *_ in docs]
    for out, (_, url, html) in zip(got, docs, strict=True):
        expected = newsclean.clean(html, url=url, kind="html")
        assert out["body"] == expected.body and out["body"]
        assert out["metadata"]["url"] == url
        assert out["source"] == str(path)


@pytest.mark.parametrize(
    ("number", "body_has", "encoding"),
    [
        (60, "fête du village aura lieu samedi près de l'église", "cp1252"),  # charset from the header
        (61, "Les élèves de l'école", "cp1252"),  # gzip content encoding undone
    ],
)
def test_the_http_charset_and_content_encoding_are_honoured(
    cleaned: tuple[Path, Result], number: int, body_has: str, encoding: str
) -> None:
    got = {r["id"]: r for r in lines(cleaned[1])}
    assert body_has in got[rid(number)]["body"]
    assert got[rid(number)]["metadata"]["encoding"] == encoding


@pytest.mark.parametrize(
    ("name", "damage", "message"),
    [
        ("cut.warc.gz", lambda d: d[: len(d) - 60], "truncated"),
        ("cut.warc", lambda d: gzip.decompress(d)[: len(gzip.decompress(d)) - 60], "truncated"),
        (
            "garbled.warc.gz",
            lambda d: d[: len(d) // 2] + b"\x00" * 40 + d[len(d) // 2 + 40 :],
            "not a valid WARC",
        ),
        ("notes.warc", lambda d: b"these are notes, not an archive\n", "not a valid WARC"),
    ],
)
def test_a_damaged_warc_gives_an_error_record_and_the_batch_goes_on(
    tmp_path: Path, name: str, damage: Any, message: str
) -> None:
    data, _ = archive(pages=())
    (tmp_path / name).write_bytes(damage(data))
    (tmp_path / "zz_after.txt").write_text("Officials said the harbour bridge would reopen on Monday.\n")
    result = run([str(tmp_path / name), str(tmp_path / "zz_after.txt")])
    assert result.exit_code == 3
    got = lines(result)
    errors = [r for r in got if "error" in r]
    assert len(errors) == 1 and errors[0]["error"]["type"] == "InputError"
    assert message in errors[0]["error"]["message"]
    assert got[-1]["id"] == str(tmp_path / "zz_after.txt") and "harbour bridge" in got[-1]["body"]


def test_warc_items_are_read_by_extension_or_by_format(tmp_path: Path) -> None:
    data, docs = archive()
    (tmp_path / "crawl.bin").write_bytes(data)
    items = list(iter_items((str(tmp_path / "crawl.bin"),), ReadOptions(format="warc")))
    assert [(i.id, i.url, i.kind) for i in items] == [(doc_id, url, "html") for doc_id, url, *_ in docs]
    # The HTTP header's charset, as declared; the gzipped XHTML response declares none.
    assert [i.encoding for i in items] == ["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    assert items[-1].data == LATIN


def test_a_missing_extra_is_a_usage_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, _ = archive(pages=())
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # makes the import fail
    result = CliRunner().invoke(cli, ["clean", str(tmp_path / "crawl.warc.gz")])
    assert result.exit_code == 2
    assert "pip install 'newsclean[warc]'" in result.output
