"""Text repair: mojibake (ftfy), stray HTML entities, control characters, invisible and odd spaces,
line breaks, NFC, and optionally straight quotes.

Each repair is a small named ``str -> str`` step; :func:`repair` reports the stable names of the
steps that changed the text. Clean text takes a cheap path (a few C-level scans) and comes back as
the very same string with no fixes.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import CHARMAP_ENCODINGS, LIGATURES

from newsclean.config import Config

# A character entity with its semicolon: '&amp;', '&#8217;', '&#x2019;'. A bare '&copy' is left
# alone because '&' followed by letters is common in URLs and names (AT&T).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_BREAK_CHARS = "\r\v\f\u2028\u2029"
_LINE_BREAK = re.compile(f"\r\n|[{_LINE_BREAK_CHARS}]")
# Invisible characters that split words for a tokenizer: zero-width space, word joiner, BOM, soft
# hyphen, Mongolian vowel separator. ZWNJ/ZWJ (U+200C/D) stay: Persian and emoji sequences need them.
_ZERO_WIDTH_CHARS = "\u200b\u2060\ufeff\u00ad\u180e"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
# Every Unicode space separator but the plain space, and tabs.
_ODD_SPACE_CHARS = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARS}]")
_SINGLE_QUOTES = re.compile("[\u2018\u2019\u201a\u201b]")
_DOUBLE_QUOTES = re.compile("[\u201c\u201d\u201e\u201f]")
_QUOTES = re.compile("[\u2018-\u201f]")
# Anything a step other than mojibake/NFC/quotes could change; clean text has none of it. The
# entity start is looked for apart (after a plain '&' test): a bare class scans several times faster.
_SUSPECT_ASCII = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
# The ligatures ftfy splits: "ﬁ", and the Latin digraphs "Ĳ", "Ǳ", "ǆ" among them.
_LIGATURES = "".join(sorted(map(chr, LIGATURES)))
_SUSPECT = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\xa0\xad\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u2060"
    "\u206a-\u206f\u3000\ud800-\udfff\ufeff\ufff9-\ufffb" + _LIGATURES + "]"
)
_SUSPECT_ENTITY = re.compile(r"&(?:#|[A-Za-z][A-Za-z0-9]{1,31};)")
# What only ftfy fixes besides mojibake: controls, C1, surrogates, ligatures, deprecated format chars.
_FTFY_NEEDED = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\u206a-\u206f\ufff9-\ufffb" + _LIGATURES + "]"
)
# ftfy's explanation steps mapped to newsclean's stable fix names; any other step is a mojibake fix.
_FTFY_STEPS = {
    "remove_terminal_escapes": "control_chars",
    "remove_control_chars": "control_chars",
    "fix_surrogates": "surrogates",
    "fix_latin_ligatures": "ligatures",
}
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    normalization=None, explain=True,
)  # fmt: skip
_MAX_ROUNDS = 4


@dataclass(frozen=True)
class _Run:
    """What the steps of one :func:`repair` call share: the option and the memoised mojibake test."""

    straighten_quotes: bool
    mojibake: Callable[[str], bool]


Step = Callable[[str, _Run], "tuple[str, tuple[str, ...]]"]


@dataclass(frozen=True)
class Repaired:
    """Repaired text and the names of the repairs that changed it (see :data:`FIX_NAMES`)."""

    text: str
    fixes: tuple[str, ...]


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as :func:`repair` breaks them (any line break it knows ends a line).

    >>> split_lines("a\\r\\nb\\rc\\u2028d")
    ['a', 'b', 'c', 'd']
    """
    return _LINE_BREAK.sub("\n", text).split("\n")


