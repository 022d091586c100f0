"""How plausible a candidate decoding is, for choosing among code pages (used by :mod:`.decode`).

The score is a rough log-likelihood in bits. Words are scored by a letter-bigram Markov chain of
each language the code page is written in (trained on jusText's stop-word lists, which ship with
the package), the text taking its best language; CJK characters by how everyday they are. A wrong
code page also leaves marks real text rarely has, each costing a fixed number of bits: C1 controls
and undefined bytes, symbols inside words, words mixing scripts or with a capital after a small
letter, Latin words made mostly of accented letters, Han characters split by spaces.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass

import regex

from newsclean.text.stopwords import stoplist

_LATIN = ("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "ca", "et")
_CENTRAL = ("en", "pl", "cs", "sk", "hu", "hr", "sl", "ro", "sq", "de")
_CYRILLIC = ("en", "ru", "uk", "bg", "mk")
# Languages a page in each code page is likely written in; English fits every one of them.
LANGUAGES: dict[str, tuple[str, ...]] = {
    "cp1252": _LATIN, "iso8859-15": _LATIN, "mac-roman": _LATIN, "cp1250": _CENTRAL,
    "iso8859-2": _CENTRAL, "cp1251": _CYRILLIC, "iso8859-5": _CYRILLIC, "koi8-r": ("en", "ru", "bg"),
    "koi8-u": ("en", "uk", "ru"), "cp1253": ("en", "el"), "iso8859-7": ("en", "el"),
    "cp1254": ("en", "tr", "de", "fr"), "cp1255": ("en", "he"), "iso8859-8": ("en", "he"),
    "cp1256": ("en", "ar", "fa", "ur", "fr"), "iso8859-6": ("en", "ar"),
    "cp1257": ("en", "lt", "lv", "et"), "iso8859-13": ("en", "lt", "lv", "et"),
    "gb18030": ("en", "zh"), "big5": ("en", "zh"), "cp950": ("en", "zh"), "shift_jis": ("en", "ja"),
    "cp932": ("en", "ja"), "euc_jp": ("en", "ja"), "euc_kr": ("en", "ko"), "cp949": ("en", "ko"),
}  # fmt: skip
# How much likelier, in bits, a page is in each code page before looking at it (rough web shares).
PRIORS: dict[str, float] = {
    "cp1252": 0.0, "cp1251": -1.0, "gb18030": -1.0, "shift_jis": -1.0, "euc_kr": -1.0, "cp1250": -2.0,
    "cp1254": -2.0, "cp1253": -2.0, "cp1256": -2.0, "cp1255": -2.0, "koi8-r": -3.0,
}  # fmt: skip
# Cost in bits of each mark of a wrong code page.
_COST = {
    "undefined": 20.0, "control": 20.0, "symbol": 4.0, "odd_symbol": 6.0, "symbol_in_word": 8.0,
    "mixed_script": 8.0, "inner_capital": 10.0, "all_caps": 3.0, "accented": 4.0, "lone_letter": 6.0,
    "spaced_han": 6.0, "stray_mark": 8.0,
}  # fmt: skip
# Bits per CJK character: everyday (GB 2312 / JIS X 0208 level 1, KS X 1001 Hangul), level 2, rare.
_CJK_BITS = {"frequent": -9.5, "common": -13.0, "rare": -17.0, "kana": -5.5, "half_width": -12.0}
# Written without spaces between words, or in syllable blocks: judged by characters, not letter pairs.
_CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})
_SWITCH = 6.0  # bits for a word of another language of the code page than the text's (a name, a quote)
_STOP_WORD = 2.0  # bits for a stop word of the text's language
_FLOOR = -12.0  # bits of the least likely letter transition
_SMOOTHING = 0.1
_ALPHABET = 64  # letters a transition is smoothed over, the same for every language
_MAX_WORDS = 300
_FEW_TOKENS = 40
_TOP_LANGUAGES = 3

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_TOKEN = regex.compile(r"\w+")
_CJK_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{M}ー々]+")
# A letter directly followed by a letter of another script, inside one word.
_SCRIPT_CHANGE = regex.compile(
    "|".join(
        rf"[{a}](?=\p{{M}}*[\p{{L}}--[{a}]])"
        for a in (r"\p{Latin}", r"\p{Greek}", r"\p{Cyrillic}", r"\p{Hebrew}", r"\p{Arabic}", r"\p{Hangul}",
                  r"\p{Han}\p{Hiragana}\p{Katakana}ー")
    ),
    regex.V1,
)  # fmt: skip
_ALL_CAPS = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}]+(?![\p{L}\p{M}])")
# A capital after a small letter, or two capitals before a small one: the wrong half of a code page.
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{M}*\p{Lu}|\p{Lu}\p{M}*\p{Lu}\p{M}*\p{Ll}")
_CONTROLS = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_UNDEFINED = regex.compile(r"[\x80-\x9f\ufffd\p{Co}\p{Cn}]")
_SYMBOL = regex.compile(r"[[\p{S}\p{P}\p{No}]--[\x00-\x7f]]", regex.V1)
# Non-ASCII punctuation and symbols common in real text; any other one is suspicious.
COMMON_SYMBOLS = frozenset(
    "°©®™€£¥§•·…–—‘’‚“”„«»‹›¡¿†№×±،؛؟٪۔、。，．：；？！・〜～％（）「」『』【】《》〈〉〔〕＂＇＋－＝／＿｜"
)
# A non-ASCII symbol between two letters: how a wrong code page shows a letter it lacks.
_SYMBOL_IN_WORD = regex.compile(r"(?<=\p{L}\p{M}*)[^\p{L}\p{M}\p{N}\s\x00-\x7f’ʼ·‐‑׳״־](?=\p{L})")
# A lone letter wedged between non-ASCII symbols: two-byte CJK text read one byte at a time.
_LONE_LETTER = regex.compile(r"(?<=[^\x00-\x7f\p{L}\p{M}\p{N}\s])\p{L}(?=[^\x00-\x7f\p{L}\p{M}\p{N}\s])")
# A combining mark on a non-letter or on another mark: points of one script read from another's bytes.
_MARK = regex.compile(r"\p{M}")
_STRAY_MARK = regex.compile(r"(?<![\p{L}])\p{M}|(?<=\p{M})\p{M}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
_LATIN_ACCENTED = regex.compile(r"[^\x00-\x7f]&&\p{Latin}", regex.V1)
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}&&[^\uff61-\uff9f]]", regex.V1)
_HALF_WIDTH_KANA = regex.compile(r"[\uff61-\uff9f]")
_HAN_SPACED = regex.compile(r"(?<=\p{Han}) (?=\p{Han})")
_HAN = regex.compile(r"\p{Han}")
_HANGUL = regex.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Plausibility:
    """A candidate decoding, its score in bits (higher is more plausible), and whether it is garbage."""

    text: str
    score: float
    garbage: bool


def judge(text: str, encoding: str, *, memo: dict[tuple[str, str], float] | None = None) -> Plausibility:
    """Score ``text`` as a decoding in ``encoding`` (a Python codec name).

    ``memo`` caches word scores across the candidates of one input (their ASCII words are shared).

    >>> judge("Zażółć gęślą jaźń", "cp1250").score > judge("Za¿ó³æ gê¶l± ja¼ñ", "cp1252").score
    True
    """
    languages = LANGUAGES.get(encoding, ("en",))
    penalty = _penalty(text)
    score = PRIORS.get(encoding, -2.0) - penalty + _cjk_bits(text, languages)
    score += _language_bits(text, languages, {} if memo is None else memo)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    controls = len(_CONTROLS.findall(text))
    han = _HAN.findall(text)
    # Random bytes read as a CJK code page give mostly characters no everyday text uses.
    rare_han = len(han) >= 8 and sum(1 for ch in han if ch not in _common_chars("any")) > 0.2 * len(han)
    garbage = penalty > 12.0 + 6.0 * non_ascii or controls > 1 + len(text) // 20 or rare_han
    return Plausibility(text, round(score, 3), garbage)


def _penalty(text: str) -> float:
    symbols = _SYMBOL.findall(text)
    counts: Counter[str] = Counter(
        undefined=len(_UNDEFINED.findall(text)),
        control=len(_CONTROLS.findall(text)),
        symbol=len(symbols),
        odd_symbol=sum(1 for ch in symbols if ch not in COMMON_SYMBOLS),
        symbol_in_word=len(_SYMBOL_IN_WORD.findall(text)),
        lone_letter=len(_LONE_LETTER.findall(text)),
        spaced_han=len(_HAN_SPACED.findall(text)),
        stray_mark=len(_STRAY_MARK.findall(text)) if _MARK.search(text) else 0,
        mixed_script=len(_SCRIPT_CHANGE.findall(text)),
        all_caps=sum(1 for m in _ALL_CAPS.findall(text) if not m.isascii()),
        inner_capital=sum(1 for m in _INNER_CAPITAL.findall(text) if not m.isascii()),
    )
    accented = len(_LATIN_ACCENTED.findall(text))
    if accented:
        # Latin-script languages write most letters without diacritics; mojibake of other scripts doesn't.
        counts["accented"] = max(0, round(accented - 0.4 * len(_LATIN_LETTER.findall(text))))
    return sum(_COST[name] * n for name, n in counts.items())


def _cjk_bits(text: str, languages: tuple[str, ...]) -> float:
    """Log-likelihood of the CJK characters in the code page's CJK language (if any)."""
    han = _HAN.findall(text)
    hangul = _HANGUL.findall(text)
    bits = _CJK_BITS["half_width"] * len(_HALF_WIDTH_KANA.findall(text))
    language = next((lang for lang in languages if lang in _CJK_LANGUAGES), None)
    if han:
        common = _common_chars(language or "any")
        frequent = _common_chars(f"{language}-1") if language in ("zh", "ja") else frozenset()
        bits += sum(
            _CJK_BITS["frequent" if ch in frequent else "common" if ch in common else "rare"] for ch in han
        )
    if language == "ja":
        bits += _CJK_BITS["kana"] * len(_KANA.findall(text))
    else:
        bits += _CJK_BITS["rare"] * len(_KANA.findall(text))
    if hangul:
        common = _common_chars("ko")
        everyday = "frequent" if language == "ko" else "common"
        bits += sum(_CJK_BITS[everyday if ch in common else "rare"] for ch in hangul)
    return bits


