"""Segments around the article in another script, or long enough to be judged in another language.

What the article quotes stays wherever it stands: a line in another script between its own
paragraphs, lines taking turns with its own (a text beside its translation), a line set in
quotation marks (a post or a statement quoted verbatim, often the first or last paragraph), and a
line a sentence of the article introduces with a colon. The article's language is judged without
its quotations when they hold much of its prose, so a long quote does not make a short article
foreign to itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category, Segment
from newsclean.text.detect import JAPANESE, LanguageGuess, detect_language, script_counts, script_languages
from newsclean.text.quotes import is_quotation
from newsclean.text.stopwords import stopword_share, top_stopword_share

# Share of a segment's letters that must be in the body's script for it to count as the body's.
_BODY_SCRIPT_SHARE = 0.2
# Scripts a body script legitimately contains: Japanese prose has kanji-only lines.
_COMPATIBLE: dict[str, frozenset[str]] = {JAPANESE: frozenset({JAPANESE, "Han", "Hiragana", "Katakana"})}
# A sentence in a language with a stop-word list has at least this share of its stop words.
_MIN_OTHER_STOPWORD_SHARE = 0.15
# Below this share of the body language's stop words a same-script segment is worth a language check.
_LOW_STOPWORD_SHARE = 0.12
# A same-script segment is judged by language only when the article's own stop words confirm at
# least this share of its prose (by characters): otherwise the article's language is itself a guess
# (a language langdetect does not know, a dialect), and its segments would be judged against it.
_MIN_CONFIRMED_SHARE = 0.5
# Runs of at most this many lines, this many in a row, alternate between the article's script and
# another: the other script is part of the text (see _interleaved).
_MAX_TURN_LINES = 3
_MIN_TURNS = 6
# When quotations hold at least this share of the prose's characters, the article's language is
# judged again without them: a long quote in a short article outweighs the article's own prose.
_QUOTED_SHARE = 1 / 3
# A line in the article's script ending in a colon with this many words introduces the sentence
# below it ("The ambassador wrote on X:"); a label with fewer ("Follow us:") introduces links.
_SHORT_INTRO_WORDS = 3
_COLONS = (":", "：", "፦")


@dataclass
class _Languages:
    """Languages of one document's segments, each detected at most once (local to one judge call)."""

    doc: Document
    found: dict[int, LanguageGuess] = field(default_factory=dict)

    def __call__(self, index: int) -> LanguageGuess:
        guess = self.found.get(index)
        if guess is None:
            config = self.doc.config
            guess = detect_language(
                self.doc.segments[index].text,
                max_chars=config.language_sample_chars,
                backend=config.langid_backend,
            )
            self.found[index] = guess
        return guess


class ForeignLanguage(Cleaner):
    """Remove headers, mottos and banners written in another script or language than the article."""

    name = "foreign_language"
    category = Category.FOREIGN_LANGUAGE

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for segments whose script or language differs from the document's."""
        article = _article_language(doc)
        body_script = article.script
        body_language = article.language
        if body_script is None:
            return ()
        language = _Languages(doc)
        verdicts = []
        first, last = _confirmed_span(doc, body_language)
        # Worked out only for a line about to go: counting the whole prose's stop words takes a while.
        confirmed_share: float | None = None
        compatible = _COMPATIBLE.get(body_script, frozenset({body_script}))
        script_first, script_last = _script_span(doc, compatible)
        # Lines in two scripts taking turns (lyrics over their romanisation, a text beside its
        # translation) are the text itself.
        taking_turns = _interleaved(doc, removed, compatible)
        quoted = _quoted(doc, removed, compatible)
        for seg in doc.segments:
            if seg.index in removed or seg.script is None or seg.index in quoted:
                continue
            if seg.script not in compatible:
                # Between two of the article's own paragraphs, a line in another script is one the
                # article quotes (a poem, a name, a note); site headers and banners sit around it.
                if script_first < seg.index < script_last or seg.index in taking_turns:
                    continue
                counts = script_counts(seg.text)
                total = sum(counts.values())
                own = sum(counts[name] for name in compatible)
                if seg.words >= 2 and own < _BODY_SCRIPT_SHARE * total:
                    guess = language(seg.index)
                    verdicts.append(
                        Verdict(
                            (seg.index,),
                            f"Written in {seg.script} script while the article is in {body_script}.",
                            language=guess.language,
                            script=seg.script,
                        )
                    )
            elif (
                body_language is not None
                # Between two paragraphs confirmed in the article's language, a same-script line is
                # the article's (a table, a list of names); banners and mottos sit around the article.
                and not first < seg.index < last
                and self._other_language(doc, seg.index, body_language, language)
            ):
                if confirmed_share is None:
                    confirmed_share = _confirmed_share(doc, body_language)
                if confirmed_share < _MIN_CONFIRMED_SHARE:
                    continue
                guess = language(seg.index)
                verdicts.append(
                    Verdict(
                        (seg.index,),
                        f"Written in language {guess.language!r} while the article is in {body_language!r}.",
                        language=guess.language,
                        script=seg.script,
                    )
                )
        return verdicts

    @staticmethod
    def _other_language(doc: Document, index: int, body_language: str, language: _Languages) -> bool:
        text = doc.segments[index].text
        if len(text) < doc.config.min_foreign_chars:
            return False
        body_share = stopword_share(text, body_language)
        if body_share is not None and body_share >= _LOW_STOPWORD_SHARE:
            return False
        # Names, tables and figures fool character n-grams: a line in another language has that
        # language's function words, and more of them than of the article's. A language without a
        # stop-word list cannot be confirmed, so the segment stays; and when no other language of
        # its script has enough function words, no guess could be confirmed and none is made.
        script = doc.segments[index].script or ""
        if not _confirmable(top_stopword_share(text, script_languages(script) - {body_language}), body_share):
            return False
        guess = language(index)
        if guess.language in (None, body_language) or guess.score < doc.config.foreign_min_score:
            return False
        other_share = stopword_share(text, guess.language)
        return other_share is not None and _confirmable(other_share, body_share)


