"""Market tickers: runs of ``SYMBOL price [change]`` items, with the short heading right above them.

A ticker line is made only of symbol-and-price items ("BTC 61,963.30", "EUR/USD 1.0842 -0.15%",
"DAX 18.235,40 ▲0,8%", "Gold $2,331.50"), one or several per line. Three or more items in
consecutive lines make a ticker run. Prose that mentions a price never matches, because the
whole line must consist of items.

A run of lines of one figure each, labelled with a colon ("Dow Jones: 38,612.40 (-1.23%)"), that
stands between two sentences of the article's prose (right under the one above, or under a
subheading and a table's header row below it, and right above the one below) is the article's
own table of figures: a markets report's closing levels. So is a run there of rows that each name
a place or a thing in words, not a code ("Helsinki 4 512 -1,8", "Rio Grande 88.4"), with plain
figures, no currency, percent sign or arrow: a small table flattened to one row a line. A ticker
widget sets its items without the colon, several to a line, as codes or with their marks, and
stands at the page's edges or among menus and teasers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.text.features import ends_sentence, word_count

_ARROW = r"[▲▼△▽↑↓⬆⬇↗↘]"
_SIGN = r"[+\-−–]"
_CURRENCY = r"(?:US\$|[$€£¥₽₹₿₺₩])"
# Grouped thousands (1,234.5 / 18.235,40 / 61 963) or a plain number (0.18 / 2416).
_NUMBER = r"(?:\d{1,3}(?:[,.' ’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_CODE = r"\^?\p{Lu}[\p{Lu}\d&./\-]{0,11}"
_NAME = r"\p{Lu}\p{Ll}+"
_SYMBOL = rf"(?:{_CODE}|{_NAME})(?:\s(?:{_CODE}|{_NAME}|\d{{2,4}})){{0,2}}"
_PRICE = (
    rf"(?P<cur>{_CURRENCY})?\s?(?P<num>{_NUMBER})"
    rf"(?:\s?(?P<cur2>{_CURRENCY}|USD|EUR|USDT|GBP|pts))?"
)
_CHANGE = rf"\(?(?:{_ARROW}\s?{_SIGN}?{_NUMBER}\s?%?|{_SIGN}{_NUMBER}\s?%?|{_NUMBER}\s?%|{_ARROW})\)?"
_ITEM = rf"{_SYMBOL}:?\s?{_PRICE}(?P<change>(?:\s?{_CHANGE}){{1,2}})?"
_SEPARATOR = r"(?:\s*[|·•/,;]\s*|\s+)"

_ITEM_RE = regex.compile(_ITEM)
_LINE_RE = regex.compile(rf"(?P<item>{_ITEM})(?:{_SEPARATOR}(?P<item>{_ITEM}))*")
_DIGIT = regex.compile(r"\d")
_QUOTED_NUMBER = regex.compile(r"\d{1,3}(?:[,.' ’]\d{3})+(?:[.,]\d+)?|\d+[.,]\d{2,}")
# What every ticker line has: a first character that can open a symbol, and a digit.
_SYMBOL_START = regex.compile(r"[\^\p{Lu}]")
_LETTER = regex.compile(r"\p{L}")

# Longer lines are not tickers; the bound also keeps the backtracking regex cheap.
_MAX_LINE_CHARS = 400
_MIN_ITEMS = 3
# Share of the items in a run that must carry a price mark (currency, change, a quote's decimals).
_PRICED_SHARE = 2 / 3
_HEADING_MAX_WORDS = 4
# A line of an article's table of figures: one name, a colon, one figure ("Dow Jones: 38,612.40
# (-1.23%)"); a ticker widget sets its items without one.
_LABELLED = regex.compile(rf"^\p{{L}}[^:]{{0,39}}:\s?{_PRICE}(?:\s?{_CHANGE}){{0,2}}$")
# A row of a small table of the article's, one row a line: a name in words, not a code ("Helsinki",
# "Rio Grande"), then plain figures, without a currency, a percent sign or an arrow.
_ROW_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}?\p{Ll}+)*")
_MARKS = regex.compile(rf"{_CURRENCY}|{_ARROW}|%|USD|EUR|USDT|GBP|pts")
# A subheading and a header row between the article's paragraph and its table of figures.
_SUBHEADING_MAX_WORDS = 8
_HEADINGS_ABOVE = 2
# The first line of a document is usually its title: only a very short one counts as a heading.
_FIRST_LINE_HEADING_MAX_WORDS = 2


@dataclass(frozen=True)
class TickerLine:
    """How many symbol-and-price items a line holds and how many of them carry a price mark."""

    items: int
    priced: int


def parse_ticker_line(text: str) -> TickerLine | None:
    """The items of a line made only of ``SYMBOL price`` pairs, or ``None`` for any other line.

    >>> parse_ticker_line("BTC $61,963 ETH $2,416 SOL $142")
    TickerLine(items=3, priced=3)
    >>> parse_ticker_line("Bitcoin traded at $61,963 on Tuesday, up 2%.") is None
    True
    """
    if len(text) > _MAX_LINE_CHARS or _SYMBOL_START.match(text) is None or _DIGIT.search(text) is None:
        return None
    match = _LINE_RE.fullmatch(text)
    if match is None:
        return None
    items = match.captures("item")
    priced = 0
    for item in items:
        parts = _ITEM_RE.fullmatch(item)
        if parts is not None and _has_price_mark(parts):
            priced += 1
    return TickerLine(len(items), priced)


def _has_price_mark(parts: regex.Match[str]) -> bool:
    """A currency, a change, or a number written as a quote is (grouped thousands, two decimals or more).

    One decimal ("Connecticut 91.0", "Rating 4.5") is how scores and measures are written: a
    table of them is the article's, not a ticker.
    """
    if parts.group("cur") or parts.group("cur2") or parts.group("change"):
        return True
    return _QUOTED_NUMBER.fullmatch(parts.group("num") or "") is not None


class Ticker(Cleaner):
    """Remove runs of market-ticker lines and the short heading directly above them."""

    name = "ticker"
    category = Category.TICKER
    guarded = False

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for runs of three or more symbol-and-price items."""
        # Each line is read once; a run is a stretch of ticker lines with no removed line inside.
        lines = [None if i in removed else parse_ticker_line(seg.text) for i, seg in enumerate(doc.segments)]
        verdicts: list[Verdict] = []
        n = len(lines)
        i = 0
        while i < n:
            if lines[i] is None:
                i += 1
                continue
            items = priced = 0
            j = i
            while j < n and (line := lines[j]) is not None:
                items += line.items
                priced += line.priced
                j += 1
            if (
                items >= _MIN_ITEMS
                and priced >= _PRICED_SHARE * items
                and not self._in_article(doc, i, j, removed)
            ):
                indices = tuple(range(i, j))
                reason = f"A run of {items} symbol-and-price ticker items."
                if self._is_heading(doc, i - 1, removed):
                    indices = (i - 1, *indices)
                    reason = f"A run of {items} symbol-and-price ticker items under a short heading."
                verdicts.append(Verdict(indices, reason))
            i = j
        return verdicts

    @staticmethod
    def _in_article(doc: Document, start: int, end: int, removed: Mapping[int, Category]) -> bool:
        """Whether lines ``start`` to ``end`` (excluded) are a table of the article's: one figure a
        line, labelled with a colon, between two sentences of prose, none removed (the line above
        is one, or a subheading right under one, and so is the line below)."""

        def sentence(index: int) -> bool:
            return (
                0 <= index < len(doc.segments)
                and index not in removed
                and doc.prose[index]
                and ends_sentence(doc.segments[index].text)
            )

        if not all(_table_row(doc.segments[k].text) for k in range(start, end)):
            return False
        above = start - 1
        for _ in range(_HEADINGS_ABOVE):
            if (
                above >= 0
                and above not in removed
                and not doc.prose[above]
                and word_count(doc.segments[above].text) <= _SUBHEADING_MAX_WORDS
            ):
                above -= 1
        return sentence(above) and sentence(end)

    @staticmethod
    def _is_heading(doc: Document, index: int, removed: Mapping[int, Category]) -> bool:
        """A short title-like line: a few words, no digits, no sentence punctuation."""
        if index < 0 or index in removed or doc.prose[index]:
            return False
        text = doc.segments[index].text
        words = word_count(text)
        limit = _FIRST_LINE_HEADING_MAX_WORDS if index == 0 else _HEADING_MAX_WORDS
        return (
            1 <= words <= limit
            and not ends_sentence(text)
            and _DIGIT.search(text) is None
            and _LETTER.search(text) is not None
        )


def _table_row(text: str) -> bool:
    """Whether ``text`` is a row of an article's table of figures: one name, a colon and one figure
    ("Dow Jones: 38,612.40 (-1.23%)"), or a name in words with plain figures ("Turku 2 640 -2,9").

    >>> _table_row("Turku 2 640 -2,9"), _table_row("Topix 2,704.18 -0.52%"), _table_row("SOL 142.07")
    (True, False, False)
    """
    if _LABELLED.match(text):
        return True
    line = _LINE_RE.fullmatch(text)
    if line is None or len(line.captures("item")) != 1 or _MARKS.search(text) is not None:
        return False
    digit = _DIGIT.search(text)
    return digit is not None and _ROW_NAME.fullmatch(text[: digit.start()].rstrip()) is not None
