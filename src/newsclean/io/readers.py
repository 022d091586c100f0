"""Inputs to work items: files, folders, globs, JSONL and stdin, streamed one item at a time.

Listing happens in the parent process and stays cheap: a file becomes an :class:`Item`
holding its path, which the worker reads. JSON lines, Parquet rows and WARC records are
parsed here because their ids are needed before any work starts (to skip them on
``--resume``); Parquet (:mod:`newsclean.io.parquet`) and WARC (:mod:`newsclean.io.warc`)
need an optional extra each.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from newsclean import jsonsafe
from newsclean.errors import InputError
from newsclean.io.items import (
    Format,
    Item,
    JsonlFields,
    ReadOptions,
    has_field,
    item_from_record,
    missing_field,
)

STDIN = "-"
_JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_WARC_SUFFIXES = (".warc",)
_GLOB_CHARS = frozenset("*?[")
_READ_CHUNK = 1 << 20
FIELD_PROBE = 3
"""How many records without the text field (and none with it) stop the run with a usage error."""


def check_inputs(inputs: tuple[str, ...]) -> None:
    """Raise :class:`InputError` naming the first argument that matches nothing.

    >>> check_inputs(("-",))
    """
    for arg in inputs:
        if arg == STDIN or os.path.lexists(arg):
            continue
        if _GLOB_CHARS & set(arg) and glob.glob(arg, recursive=True):
            continue
        raise InputError(f"no such file, folder or matching glob: {arg}")


@dataclass
class Skipped:
    """What listing the inputs left out on purpose, for the run's summary (local to one run)."""

    hidden: int = 0
    """Files and folders whose names start with ``.``, met while walking a folder."""


def iter_items(
    inputs: tuple[str, ...],
    options: ReadOptions,
    skipped: Skipped | None = None,
    skip: Callable[[str], bool] = lambda path: False,
) -> Iterator[Item]:
    """Yield the items of every input in order; folders are walked recursively, sorted.

    Hidden entries of a folder are skipped (counted in ``skipped``); a symbolic link met in a
    folder or a glob that points outside every input becomes an error item unless
    ``options.follow_links``. An input named on its own is read whatever it is. Files for
    which ``skip`` is true (such as the run's own output) are not opened.
    """
    skipped = skipped if skipped is not None else Skipped()
    roots = input_roots(inputs)
    for arg in inputs:
        if arg == STDIN:
            yield from _stdin_items(options)
        elif os.path.isdir(arg):
            for rel, path, listed in _walk(arg, "", skipped):
                if listed and skip(path):
                    continue
                if listed:
                    yield from _listed_items(path, rel, options, roots)
                else:
                    message = f"cannot list folder {path}: permission denied"
                    yield Item(id=rel or Path(arg).as_posix(), source=path, error=("InputError", message))
        elif os.path.lexists(arg):
            if not skip(arg):
                yield from _file_items(arg, Path(arg).as_posix(), options)
        else:
            for match in sorted(glob.glob(arg, recursive=True)):
                if os.path.isdir(match) or skip(match):
                    continue
                yield from _listed_items(match, Path(match).as_posix(), options, roots)


def glob_root(pattern: str) -> str:
    """The folder a glob reads from: its leading components without wildcards.

    >>> glob_root("dumps/2024/*/part-*.jsonl"), glob_root("*.txt")
    ('dumps/2024', '.')
    """
    parts = pattern.split(os.sep)
    end = next((i for i, part in enumerate(parts) if _GLOB_CHARS & set(part)), len(parts))
    return os.sep.join(parts[:end]) or (os.sep if pattern.startswith(os.sep) else ".")


def input_roots(inputs: tuple[str, ...]) -> tuple[str, ...]:
    """The resolved paths the inputs read: each file or folder, and each glob's folder."""
    roots = []
    for arg in inputs:
        if arg == STDIN:
            continue
        roots.append(os.path.realpath(arg if os.path.lexists(arg) else glob_root(arg)))
    return tuple(roots)


def _listed_items(path: str, rel: str, options: ReadOptions, roots: tuple[str, ...]) -> Iterator[Item]:
    """A file found by walking or globbing; a symbolic link out of the inputs is not followed."""
    if not options.follow_links and os.path.islink(path):
        target = os.path.realpath(path)
        if not any(target == root or target.startswith(os.path.join(root, "")) for root in roots):
            message = f"{path} is a symbolic link to {target}, outside the inputs: not followed"
            yield Item(id=rel, source=path, error=("InputError", message))
            return
    yield from _file_items(path, rel, options)


