"""The phrase-rule cleaner: one per junk category that has a table in ``rules/data``.

Each segment not yet removed whose category's table fires on it (the document's
:attr:`~newsclean.cleaners.views.Views.phrase_hits`) becomes a verdict naming the rule. A heading
rule (``role = "heading"``) fires only on a short non-prose line directly above a hit, and
joins that hit's verdict, so a "Newsletter: The Morning Brief" heading leaves together with
its sign-up line.

Prose is protected by the rules themselves: they are phrased as prompts addressed to
the reader, and ``max_words`` keeps them off long sentences that merely mention a
subscription, a newsletter or a cookie. A rule that may match anywhere in a segment does not
take a sentence that reports speech ("the company said", "according to"): such a sentence
tells of a prompt, it is not one. All these cleaners are ``guarded``: the
safety guard undoes them when together they would take too much of the prose.

A table's ``[cleaner]`` header gives the reason text and the chain position, so a new
phrase category is a new table plus one :class:`~newsclean.model.Category` member.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.cleaners.views import rule_languages
from newsclean.model import Category
from newsclean.rules import Rule, RuleTable, rule_categories, rule_table, table_header

# How many heading lines may stack above one prompt ("Newsletters" / "The Daily Brief").
_MAX_HEADINGS = 2
# Attribution of reported speech: a verb of saying in the past, an unambiguous "according to", or
# a quotative particle (Kannada ಎಂದು, Tamil என்று, Telugu అని) in the languages the tables cover.
# Words that also fill prompts stay out (Turkish "göre", Finnish "mukaan", Indonesian "kata"), and
# so does a bare "according to" of the languages whose prompts cite a policy with it (Basque
# "arabera", Kannada ಪ್ರಕಾರ); "in the words of" (Georgian თქმით, Armenian խոսքով) stays in.
_REPORTED = regex.compile(
    r"\b(?:said|says|told|according to|wrote|announced|sagte|sagt|laut|erklärte|a déclaré|a dit|selon"
    r"|dijo|según|afirmó|disse|segundo|afirmou|ha detto|secondo|сказал|сказала|заявил|заявила"
    r"|по словам|zei|verklaarde|volgens|powiedział|powiedziała|oświadczył|oświadczyła|według"
    r"|dedi|söyledi|açıkladı|sade|uppgav|enligt|sagde|udtalte|ifølge|uttalte|sanoi|kertoi"
    r"|řekl|řekla|uvedl|uvedla|povedal|povedala|uviedol|uviedla|mondta|közölte|a spus|a declarat"
    r"|potrivit|δήλωσε|είπε|каза|заяви|сказав|заявив|за словами|rekao|rekla"
    r"|izjavio|izjavila|рекао|рекла|изјавио|изјавила|je dejal|je dejala|sakė|teigė|sacīja"
    r"|norādīja|ütles|sõnul|va dir|segons|ujar|menurut|katanya|cho biết|alisema|kwa mujibu wa"
    r"|ayon sa|sabi ni|bildirib|deyib|айтты|деді|мәлімдеді|сөзінше|айтуынша|aytdi|ta['ʼ‘’]kidladi"
    r"|so['ʼ‘’]zlariga ko['ʼ‘’]ra|айтди|таъкидлади|сўзларига кўра|сказаў|заявіў|паведаміў"
    r"|па словах|sagði|sögðu|sagðist|kvaðst|að sögn|gesê|luidens|dywedodd|meddai|tha|deklaroi"
    r"|dixo|declarou|esan zuen|adierazi zuen|esanetan|თქვა|განაცხადა|თქმით|ասել է|ասաց"
    r"|հայտարարել է|հայտարարեց|խոսքով|ተናግረዋል|ተናግሯል|ገልጸዋል|ገልጿል|ብለዋል|ብሏል|ሲሉ"
    r"|बताए|बताइन्|बताउनुभयो|जनाए|ਕਿਹਾ|ਦੱਸਿਆ|ਮੁਤਾਬਕ|કહ્યું|જણાવ્યું"
    r"|ಹೇಳಿದರು|ಹೇಳಿದ್ದಾರೆ|ತಿಳಿಸಿದರು|ತಿಳಿಸಿದ್ದಾರೆ|പറഞ്ഞു|അറിയിച്ചു|വ്യക്തമാക്കി"
    r"|පැවසීය|පැවසුවේය|කියා සිටියේය)\b"
    r"|قال|قالت|گفت|نے کہا|کے مطابق|אמר|אמרה|לדברי|กล่าวว่า|ระบุว่า|ने कहा|के अनुसार|म्हणाले"
    r"|বলেন|ಎಂದು|என்று|అని|បាននិយាយថា|បានថ្លែងថា|បានប្រាប់ថា|ပြောကြားခဲ့သည်|ပြောခဲ့သည်",
    regex.IGNORECASE,
)


class PhraseCleaner(Cleaner):
    """Remove segments matched by the phrase table of ``category``.

    >>> cleaner = PhraseCleaner(Category.PAYWALL)
    >>> cleaner.name, cleaner.reason
    ('paywall', 'a prompt to sign in or subscribe')
    """

    guarded = True

    def __init__(self, category: Category) -> None:
        self.name = category.value
        self.category = category
        self.reason = table_header(category.value).reason

    def __repr__(self) -> str:
        return f"PhraseCleaner({self.category!s})"

    def table(self, doc: Document) -> RuleTable:
        """The table of this category, limited to ``Config.rule_languages``."""
        return rule_table(self.category.value, rule_languages(doc.config))

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """One verdict per matched segment (with any heading lines just above it)."""
        found = doc.views.phrase_hits.get(self.category)
        if found is None:
            raise ValueError(f"the document was built without phrase hits for {self.category}")
        hits = {
            index: rule
            for index, rule in found.items()
            if index not in removed
            and not (rule.scope == "anywhere" and _reports(doc, index))
            and not (rule.lang == "*" and doc.introduced(index, removed))
        }
        if not hits:
            return []
        table = self.table(doc)
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
            head = table.match(doc.segments[j].text, role="heading")
            if head is None:
                break
            heads.append((j, head))
            j -= 1
        return tuple(reversed(heads))

    def _verdict(self, doc: Document, index: int, rule: Rule, heads: tuple[tuple[int, Rule], ...]) -> Verdict:
        reason = f"Matches {self.category.value} rule {rule.id}: {self.reason}."
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


def _reports(doc: Document, index: int) -> bool:
    """Whether the segment is a sentence of prose that attributes what it says."""
    return doc.prose[index] and _REPORTED.search(doc.segments[index].text) is not None


def phrase_cleaners() -> tuple[PhraseCleaner, ...]:
    """One phrase cleaner per rule table, in the order of the tables' ``position``.

    Specific tables run before broad ones, so overlapping wording gets the closest
    category: a newsletter "subscribe" before the paywall's, a paywall "log in to comment"
    before the comment widgets, and the broad menu labels of site chrome last.

    >>> [c.name for c in phrase_cleaners()][:3]
    ['cookie', 'advertisement', 'newsletter']
    """
    names = sorted(rule_categories(), key=lambda name: (table_header(name).position, name))
    return tuple(PhraseCleaner(Category(name)) for name in names)
