"""The URL a page declares for itself: canonical link first, then og:url; absolute http(s) only."""

from __future__ import annotations

import pytest

from newsclean.html.declared import declared_url


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('<head><link rel="canonical" href="https://a.example/x"></head>', "https://a.example/x"),
        ("<HEAD><LINK HREF='https://a.example/x' REL='Canonical'>", "https://a.example/x"),
        ('<link itemprop="url" rel="canonical" href="https://www.a.example/x?a=1&amp;b=2">',
         "https://www.a.example/x?a=1&b=2"),
        ("<link rel=canonical href=https://a.example/x>", "https://a.example/x"),
        ('<link rel="alternate canonical" href="https://a.example/x">', "https://a.example/x"),
        # og:url when there is no canonical link, or when the canonical one is relative.
        ('<meta property="og:url" content="https://b.example/y">', "https://b.example/y"),
        ('<meta content="https://b.example/y" name="og:url">', "https://b.example/y"),
        ('<link rel="canonical" href="/y"><meta property="og:url" content="https://b.example/y">',
         "https://b.example/y"),
        # The canonical link wins wherever og:url is.
        ('<meta property="og:url" content="https://b.example/y"><link rel="canonical" href="https://a.example/x">',
         "https://a.example/x"),
        ('<link rel="canonical" href="//c.example/z">', "https://c.example/z"),
        ('<meta property="og:url" content="https://b.example/y" data-x="a > b">', "https://b.example/y"),
        ("<meta property='og:url'\n      content='https://b.example/y'\n/>", "https://b.example/y"),
        # Nothing usable.
        ('<link rel="stylesheet" href="https://a.example/s.css">', None),
        ('<link rel="canonical" href="mailto:x@a.example">', None),
        ('<link rel="canonical" href="https://">', None),
        ('<link rel="canonical" href="http://[::1">', None),
        ('<meta property="og:title" content="https://a.example/x">', None),
        ("The headline\n\nA paragraph that mentions https://a.example/x.", None),
        ("", None),
    ],
)  # fmt: skip
def test_declared_url(page: str, expected: str | None) -> None:
    assert declared_url(page) == expected
    assert declared_url(page.encode("utf-8")) == expected


def test_a_long_page_is_read_past_its_first_bytes() -> None:
    head = "<html><head>" + "<script>var x = '<meta';</script>" * 5000
    page = (
        head
        + '<meta property="og:url" content="https://b.example/y"><link rel="canonical" href="https://a.example/x">'
    )
    assert len(page.encode()) > 100_000
    assert declared_url(page.encode()) == declared_url(page) == "https://a.example/x"


def test_a_page_in_another_encoding_keeps_its_ascii_url() -> None:
    page = (
        '<meta charset="windows-1251"><title>Новости</title><link rel="canonical" href="https://d.example/n">'
    )
    assert declared_url(page.encode("cp1251")) == "https://d.example/n"
