"""newsclean: turn messy scraped news pages into clean article bodies with metadata.

>>> import newsclean
>>> result = newsclean.clean("Skip to main content\\n\\nThe minister said the talks would resume.")
>>> result.metadata.language
'en'
"""

from __future__ import annotations

import dataclasses
import functools

from newsclean.config import Config
from newsclean.errors import (
    ConfigError,
    DecodeError,
    ExtractionError,
    InputError,
    MissingExtraError,
    NewscleanError,
    RuleError,
)
from newsclean.ingest import Kind, check_kind, ingest
from newsclean.model import Category, Metadata, Removal, Result, Segment, Stats
from newsclean.pipeline import Pipeline
from newsclean.profile_data import Profile, load_profile, save_profile
from newsclean.profiles.learn import Learner, LearnOptions
from newsclean.profiles.profile import site_of
from newsclean.text.decode import Decoded, decode
from newsclean.text.detect import LanguageGuess, detect_language
from newsclean.text.repair import Repaired, repair
from newsclean.version import __version__ as __version__

__all__ = [
    "Category",
    "Config",
    "ConfigError",
    "DecodeError",
    "Decoded",
    "ExtractionError",
    "InputError",
    "Kind",
    "LanguageGuess",
    "LearnOptions",
    "Learner",
    "Metadata",
    "MissingExtraError",
    "NewscleanError",
    "Pipeline",
    "Profile",
    "Removal",
    "Repaired",
    "Result",
    "RuleError",
    "Segment",
    "Stats",
    "check_kind",
    "clean",
    "clean_html",
    "decode",
    "detect_language",
    "load_profile",
    "repair",
    "save_profile",
]


@functools.lru_cache(maxsize=8)
def _pipeline(config: Config) -> Pipeline:
    # Pipelines are immutable once built; reusing one per config only saves start-up work.
    return Pipeline(config)


def clean(
    data: str | bytes,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    config: Config | None = None,
    site: str | None = None,
    declared_encoding: str | None = None,
) -> Result:
    """Clean one scraped news document (text or HTML, ``str`` or ``bytes``).

    ``kind="auto"`` treats the input as HTML when its text looks like a page. ``site`` names the
    document's site for ``config.profile`` (default: the URL's host; for a page without a URL,
    the host of the URL it declares in its canonical link or ``og:url``). ``declared_encoding``
    is a charset the bytes came with (an HTTP or WARC header), preferred to guessing.

    >>> clean("Listen Live\\n\\nThe talks will resume on Monday, officials said.").body
    'The talks will resume on Monday, officials said.'
    """
    config = config or Config()
    document = ingest(data, kind=kind, url=url, declared_encoding=declared_encoding, config=config)
    if site is None and url is None and config.profile is not None:
        site = site_of(document.declared_url, None, config.profile.site_key)
    result = _pipeline(config).clean_text(
        document.text,
        url=url,
        encoding=document.encoding,
        page=document.page,
        site=site,
        fixes=document.fixes,
    )
    if document.page_chars is None:
        return result
    stats = dataclasses.replace(result.stats, page_chars=document.page_chars)
    return dataclasses.replace(result, stats=stats)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    config: Config | None = None,
    site: str | None = None,
    declared_encoding: str | None = None,
) -> Result:
    """Extract the article of an HTML page with trafilatura, then clean it like text (``kind="html"``)."""
    return clean(html, url=url, kind="html", config=config, site=site, declared_encoding=declared_encoding)