def repair(text: str, *, config: Config | None = None) -> Repaired:
    """Fix mojibake, entities, controls, invisible/odd spaces, line breaks and NFC; clean text is untouched.

    Typographic quotes stay unless ``config.straighten_quotes``. Repairing twice changes nothing more.

    >>> repair("cafÃ© &amp; bar").text
    'café & bar'
    >>> repair("cafÃ© &amp; bar").fixes
    ('html_entities', 'mojibake')
    >>> repair("plain text").fixes
    ()
    """
    config = config or Config()
    # ftfy's badness test is the costly check and the first rounds see the same text again.
    verdicts: dict[str, bool] = {}

    def mojibake(candidate: str) -> bool:
        found = verdicts.get(candidate)
        if found is None:
            found = verdicts[candidate] = _looks_like_mojibake(candidate)
        return found

    if not _needs_repair(text, config.straighten_quotes, mojibake):
        return Repaired(text, ())
    fixes: set[str] = set()
    run = _Run(config.straighten_quotes, mojibake)
    # Steps can enable each other ('&amp;#233;', an entity hiding mojibake): run to a fixed point.
    for _ in range(_MAX_ROUNDS):
        before = text
        for name, _others, step in _REPAIRS:
            fixed, names = step(text, run)
            if fixed != text:
                fixes.update(names or (name,))
                text = fixed
        if text == before:
            break
    order = {name: i for i, name in enumerate(FIX_NAMES)}
    return Repaired(text, tuple(sorted(fixes, key=lambda n: (order.get(n, len(order)), n))))


def straighten(text: str) -> str:
    """Replace typographic single and double quotes with ASCII ones.

    >>> straighten("“It’s done,” she said.")
    '"It\\'s done," she said.'
    """
    return _DOUBLE_QUOTES.sub('"', _SINGLE_QUOTES.sub("'", text))


def _needs_repair(text: str, straighten_quotes: bool, mojibake: Callable[[str], bool] | None = None) -> bool:
    """A cheap test that finds nothing to do in clean text."""
    if "&" in text and _SUSPECT_ENTITY.search(text) is not None:
        return True
    if text.isascii():
        return _SUSPECT_ASCII.search(text) is not None
    return (
        _SUSPECT.search(text) is not None
        or not unicodedata.is_normalized("NFC", text)
        or (straighten_quotes and _QUOTES.search(text) is not None)
        or (mojibake or _looks_like_mojibake)(text)
    )


def _plain(step: Callable[[str], str]) -> Step:
    return lambda text, _run: (step(text), ())


def _straighten_if_asked(text: str, run: _Run) -> tuple[str, tuple[str, ...]]:
    return (straighten(text) if run.straighten_quotes else text), ()


def _replacing(pattern: re.Pattern[str], chars: str, replacement: str) -> Callable[[str], str]:
    """``pattern.sub(replacement, text)`` for a pattern that only matches where one of ``chars`` is."""

    def replace(text: str) -> str:
        # A substring test per character scans far faster than the regex, and most texts hold none.
        if any(ch in text for ch in chars):
            return pattern.sub(replacement, text)
        return text

    return replace


def _unescape_entities(text: str) -> str:
    # Repeat for double-escaped text ('&amp;eacute;'); each pass shortens the text, so it ends.
    while "&" in text:
        fixed = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if fixed == text:
            return text
        text = fixed
    return text


def _fix_with_ftfy(text: str, mojibake: Callable[[str], bool]) -> tuple[str, tuple[str, ...]]:
    """ftfy's encoding fixes, C1/control characters, surrogates and ligatures, with stable names."""
    if _FTFY_NEEDED.search(text) is None and not mojibake(text):
        return text, ()
    fixed, explanation = ftfy.fix_and_explain(text, config=_FTFY_CONFIG)
    names = {_FTFY_STEPS.get(parameter, "mojibake") for _, parameter in explanation or ()}
    return fixed, tuple(sorted(names))


def _looks_like_mojibake(text: str) -> bool:
    # ftfy's badness test is thorough but slow (~0.3 ms/KB), and ftfy only undoes what reads as
    # UTF-8 decoded in one of its code pages. Such text shows, in that code page, a lead-byte
    # character followed by a continuation-byte character, so text without such a pair skips it.
    return _has_utf8_pair(text) and is_bad(text)


