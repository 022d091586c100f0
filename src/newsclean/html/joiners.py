"""Zero-width joiners through trafilatura.

trafilatura deletes every character Python does not call printable, and with them the zero
width non-joiner (U+200C) and joiner (U+200D). Those two are spelling: Persian writes
"سه‌شنبه" (Tuesday) with a non-joiner between its two parts, Hindi and Malayalam choose a
conjunct's form with them, and emoji sequences (a family, a profession) are joined by them.
Without them, Persian words run into each other and read as other words.

:func:`protect` puts a stand-in into the page, before it is parsed, for each joiner that
stands between two visible characters: a letter of a script the page does not use, which
trafilatura keeps and weighs as one letter, as the joiner is one character. A joiner anywhere
else joins nothing (some site builders fill empty paragraphs with one) and is left for
trafilatura to drop. :meth:`Joiners.restore` puts the joiners back into what trafilatura
returns.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

JOINERS = ("\u200c", "\u200d")
# HTML's entity names are case-sensitive; the "x" of a number is not, nor are its digits.
_ENTITY = regex.compile(r"&(?:zwnj|zwj|#0*820[45]|#[xX]0*200[cCdD]);")
_ENTITY_JOINER = {
    "zwnj": "\u200c", "8204": "\u200c", "200c": "\u200c",
    "zwj": "\u200d", "8205": "\u200d", "200d": "\u200d",
}  # fmt: skip
# Bamum letters: printable, unchanged by Unicode normalisation, rare on the web (a page that uses
# one has it skipped), and in the Basic Multilingual Plane, as the joiners are: a stand-in from
# beyond it would make Python hold the whole page at four bytes a character.
_STANDINS = tuple(chr(code) for code in range(0xA6A0, 0xA6C0))


@dataclass(frozen=True)
class Joiners:
    """Which stand-in took the place of which joiner in a page (none when the page has no joiner)."""

    standins: tuple[tuple[str, str], ...] = ()

    def restore(self, text: str) -> str:
        """``text`` with each stand-in turned back into its joiner.

        >>> page, joiners = protect("<p>سه&zwnj;شنبه</p>")
        >>> joiners.restore(page[3:-4]) == "سه\\u200cشنبه"
        True
        """
        for standin, joiner in self.standins:
            text = text.replace(standin, joiner)
        return text


NO_JOINERS = Joiners()


def protect(html: str) -> tuple[str, Joiners]:
    """``html`` with its zero-width joiners (as characters or entities) replaced by stand-ins.

    >>> protect("<p>plain</p>")
    ('<p>plain</p>', Joiners(standins=()))
    >>> protect("<p>\\u200d</p>")[0] == "<p>\\u200d</p>"
    True
    """
    html = _ENTITY.sub(_entity_joiner, html)
    present = [joiner for joiner in JOINERS if joiner in html]
    if not present:
        return html, NO_JOINERS
    free = (standin for standin in _STANDINS if standin not in html)
    pairs = tuple(zip(free, present, strict=False))
    if len(pairs) < len(present):
        return html, NO_JOINERS
    standin_of = {joiner: standin for standin, joiner in pairs}
    out: list[str] = []
    last = 0
    # str.find, not a regex: a regex scan of a large page for two characters costs 10 ms.
    for at in sorted(_places(html, present)):
        if 0 < at < len(html) - 1 and _joins(html[at - 1]) and _joins(html[at + 1]):
            out.append(html[last:at])
            out.append(standin_of[html[at]])
            last = at + 1
    out.append(html[last:])
    return "".join(out), Joiners(pairs)


def _places(text: str, characters: list[str]) -> list[int]:
    """Where each of ``characters`` stands in ``text``."""
    places: list[int] = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            places.append(at)
            at = text.find(character, at + 1)
    return places


def _joins(neighbour: str) -> bool:
    """Whether a joiner next to ``neighbour`` joins it: it is neither white space nor a tag's edge."""
    return not neighbour.isspace() and neighbour not in "<>"


def _entity_joiner(found: regex.Match[str]) -> str:
    name = found.group(0)[1:-1].casefold().lstrip("#x0")
    return _ENTITY_JOINER.get(name, found.group(0))
