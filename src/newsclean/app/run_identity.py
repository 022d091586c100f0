"""The identity of a ``newsclean clean`` run, kept beside its output so ``--resume`` knows its own.

Two runs are the same run when they read the same inputs (resolved, sorted) with the same
config (its hash), newsclean version, output format and read options: only then may one
continue the other's output.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsclean.io.items import ReadOptions
from newsclean.io.readers import STDIN
from newsclean.version import __version__


@dataclass(frozen=True)
class RunIdentity:
    """What makes two runs the same run: records of one can be continued by the other."""

    inputs: tuple[str, ...]
    config_hash: str
    newsclean_version: str
    output_format: str
    options: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(
        cls, inputs: Sequence[str], config_hash: str, output_format: str, read: ReadOptions, kind: str
    ) -> RunIdentity:
        """The identity of a run over ``inputs`` (resolved, sorted) with these settings."""
        resolved = sorted(
            arg if arg == STDIN else os.path.realpath(arg) if os.path.lexists(arg) else os.path.abspath(arg)
            for arg in inputs
        )
        fields = read.fields
        options = {
            "kind": kind,
            "format": read.format,
            "text-field": fields.text,
            "html-field": fields.html,
            "id-field": fields.id,
            "url-field": fields.url,
            "follow-links": read.follow_links,
        }
        pairs = tuple((k, json.dumps(v)) for k, v in options.items())
        return cls(tuple(resolved), config_hash, __version__, output_format, pairs)

    def to_bytes(self) -> bytes:
        """The identity file's bytes: JSON, keys in a fixed order."""
        value = {
            "newsclean_version": self.newsclean_version,
            "output_format": self.output_format,
            "config_hash": self.config_hash,
            "inputs": list(self.inputs),
            "options": {k: json.loads(v) for k, v in self.options},
        }
        return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8", "backslashreplace")

    @classmethod
    def from_bytes(cls, data: bytes) -> RunIdentity:
        """Parse an identity file; anything else raises ``ValueError``."""
        try:
            value = json.loads(data)
            options = tuple((str(k), json.dumps(v)) for k, v in value["options"].items())
            return cls(
                tuple(str(i) for i in value["inputs"]),
                str(value["config_hash"]),
                str(value["newsclean_version"]),
                str(value["output_format"]),
                options,
            )
        except (KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise ValueError(f"not a run identity: {exc}") from exc

    def differences(self, earlier: RunIdentity) -> list[str]:
        """What this run does differently from ``earlier``, one phrase each."""
        found = []
        if self.inputs != earlier.inputs:
            added = [i for i in self.inputs if i not in earlier.inputs]
            gone = [i for i in earlier.inputs if i not in self.inputs]
            found.append(f"inputs: {_listed('now also', added)}{_listed('no longer', gone)}".rstrip("; "))
        if self.config_hash != earlier.config_hash:
            found.append(f"config hash {self.config_hash}, the output's run used {earlier.config_hash}")
        if self.newsclean_version != earlier.newsclean_version:
            ours, theirs = self.newsclean_version, earlier.newsclean_version
            found.append(f"newsclean {ours}, the output was written by {theirs}")
        if self.output_format != earlier.output_format:
            found.append(f"output format {self.output_format}, was {earlier.output_format}")
        before = dict(earlier.options)
        for name, value in self.options:
            if before.get(name) != value:
                found.append(f"--{name} {value}, was {before.get(name, 'not recorded')}")
        return found

    def owns(self, record: Mapping[str, Any]) -> bool:
        """Whether a record can be one of this run's: an error record, or cleaned with this config."""
        if not isinstance(record, dict) or not isinstance(record.get("id"), str) or "source" not in record:
            return False
        if isinstance(record.get("error"), dict):
            return True
        metadata = record.get("metadata")
        return (
            isinstance(metadata, dict)
            and metadata.get("config_hash") == self.config_hash
            and metadata.get("newsclean_version") == self.newsclean_version
        )


def _listed(label: str, paths: list[str]) -> str:
    if not paths:
        return ""
    shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    return f"{label} {shown}; "
