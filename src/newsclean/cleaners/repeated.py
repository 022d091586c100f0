"""Lines a site repeats on its pages, known from a learned site profile (``Config.profile``).

A line goes when its key is in the profile of the document's site, or when it is part of
a two-line block that is: short lines ("Politics", "Share") count only in their block, so a
menu label reused as a subheading of an article stays. Prose between the first and last
paragraph of the article that the profile does not know is protected unless it repeats on
most of the site's pages: a stock sentence quoted in several stories is still article text,
a notice printed on every page is not.

The cleaner runs after the phrase and structure cleaners, which name the same lines more
precisely (a share bar is ``social``, a sign-up box ``newsletter``), and before the page
furniture cleaner, which finds the article's extent from the paragraphs still kept: a
repeated footer blurb written in sentences would otherwise stretch that extent.

Which segments the profile knows is worked out once per document, in the document's
:class:`~newsclean.cleaners.views.Views` (the header cleaner reads it too).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category
from newsclean.profiles.profile import Entry, SiteProfile

# Protected mid-article prose still goes when it is on more than this share of the site's pages.
MOST_PAGES = 0.5


class Repeated(Cleaner):
    """Remove lines of a known site that its profile lists as repeated across its pages."""

    name = "repeated"
    category = Category.REPEATED

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """Verdicts for profiled lines of the document's site; nothing without a profile or a known site."""
        site = doc.views.site
        found = doc.views.profiled
        if site is None or not found:
            return []
        fresh = [i for i, p in enumerate(doc.prose) if p and i not in removed and i not in found]
        first, last = (fresh[0], fresh[-1]) if fresh else (len(doc.segments), -1)
        by_reason: dict[str, list[int]] = {}
        for index, entry in sorted(found.items()):
            if index in removed:
                continue
            inside = first < index < last and doc.prose[index]
            if inside and entry.docs <= MOST_PAGES * site.documents:
                continue
            by_reason.setdefault(_reason(entry, site), []).append(index)
        return [Verdict(tuple(indices), reason) for reason, indices in by_reason.items()]


def _reason(entry: Entry, site: SiteProfile) -> str:
    where = f"{entry.docs} of {site.documents} pages of {site.site}"
    if entry.lines > 1:
        return f"In a block of {entry.lines} lines seen on {where}."
    return f"Seen on {where}."
