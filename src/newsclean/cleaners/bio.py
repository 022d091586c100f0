"""Author bios: "Jane Doe is a reporter for The Daily Post covering ..." closing an article.

A bio names a person (or a desk: "The Metro Desk is a team of journalists"), credentials
may follow ("Ann Lee, MD, FACP, is ..."), then says what they are: a writer, reporter or
editor, a contributor, the founder, owner or an officer of the business whose page it is (a
director, a partner, a sales executive), or the profession a guest author writes from (a
physician, a consultant, a professor); some pages set it in parentheses. A writer's, founder's
or officer's bio may call them by the first name alone ("Ann is a freelance writer ...", or in
the first person: "I'm Ann, a certified dietitian ...", or by what they do: "Ann covers housing
...", "Ann Lee co-founded ...") when an author box prints the full name just above or below
it. A bio may also open with the job title, the name standing above it ("Executive Editor at
The Post. Technology journalist since 2008, ...").
It closes the article: it is one of the last two prose paragraphs still kept, or what follows
it does not go on in paragraphs (cards with one-line blurbs), and it stands below at least
three paragraphs of the article. A staff writer's bio that names the publication ("Ann Lee is a
reporter for The Post who covers ...") closes it anywhere in the text's second half when no
paragraph follows right under it (a box of event cards may, further down). Higher up,
the same sentence introduces someone the article is about ("Ann Lee is a typography expert who
will guide you through the course") and stays; so does a sentence that reports speech ("...,
said Ann Lee, an analyst").
A bio by the full name that no byline above (a short header line holding the whole name) and
no name line right above it sign as the author's introduces someone the story is about when
the story goes on under it: the next line is a sentence, however short, that quotes someone,
reports speech, or calls someone "she" or "he" in the text's language ("When she retires,
nobody will take the shop over."). It stays, and so does what follows it.
A bio printed more than once (the author box under each entry of a live blog) goes wherever
it stands.
The paragraphs right after a bio that go on about its subject ("Ann holds an MBA ...", "She
lives in Leeds ...", but not quoting anyone or reporting speech) leave with it, and so does a
heading just above it ("About the author", or the subject's name set as a heading).
The wording is English, and for a bio's plain form ("Anna Weber ist Redakteurin ...") and its
heading also German, French, Spanish, Italian and Portuguese.

The site's own box goes wherever it stands (``author_bio.site-box``, a publisher's notice): a
heading "About" the site the URL's host names ("About Harbourline" on harbourline.com) and the
paragraphs right under it that open with that name ("Harbourline is a ferry operator ...").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners import article_end
from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.text.features import ends_sentence
from newsclean.text.slug import name_key, site_name

# The site's own box: "About Harbourline" (a heading of a few words) and up to two paragraphs
# under it that open with the site's name, which has at most four words ("Class Central").
_ABOUT_SITE = regex.compile(r"^\W*about\s+(?:the\s+)?(?P<name>\S.{0,40}?)\W*$", regex.IGNORECASE)
_SITE_BOX_HEADING_WORDS = 6
_SITE_BOX_PARAGRAPHS = 2
_SITE_NAME_MAX_WORDS = 4
_SITE_BOX_REASON = "The site's own box, 'About' the site, and the lines under it that describe it."

_NAME = (
    r"(?:[Tt]he\s)?(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s)?\p{Lu}[\p{L}'’.-]*"
    r"(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|der|di|du|dos|das|bin)){1,3}"
    r"(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?){0,5}"
)
# What a bio says its subject is: a role in writing and publishing, in the publishing business or
# as an officer of the business whose page it is, or a profession a guest author writes from.
_ROLE = (
    r"(?i:writer|reporter|editor|journalist|correspondent|contributor|author|columnist|freelancer?"
    r"|blogger|copywriter|critic|producer|photographer|analyst|expert|founder|co-founder|owner|CEO"
    r"|physician|doctor|surgeon|nurse|dietitian|nutritionist|therapist|psychologist|consultant|professor"
    r"|researcher|scientist|lecturer|attorney|lawyer|coach|engineer|designer|developer|marketer|strategist"
    r"|specialist|practitioner|pharmacist|economist|advisor|adviser|planner|director|manager|executive"
    r"|president|partner|officer)s?"
)
_BIO = regex.compile(
    rf"^\(?(?P<name>{_NAME}),?\s(?:is|was|has\sbeen|serves\sas)\s(?:an?\s|the\s)?(?:[\p{{L}}-]+,?\s){{0,6}}?{_ROLE}\b"
)
# The same in German, French, Spanish, Italian and Portuguese, for the roles in writing and
# publishing and a guest author's expertise: "Anna Weber ist Redakteurin im Ressort Wirtschaft",
# "Marie Dupont est journaliste au service politique", "Jan Roth ist ERP-Experte mit ...".
_ROLE_OTHER = (
    r"(?i:redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|reporter(?:in)?"
    r"|kolumnist(?:in)?|journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|auteur|autrice"
    r"|periodista|redact(?:or|ora)|corresponsal|reporter[oa]|columnista|autora?|giornalista"
    r"|redat(?:tore|trice)|corrispondente|inviat[oa]|editorialista|autore|jornalista|redat(?:or|ora)"
    r"|correspondente|repórter|colunista"
    r"|expert(?:e|in)?|berater(?:in)?|gründer(?:in)?|geschäftsführer(?:in)?|consultante?|fondat(?:eur|rice)"
    r"|experto|experta|consultora?|fundadora?|espert[oa]|consulente|fondat(?:ore|rice)|especialista)"
)
_BIO_OTHER = regex.compile(
    rf"^\(?(?P<name>{_NAME}),?\s(?:ist|war|est|était|es|era|è|é|foi)\s"
    r"(?:(?:ein|eine|der|die|un|une|le|la|el|il|lo|um|uma|o|a)\s)?(?:[\p{L}-]+,?\s){0,6}?"
    rf"(?:[\p{{L}}\d]+-)?{_ROLE_OTHER}\b"
)
# The roles of a publication's own writers.
_WRITER = r"(?i:writer|reporter|editor|journalist|correspondent|columnist|contributor)"
# A bio may call its subject by the first name alone ("Irene is a freelance writer ...") when an
# author box prints the full name next to it: a name line a few lines above or just below that
# opens with the same first name. The role must then be a writer's, a founder's or an officer's:
# "Veed is an online video editor" or "Valve is a game developer" under a heading that names them
# is a product. In the first person ("I'm Ann, a certified dietitian ...") no product speaks, so
# every role counts.
_FIRST_NAME_BIO = regex.compile(
    r"^(?P<name>\p{Lu}\p{Ll}+),?\s(?:is|was|has\sbeen|serves\sas)\s(?:an?\s|the\s)?(?:[\p{L}-]+,?\s){0,6}?"
    r"(?i:writer|reporter|journalist|correspondent|contributor|columnist|freelancer?|blogger|copywriter"
    r"|(?:co-)?founder|CEO|director|manager|executive|president|partner)s?\b"
)
# ... or say what they do: "Tim explores the ethics of ...", "Sean Peek co-founded a small business",
# how long they have done it ("Lisa has over 20 years of experience in tax preparation"), or what
# they are where they work ("Kaavya is a creative enthusiast at ProServeIT").
_VERB_BIO = regex.compile(
    r"^(?P<name>\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{Ll}'’-]+)?\s(?:covers|writes\s(?:about|for|on)|reports\son"
    r"|has\s(?:written|covered|reported)|(?:co-)?founded|explores|speciali[sz]es\sin|focuses\son"
    r"|has\s(?:over\s|more\sthan\s|nearly\s|almost\s)?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten"
    r"|fifteen|twenty|thirty)\s(?:years|decades)\sof\s(?:experience|expertise)"
    r"|is\san?\s(?:[\p{L}-]+\s){0,4}?(?:at|with)\s(?=\p{Lu}))\b"
)
_FIRST_PERSON_BIO = regex.compile(
    rf"^(?:(?:Hi|Hello|Hey)(?:\sthere)?[,!]?\s)?I['’]m\s(?P<name>\p{{Lu}}\p{{Ll}}+),\s(?:an?\s|the\s)?"
    rf"(?:[\p{{L}}-]+,?\s){{0,6}}?(?:{_ROLE}|trainers?)\b"
)
# An author box may print the job title first, the name standing on a line of its own: "Executive
# Editor at The Post. Technology journalist since 2008, ...". A second sentence must follow: the
# title alone is a byline's.
_TITLE_FIRST_BIO = regex.compile(
    rf"^(?:\p{{Lu}}[\p{{L}}-]*\s){{0,3}}{_WRITER}\s(?:at|for|with)\s\p{{Lu}}[^.!?]{{0,60}}[.!?]\s+\p{{Lu}}"
)
# A staff writer's bio names the publication: "Ann Lee is a reporter for The Post who covers ...".
# In the text's second half it closes the article when no paragraph follows right under it
# (event cards or sponsored teasers may).
_STAFF_BIO = regex.compile(
    rf"^\(?{_NAME},?\s(?:is|was)\s(?:an?\s|the\s)?(?:[\p{{L}}-]+\s){{0,4}}?{_WRITER}\s(?:at|for|with|of)\s"
    r"(?:the\s)?\p{Lu}"
)
_NAMED_ABOVE = 4
_NAMED_BELOW = 2
_PRINTED_REASON = "An author bio printed more than once: the author box of each entry."
_REPORTED = regex.compile(
    r"\b(?:said|says|told|according\sto|sagte|sagt|erklärte|laut|a\sdéclaré|déclare|selon|dijo|afirmó"
    r"|según|ha\sdetto|secondo|disse|afirmou|segundo)\b|\bdit\b",
    regex.IGNORECASE,
)
_HEADING = regex.compile(
    r"(?:about|meet)\s(?:the\s|our\s|this\s)?(?:authors?|writers?|contributors?|reporters?)|authors?|written\sby"
    r"|über\s(?:den\sautor|die\sautorin)|zu[mr]\sautor(?:in)?|à\spropos\sde\sl'auteur|sobre\s(?:el\sautor|la\sautora"
    r"|o\sautor|a\sautora)|sull'autore",
    regex.IGNORECASE,
)
_TRIM = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
# A text flattened from the page may run the box's heading into the bio: "About the Author Jorge
# Diaz is a writer at ...". The heading is then read past; the name must follow with a capital.
_RUN_IN = regex.compile(rf"^(?i:{_HEADING.pattern})\s*[:.\u2014\u2013-]?\s+(?=\p{{Lu}})")
_MAX_WORDS = 150
_HEADING_WORDS = 4
# The bio is one of this many last prose paragraphs kept (paragraphs that go on about its
# subject, "Karina holds an MBA ...", "She lives in Denver ...", count with it) ...
_LAST_PARAGRAPHS = 2
# ... below at least this many paragraphs of the article.
_ARTICLE_PARAGRAPHS = 3
# A paragraph goes on about the bio's subject when it names them among its first words or opens
# with a pronoun; at most this many such paragraphs follow a bio.
_MAX_MORE = 3
_NAME_WITHIN = 12
_NAME_LINE_WORDS = 10
_PRONOUN = regex.compile(
    r"^(?:he|she|they|his|her|their|er|sie|sein|ihr|il|elle|ils|elles|él|ella|lui|lei|ele|ela)\b",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\w+")
# A story going on under a bio-like sentence quotes its subject or calls them "she" or "he"
# (the subject pronouns of the text's language; English's for a language not listed).
# Quoted speech opens the paragraph or follows a colon (a book's title in quotes may stand anywhere).
_SPEECH = regex.compile(r"(?:^|:\s*)[\"“”«„「]")
_SUBJECT_PRONOUN = {
    code: regex.compile(rf"\b(?:{words})\b", regex.IGNORECASE)
    for code, words in {
        "en": "he|she",
        "de": "er|sie",
        "fr": "il|elle",
        "es": "él|ella",
        "it": "lui|lei|egli|ella",
        "pt": "ele|ela",
        "nl": "hij|zij",
    }.items()
}
_TITLES = frozenset({"the", "dr", "prof", "mr", "ms", "mrs"})


def is_bio(text: str) -> bool:
    """Whether ``text`` reads as an author bio (wherever it stands).

    >>> is_bio("Dana Whit is a freelance writer based in Leeds who covers housing.")
    True
    >>> is_bio("Dana Whit is a freelance writer, her lawyer said on Monday.")
    False
    >>> is_bio("The committee is an advisory body of the ministry.")
    False
    """
    return _subject(text) is not None


def _subject(text: str) -> str | None:
    """The name a bio starts with, or ``None`` when ``text`` is no bio."""
    text = _RUN_IN.sub("", text, count=1)
    found = _BIO.match(text) or _BIO_OTHER.match(text)
    if found is None or _REPORTED.search(text) is not None:
        return None
    return found.group("name")


class AuthorBio(Cleaner):
    """Remove an author bio that closes the article, with its "About the author" heading."""

    name = "author_bio"
    category = Category.METADATA

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """A verdict for each closing bio, with the paragraphs after it that go on about its subject."""
        verdicts: list[Verdict] = []
        box = _site_box(doc, removed)
        if box:
            verdicts.append(
                Verdict(box, _SITE_BOX_REASON, rule="author_bio.site-box", category=Category.PUBLISHER)
            )
            removed = {**removed, **dict.fromkeys(box, Category.PUBLISHER)}
        prose = [i for i in range(len(doc.segments)) if doc.prose[i] and i not in removed]
        # For each kept line, whether the article goes on in paragraphs below it (once a bio is found).
        goes_on_after: dict[int, bool] = {}
        # A bio printed more than once is an author box under each entry of a live blog, wherever
        # it stands; it does not close the article (the entries go on), hence its category.
        copies = Counter(doc.segments[i].text for i in prose if doc.segments[i].words <= _MAX_WORDS)
        printed = tuple(
            i for i in prose if copies[doc.segments[i].text] > 1 and _subject(doc.segments[i].text)
        )
        if printed:
            verdicts.append(Verdict(printed, _PRINTED_REASON, category=Category.REPEATED))
        position = _ARTICLE_PARAGRAPHS
        while position < len(prose):
            seg = doc.segments[prose[position]]
            full = _subject(seg.text) if seg.words <= _MAX_WORDS else None
            name = full or _first_name(doc, seg.index) if seg.words <= _MAX_WORDS else None
            if name is None and seg.words <= _MAX_WORDS and _title_first(seg.text):
                name = ""  # no name: only paragraphs opening with a pronoun go on about them
            if name is None:
                position += 1
                continue
            names = _names(name)
            block = [prose[position]]
            for j in prose[position + 1 : position + 1 + _MAX_MORE]:
                if not _about(doc.segments[j].text, doc.segments[j].words, names):
                    break
                block.append(j)
            if not goes_on_after:
                kept = [s.index for s in doc.segments if s.index not in removed]
                going = article_end.goes_on(doc, kept, removed)
                goes_on_after = {i: going[k + 1] for k, i in enumerate(kept)}
            # A bio by the full name alone, with no byline or name line naming its subject the
            # author, may be someone the story is about: the story goes on under it.
            if (
                full is not None
                and not _signed(doc, removed, block[0], names)
                and _story_goes_on(doc, block[-1], removed)
            ):
                position += len(block)
                continue
            if (
                len(prose) - position - len(block) < _LAST_PARAGRAPHS
                or not goes_on_after[block[-1]]
                or (
                    _STAFF_BIO.match(seg.text) is not None
                    and 2 * position >= len(prose)
                    and not _paragraph_follows(doc, block[-1], removed)
                )
            ):
                above = block[0] - 1
                if (
                    above >= 0
                    and above not in removed
                    and (_is_heading(doc, above) or _is_name_line(doc, above, names))
                ):
                    block.insert(0, above)
                verdicts.append(
                    Verdict(tuple(block), "An author bio closing the article.", script=seg.script)
                )
            position += len(block)
        return verdicts


def _site_box(doc: Document, removed: Mapping[int, Category]) -> tuple[int, ...]:
    """The site's own box: a heading "About <the site>" and the paragraphs under it that open
    with the site's name ("About Harbourline", "Harbourline is a ferry operator ...").

    The site's name comes from the URL's host; no article calls a section of itself so.
    """
    name = site_name(doc.url)
    if not name:
        return ()
    kept = [seg for seg in doc.segments if seg.index not in removed]
    found: list[int] = []
    for k, seg in enumerate(kept):
        if seg.words > _SITE_BOX_HEADING_WORDS:  # a cheap test first: the pattern allows no more
            continue
        heading = _ABOUT_SITE.match(seg.text)
        if heading is None or name_key(heading.group("name")) != name:
            continue
        found.append(seg.index)
        for below in kept[k + 1 : k + 1 + _SITE_BOX_PARAGRAPHS]:
            words = below.text.split(maxsplit=_SITE_NAME_MAX_WORDS)
            if not any(name_key(" ".join(words[:n])) == name for n in range(1, _SITE_NAME_MAX_WORDS + 1)):
                break
            found.append(below.index)
    return tuple(found)


def _first_name(doc: Document, index: int) -> str | None:
    """The full name of a writer whose bio opens with the first name, from a name line near it."""
    text = doc.segments[index].text
    found = _FIRST_NAME_BIO.match(text) or _FIRST_PERSON_BIO.match(text) or _VERB_BIO.match(text)
    if found is None or _REPORTED.search(text) is not None:
        return None
    first = found.group("name")
    full = regex.compile(rf"\b{regex.escape(first)}\s(?:\p{{Lu}}\.\s)?\p{{Lu}}[\p{{Ll}}'’-]+")
    lines = range(max(0, index - _NAMED_ABOVE), min(len(doc.segments), index + 1 + _NAMED_BELOW))
    for near in lines:
        seg = doc.segments[near]
        if near != index and seg.words <= _NAME_LINE_WORDS:
            named = full.search(seg.text)
            if named is not None:
                return named.group()
    return None


def _paragraph_follows(doc: Document, index: int, removed: Mapping[int, Category]) -> bool:
    """Whether the next kept line after ``index`` is a paragraph of prose: the article goes on
    (a story about a reporter names her in a sentence of its own), not a box of cards."""
    after = next((j for j in range(index + 1, len(doc.segments)) if j not in removed), None)
    return after is not None and article_end.is_paragraph(doc, after)


def _story_goes_on(doc: Document, index: int, removed: Mapping[int, Category]) -> bool:
    """Whether the next kept line after ``index`` goes on with a story about the bio's subject:
    a sentence, however short, that quotes someone or reports speech, or calls someone "she" or
    "he" ("When she retires, nobody will take the shop over."). What a page prints under an
    author bio addresses the reader (a prompt, a card's blurb) or names the next author."""
    after = next((j for j in range(index + 1, len(doc.segments)) if j not in removed), None)
    if after is None:
        return False
    text = doc.segments[after].text
    if not (doc.prose[after] or ends_sentence(text)):  # a short sentence closes a story too
        return False
    pronoun = _SUBJECT_PRONOUN.get(doc.language.language or "", _SUBJECT_PRONOUN["en"])
    return (
        _REPORTED.search(text) is not None
        or _SPEECH.search(text) is not None
        or pronoun.search(text) is not None
    )


def _signed(doc: Document, removed: Mapping[int, Category], index: int, names: frozenset[str]) -> bool:
    """Whether the page names a bio's subject as the author: a byline above it (a short line
    the header took as metadata) or the author box's name line right above it holds the name."""
    if len(names) < 2:
        return False
    if index > 0 and index - 1 not in removed and _is_name_line(doc, index - 1, names):
        return True
    return any(
        category is Category.METADATA
        and j < index
        and doc.segments[j].words <= _NAME_LINE_WORDS
        and names <= set(_WORD.findall(doc.segments[j].text))
        for j, category in removed.items()
    )


def _title_first(text: str) -> bool:
    """Whether ``text`` is a bio that opens with its subject's job title (see :data:`_TITLE_FIRST_BIO`)."""
    return _TITLE_FIRST_BIO.match(text) is not None and _REPORTED.search(text) is None


def _names(name: str) -> frozenset[str]:
    """The words of a bio's subject that later paragraphs call them by ("Karina", "Cohen")."""
    # Credentials after a comma ("Ann Lee, MD") are no name to call them by.
    person = name.split(",", maxsplit=1)[0].replace(".", " ")
    return frozenset(w for w in person.split() if len(w) > 1 and w.casefold() not in _TITLES)


def _about(text: str, words: int, names: frozenset[str]) -> bool:
    """Whether a paragraph goes on about a bio's subject: it names them early on, or starts with a
    pronoun. A paragraph that quotes someone or reports speech goes on with a story instead."""
    if words > _MAX_WORDS or _REPORTED.search(text) is not None or _SPEECH.search(text) is not None:
        return False
    return _PRONOUN.match(text) is not None or not names.isdisjoint(_WORD.findall(text)[:_NAME_WITHIN])


def _is_name_line(doc: Document, index: int, names: frozenset[str]) -> bool:
    """Whether the line above a bio is its subject's name, set as a heading (credentials may follow)."""
    if doc.prose[index] or doc.segments[index].words > _NAME_LINE_WORDS:
        return False
    words = _WORD.findall(doc.segments[index].text)
    return len(words) >= 2 and set(words[:2]) <= names


def _is_heading(doc: Document, index: int) -> bool:
    seg = doc.segments[index]
    return (
        not doc.prose[index]
        and seg.words <= _HEADING_WORDS
        and _HEADING.fullmatch(_TRIM.sub("", seg.text)) is not None
    )