def _quoted(doc: Document, removed: Mapping[int, Category], scripts: frozenset[str]) -> set[int]:
    """The lines the article quotes in another language, wherever they stand.

    A line set in quotation marks ("“We will rebuild every school,” the minister wrote on X."):
    a statement or a post the article quotes verbatim, often as its first or last paragraph.
    A line a sentence in the article's script introduces with a colon, and the rest of its block:
    "The crowd chanted the slogan heard at every rally since the war began:", then the slogan in
    its own language and script. A shorter line ending in a colon ("The ambassador wrote on X:")
    introduces only a sentence: under a label ("Follow us:") come links, and they still go.
    """
    quoted: set[int] = set()
    for seg in doc.segments:
        if seg.index in removed:
            continue
        if is_quotation(seg.text):
            quoted.add(seg.index)
            continue
        above = doc.segments[seg.index - 1] if seg.index > 0 else None
        if above is None or above.index in removed or above.script not in scripts:
            continue
        if doc.introduced(seg.index, removed):
            quoted.update(s.index for s in doc.segments[seg.index :] if s.block == seg.block)
        elif doc.prose[seg.index] and _introduces(above):
            quoted.add(seg.index)
    return quoted


def _article_language(doc: Document) -> LanguageGuess:
    """The article's language, judged without its quotations when they hold much of its prose.

    "The ambassador wrote on X:" and his long English post under two short paragraphs in
    Amharic: the post's Latin letters outnumber the article's own, yet the article is in Amharic.
    A quotation is a line in quotation marks, or a sentence a line ending in a colon introduces.
    """
    prose = [seg.text for seg in doc.segments if doc.prose[seg.index]]
    own = [
        seg.text
        for seg in doc.segments
        if doc.prose[seg.index]
        and not is_quotation(seg.text)
        and not (seg.index > 0 and _introduces(doc.segments[seg.index - 1]))
    ]
    quoted_chars = sum(map(len, prose)) - sum(map(len, own))
    if not own or quoted_chars < _QUOTED_SHARE * sum(map(len, prose)):
        return doc.language
    config = doc.config
    guess = detect_language(
        "\n".join(own), max_chars=config.language_sample_chars, backend=config.langid_backend
    )
    return guess if guess.script is not None else doc.language


def _introduces(seg: Segment) -> bool:
    """Whether a line ends in a colon after enough words to introduce a sentence, not links."""
    return seg.words >= _SHORT_INTRO_WORDS and seg.text.endswith(_COLONS)


def _confirmable(other_share: float, body_share: float | None) -> bool:
    """Whether another language's share of stop words outweighs the article language's."""
    return other_share >= _MIN_OTHER_STOPWORD_SHARE and (body_share is None or other_share > body_share)


def _script_span(doc: Document, scripts: frozenset[str]) -> tuple[int, int]:
    """First and last prose segment written in one of the article's scripts (or -1, -1)."""
    inside = [i for i, seg in enumerate(doc.segments) if doc.prose[i] and seg.script in scripts]
    return (inside[0], inside[-1]) if inside else (-1, -1)


def _interleaved(doc: Document, removed: Mapping[int, Category], scripts: frozenset[str]) -> set[int]:
    """The lines in other scripts that take turns with the article's, line by line or two by two.

    Lyrics over their romanisation and a text beside its translation alternate in short runs
    (at most three lines each, at least three runs of each script in a row); a site's header in
    another script is one block, and a site's menu labels in another script sit among long runs.
    """
    runs: list[tuple[bool, list[int]]] = []
    for seg in doc.segments:
        if seg.index in removed or seg.script is None:
            continue
        own = seg.script in scripts
        if runs and runs[-1][0] == own:
            runs[-1][1].append(seg.index)
        else:
            runs.append((own, [seg.index]))
    taking_turns: set[int] = set()
    ladder: list[tuple[bool, list[int]]] = []
    for run in [*runs, (False, [])]:
        if 0 < len(run[1]) <= _MAX_TURN_LINES:
            ladder.append(run)
            continue
        if len(ladder) >= _MIN_TURNS:
            taking_turns.update(i for own, lines in ladder if not own for i in lines)
        ladder = []
    return taking_turns


def _confirmed_share(doc: Document, language: str) -> float:
    """Share of the prose's characters in segments whose stop words confirm ``language``."""
    total = confirmed = 0
    for index, seg in enumerate(doc.segments):
        if doc.prose[index]:
            total += len(seg.text)
            if (stopword_share(seg.text, language) or 0.0) >= _LOW_STOPWORD_SHARE:
                confirmed += len(seg.text)
    return confirmed / total if total else 0.0


def _confirmed_span(doc: Document, language: str | None) -> tuple[int, int]:
    """First and last prose segment whose stop words confirm the article's language (or -1, -1)."""
    if language is None:
        return -1, -1

    def confirmed(index: int) -> bool:
        share = stopword_share(doc.segments[index].text, language) if doc.prose[index] else None
        return (share or 0.0) >= _LOW_STOPWORD_SHARE

    n = len(doc.segments)
    first = next((i for i in range(n) if confirmed(i)), None)
    if first is None:
        return -1, -1
    # The first confirmed segment is the last one too when no later segment is confirmed.
    return first, next((i for i in range(n - 1, first, -1) if confirmed(i)), first)
