"""Phrase-rule cleaners: one per junk category, each driven by its table in ``rules/data``.

Each segment not yet removed is matched against its category's compiled table; a hit
becomes a verdict naming the rule. A heading rule (``role = "heading"``) fires only on a
short non-prose line directly above a hit, and joins that hit's verdict, so a
"Newsletter: The Morning Brief" heading leaves together with its sign-up line.

Prose is protected by the rules themselves: they are phrased as prompts addressed to
the reader, and ``max_words`` keeps them off long sentences that merely mention a
subscription, a newsletter or a cookie. All these cleaners are ``guarded``: the
pipeline undoes them when together they would take too much of the prose.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.rules import Rule, RuleTable, rule_table
from newsclean.rules.opener import Opener
from newsclean.rules.table import prepare

# How many heading lines may stack above one prompt ("Newsletters" / "The Daily Brief").
_MAX_HEADINGS = 2


class PhraseCleaner(Cleaner):
    """Remove segments matched by the phrase table of ``category``.

    Subclasses set ``name``, ``category`` and ``what`` (a noun phrase for the reason).
    """

    guarded = True
    what: str

    def table(self, doc: Document) -> RuleTable:
        """The compiled table of this category, limited to ``Config.rule_languages``."""
        return rule_table(self.category.value, _languages(doc))

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """One verdict per matched segment (with any heading lines just above it)."""
        table = self.table(doc)
        opened = doc.once("phrase-tables", lambda: _opened(doc, _family(_languages(doc))))
        hits: dict[int, Rule] = {}
        for index, folded, positions in opened.get(self.category, ()):
            if index not in removed:
                rule = table.run(folded, positions)
                if rule is not None:
                    hits[index] = rule
        verdicts = []
        taken: set[int] = set()
        for index, rule in sorted(hits.items()):
            heads = self._headings(doc, table, index, removed, hits, taken)
            taken.update(j for j, _ in heads)
            verdicts.append(self._verdict(doc, index, rule, heads))
        return verdicts

    @staticmethod
    def _headings(
        doc: Document,
        table: RuleTable,
        index: int,
        removed: Mapping[int, Category],
        hits: Mapping[int, Rule],
        taken: set[int],
    ) -> tuple[tuple[int, Rule], ...]:
        """Heading lines stacked directly above the hit at ``index``, top first, with their rules."""
        heads: list[tuple[int, Rule]] = []
        j = index - 1
        while j >= 0 and len(heads) < _MAX_HEADINGS:
            if j in removed or j in hits or j in taken or doc.prose[j]:
                break
            head = table.match_prepared(doc.memo("phrase", j, prepare), role="heading")
            if head is None:
                break
            heads.append((j, head))
            j -= 1
        return tuple(reversed(heads))

    def _verdict(self, doc: Document, index: int, rule: Rule, heads: tuple[tuple[int, Rule], ...]) -> Verdict:
        reason = f"Matches {self.category.value} rule {rule.id}: {self.what}."
        if heads:
            head_ids = ", ".join(dict.fromkeys(head.id for _, head in heads))
            reason += f" The heading above it (rule {head_ids}) goes with it."
        return Verdict(
            (*(j for j, _ in heads), index),
            reason,
            language=None if rule.lang == "*" else rule.lang,
            script=doc.segments[index].script,
            rule=rule.id,
        )


class SiteChrome(PhraseCleaner):
    """Navigation, widgets and page furniture: skip links, clocks, print and link tools, menus."""

    name = "site_chrome"
    category = Category.SITE_CHROME
    what = "site navigation or page furniture, not article text"


class Paywall(PhraseCleaner):
    """Subscription walls, login prompts and commenting-account prompts."""

    name = "paywall"
    category = Category.PAYWALL
    what = "a prompt to sign in or subscribe"


class Newsletter(PhraseCleaner):
    """Newsletter sign-up blocks, with the newsletter heading right above them."""

    name = "newsletter"
    category = Category.NEWSLETTER
    what = "a newsletter sign-up prompt"


class Cookie(PhraseCleaner):
    """Cookie and privacy-consent banners and their buttons."""

    name = "cookie"
    category = Category.COOKIE
    what = "a cookie or consent banner"


class Social(PhraseCleaner):
    """Follow, like and share prompts and rows of share buttons."""

    name = "social"
    category = Category.SOCIAL
    what = "a prompt to follow or share on social media"


class Publisher(PhraseCleaner):
    """Copyright, republishing, about-the-outlet and donation notices."""

    name = "publisher"
    category = Category.PUBLISHER
    what = "a publisher's copyright, republishing or about-us notice"


class Advertisement(PhraseCleaner):
    """Advertisement labels, sponsored-content marks and continue-below-the-ad notices."""

    name = "advertisement"
    category = Category.ADVERTISEMENT
    what = "an advertisement label or notice"


class Comments(PhraseCleaner):
    """Comment counters, comment prompts, comment-form notes and community-guideline links."""

    name = "comments"
    category = Category.COMMENTS
    what = "a comment widget or prompt"


def phrase_cleaners() -> tuple[PhraseCleaner, ...]:
    """The phrase cleaners in their recommended chain order.

    Specific tables run before broad ones, so overlapping wording gets the closest
    category: a newsletter "subscribe" before the paywall's, a paywall "log in to comment"
    before the comment widgets, and the broad menu labels of site chrome last.

    >>> [c.name for c in phrase_cleaners()][:3]
    ['cookie', 'advertisement', 'newsletter']
    """
    return (
        Cookie(),
        Advertisement(),
        Newsletter(),
        Paywall(),
        Comments(),
        Social(),
        Publisher(),
        SiteChrome(),
    )


def _languages(doc: Document) -> tuple[str, ...]:
    return tuple(sorted(set(doc.config.rule_languages)))


def _opened(doc: Document, family: Opener[Category]) -> dict[Category, list[tuple[int, str, list[int]]]]:
    """For each phrase category, the segments (in order) its table could match: each with its
    folded text and the positions of the table's prompt buckets that could fire on it."""
    opened: dict[Category, list[tuple[int, str, list[int]]]] = {}
    for seg in doc.segments:
        prepared = doc.memo("phrase", seg.index, prepare)
        if prepared is None:
            continue
        for category, positions in family.open(prepared).items():
            opened.setdefault(category, []).append((seg.index, prepared.folded, positions))
    return opened


@functools.lru_cache(maxsize=16)
def _family(languages: tuple[str, ...]) -> Opener[Category]:
    """One opener over every phrase table's prompt buckets: one look per segment for all eight."""
    return Opener.build(
        (cleaner.category, rule_table(cleaner.category.value, languages).role_buckets("prompt"))
        for cleaner in phrase_cleaners()
    )
