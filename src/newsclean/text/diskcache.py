"""A per-user disk cache for data newsclean derives from installed files and can always rebuild.

Building langdetect's language profiles is most of a fresh process's first language call (about
0.3 s for the 31 Latin-script languages). The built object is stored once, pickled, and later
processes load it in a third of that time. An entry is found by a key that names everything it was
built from (for language profiles: the library's profile files, their sizes and modification
times); a changed input gives a new key, never a stale entry.

The cache lives in ``$NEWSCLEAN_CACHE_DIR`` when that is set, else ``$XDG_CACHE_HOME/newsclean``
(``~/.cache/newsclean``). ``NEWSCLEAN_CACHE_DIR=off`` (or empty) turns it off. Entries are pickles,
so the cache is only used in a folder of the user's own that no one else may write to (it is
created so); elsewhere everything is built afresh. Entries are written
atomically (a temporary file renamed into place), so concurrent processes never read half an
entry; any entry that cannot be read or fails the caller's check is rebuilt and rewritten. A cache
that cannot be written (read-only home, full disk) only costs the rebuild.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ENV = "NEWSCLEAN_CACHE_DIR"
"""The environment variable that moves the cache, or turns it off with ``off`` or an empty value."""
_OFF = ("", "0", "off", "none")
# Part of every key: a new pickle layout or Python version never reads an old entry.
_FORMAT = f"1-py{sys.version_info[0]}.{sys.version_info[1]}"


def cache_dir() -> Path | None:
    """The directory entries go to, or ``None`` when the cache is turned off."""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsclean"


def cached(name: str, key: str, build: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """The object cached under ``name`` and ``key``, built (and stored) when there is none.

    ``valid`` checks what was loaded (its type, its contents); an entry it rejects, or one that
    cannot be unpickled, is rebuilt. The result is always what ``build`` returns or returned for
    the same key.
    """
    folder = cache_dir()
    if folder is None or not _private(folder):
        return build()
    digest = hashlib.sha256(f"{_FORMAT}\n{key}".encode()).hexdigest()[:32]
    path = folder / f"{name}-{digest}.pickle"
    try:
        with open(path, "rb") as fh:
            loaded = pickle.load(fh)
        if valid(loaded):
            return loaded  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception:
        pass
    value = build()
    _store(path, value)
    return value


def files_key(paths: Iterable[str]) -> str:
    """A key naming files by path, size and modification time: a changed or moved file gives a new key."""
    lines = []
    for path in paths:
        info = os.stat(path)
        lines.append(f"{path} {info.st_size} {info.st_mtime_ns}")
    return "\n".join(lines)


@functools.cache
def source_hash(path: str) -> str | None:
    """The hash of a source file (a module's ``__file__``), so that what its code derived is
    never reused by other code; ``None`` when there is no source to read (a zipped install)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _private(folder: Path) -> bool:
    """Whether ``folder`` is missing (to be created private) or the user's own and writable by no one else."""
    try:
        info = folder.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    return info.st_uid == owner and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        pass
