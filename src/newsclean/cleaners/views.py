"""Views of a document that several cleaners read, worked out once before any cleaner runs.

- ``phrase_hits``: for each phrase category, the first prompt rule of its table that fires on
  each segment (whatever earlier cleaners remove: each phrase cleaner skips those itself);
- ``site`` and ``profiled``: the document's site in the configured site profile, and the
  profile entry naming each segment it knows (the repeated-lines cleaner removes those
  lines; the header cleaner never takes one for the headline).

The views are frozen: a cleaner reads them and returns verdicts, never writes to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from newsclean.config import Config
from newsclean.model import Category, Segment
from newsclean.profiles.profile import Entry, SiteProfile, site_of, units
from newsclean.rules import Rule, rule_categories, rule_index

_NO_HITS: Mapping[Category, Mapping[int, Rule]] = MappingProxyType({})
_NO_ENTRIES: Mapping[int, Entry] = MappingProxyType({})


@dataclass(frozen=True)
class Views:
    """The shared per-document views (see the module docs)."""

    phrase_hits: Mapping[Category, Mapping[int, Rule]] = field(default_factory=lambda: _NO_HITS)
    site: SiteProfile | None = None
    profiled: Mapping[int, Entry] = field(default_factory=lambda: _NO_ENTRIES)

    @classmethod
    def build(
        cls,
        segments: Sequence[Segment],
        config: Config,
        *,
        url: str | None = None,
        site: str | None = None,
        phrase_categories: Iterable[Category] | None = None,
    ) -> Views:
        """The views of ``segments``, with phrase hits for ``phrase_categories`` (default: every table's)."""
        categories = (
            tuple(Category(name) for name in rule_categories())
            if phrase_categories is None
            else tuple(phrase_categories)
        )
        known = site_profile(config, url, site) if segments else None
        return cls(
            phrase_hits(segments, categories, rule_languages(config)),
            known,
            _NO_ENTRIES if known is None else profile_entries(segments, known),
        )


def rule_languages(config: Config) -> tuple[str, ...]:
    """``Config.rule_languages`` as the phrase tables are keyed: sorted, without repeats."""
    return tuple(sorted(set(config.rule_languages)))


def phrase_hits(
    segments: Sequence[Segment], categories: Sequence[Category], languages: tuple[str, ...]
) -> Mapping[Category, Mapping[int, Rule]]:
    """For each of ``categories``, segment index to the first prompt rule of its table that fires."""
    if not categories:
        return _NO_HITS
    index = rule_index(tuple(c.value for c in categories), languages)
    hits: dict[Category, dict[int, Rule]] = {category: {} for category in categories}
    for seg in segments:
        for name, rule in index.first_rules(seg.text, seg.words).items():
            hits[Category(name)][seg.index] = rule
    return MappingProxyType({category: MappingProxyType(found) for category, found in hits.items()})


def site_profile(config: Config, url: str | None, site: str | None) -> SiteProfile | None:
    """The profile of the document's site (``site``, else the URL's), when ``Config.profile`` has one."""
    profile = config.profile
    if profile is None:
        return None
    name = site if site is not None else site_of(url, None, profile.site_key)
    return profile.by_site.get(name) if name is not None else None


def profile_entries(segments: Sequence[Segment], site: SiteProfile) -> Mapping[int, Entry]:
    """Segment index to the profile entry that names it (the most frequent, when several do)."""
    table = site.by_hash
    found: dict[int, Entry] = {}
    for indices, digest in units([s.text for s in segments]):
        entry = table.get(digest)
        if entry is None:
            continue
        for index in indices:
            known = found.get(index)
            if known is None or (entry.docs, -entry.lines) > (known.docs, -known.lines):
                found[index] = entry
    return MappingProxyType(found)
