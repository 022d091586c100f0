"""Zero-width joiners survive HTML extraction, which trafilatura alone deletes."""

from __future__ import annotations

import pytest
import trafilatura

import newsclean
from newsclean.html.extract import extract_html
from newsclean.html.joiners import protect

ZWNJ, ZWJ = "\u200c", "\u200d"
# Persian joins "Tuesday", "firefighters" and "is finished" with a non-joiner; Hindi chooses a
# half form with a joiner; an emoji profession is two emoji and a joiner.
PERSIAN = (
    f"شورای شهر روز سه{ZWNJ}شنبه طرح تازه{ZWNJ}ای برای نوسازی پارک{ZWNJ}های محله{ZWNJ}های جنوبی تصویب کرد.",
    f"آتش{ZWNJ}نشانان گفتند که کار بازسازی ایستگاه قدیمی تا پایان تابستان تمام می{ZWNJ}شود.",
    f"به گفته شهردار، هزینه این طرح از درآمدهای محلی و کمک{ZWNJ}های دولت تأمین خواهد شد.",
)
HINDI = f"नगर निगम ने बताया कि नई सड़क के बोर्ड पर क्{ZWJ}ष आधे रूप में लिखा जाएगा और काम अगले महीने शुरू होगा।"
EMOJI = f"Readers sent in photos of their home offices 👩{ZWJ}💻 and of the pets that share them every day."


def page(paragraphs: tuple[str, ...], title: str = "City news") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Contact us</footer></body></html>"
    )


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_trafilatura_alone_deletes_joiners() -> None:
    """The defect this module exists for: if trafilatura kept joiners, it could go."""
    text = trafilatura.extract(page(PERSIAN)) or ""
    assert "شورای شهر" in text
    assert ZWNJ not in text


@pytest.mark.parametrize(
    "written",
    [ZWNJ, "&zwnj;", "&#8204;", "&#x200C;", "&#X200c;", "&#08204;"],
    ids=["character", "name", "decimal", "hex-upper", "hex-lower", "decimal-padded"],
)
def test_persian_keeps_its_non_joiners(written: str) -> None:
    paragraphs = tuple(p.replace(ZWNJ, written) for p in PERSIAN)
    body = newsclean.clean_html(page(paragraphs), url="https://example.ir/news/1").body
    assert lines(body) == list(PERSIAN)


@pytest.mark.parametrize("written", [ZWJ, "&zwj;", "&#8205;", "&#x200D;"])
def test_joiners_in_emoji_and_indic_text(written: str) -> None:
    paragraphs = tuple(p.replace(ZWJ, written) for p in (EMOJI, HINDI, *PERSIAN[:1]))
    text = extract_html(page(paragraphs)).text
    assert lines(text) == [EMOJI, HINDI, PERSIAN[0]]


def test_metadata_keeps_joiners() -> None:
    title = f"نوسازی پارک{ZWNJ}های شهر"
    extracted = extract_html(page(PERSIAN, title=title))
    assert extracted.metadata.title == title
    assert title not in extracted.text  # the headline goes to metadata, matched with its joiner


def test_a_joiner_that_joins_nothing_is_dropped() -> None:
    # Site builders fill empty paragraphs with a joiner; it must not come out as a line.
    paragraphs = (PERSIAN[0], ZWJ, "&zwj;", f" {ZWNJ}{PERSIAN[1]}", PERSIAN[2])
    text = extract_html(page(paragraphs)).text
    assert lines(text) == list(PERSIAN)


def test_a_page_using_a_stand_in_keeps_it() -> None:
    # Bamum letters are the stand-ins; a page that has one gets another.
    bamum = "\ua6a0\ua6a1"
    quoted = f"The museum's new sign spells its name {bamum} in the Bamum script, its curator says."
    paragraphs = (*PERSIAN, quoted)
    text = extract_html(page(paragraphs)).text
    assert lines(text) == list(paragraphs)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>plain</p>", "<p>plain</p>"),
        ("<p>a&amp;zwnj;b</p>", "<p>a&amp;zwnj;b</p>"),  # an escaped entity is text, not a joiner
        ("<p>&zwnj;</p>", f"<p>{ZWNJ}</p>"),  # joins nothing: left for trafilatura to drop
    ],
)
def test_protect_changes_only_joining_joiners(html: str, expected: str) -> None:
    protected, joiners = protect(html)
    assert protected == expected
    assert joiners.restore(protected) == expected
