"""The errors a user can act on. Every one derives from :class:`NewscleanError`."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base of every error newsclean raises on purpose."""


class ConfigError(NewscleanError, ValueError):
    """A configuration value or file is invalid."""


class DecodeError(NewscleanError, ValueError):
    """Bytes could not be turned into text (binary data, unknown encoding)."""


class InputError(NewscleanError, ValueError):
    """An input document is unusable (empty, malformed, unreadable)."""


class RuleError(NewscleanError, ValueError):
    """A rule table is invalid; the message names the file and the rule id."""


class ExtractionError(NewscleanError):
    """HTML could not be turned into text."""


class MissingExtraError(NewscleanError, ImportError):
    """An optional dependency is missing; the message says which ``pip install`` fixes it."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs an optional dependency: pip install 'newsclean[{extra}]'")
        self.extra = extra
