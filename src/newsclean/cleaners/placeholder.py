"""Placeholder text a page template left unfilled: "Lorem ipsum dolor sit amet, consectetur ...".

Also a line of unfilled template slots ("[CTA_MODULE]", "{{ author_name }}") and the stand-in
a CDN's e-mail protection leaves for a script to fill ("[email protected]").

Page builders fill empty boxes with the typesetters' pseudo-Latin; when nobody replaces it, it
is scraped with the page ("Lorem Ipsum" as a heading, "Lorem ipsum 2" as a list item, whole
paragraphs of it). A segment is placeholder text when it opens with the passage's first words
("Lorem ipsum dolor"), or says "lorem" or "ipsum" and nearly all its words are the
placeholder's. Unlike a phrase rule's wording, this is text no article shares, so no guard
undoes these removals (the cleaner is ``certain``): on a page whose template was left half
filled, placeholder text can be most of what an extractor kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from newsclean.cleaners.base import Cleaner, Document, Verdict
from newsclean.model import Category

# The standard passage (after Cicero, "De finibus" 1.10.32) and the words generators add to it.
_WORDS = (
    "lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do "
    "eiusmod tempor incididunt ut labore et dolore magna aliqua aliquam enim ad minim veniam quis "
    "nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in "
    "reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat "
    "cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum "
    # generators' words
    "a ac aenean ante arcu at augue cras cum curabitur diam dis donec dui egestas eget eleifend "
    "erat eros etiam facilisis fames faucibus felis fermentum fringilla fusce gravida habitant "
    "hendrerit iaculis integer interdum justo lacinia lacus laoreet lectus leo libero ligula "
    "lobortis luctus maecenas magnis malesuada massa mattis mauris metus mi molestie montes morbi "
    "mus nam nascetur natoque nec neque nibh nullam nunc odio orci ornare parturient pellentesque "
    "penatibus pharetra phasellus placerat porta porttitor posuere praesent pretium proin pulvinar "
    "purus quam quisque rhoncus ridiculus risus rutrum sagittis sapien scelerisque sem semper "
    "senectus sociis sodales sollicitudin suscipit suspendisse tellus tincidunt tortor tristique "
    "turpis ullamcorper ultrices ultricies urna varius vehicula vel vestibulum vitae vivamus "
    "viverra volutpat vulputate"
)
_VOCABULARY = frozenset(_WORDS.split())
_KEYS = frozenset({"lorem", "ipsum"})
_WORD = regex.compile(r"\p{L}+")
# The passage's first words start placeholder text whatever follows them.
_OPENING = regex.compile(r"^\W*lorem\s+ipsum\s+dolor\b", regex.IGNORECASE)
# Share of a segment's words that must be the placeholder's (a sentence about the placeholder
# quotes it but says more).
_MIN_SHARE = 0.8
# A line made only of template slots: "[CTA_MODULE]" (capitals joined by underscores),
# "{{ author_name }}", "{% block ad %}", or of the e-mail stand-in.
_SLOT = (
    r"(?:\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]|\{\{\s*[\w.]+\s*\}\}|\{%[^%\n]{1,60}%\}"
    r"|\[email\xa0?\s?protected\])"
)
_SLOTS = regex.compile(rf"^\W*{_SLOT}(?:[\s,;|·]*{_SLOT})*\W*$")
_REASON = "Placeholder text a page template left unfilled."


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is placeholder text.

    >>> is_placeholder("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")
    True
    >>> is_placeholder("- Lorem ipsum 2")
    True
    >>> is_placeholder("[CTA_MODULE]")
    True
    >>> is_placeholder("Designers have filled empty layouts with lorem ipsum since the 1960s.")
    False
    """
    if _OPENING.match(text) or _SLOTS.match(text):
        return True
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words or _KEYS.isdisjoint(words):
        return False
    return sum(w in _VOCABULARY for w in words) >= _MIN_SHARE * len(words)


class Placeholder(Cleaner):
    """Remove segments of placeholder text ("Lorem ipsum ...")."""

    name = "placeholder"
    category = Category.SITE_CHROME
    certain = True

    def judge(self, doc: Document, removed: Mapping[int, Category]) -> Sequence[Verdict]:
        """One verdict per placeholder segment."""
        verdicts: list[Verdict] = []
        for i, seg in enumerate(doc.segments):
            folded = seg.text.casefold()
            # The substring tests spare nearly every segment the patterns.
            maybe = "ipsum" in folded or "lorem" in folded or "[" in folded or "{" in folded
            if i not in removed and maybe and is_placeholder(seg.text):
                verdicts.append(Verdict((i,), _REASON, script=seg.script))
        return verdicts