def _language_bits(text: str, languages: tuple[str, ...], memo: dict[tuple[str, str], float]) -> float:
    """Log-likelihood of the words in the best language of the code page, plus its stop words."""
    folded = text.casefold()
    tokens = Counter(_TOKEN.findall(folded))
    words = [(w, n) for w, n in Counter(_WORD.findall(folded)).most_common() if not _CJK_WORD.fullmatch(w)]
    words = words[:_MAX_WORDS]

    def bits(word: str, language: str) -> float:
        key = (word, language)
        if key not in memo:
            memo[key] = _word_bits(word, language)
        return memo[key]

    stop_bits = {
        language: _STOP_WORD * sum(n for token, n in tokens.items() if token in stoplist(language))
        for language in languages
    }
    if len(tokens) > _FEW_TOKENS:
        # Enough words for stop words to name the likely languages; only those get the letter model.
        languages = tuple(sorted(languages, key=lambda lang: -stop_bits[lang])[:_TOP_LANGUAGES])
    best = {word: max(bits(word, language) for language in languages) for word, _ in words}
    fits = []
    for language in languages:
        fit = stop_bits[language]
        fit += sum(n * max(bits(word, language), best[word] - _SWITCH) for word, n in words)
        fits.append(fit)
    return max(fits)


def _word_bits(word: str, language: str) -> float:
    """log2 P(word) under the language's letter-bigram chain (``^``/``$`` mark the word's edges)."""
    chain, unseen = _chain(language)
    padded = f"^{word}$"
    total = 0.0
    for i in range(len(padded) - 1):
        bits = chain.get(padded[i : i + 2])
        total += unseen.get(padded[i], _FLOOR) if bits is None else bits
    return total


