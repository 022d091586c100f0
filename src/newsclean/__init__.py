"""newsclean: turn messy scraped news pages into clean article bodies with metadata.

>>> import newsclean
>>> result = newsclean.clean("Skip to main content\\n\\nThe minister said the talks would resume.")
>>> result.metadata.language
'en'
"""

from __future__ import annotations

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
from newsclean.html.extract import extract_html, looks_like_html
from newsclean.model import Category, Metadata, Removal, Result, Segment, Stats
from newsclean.pipeline import Pipeline
from newsclean.profile_data import Profile, load_profile, save_profile
from newsclean.profiles.learn import Learner, LearnOptions
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
    document's site for ``config.profile`` (default: the URL's host).

    >>> clean("Listen Live\\n\\nThe talks will resume on Monday, officials said.").body
    'The talks will resume on Monday, officials said.'
    """
    if kind not in ("auto", "text", "html"):
        raise ConfigError(f"kind must be 'auto', 'text' or 'html', got {kind!r}")
    config = config or Config()
    encoding: str | None = None
    if isinstance(data, bytes):
        if kind == "html" or (kind == "auto" and looks_like_html(data[:4096].decode("latin-1"))):
            return clean_html(data, url=url, config=config, site=site)
        decoded = decode(data)
        text, encoding = decoded.text, decoded.encoding
    elif isinstance(data, str):
        text = data
    else:
        raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        return clean_html(text, url=url, config=config, site=site)
    return _pipeline(config).clean_text(text, url=url, encoding=encoding, site=site)


def clean_html(
    html: str | bytes, *, url: str | None = None, config: Config | None = None, site: str | None = None
) -> Result:
    """Extract the article of an HTML page with trafilatura, then clean it like text."""
    config = config or Config()
    encoding: str | None = None
    if isinstance(html, bytes):
        decoded = decode(html)
        html, encoding = decoded.text, decoded.encoding
    extracted = extract_html(html, url=url, config=config)
    return _pipeline(config).clean_text(
        extracted.text, url=url, encoding=encoding, page=extracted.metadata, site=site
    )
