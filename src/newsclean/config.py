"""One frozen :class:`Config` holding every option, loadable from a TOML file."""

from __future__ import annotations

import difflib
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
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
MAX_INPUT_CHARS = 1_000_000_000
"""The largest :attr:`Config.max_input_chars`: readers may hold four bytes per character."""
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
    html_guard_share: float = 0.4
    """On text extracted from HTML, cleaners without phrase or profile evidence may remove at most
    this share of the extractor's characters; beyond it their removals are undone."""
    disabled_cleaners: tuple[str, ...] = ()
    """Names of cleaners to skip."""
    rule_languages: tuple[str, ...] = ()
    """Languages whose phrase rules apply; empty means all."""
    langid_backend: str = "hybrid"
    """Language identification backend: ``hybrid`` (default: CLD2 where it is sure on text of 20
    words or more, langdetect otherwise), ``langdetect`` or ``cld2``."""
    html_favor: str = "balanced"
    """trafilatura setting for HTML: ``balanced`` (its default extraction trimmed to the span its
    precision-favouring run also keeps, with what its recall-favouring run adds inside that span:
    three passes), ``fast`` (the default extraction alone: one pass), ``precision`` or ``recall``."""
    max_input_chars: int = 20_000_000
    """Longer inputs are rejected with an :class:`InputError` (1 to :data:`MAX_INPUT_CHARS`)."""
    max_html_bytes: int = 20_000_000
    """HTML larger than this many bytes (UTF-8) is rejected with an :class:`InputError` before it is
    parsed: parsing takes about 30 bytes of memory per byte of HTML."""
    profile: Profile | None = None
    """A learned site profile (:func:`newsclean.load_profile`); its repeated lines are removed.

    In TOML, the path of the profile file. The config holds the profile's content, not its path:
    a pickled config carries the profile itself, and its digest is part of :meth:`hash`."""

    def __post_init__(self) -> None:
        _validate(self)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Config:
        """Build a config from a mapping, rejecting unknown keys and wrong types.

        >>> Config.from_mapping({"guard_share": 0.3}).guard_share
        0.3
        """
        known = [f.name for f in fields(cls)]
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ConfigError(f"unknown config option {_with_suggestion(unknown[0], known)}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name == "profile":
                if not isinstance(value, str):
                    raise ConfigError("config option profile must be the path of a profile file")
                values[name] = load_profile(value)
            else:
                # Types and ranges are checked by the constructor, for TOML and Python alike.
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
        except UnicodeDecodeError as exc:
            raise ConfigError(f"config file {path} is not UTF-8 text: {exc}") from exc
        except RecursionError as exc:
            raise ConfigError(f"config file {path} nests values too deeply") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
        section = data.get("newsclean", data)
        if not isinstance(section, dict):
            raise ConfigError(f"config file {path}: [newsclean] must be a table")
        if isinstance(section.get("profile"), str):
            # A relative profile path is read from the config file's folder, wherever newsclean runs.
            section = {**section, "profile": str(Path(path).parent / section["profile"])}
        try:
            return cls.from_mapping(section)
        except ConfigError as exc:
            raise ConfigError(f"config file {path}: {exc}") from exc

    def hash(self) -> str:
        """A short stable digest of every option, recorded in each result's metadata."""
        options = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "profile"}
        if self.profile is not None:
            # The content counts, not where it was read from; without a profile the hash is as before.
            options["profile"] = self.profile.digest
        payload = json.dumps(options, sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(payload.encode("ascii")).hexdigest()[:16]


def _validate(config: Config) -> None:
    """Check every option's type and range; lists of names become tuples (hashable, stable)."""
    for name in ("disabled_cleaners", "rule_languages"):
        value = getattr(config, name)
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise ConfigError(f"{name} must be a list of strings, got {value!r}")
        if not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{name} must be a list of strings, got {list(value)!r}")
        object.__setattr__(config, name, tuple(value))
    if not isinstance(config.straighten_quotes, bool):
        raise ConfigError(f"straighten_quotes must be true or false, got {config.straighten_quotes!r}")
    _integer(config, "language_sample_chars", 100, MAX_INPUT_CHARS)
    _integer(config, "min_foreign_chars", 0, MAX_INPUT_CHARS)
    _integer(config, "max_input_chars", 1, MAX_INPUT_CHARS)
    _integer(config, "max_html_bytes", 1, 4 * MAX_INPUT_CHARS)
    _share(config, "foreign_min_score", "[0, 1]", lambda v: 0.0 <= v <= 1.0)
    _share(config, "guard_share", "(0, 1]", lambda v: 0.0 < v <= 1.0)
    _share(config, "html_guard_share", "(0, 1]", lambda v: 0.0 < v <= 1.0)
    for name, choices in (("langid_backend", LANGID_BACKENDS), ("html_favor", HTML_FAVORS)):
        value = getattr(config, name)
        if value not in choices:
            raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")


def _integer(config: Config, name: str, low: int, high: int) -> None:
    value = getattr(config, name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{name} must be an integer from {low:,} to {high:,}, got {value!r}")


def _share(config: Config, name: str, shown: str, inside: Callable[[float], bool]) -> None:
    value = getattr(config, name)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ConfigError(f"{name} must be a number in {shown}, got {value!r}")
    if not inside(float(value)):  # NaN is inside no range
        raise ConfigError(f"{name} must be in {shown}, got {value!r}")
    object.__setattr__(config, name, float(value))


def _with_suggestion(name: str, known: Sequence[str]) -> str:
    """``name`` quoted, with the nearest known name when one is close.

    >>> _with_suggestion("disabled_cleaner", ["disabled_cleaners", "rule_languages"])
    "'disabled_cleaner' (did you mean 'disabled_cleaners'?)"
    """
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f"; the options are {', '.join(known)}"
    return f"{name!r}{hint}"
