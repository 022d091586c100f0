"""newsclean: turn messy scraped news pages into clean article bodies with metadata.

>>> import newsclean
>>> result = newsclean.clean("Skip to main content\\n\\nThe minister said the talks would resume.")
>>> result.metadata.language
'en'
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Literal

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
from newsclean.html.extract import check_html_size, extract_html, looks_like_html
from newsclean.model import Category, Metadata, Removal, Result, Segment, Stats
from newsclean.pipeline import Pipeline
from newsclean.profiles.learn import Learner, LearnOptions
from newsclean.profiles.profile import Profile, load_profile, save_profile, site_of
from newsclean.text.decode import Decoded, decode
from newsclean.text.detect import LanguageGuess, detect_language
from newsclean.text.repair import Repaired, repair

__all__ = [
    "Category",
    "Config",
    "ConfigError",
    "DecodeError",
    "Decoded",
    "ExtractionError",
    "InputError",
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
    "clean",
    "clean_html",
    "decode",
    "detect_language",
    "load_profile",
    "repair",
    "save_profile",
]

Kind = Literal["auto", "text", "html"]


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
) -> Result:
    """Clean one scraped news document (text or HTML, ``str`` or ``bytes``).

    ``kind="auto"`` treats the input as HTML when it looks like a page. ``site`` names the
    document's site for ``config.profile`` (default: the URL's host; for a page without a URL,
    the host of the URL it declares in its canonical link or ``og:url``).

    >>> clean("Listen Live\\n\\nThe talks will resume on Monday, officials said.").body
    'The talks will resume on Monday, officials said.'
    """
    if kind not in ("auto", "text", "html"):
        raise ConfigError(f"kind must be 'auto', 'text' or 'html', got {kind!r}")
    config = config or Config()
    encoding: str | None = None
    fixes: tuple[str, ...] = ()
    if isinstance(data, bytes):
        if kind == "html" or (kind == "auto" and looks_like_html(data[:4096].decode("latin-1"))):
            return clean_html(data, url=url, config=config, site=site)
        decoded = decode(data)
        text, encoding, fixes = decoded.text, decoded.encoding, decoded.fixes
    elif isinstance(data, str):
        text = data
    else:
        raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        return _clean_page(text, encoding, fixes, url=url, config=config, site=site)
    return _pipeline(config).clean_text(text, url=url, encoding=encoding, site=site, fixes=fixes)


def clean_html(
    html: str | bytes, *, url: str | None = None, config: Config | None = None, site: str | None = None
) -> Result:
    """Extract the article of an HTML page with trafilatura, then clean it like text."""
    config = config or Config()
    encoding: str | None = None
    fixes: tuple[str, ...] = ()
    if isinstance(html, bytes):
        check_html_size(html, config)
        decoded = decode(html)
        html, encoding, fixes = decoded.text, decoded.encoding, decoded.fixes
    return _clean_page(html, encoding, fixes, url=url, config=config, site=site)


def _clean_page(
    html: str,
    encoding: str | None,
    fixes: tuple[str, ...],
    *,
    url: str | None,
    config: Config,
    site: str | None,
) -> Result:
    """Clean decoded HTML; ``encoding`` and ``fixes`` say how its bytes were decoded, if it had any."""
    if site is None and url is None and config.profile is not None:
        site = site_of(None, None, config.profile.site_key, page=html)  # the URL the page declares
    extracted = extract_html(html, url=url, config=config)
    result = _pipeline(config).clean_text(
        extracted.text, url=url, encoding=encoding, page=extracted.metadata, site=site, fixes=fixes
    )
    stats = dataclasses.replace(result.stats, page_chars=extracted.page_chars)
    return dataclasses.replace(result, stats=stats)
