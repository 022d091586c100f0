"""Bytes -> text: BOMs, UTF-8, declared charsets, detection, double-encoded UTF-8, binary rejection."""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import random

import pytest
from benchmarks.decode_accuracy import double_utf8, load_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.errors import DecodeError
from newsclean.text.decode import Decoded, declared_charset, decode, undo_double_utf8

# Sentences written for these tests (not in the benchmark corpus), with the codec name expected back.
LEGACY = [
    ("cp1252", "Le conseil municipal a voté jeudi la rénovation du théâtre.", "cp1252"),
    ("cp1252", "Die Brücke über den Fluss bleibt bis Mitte März gesperrt.", "cp1252"),
    ("cp1252", "“It’s a difficult decision,” the coach admitted on Sunday.", "cp1252"),
    ("latin-1", "La selección española ganó el partido en el último minuto.", "cp1252"),
    ("latin-1", "Prefeitura anuncia nova ciclovia na avenida principal.", "utf-8"),
    ("cp1250", "Wojewoda zapowiedział pomoc dla rolników poszkodowanych przez suszę.", "cp1250"),
    ("cp1250", "Policie hledá řidiče, který ujel z místa nehody.", "cp1250"),
    ("cp1250", "A szegedi egyetem új kutatóközpontot nyitott.", "cp1250"),
    ("cp1253", "Η βουλή ψήφισε το νέο νομοσχέδιο για την παιδεία.", "cp1253"),
    ("cp1254", "Öğretmenler maaş artışı için yarın grev yapacak.", "cp1254"),
    ("cp1255", "הכנסת אישרה בקריאה ראשונה את חוק החינוך.", "cp1255"),
    ("cp1256", "افتتح الوزير معرض الكتاب الدولي في العاصمة.", "cp1256"),
    ("windows-1251", "Городские власти объявили о ремонте центральной площади.", "cp1251"),
    ("windows-1251", "Мешканці села отримали нову дорогу.", "cp1251"),
    ("koi8-r", "Городские власти объявили о ремонте центральной площади.", "koi8-r"),
    ("gb18030", "教育部宣布将增加农村学校的经费。", "gb18030"),
    ("shift_jis", "文部科学省は新しい教育方針を発表しました。", "shift_jis"),
    ("euc-kr", "교육부는 새로운 입시 제도를 발표했다.", "euc_kr"),
]


