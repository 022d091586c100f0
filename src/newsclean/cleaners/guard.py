"""The safety guard: phrase rules may not take most of an article.

Phrase tables match wording, and an article about newsletters or cookies can be worded
like their prompts. When the removals of ``guarded`` cleaners together take more than
``Config.guard_share`` of the prose characters, all of them are undone and
``Result.stats.guarded`` names those cleaners.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.cleaners.base import Applied, Document, Guard


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