def _has_utf8_pair(text: str) -> bool:
    """Whether ``text`` holds a UTF-8 lead byte then a continuation byte as one code page shows them.

    One pattern finds the pairs of any code page; a pair that mixes two code pages (a Mac Roman
    lead before a Windows-1252 continuation, as in ``’”``) cannot come from decoding UTF-8 with
    either, and does not count.
    """
    pairs = _utf8_pairs()
    found = pairs.pattern.search(text)
    while found is not None:
        pair = found.group()
        if any(pair[1] in followers for followers in pairs.followers[pair[0]]):
            return True
        # The second character may itself be a lead: pairs overlap.
        found = pairs.pattern.search(text, found.start() + 1)
    return False


@dataclass(frozen=True)
class _Pairs:
    pattern: re.Pattern[str]
    """A lead character of any code page, then a continuation (or a space) of any."""
    followers: dict[str, tuple[frozenset[str], ...]]
    """Per lead character, what may follow it in each code page it is a lead in."""


@functools.lru_cache(maxsize=1)
def _utf8_pairs() -> _Pairs:
    """UTF-8 lead and continuation bytes as each code page ftfy knows shows them (also with the
    continuation byte 0xA0 turned into a space or lost, which ftfy restores)."""
    # Read-only tables built once from ftfy's codec list.
    followers: dict[str, list[frozenset[str]]] = {}
    for encoding in CHARMAP_ENCODINGS:
        continuations = set(bytes(range(0x80, 0xC0)).decode(encoding, errors="ignore")) | {"\ufffd"}
        # Only where byte 0xA0 reads as a no-break space can it have turned into a plain one
        # (in Mac Roman it is a dagger, and "– " is just a dash).
        a0_is_space = bytes([0xA0]).decode(encoding, errors="ignore") == "\xa0"
        spaced = (
            set(bytes([0xC2, 0xC3, 0xC5, 0xCE, 0xD0]).decode(encoding, errors="ignore"))
            if a0_is_space
            else set()
        )
        for lead in bytes(range(0xC2, 0xF5)).decode(encoding, errors="ignore"):
            followers.setdefault(lead, []).append(
                frozenset(continuations | ({" "} if lead in spaced else set()))
            )

    def chars(found: Iterable[str]) -> str:
        return "".join(re.escape(ch) for ch in sorted(found))

    anything = set().union(*(after for options in followers.values() for after in options))
    pattern = re.compile(f"[{chars(followers)}][{chars(anything)}]")
    return _Pairs(pattern, {lead: tuple(options) for lead, options in followers.items()})


# The repairs in the order they run: name, the other fix names it can report, step.
_REPAIRS: tuple[tuple[str, tuple[str, ...], Step], ...] = (
    ("html_entities", (), _plain(_unescape_entities)),
    ("line_breaks", (), _plain(_replacing(_LINE_BREAK, _LINE_BREAK_CHARS, "\n"))),
    ("zero_width", (), _plain(_replacing(_ZERO_WIDTH, _ZERO_WIDTH_CHARS, ""))),
    (
        "mojibake",
        tuple(dict.fromkeys(_FTFY_STEPS.values())),
        lambda text, run: _fix_with_ftfy(text, run.mojibake),
    ),
    ("odd_spaces", (), _plain(_replacing(_ODD_SPACE, _ODD_SPACE_CHARS, " "))),
    ("straighten_quotes", (), _straighten_if_asked),
    ("nfc", (), _plain(lambda text: unicodedata.normalize("NFC", text))),
)
FIX_NAMES: tuple[str, ...] = tuple(fix for name, others, _ in _REPAIRS for fix in (name, *others))
"""Every name :attr:`Repaired.fixes` can hold, in the order the repairs run."""


__all__ = ["FIX_NAMES", "Repaired", "repair", "straighten"]
