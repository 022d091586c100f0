"""Cheap surface features of a segment's text, shared by the cleaners."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

_WORD = regex.compile(r"\w+")
# Scripts written without spaces between words (the Tai scripts and Javanese and Balinese too):
# their length is counted in characters.
_UNSPACED_CLASS = (
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
    r"\p{Tai_Tham}\p{New_Tai_Lue}\p{Tai_Le}\p{Javanese}\p{Balinese}]"
)
_UNSPACED = regex.compile(_UNSPACED_CLASS)
# A run of word characters of the spaced scripts: a word between unspaced-script characters.
_SPACED_WORD = regex.compile(rf"[\w--{_UNSPACED_CLASS}]+", flags=regex.VERSION1)
_UNSPACED_CHARS_PER_WORD = 2
# ASCII word characters (\w) become "w" and everything else a space, for C-speed word counting.
_ASCII_WORD_MAP = bytes(
    ord("w") if c < 128 and (chr(c).isalnum() or chr(c) == "_") else ord(" ") for c in range(256)
)
# Longer texts are first judged on a prefix (word counts).
_PREFIX_CHARS = 4096
# Sentence-final punctuation, and the closing quotes and brackets that may follow it: Latin,
# CJK, Arabic (question mark), Urdu (full stop), Devanagari (danda, double danda), Burmese,
# Ethiopic (full stop, question mark, and the two word spaces typed for a full stop), Armenian,
# Khmer, Tibetan (shad, double shad), Canadian syllabics, Chakma (danda, double danda), Lisu,
# Mongolian, Meetei Mayek, Ol Chiki, Vai, Javanese and Syriac.
_TERMINALS = (*".!?…。！？؟۔।॥။።፧։។།༎᙮𑅁𑅂꓿᠃᠉꯫᱾꘎꧉܀", "፡፡")
CLOSERS = "'\"”’»)]“‘›‹«」』）】》〉"
"""Closing quotes and brackets that may follow a sentence's final punctuation: besides the English
ones, the German and Czech “ and ‘, guillemets whichever way a language turns them, and CJK corner
and full-width brackets."""
# A lower-case letter, as a line that goes on with a sentence opens. Georgian is written in
# Mkhedruli, which Unicode files as lower case (its capitals set only whole words in caps): a
# Georgian sentence or headline opens with such a letter too.
LOWER = r"(?:(?!\p{Georgian})\p{Ll})"
# French sets a closing guillemet off with a (no-break) space: "« Je voulais soigner les gens. »".
_TRAILING = CLOSERS + " \u00a0\u202f"
# CJK full stops need no space after them; the others end a sentence before a space or the end.
_SENTENCE_END = regex.compile(
    "[。！？]|(?:["
    + regex.escape("".join(t for t in _TERMINALS if len(t) == 1 and t not in "。！？"))
    + "]|"
    + "|".join(regex.escape(t) for t in _TERMINALS if len(t) > 1)
    + ")["
    + regex.escape(CLOSERS)
    + "]*(?:\\s|$)"
)


def word_count(text: str) -> int:
    """Words in ``text``; in scripts without spaces, characters are counted in pairs.

    This is ``len(\\w+ matches)`` after replacing unspaced-script characters by spaces, plus
    half the number of those characters.

    >>> word_count("Listen Live")
    2
    >>> word_count("東京で会議")
    2
    """
    if text.isascii():
        # Counting the starts of word-character runs equals counting ``\w+`` matches, without
        # building a string per word (this runs for every segment in several cleaners).
        marks = text.encode("ascii").translate(_ASCII_WORD_MAP)
        return marks.count(b" w") + marks.startswith(b"w")
    unspaced = len(_UNSPACED.findall(text))
    words = len(_SPACED_WORD.findall(text)) if unspaced else len(_WORD.findall(text))
    return unspaced // _UNSPACED_CHARS_PER_WORD + words


def unspaced_chars(text: str) -> int:
    """How many characters of ``text`` are in scripts written without spaces between words.

    >>> unspaced_chars("東京 Tokyo")
    2
    """
    return len(_UNSPACED.findall(text))


def word_count_up_to(text: str, cap: int) -> int:
    """``min(word_count(text), cap)``, counting only a prefix of a long text that reaches ``cap``.

    A prefix never has more words than the whole, so thresholds are decided exactly.

    >>> word_count_up_to("one two three four", 3)
    3
    """
    if len(text) > _PREFIX_CHARS and word_count(text[:_PREFIX_CHARS]) >= cap:
        return cap
    return min(word_count(text), cap)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (closing quotes allowed).

    A final newline is allowed too.

    >>> ends_sentence('he said."'), ends_sentence("„Wir sind zufrieden.“"), ends_sentence("« Oui. »")
    (True, True, True)
    >>> ends_sentence("Related stories")
    False
    """
    if text.endswith("\n"):
        text = text[:-1]
    # Closers and terminals are disjoint, so the terminal must precede all trailing closers.
    return text.rstrip(_TRAILING).endswith(_TERMINALS)


