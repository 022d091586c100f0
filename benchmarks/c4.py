"""C4's line heuristics (Raffel et al. 2020, "Exploring the Limits of Transfer Learning", §2.2).

A text baseline for the quality benchmark: the line rules used to build the Colossal Clean
Crawled Corpus from Common Crawl's text extracts, applied to one page's text:

- citation markers (``[1]``, ``[edit]``, ``[citation needed]``) are removed;
- a line is kept only when it ends in terminal punctuation (a period, exclamation mark,
  question mark or closing quotation mark, but not an ellipsis) and has at least 3 words;
- a line mentioning "javascript" is dropped, and so is a line with a policy notice
  ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies",
  "use cookies").

C4 also drops a *whole page* that contains "lorem ipsum" or a curly bracket, or that keeps
fewer than 5 sentences, or that has a word of a bad-words list; it then deduplicates
three-sentence spans across the corpus. Those are corpus filters, not extraction, so here
the first two drop only their line and the others are left out (``page_filters=True`` applies
the lorem-ipsum, curly-bracket and 5-sentence page rules as C4 does).

The closing quotation marks are ``"`` as in C4's code plus the typographic ``”``, ``’``, ``»``
(C4 saw ASCII text; these pages use typographic quotes).

>>> clean("Menu\\nThe council met on Monday to vote.\\nPlease enable JavaScript to see this.\\nShort one.")
'The council met on Monday to vote.'
"""

from __future__ import annotations

import re

END_MARKS = (".", "?", "!", '"', "”", "’", "»")
MIN_WORDS = 3
MIN_SENTENCES = 5
ELLIPSES = ("...", "…")
POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]", re.I)
_SENTENCE = re.compile(r"[.!?]+(?:\s|$)")


def keep_line(line: str) -> bool:
    """Whether C4's line rules keep one (stripped, citation-free) line.

    >>> keep_line("It rained all day in the city.")
    True
    >>> keep_line("Two words.")
    False
    >>> keep_line("Read the rest of the story...")
    False
    >>> keep_line("We use cookies to improve your experience.")
    False
    """
    lower = line.lower()
    return (
        line.endswith(END_MARKS)
        and not line.endswith(ELLIPSES)
        and len(line.split()) >= MIN_WORDS
        and "javascript" not in lower
        and "lorem ipsum" not in lower
        and "{" not in line
        and not any(p in lower for p in POLICY)
    )


def clean(text: str, page_filters: bool = False) -> str:
    """The lines of ``text`` that C4's rules keep, one per line (``""`` for a dropped page)."""
    if page_filters and ("lorem ipsum" in text.lower() or "{" in text):
        return ""
    kept = [line for line in (_CITATION.sub("", raw).strip() for raw in text.splitlines()) if keep_line(line)]
    if page_filters and sum(len(_SENTENCE.findall(line)) for line in kept) < MIN_SENTENCES:
        return ""
    return "\n".join(kept)