@functools.lru_cache(maxsize=64)
def _chain(language: str) -> tuple[dict[str, float], dict[str, float]]:
    """log2 P(next letter | letter) of the letter pairs seen in the language's stop words, and the
    log2 probability of an unseen pair after each known letter (after an unknown letter: the floor)."""
    # Read-only per-language data derived once from the bundled stop-word lists.
    pairs = _pair_counts(language)
    totals = _letter_totals(language)
    chain = {
        pair: max(_FLOOR, math.log2((n + _SMOOTHING) / (totals[pair[0]] + _SMOOTHING * _ALPHABET)))
        for pair, n in pairs.items()
    }
    unseen = {
        letter: max(_FLOOR, math.log2(_SMOOTHING / (n + _SMOOTHING * _ALPHABET)))
        for letter, n in totals.items()
    }
    return chain, unseen


@functools.lru_cache(maxsize=64)
def _letter_totals(language: str) -> Counter[str]:
    totals: Counter[str] = Counter()
    for pair, n in _pair_counts(language).items():
        totals[pair[0]] += n
    return totals


@functools.lru_cache(maxsize=64)
def _pair_counts(language: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    if language in _CJK_LANGUAGES:
        return counts
    for word in stoplist(language):
        padded = f"^{word}$"
        counts.update(padded[i : i + 2] for i in range(len(padded) - 1))
    return counts


# Rows of everyday characters: GB 2312 (level 1 = rows B0-D7), JIS X 0208 (level 1 = leads 88-98),
# KS X 1001 Hangul (rows B0-C8) and Hanja (rows CA-FD).
_CHARSET_ROWS: dict[str, tuple[str, range, range]] = {
    "zh-1": ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
    "zh": ("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF)),
    "ja-1": ("shift_jis", range(0x88, 0x99), range(0x40, 0xFD)),
    "ja": ("shift_jis", range(0x88, 0xEB), range(0x40, 0xFD)),
    "ko": ("euc_kr", range(0xB0, 0xFE), range(0xA1, 0xFF)),
}


@functools.lru_cache(maxsize=8)
def _common_chars(name: str) -> frozenset[str]:
    """Everyday Han (and Hangul) characters of a language (``any``: of Chinese, Japanese or Korean)."""
    # Read-only tables derived once from Python's own codecs.
    if name == "any":
        return _common_chars("zh") | _common_chars("ja") | _common_chars("ko")
    codec, leads, trails = _CHARSET_ROWS[name]
    chars: set[str] = set()
    for lead in leads:
        for trail in trails:
            chars.update(bytes([lead, trail]).decode(codec, errors="ignore"))
    return frozenset(ch for ch in chars if _HAN.match(ch) or _HANGUL.match(ch))