@pytest.mark.parametrize(("codec", "text", "expected"), LEGACY)
def test_legacy_code_pages_are_recovered(codec: str, text: str, expected: str) -> None:
    result = decode(text.encode(codec))
    assert result.text == text
    assert result.encoding == expected
    assert 0.0 <= result.confidence <= 1.0


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (codecs.BOM_UTF8 + "Zürich".encode(), "Zürich", "utf-8-sig"),
        ("Zürich".encode("utf-16"), "Zürich", "utf-16"),
        (codecs.BOM_UTF16_BE + "Zürich".encode("utf-16-be"), "Zürich", "utf-16"),
        ("Zürich".encode("utf-32"), "Zürich", "utf-32"),
        ("Zürich hat gewählt".encode("utf-16-le"), "Zürich hat gewählt", "utf-16-le"),
        ("naïve café".encode(), "naïve café", "utf-8"),
        (b"plain ascii", "plain ascii", "utf-8"),
        (b"", "", "utf-8"),
    ],
)
def test_bom_and_utf8(data: bytes, text: str, encoding: str) -> None:
    result = decode(data)
    assert (result.text, result.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<html><head><meta charset="windows-1250"><title>x</title>', "cp1250"),
        (b"<meta charset=KOI8-R>", "koi8-r"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', "iso8859-2"),
        (b'<?xml version="1.0" encoding="Shift_JIS"?><rss/>', "shift_jis"),
        (b'<meta charset="iso-8859-1">', "cp1252"),
        (b'<meta charset="gb2312">', "gb18030"),
        (b'<meta charset="utf-16">', "utf-8"),
        (b'<meta charset="no-such-charset">', None),
        (b'<meta charset="base64">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    assert declared_charset(head) == expected


def test_declared_charset_only_reads_the_head() -> None:
    assert declared_charset(b" " * 10_000 + b'<meta charset="koi8-r">') is None


@pytest.mark.parametrize(
    ("text", "codec", "declared", "expected"),
    [
        # A code page detection does not try: the declaration decides.
        ("Wojewoda zapowiedział pomoc dla rolników.", "iso8859-2", "ISO-8859-2", "iso8859-2"),
        ("Le prix du café a augmenté de 5 €.", "iso8859-15", "latin-9", "iso8859-15"),
        # A wrong declaration loses to a far more plausible code page.
        ("Городские власти объявили о ремонте.", "cp1251", "iso-8859-1", "cp1251"),
        ("Wojewoda zapowiedział pomoc dla rolników.", "cp1250", "utf-8", "cp1250"),
        # An unknown label is ignored.
        ("Le théâtre rouvre ses portes.", "cp1252", "x-unknown", "cp1252"),
    ],
)
def test_declared_encoding(text: str, codec: str, declared: str, expected: str) -> None:
    result = decode(text.encode(codec), declared_encoding=declared)
    assert (result.text, result.encoding) == (text, expected)


def test_meta_charset_is_used_when_nothing_is_declared() -> None:
    page = '<meta charset="iso-8859-2"><p>Wojewoda zapowiedział pomoc dla rolników.</p>'
    assert decode(page.encode("iso8859-2")).text == page


@pytest.mark.parametrize(
    "text",
    ["Crème brûlée à Montréal", "Łódź – Kraków", "Москва и Санкт-Петербург", "東京と大阪", "“Quoted” — text"],
)
@pytest.mark.parametrize("via", ["cp1252", "latin-1"])
def test_double_encoded_utf8_is_undone(text: str, via: str) -> None:
    assert decode(double_utf8(text, via)).text == text


def test_triple_encoded_utf8_is_undone() -> None:
    twice = double_utf8(double_utf8("Été à Montréal", "cp1252").decode(), "cp1252")
    assert decode(twice).text == "Été à Montréal"


@pytest.mark.parametrize("text", ["Été à Montréal", "Ã is a letter in Portuguese: SÃO PAULO", "naïve"])
def test_genuine_accented_text_is_not_undone(text: str) -> None:
    assert undo_double_utf8(text) == text


def _random_bytes(seed: int, size: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(size))


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        gzip.compress(b"The minister said the talks would resume next week." * 20, mtime=0),
        _random_bytes(1, 4096),
        _random_bytes(2, 512),
        _random_bytes(3, 4096, low=0x80),
        b"\x00\x01\x02\x03" * 100,
        b"text\x00with\x00many\x00nul\x00bytes\x00in\x00it\x00",
        b"\x7fELF\x02\x01\x01\x00",
    ],
    ids=["png", "pdf", "jpeg", "gzip", "random", "random-short", "random-high", "controls", "nul", "elf"],
)
def test_binary_is_rejected(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


def test_invalid_bom_payload_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00")


def test_decoded_is_frozen() -> None:
    result = decode(b"abc")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]
    assert isinstance(result, Decoded)


def test_large_input_is_detected_from_a_sample() -> None:
    text = "\n".join(f"Строка {i}: городские власти объявили о ремонте площади." for i in range(4000))
    result = decode(("header line\n" * 500 + text).encode("cp1251"))
    assert result.encoding == "cp1251"
    assert result.text.endswith("ремонте площади.")


def test_corpus_recovery_rate() -> None:
    cases = load_cases()
    assert len(cases) > 300
    recovered = {kind: [0, 0] for kind in ("sentence", "paragraph")}
    for case in cases:
        try:
            ok = decode(case.data).text == case.text
        except DecodeError:
            ok = False
        recovered[case.kind][0] += ok
        recovered[case.kind][1] += 1
    for kind, (hits, total) in recovered.items():
        assert hits / total >= 0.95, kind


LABELS = st.sampled_from([None, "utf-8", "cp1252", "koi8-r", "shift_jis", "utf-16", "rot13", "idna", "nope"])


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300), declared=LABELS)
def test_decode_raises_only_decode_error(data: bytes, declared: str | None) -> None:
    try:
        result = decode(data, declared_encoding=declared)
    except DecodeError:
        return
    assert isinstance(result.text, str)
    assert 0.0 <= result.confidence <= 1.0
