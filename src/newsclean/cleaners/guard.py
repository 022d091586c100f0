"""The guards: chain members that undo removals which together take too much of an article.

- The safety guard (``guard``): phrase tables match wording, and an article about newsletters
  or cookies can be worded like their prompts. When the removals of ``guarded`` cleaners
  together take more than ``Config.guard_share`` of the prose characters, all are undone.
- The extracted-text guard (``html_guard``): on text an HTML extractor chose as the article,
  structural rules that would remove more than ``Config.html_guard_share`` of it are more
  likely reading the article's own structure as page furniture; their removals are undone.
  Removals backed by a phrase table, a site profile or the page's metadata stay, and so do
  those of ``certain`` cleaners (placeholder text, later copies of a paragraph kept once).
  Those of ``derived`` cleaners (the page below the article's end) do not count toward the
  share, and are undone with the rest. Nor do structural removals below the end that the phrase
  evidence alone places: under a comment section's house rules or a copyright line, a run of
  headlines is the page's tail however long it is, and says nothing of how the rules read the
  article above it.

``Result.stats.guarded`` names the cleaners whose removals a guard undid.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.cleaners.article_end import ArticleEnd
from newsclean.cleaners.base import Applied, Document, Guard
from newsclean.model import Category

# Removals backed by a site profile or the page's own metadata (phrase tables are ``guarded``).
_STRONG = frozenset({Category.METADATA, Category.REPEATED})


class SafetyGuard(Guard):
    """Undo every guarded removal when together they take too much of the prose."""

    name = "guard"

    def undo(self, doc: Document, applied: Sequence[Applied]) -> Sequence[Applied]:
        """All guarded verdicts when their prose share is over ``guard_share``, else none."""
        prose_chars = sum(len(s.text) for s, p in zip(doc.segments, doc.prose, strict=True) if p)
        guarded = [a for a in applied if a.guarded]
        taken = sum(len(doc.segments[i].text) for a in guarded for i in a.indices if doc.prose[i])
        if not guarded or prose_chars == 0 or taken <= doc.config.guard_share * prose_chars:
            return ()
        return guarded


class ExtractedGuard(Guard):
    """On extracted text, undo removals without phrase or profile evidence when they take too much."""

    name = "html_guard"

    def undo(self, doc: Document, applied: Sequence[Applied]) -> Sequence[Applied]:
        """All weak verdicts when they take over ``html_guard_share`` of the extracted text, else none."""
        if not doc.extracted:
            return ()
        total = sum(len(s.text) for s in doc.segments)
        weak = [a for a in applied if a.category not in _STRONG and not a.guarded and not a.certain]
        # A derived removal (the page below the article's end) is bounded by its own rule; it says
        # nothing of whether the structural rules read the article as furniture.
        limit = doc.config.html_guard_share * total
        counted = [a for a in weak if not a.derived]
        if not weak or total == 0 or _share(doc, counted) <= limit:
            return ()
        end = _evidenced_end(doc, applied)
        if _share(doc, [a for a in counted if min(a.indices, default=end) < end]) <= limit:
            return ()
        return weak


def _share(doc: Document, applied: Sequence[Applied]) -> int:
    """Characters the removals in ``applied`` take."""
    return sum(len(doc.segments[i].text) for a in applied for i in a.indices)


def _evidenced_end(doc: Document, applied: Sequence[Applied]) -> int:
    """First segment below the article's end as the phrase and metadata removals alone place it.

    The article's end is judged again as if no structural cleaner had run; with no such end, the
    number of segments.
    """
    evidence = {i: a.category for a in applied if (a.guarded or a.category in _STRONG) for i in a.indices}
    verdicts = ArticleEnd().judge(doc, evidence)
    return min((i for v in verdicts for i in v.indices), default=len(doc.segments))