def _walk(root: str, rel: str, skipped: Skipped) -> Iterator[tuple[str, str, bool]]:
    """``(relative path, path, listed)`` of the files under ``root``/``rel``, sorted by name.

    Hidden entries are skipped (and counted) and symlinked folders are not followed (no cycles);
    a folder that cannot be listed comes out once with ``listed=False``.
    """
    folder = os.path.join(root, rel) if rel else root
    try:
        with os.scandir(folder) as scan:
            found = list(scan)
    except OSError:
        yield rel, folder, False
        return
    entries = sorted((e for e in found if not e.name.startswith(".")), key=lambda e: e.name)
    skipped.hidden += len(found) - len(entries)
    for entry in entries:
        child = f"{rel}/{entry.name}" if rel else entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(root, child, skipped)
        else:
            yield child, entry.path, True


def container_format(path: str, options: ReadOptions) -> Format:
    """How ``path`` is read: ``"doc"`` (one document) or a container of many (by ``--format`` or extension).

    >>> [container_format(p, ReadOptions()) for p in ("a.jsonl.gz", "b.parquet", "c.warc.gz", "d.html")]
    ['jsonl', 'parquet', 'warc', 'doc']
    """
    if options.format != "auto":
        return options.format
    name = _strip_gz(path).lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    return "parquet" if path.lower().endswith(_PARQUET_SUFFIXES) else "doc"


def is_jsonl(path: str, options: ReadOptions) -> bool:
    """Whether ``path`` is read as JSON lines (by ``--format`` or by its extension).

    >>> is_jsonl("news/part-1.jsonl.gz", ReadOptions())
    True
    """
    return container_format(path, options) == "jsonl"


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def _file_items(path: str, rel: str, options: ReadOptions) -> Iterator[Item]:
    special = _not_regular(path)
    if special is not None:
        yield Item(id=rel, source=path, error=("InputError", special))
        return
    form = container_format(path, options)
    if form == "parquet":
        from newsclean.io.parquet import parquet_items

        yield from parquet_items(path, rel, options)
        return
    if form == "warc":
        from newsclean.io.warc import warc_items

        yield from warc_items(path, rel, options)
        return
    if form == "jsonl":
        try:
            with _open_binary(path) as fh:
                yield from _jsonl_items(fh, rel, path, options)
        except (OSError, EOFError, zlib.error) as exc:
            yield Item(id=rel, source=path, error=("InputError", _os_message(path, exc)))
        return
    html = _strip_gz(path).lower().endswith(_HTML_SUFFIXES)
    yield Item(id=rel, source=path, path=path, kind="html" if html else None)


_FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(path: str) -> str | None:
    """Why ``path`` (followed through symlinks) is not read, or ``None`` for a regular file.

    A pipe or a device never ends or blocks; only standard input, given as ``-``, may be a stream.

    >>> _not_regular("/dev/null")
    '/dev/null is not a regular file (a character device); only standard input (-) is read as a stream'
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing, a loop or unreadable: the reader says which in its own words
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    return f"{path} is not a regular file ({kind}); only standard input (-) is read as a stream"


def _stdin_items(options: ReadOptions) -> Iterator[Item]:
    stream = _stdin_binary()
    if options.format == "jsonl":
        yield from _jsonl_items(stream, "<stdin>", STDIN, options)
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Item(id="<stdin>", source=STDIN, error=("InputError", _too_big("standard input", options)))
    else:
        yield Item(id="<stdin>", source=STDIN, data=data)


def _stdin_binary() -> IO[bytes]:
    """Standard input as bytes (looked up at call time: test runners replace ``sys.stdin``)."""
    buffer: IO[bytes] = sys.stdin.buffer
    return buffer


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        # Returned open: the caller's with-block closes it.
        inflated: IO[bytes] = gzip.open(path, "rb")  # type: ignore[assignment]  # noqa: SIM115
        return inflated
    return open(path, "rb")


def _jsonl_items(fh: IO[bytes], rel: str, source: str, options: ReadOptions) -> Iterator[Item]:
    """The items of a JSON-lines stream (UTF-8, or UTF-16/32 read as text), within the per-input budgets."""
    wide = _wide_text(fh)
    try:
        yield from _jsonl_lines(fh.readline if wide is None else _utf8_lines(wide), rel, source, options)
    finally:
        if wide is not None:
            wide.detach()  # leave the byte stream to its owner (standard input stays open)


def _jsonl_lines(
    readline: Callable[[int], bytes], rel: str, source: str, options: ReadOptions
) -> Iterator[Item]:
    number = records = blank = read = 0
    # Records are held back until one has the text field, so a forgotten --text-field stops
    # the run after FIELD_PROBE records, before any of them became an error record.
    held: list[tuple[Item, dict[str, Any]]] = []
    found = False
    while True:
        raw = readline(options.max_bytes + 1)
        if not raw:
            break
        number += 1
        read += len(raw)
        where = f"{rel}:{number}"
        item: Item | None = None
        record: dict[str, Any] | Item | None = None
        if len(raw) > options.max_bytes and not raw.endswith(b"\n"):
            read += _skip_line(readline)
            item = Item(id=where, source=source, error=("InputError", _too_big(f"line {number}", options)))
        elif raw.strip():
            record = _json_object(raw, where, source)
            item = (
                record
                if isinstance(record, Item)
                else item_from_record(record, where, source, options.fields)
            )
        else:
            blank += 1
        records += item is not None
        over = options.over_budget(read, records, blank)
        if over is not None:
            yield from (i for i, _ in held if not found)
            message = f"{rel}: stopped reading at line {number:,}: {over}"
            yield Item(id=where, source=source, error=("InputError", message), container=rel)
            return
        if item is None:
            continue
        item = replace(item, container=rel)
        if found or not isinstance(record, dict):
            yield item
            continue
        held.append((item, record))
        if has_field(record, options.fields):
            found = True
            yield from (i for i, _ in held)
        elif len(held) >= FIELD_PROBE:
            records_seen = [r for _, r in held]
            keys = (key for r in records_seen for key in r)
            raise missing_field(rel, options.fields, keys, f"the first {len(records_seen)} records have")
    # Fewer records than that are each an error record, which names the fields it has.
    yield from (i for i, _ in held if not found)


# UTF-32 first: its little-endian byte-order mark begins with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_text(fh: IO[bytes]) -> io.TextIOWrapper | None:
    """``fh`` as text when it holds UTF-16 or UTF-32 JSON (a byte-order mark, or NULs beside ``{``).

    Splitting such a stream at byte 0x0A would cut every newline in half.
    """
    peek = getattr(fh, "peek", None)
    head: bytes = peek(4)[:4] if peek is not None else b""
    name = next((n for bom, n in _WIDE_BOMS if head.startswith(bom)), None)
    if name is None and len(head) == 4:
        if head[0] and not any(head[1:]):
            name = "utf-32-le"
        elif head[3] and not any(head[:3]):
            name = "utf-32-be"
        elif head[0] and head[2] and not head[1] and not head[3]:
            name = "utf-16-le"
        elif head[1] and head[3] and not head[0] and not head[2]:
            name = "utf-16-be"
    if name is None:
        return None
    return io.TextIOWrapper(fh, encoding=name, errors="replace")


def _utf8_lines(text: io.TextIOWrapper) -> Callable[[int], bytes]:
    def readline(limit: int) -> bytes:
        return text.readline(limit).encode("utf-8", "replace")

    return readline


def _skip_line(readline: Callable[[int], bytes]) -> int:
    """Read to the end of the current line; the number of bytes skipped."""
    skipped = 0
    while True:
        chunk = readline(_READ_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def parse_jsonl_line(raw: bytes, where: str, source: str, fields: JsonlFields) -> Item:
    """Turn one JSON line into an item; a malformed line becomes an item carrying an error.

    >>> parse_jsonl_line(b'{"id": 7, "text": "Hi"}', "a.jsonl:1", "a.jsonl", JsonlFields()).id
    '7'
    >>> parse_jsonl_line(b'{"text": ', "a.jsonl:2", "a.jsonl", JsonlFields()).error[0]
    'InputError'
    """
    record = _json_object(raw, where, source)
    if isinstance(record, Item):
        return record
    return item_from_record(record, where, source, fields)


def _json_object(raw: bytes, where: str, source: str) -> dict[str, Any] | Item:
    """The JSON object of one line, or an item carrying why it is not one."""
    line = where.rsplit(":", 1)[-1]
    try:
        record = jsonsafe.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return Item(id=where, source=source, error=("InputError", f"line {line} is not valid JSON: {exc}"))
    if not isinstance(record, dict):
        message = f"line {line} is a JSON {type(record).__name__}, not an object"
        return Item(id=where, source=source, error=("InputError", message))
    return record


def read_document(path: str, max_bytes: int) -> bytes:
    """Read one input file (gunzipped if ``.gz``), at most ``max_bytes``; errors say what went wrong.

    Only regular files are read: a FIFO or device would block or never end.
    """
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path} is not a regular file")
        if st.st_size > max_bytes:
            raise InputError(f"{path} has {st.st_size:,} bytes, over the limit of {max_bytes:,}")
        with _open_binary(path) as fh:
            # Read one byte past the limit so a gzip bomb is caught without inflating it all.
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(_os_message(path, exc)) from exc
    if len(data) > max_bytes:
        raise InputError(f"{path} decompresses to more than {max_bytes:,} bytes")
    return data


def _os_message(path: str, exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return f"{path} is a broken symbolic link"
    if isinstance(exc, PermissionError):
        return f"cannot read {path}: permission denied"
    if isinstance(exc, FileNotFoundError):
        return f"{path} does not exist"
    if isinstance(exc, gzip.BadGzipFile | EOFError | zlib.error):
        return f"{path} is not a valid gzip file: {exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read {path}: {exc.strerror}"
    return f"cannot read {path}: {exc}"


def _too_big(what: str, options: ReadOptions) -> str:
    return f"{what} is longer than the limit of {options.max_bytes:,} bytes"