def sentence_ends(text: str) -> int:
    """How many sentences end in ``text``: its sentence-final punctuation before a space or the end.

    >>> sentence_ends("It rained. The river rose! Version 2.1 shipped")
    2
    >>> sentence_ends("雨が降った。川が増水した。")
    2
    """
    return len(_SENTENCE_END.findall(text))


def is_prose(text: str, words: int | None = None) -> bool:
    """Whether ``text`` reads as an article paragraph rather than a label, link or headline.

    >>> is_prose("Guan said China had played a positive role in the talks.")
    True
    >>> is_prose("Skip to main content")
    False
    """
    if words is None:
        words = word_count_up_to(text, 25)
    return (words >= 6 and ends_sentence(text)) or words >= 25


BULLET = regex.compile(r"^[*+•·▪►‣◦-]\s")
"""A bulleted list item as extractors write it: a bullet character, then a space."""
_NUMBERED = regex.compile(r"^\d{1,3}[.)]\s")
# "Label: value", the label a few words without sentence punctuation; a full-width colon ("東京1区：")
# needs no space after it. Texts in a script without spaces also set a label in Latin capitals
# before the value with a space alone ("DF 町田浩樹、谷口彰悟": a line-up's positions).
_FIELD = regex.compile(
    r"^(?P<label>[^\s:：.!?][^:：.!?]{0,40}?)\s?(?::\s+|：\s*)(?P<value>\S.*)$"
    rf"|^(?P<label>\p{{Lu}}{{1,4}})\s+(?P<value>{_UNSPACED_CLASS}.*)$",
    flags=regex.DOTALL,
)
_LABEL_MAX_WORDS = 4


LIST_ITEM = regex.compile(BULLET.pattern + "|" + _NUMBERED.pattern)
"""The opening of a list item: a bullet or an item number ("3. "), then a space."""


def is_list_item(text: str) -> bool:
    """Whether ``text`` opens with a bullet or an item number, as a list item does.

    >>> [is_list_item(t) for t in ("- Pack light", "3. Book early", "10 ways to pack light")]
    [True, True, False]
    """
    return LIST_ITEM.match(text) is not None


def is_structured(text: str) -> bool:
    """Whether ``text`` is an item of a structure: a list item, a table row or a ``Label: value`` field.

    Such items repeat legitimately (each product of a roundup has its ``Price:``; each city of a
    comparison the same list of figures), where a repeated prose paragraph is a repeated scrape.

    >>> [is_structured(t) for t in ("- Median days on market (2024)", "2) Preheat the oven", "Price: Free")]
    [True, True, True]
    >>> [is_structured(t) for t in ("The minister said: we will act.", "Sign up for our newsletter")]
    [False, False]
    """
    if is_list_item(text) or is_table_row(text):
        return True
    # A field's value is a phrase; "The minister said: we will act." is a sentence.
    return field(text) is not None and not ends_sentence(text)


def field(text: str) -> tuple[str, str] | None:
    """The label and the value of a ``Label: value`` line, or ``None`` when ``text`` is none.

    The label is one to four words without sentence punctuation, then a colon (French sets a space
    before it). In a script without spaces, a label in Latin capitals before the value needs no colon.

    >>> field("Referee: Michael Oliver"), field("Paris : PS"), field("DF 町田浩樹、谷口彰悟")
    (('Referee', 'Michael Oliver'), ('Paris', 'PS'), ('DF', '町田浩樹、谷口彰悟'))
    >>> field("The minister said it plainly: we will act."), field("UK inflation falls")
    (None, None)
    """
    found = _FIELD.match(text)
    if found is None:
        return None
    label = found.group("label").strip()
    return (label, found.group("value")) if word_count(label) <= _LABEL_MAX_WORDS else None


# Source code, a shell command or a configuration entry: brackets, statement ends, assignments
# and comparisons, a prompt or comment marker, a statement keyword or a command opening the line,
# an option flag, a call, box drawing, or a lowercase ``key: value`` entry. Menu labels and
# headlines, the other short lines between paragraphs, rarely have any of these.
_CODE = regex.compile(
    r"[{}\[\];=<>`\\│]"
    r"|^\s*[$#>]\s"
    r"|^\s*(?:def|class|import|return|from|const|let|var|func|fn|pub|if|for|while"
    r"|sudo|pip|npm|git|docker|curl|cd|ls|echo)\s"
    r"|--[a-z]|\w\(|\w\.\w+\("
    r"|^\s*-?\s*[a-z_][\w.-]*:(?:\s+\S+)?$"
)


def is_code_line(text: str) -> bool:
    """Whether ``text`` looks like a line of source code, a shell command or a configuration entry.

    >>> [is_code_line(t) for t in ("x = load(path)", "$ pip install newsclean", "retries: 3")]
    [True, True, True]
    >>> [is_code_line(t) for t in ("Politics", "Tags: Climate", "Talks resume (officials said).")]
    [False, False, False]
    """
    return _CODE.search(text) is not None


