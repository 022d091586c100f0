"""Records to output: one JSON line per document, or a mirrored folder of ``NAME.txt`` + ``NAME.json``.

Each record is written with one write and flushed, so an interrupted run leaves only
whole records behind (a torn last line is cut off when the run is resumed).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import regex

from newsclean import jsonsafe
from newsclean.errors import InputError
from newsclean.io.items import Item

_UNSAFE = regex.compile(r"[^\w.\-]+")
_MAX_COMPONENT = 100
_CONTAINER_EXT = regex.compile(r"\.(?:jsonl|json|ndjson|parquet|pq|warc)$", regex.I)
_DOC_EXT = regex.compile(r"\.[A-Za-z0-9]{1,8}$")


def record_line(record: Mapping[str, Any]) -> str:
    """Serialise a record to one JSON line, keys in insertion order (stable bytes).

    >>> record_line({"id": "a", "body": "Grüße"})
    '{"id":"a","body":"Grüße"}\\n'
    """
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n"


def error_record(item_id: str, source: str, error_type: str, message: str) -> dict[str, Any]:
    """The record of a document that could not be cleaned."""
    return {"id": item_id, "source": source, "error": {"type": error_type, "message": message}}


@dataclass(frozen=True)
class Done:
    """A record found in the output of an earlier run (``--resume``), with what the summary counts."""

    error_type: str | None
    language: str | None = None
    removed: tuple[tuple[str, int], ...] = ()


def done_of(record: Any) -> Done:
    """What the summary counts of a record read back from the output.

    >>> done_of({"metadata": {"language": "de"}, "stats": {"removed_by_category": {"ticker": 2}}})
    Done(error_type=None, language='de', removed=(('ticker', 2),))
    """
    if not isinstance(record, dict):
        return Done(None)
    error = record.get("error")
    if isinstance(error, dict):
        kind = error.get("type")
        return Done(None if kind is None else str(kind))
    metadata, stats = record.get("metadata"), record.get("stats")
    language = metadata.get("language") if isinstance(metadata, dict) else None
    counts = stats.get("removed_by_category") if isinstance(stats, dict) else None
    removed = tuple(
        (str(k), v) for k, v in (counts.items() if isinstance(counts, dict) else ()) if type(v) is int
    )
    return Done(None, language if isinstance(language, str) else None, removed)


def _safe_component(part: str) -> str:
    """A file-name component that cannot climb out of, or hide in, the output folder.

    >>> [_safe_component(p) for p in ("..", "a b?.txt", ".env", "")]
    ['_', 'a_b_.txt', 'env', '_']
    """
    clean = str(_UNSAFE.sub("_", part)).strip(".") or "_"
    if len(clean) > _MAX_COMPONENT:
        digest = hashlib.sha256(part.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        clean = f"{clean[: _MAX_COMPONENT - 13]}~{digest}"
    return clean


def safe_relpath(name: str) -> str:
    """A relative POSIX path made of safe components; ``..``, roots and drive letters lose their power.

    >>> safe_relpath("../../etc/passwd")
    '_/_/etc/passwd'
    >>> safe_relpath("/abs\\\\win\\\\..\\\\x")
    'abs/win/_/x'
    """
    parts = [p for p in regex.split(r"[/\\]+", name) if p]
    return "/".join(_safe_component(p) for p in parts) or "_"


def out_name(item: Item) -> str:
    """The name (without extension) a document gets under ``--out-dir``, mirroring the input tree.

    >>> out_name(Item(id="world/story.html.gz", source="in/world/story.html.gz"))
    'world/story'
    >>> out_name(Item(id="feed.jsonl:3", source="feed.jsonl", container="feed.jsonl"))
    'feed/line-3'
    >>> out_name(Item(id="<urn:uuid:1f2e>", source="in/c.warc.gz", container="c.warc.gz"))
    'c/_urn_uuid_1f2e_'
    """
    if item.container is not None:
        folder = _CONTAINER_EXT.sub("", _strip_gz(item.container)) or "_"
        prefix = f"{item.container}:"
        leaf = f"line-{item.id[len(prefix) :]}" if item.id.startswith(prefix) else item.id
        return f"{safe_relpath(folder)}/{_safe_component(leaf)}"
    if item.id == "<stdin>":
        return "stdin"
    return safe_relpath(_DOC_EXT.sub("", _strip_gz(item.id)))


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def part_path(path: Path) -> Path:
    """Where a run writes before renaming to ``path``; hidden, so folder inputs never list it.

    >>> part_path(Path("out/clean.jsonl")).as_posix()
    'out/.clean.jsonl.part'
    """
    return path.with_name(f".{path.name}.part")


def write_atomically(path: Path, chunks: Iterable[bytes]) -> None:
    """Write a whole file: to a hidden part file of its own first, then renamed into place.

    The part file's name is unique, so two runs writing the same file never mix their bytes:
    the last rename wins, whole.
    """
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    part = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.chmod(part, 0o644)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _has_id(record: Mapping[str, Any]) -> bool:
    return "id" in record


class JsonlSink:
    """Writes records to a JSONL file (atomically: ``.OUT.part`` then rename) or to a stream.

    With ``resume`` the records of an earlier run are kept: a ``.OUT.part`` left by an
    interrupted run is continued, else ``OUT`` itself is appended to. Every whole line there
    must be a record that ``own`` accepts, else :class:`InputError` and the file is left as it
    was; only a torn last line (no newline) is cut off.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        resume: bool = False,
        stream: IO[bytes] | None = None,
        own: Callable[[Mapping[str, Any]], bool] = _has_id,
    ) -> None:
        self._done: dict[str, deque[Done]] = {}
        self._final = path
        self._stream = stream
        self._fd: int | None = None
        self.target: Path | None = None
        if path is None:
            return
        part = part_path(path)
        self.target = path if resume and path.exists() and not part.exists() else part
        if resume and self.target.exists():
            self._done = _scan(self.target, own)
        # O_NOFOLLOW: a symlink planted at the part file's name must not truncate its target.
        flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | (os.O_APPEND if resume else os.O_TRUNC)
        self._fd = os.open(self.target, flags, 0o644)

    def name_for(self, item: Item) -> str:
        """Records in one file need no names."""
        return ""

    def skip(self, item: Item, name: str) -> Done | None:
        """The earlier record of ``item`` if it is already in the output (matched once per record)."""
        queue = self._done.get(item.id)
        if not queue:
            return None
        return queue.popleft()

    def write(self, line: str, body: str | None, name: str) -> None:
        """Append one record with a single write, then flush."""
        # A lone surrogate (from a JSON escape or an undecodable file name) stays a valid JSON escape.
        data = line.encode("utf-8", "backslashreplace")
        if self._fd is not None:
            _write_all(self._fd, data)
        elif self._stream is not None:
            self._stream.write(data)
            self._stream.flush()

    def finish(self) -> None:
        """Close the output and move ``.OUT.part`` into place."""
        self.close()
        if self._final is not None and self.target is not None and self.target != self._final:
            os.replace(self.target, self._final)

    def close(self) -> None:
        """Close without renaming: an interrupted run leaves ``.OUT.part`` to resume from."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _scan(path: Path, own: Callable[[Mapping[str, Any]], bool]) -> dict[str, deque[Done]]:
    """Ids of the whole records in ``path``, in order; a torn last line is cut off.

    A whole line that is not a record ``own`` accepts raises :class:`InputError` before
    anything is changed: the file is another run's, or not an output at all.
    """
    done: dict[str, deque[Done]] = {}
    keep = 0
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
                item_id = record["id"] if own(record) else None
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                item_id = None
            if item_id is None:
                raise InputError(f"line {number} of {path} is not a record of this run")
            done.setdefault(str(item_id), deque()).append(done_of(record))
            keep += len(raw)
    if keep != path.stat().st_size:
        os.truncate(path, keep)
    return done


class TextSink(JsonlSink):
    """Writes the bodies alone to one file or stream, each followed by a blank line; errors are left out."""

    def write(self, line: str, body: str | None, name: str) -> None:
        """Append the body, if the document has one."""
        if body is not None:
            super().write(body.rstrip("\n") + "\n\n", body, name)


class DirSink:
    """Writes ``NAME.txt`` (the body) and ``NAME.json`` (the record) per document under ``root``.

    With ``records=False`` only the bodies are written (``--output-format txt``).
    """

    def __init__(self, root: Path, *, resume: bool = False, records: bool = True) -> None:
        self.root = root
        self._records = records
        self._real_root = os.path.realpath(root)
        self._resume = resume
        self._used: set[str] = set()
        root.mkdir(parents=True, exist_ok=True)

    def name_for(self, item: Item) -> str:
        """The item's mirrored name, or ``name~2``, ``name~3``... when an earlier document took it.

        Names are compared case-insensitively so that case-insensitive file systems agree.
        """
        name = out_name(item)
        candidate, n = name, 1
        while candidate.casefold() in self._used:
            n += 1
            candidate = f"{name}~{n}"
        self._used.add(candidate.casefold())
        return candidate

    def skip(self, item: Item, name: str) -> Done | None:
        """The record already written for ``name`` by an earlier run, when resuming."""
        if not self._resume:
            return None
        if not self._records:
            return Done(None) if (self.root / f"{name}.txt").is_file() else None
        try:
            record = jsonsafe.loads((self.root / f"{name}.json").read_bytes())
        except (OSError, ValueError):
            return None
        return done_of(record)

    def write(self, line: str, body: str | None, name: str) -> None:
        """Write the body (when there is one) and the record, each atomically."""
        if body is not None:
            self._atomic(f"{name}.txt", body if body.endswith("\n") or not body else body + "\n")
        if self._records:
            self._atomic(f"{name}.json", line)

    def _atomic(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        # The name is sanitised; this also refuses a symlink planted inside the output folder.
        if os.path.commonpath([self._real_root, os.path.realpath(path.parent)]) != self._real_root:
            raise PermissionError(f"refusing to write outside the output folder: {path}")
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(text.encode("utf-8", "backslashreplace"))
        os.replace(tmp, path)

    def finish(self) -> None:
        """Nothing to move: every file was put in place as it was written."""

    def close(self) -> None:
        """Nothing to close."""
