"""One frozen :class:`Config` holding every option, loadable from a TOML file."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from newsclean.errors import ConfigError
from newsclean.profile_data import Profile, load_profile

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

HTML_FAVORS = ("balanced", "fast", "precision", "recall")
"""The values of :attr:`Config.html_favor`."""
LANGID_BACKENDS: tuple[str, ...] = ("langdetect", "cld2", "hybrid")
"""The values of :attr:`Config.langid_backend` (and of :func:`newsclean.detect_language`'s ``backend``)."""


@dataclass(frozen=True)
class Config:
    """Every option of the cleaner chain.

    >>> Config().guard_share
    0.5
    >>> Config(straighten_quotes=True).straighten_quotes
    True
    """

    straighten_quotes: bool = False
    """Replace typographic quotes with ASCII ones during repair."""
    language_sample_chars: int = 3000
    """How many characters of prose the document language is detected on."""
    min_foreign_chars: int = 40
    """A same-script segment must be at least this long to be judged in another language."""
    foreign_min_score: float = 0.90
    """Probability a same-script segment's language must reach to count as foreign."""
    guard_share: float = 0.5
    """Phrase rules may remove at most this share of the prose characters."""
    disabled_cleaners: tuple[str, ...] = ()
    """Names of cleaners to skip."""
    rule_languages: tuple[str, ...] = ()
    """Languages whose phrase rules apply; empty means all."""
    langid_backend: str = "hybrid"
    """Language identification backend: ``hybrid`` (default: CLD2 where it is sure on text of 20
    words or more, langdetect otherwise), ``langdetect`` or ``cld2``."""
    html_favor: str = "balanced"
    """trafilatura setting for HTML: ``balanced`` (its default extraction trimmed to the span its
    precision-favouring run also keeps: two passes), ``fast`` (the default extraction alone: one
    pass), ``precision`` or ``recall``."""
    max_input_chars: int = 20_000_000
    """Longer inputs are rejected with an :class:`InputError`."""
    profile: Profile | None = None
    """A learned site profile (:func:`newsclean.load_profile`); its repeated lines are removed.

    In TOML, the path of the profile file. The config holds the profile's content, not its path:
    a pickled config carries the profile itself, and its digest is part of :meth:`hash`."""

    def __post_init__(self) -> None:
        if not 0.0 < self.guard_share <= 1.0:
            raise ConfigError(f"guard_share must be in (0, 1], got {self.guard_share!r}")
        if not 0.0 <= self.foreign_min_score <= 1.0:
            raise ConfigError(f"foreign_min_score must be in [0, 1], got {self.foreign_min_score!r}")
        if self.language_sample_chars < 100:
            raise ConfigError("language_sample_chars must be at least 100")
        if self.langid_backend not in LANGID_BACKENDS:
            raise ConfigError(
                f"langid_backend must be one of {', '.join(LANGID_BACKENDS)}, got {self.langid_backend!r}"
            )
        if self.html_favor not in HTML_FAVORS:
            raise ConfigError(f"html_favor must be one of {', '.join(HTML_FAVORS)}, got {self.html_favor!r}")

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Config:
        """Build a config from a mapping, rejecting unknown keys and wrong types.

        >>> Config.from_mapping({"guard_share": 0.3}).guard_share
        0.3
        """
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ConfigError(f"unknown config option(s): {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, raw in data.items():
            if name == "profile":
                if not isinstance(raw, str):
                    raise ConfigError("config option profile must be the path of a profile file")
                values[name] = load_profile(raw)
                continue
            default = getattr(cls(), name)
            value = raw
            if isinstance(default, tuple):
                if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"config option {name} must be a list of strings")
                value = tuple(value)
            elif isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ConfigError(f"config option {name} must be true or false")
            elif isinstance(default, float):
                if not isinstance(value, int | float) or isinstance(value, bool):
                    raise ConfigError(f"config option {name} must be a number")
                value = float(value)
            elif not isinstance(value, type(default)) or isinstance(value, bool):
                raise ConfigError(f"config option {name} must be of type {type(default).__name__}")
            values[name] = value
        return cls(**values)

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        """Load a config from a TOML file (keys at top level or under ``[newsclean]``)."""
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
        section = data.get("newsclean", data)
        if not isinstance(section, dict):
            raise ConfigError(f"config file {path}: [newsclean] must be a table")
        if isinstance(section.get("profile"), str):
            # A relative profile path is read from the config file's folder, wherever newsclean runs.
            section = {**section, "profile": str(Path(path).parent / section["profile"])}
        return cls.from_mapping(section)

    def hash(self) -> str:
        """A short stable digest of every option, recorded in each result's metadata."""
        options = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "profile"}
        if self.profile is not None:
            # The content counts, not where it was read from; without a profile the hash is as before.
            options["profile"] = self.profile.digest
        payload = json.dumps(options, sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(payload.encode("ascii")).hexdigest()[:16]