def is_table_row(text: str) -> bool:
    """A row of a table as extractors write it: cells between vertical bars.

    >>> is_table_row("| Result of a course | Result of an exam |"), is_table_row("Prices | Markets")
    (True, False)
    """
    return len(text) > 1 and text[0] == "|" and text.rstrip()[-1] == "|"


def is_headline_like(text: str, words: int | None = None) -> bool:
    """A short line without terminal punctuation, as headlines and link texts are (a table row is not).

    >>> is_headline_like("China Ready to Work With Russia on Post-War Reconstruction in Syria")
    True
    """
    if words is None:
        words = word_count_up_to(text, 26)
    return (
        3 <= words <= 25
        and not ends_sentence(text)
        and not text.endswith((",", ";", ":"))
        and not is_table_row(text)
    )


# A breadcrumb trail laid out as a numbered list: the home page first ("1. Home", "1. HOME >"),
# then the sections down to the page, each a short item numbered on ("2. Guides", "3. ...").
_HOME_CRUMB = regex.compile(
    r"1\s?[.)]\s*(?:home(?:\s?page)?|startseite|accueil|inicio|início|главная|ホーム|首页|首頁|홈"
    r"|الرئيسية|صفحه اصلی|خانه)\s*[>›»/]?",
    regex.IGNORECASE,
)
_CRUMB_ITEM = regex.compile(r"(?P<n>\d{1,2})\s?[.)]\s")
_CRUMB_MAX_WORDS = 16


def crumb_trail(lines: Sequence[str]) -> int:
    """How many of ``lines``, from the first, make a breadcrumb trail laid out as a numbered list.

    The home page comes first, then items numbered on: two lines at least, else none.

    >>> crumb_trail(["1. Home", "2. Guides", "3. Why rents rise in spring", "Why rents rise in spring"])
    3
    >>> crumb_trail(["1. Home", "Why rents rise in spring"])
    0
    >>> crumb_trail(["1. Homemade bread", "2. Butter"])
    0
    """
    if not lines or _HOME_CRUMB.fullmatch(lines[0].strip()) is None:
        return 0
    n = 1
    for line in lines[1:]:
        item = _CRUMB_ITEM.match(line)
        if item is None or int(item.group("n")) != n + 1 or word_count(line) > _CRUMB_MAX_WORDS:
            break
        n += 1
    return n if n >= 2 else 0


# The heading of an article's list of sources, as a whole line of a few words.
_SOURCES = regex.compile(
    r"[\W_]*(?:(?:article\s)?(?:sources?|references?|citations?|bibliography|works\scited|footnotes"
    r"|sources\sand\sreferences)"
    r"|quellen|quellenangaben|einzelnachweise|références|bibliographie|fuentes|referencias|bibliografía"
    r"|fontes|referências|bibliografia|fonti|riferimenti|bronnen|źródła|przypisy|источники"
    r"|список\sлитературы|джерела|zdroje|použité\szdroje|källor|kilder|lähteet|források|surse"
    r"|kaynaklar|kaynakça|referensi|rujukan|tài\sliệu\stham\skhảo|πηγές|източници|izvori|извори|viri"
    r"|स्रोत|संदर्भ|المصادر|المراجع|منابع|מקורות|出典|参考文献|参考资料|參考資料|资料来源|資料來源|출처|참고문헌)"
    r"[\W_]*",
    regex.IGNORECASE,
)
_SOURCES_WORDS = 3
MAX_SOURCES = 6
"""The entries of a short list of sources at most: an article's own; a long one is as often a
site's reading list, which a page prints below its articles."""
# A citation: numbered or bulleted, or naming a link, a year or a quoted title.
_CITATION = regex.compile(
    rf"{BULLET.pattern}|^\[?\d{{1,3}}\]?\.?\s|https?://|\b(?:1[89]|20)\d\d\b|[“\"«].{{3,}}[”\"»]"
)


def sources_heading(text: str) -> bool:
    """Whether ``text`` is the heading of an article's list of sources.

    >>> sources_heading("Sources"), sources_heading("Zdroje:"), sources_heading("Sources say the deal is off")
    (True, True, False)
    """
    return word_count(text) <= _SOURCES_WORDS and _SOURCES.fullmatch(text) is not None


def is_citation(text: str) -> bool:
    """Whether ``text`` reads as an entry of a list of sources: numbered or bulleted, or naming a
    link, a year or a quoted title.

    >>> is_citation("- Port authority, annual report"), is_citation("Harbour strike called off")
    (True, False)
    """
    return _CITATION.search(text) is not None


def sources_above(above: Iterable[str]) -> int | None:
    """How many citations stand between a line and the heading of a list of sources above it, reading
    the lines above upwards from the nearest; ``None`` when the line is in no list of sources.

    >>> sources_above(["- Port report, 2024", "Sources", "The port grew."])
    1
    >>> sources_above(["Harbour strike called off", "Sources"]) is None
    True
    """
    for count, text in enumerate(above):
        if sources_heading(text):
            return count
        if not is_citation(text):
            return None
    return None
