"""Output safety for the batch commands: never write over what is read, one run per output,
and ``--resume`` continues only its own run.

- :func:`refuse_inputs`: a path to be written that is an input, matches an input glob, or
  lies in an input folder is refused (exit 2) before anything is opened for writing. Paths
  are compared resolved, and by device and inode where they exist (hard links, bind mounts).
- :func:`claim_output`: creates the output's folder and holds an exclusive ``flock`` on
  ``OUT.lock`` (``DIR/.newsclean.lock`` for ``--out-dir``) for the whole run, part file
  included; a second run to the same output gets exit 2 naming the holder's pid and start.
- :meth:`Claim.open_sink`: writes the run's :class:`RunIdentity` to ``OUT.run.json``
  (``DIR/.newsclean.run.json``). ``--resume`` appends only to an output whose identity
  matches and whose lines are this run's records; anything else is exit 2 and the output is
  left as it was.
"""

from __future__ import annotations

import contextlib
import fcntl
import fnmatch
import glob
import json
import os
import stat
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

import click

from newsclean.app.cli_errors import OutputRefused
from newsclean.app.run_identity import RunIdentity
from newsclean.errors import InputError
from newsclean.io.items import Item, ReadOptions
from newsclean.io.readers import STDIN
from newsclean.io.writers import DirSink, Done, JsonlSink, TextSink, part_path, write_atomically

_DIR_LOCK = ".newsclean.lock"
_DIR_IDENTITY = ".newsclean.run.json"


class Sink(Protocol):
    """Where records go: a JSONL file or stream, a Parquet file or a folder."""

    def name_for(self, item: Item) -> str: ...
    def skip(self, item: Item, name: str) -> Done | None: ...
    def write(self, line: str, body: str | None, name: str) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


def lock_path(output: Path | None, out_dir: Path | None) -> Path | None:
    """The lock file of an output: ``OUT.lock`` beside a file, ``DIR/.newsclean.lock`` in a folder."""
    if out_dir is not None:
        return out_dir / _DIR_LOCK
    return output.with_name(f"{output.name}.lock") if output is not None else None


def identity_path(output: Path | None, out_dir: Path | None) -> Path | None:
    """The run identity file: ``OUT.run.json`` beside a file, ``DIR/.newsclean.run.json`` in a folder."""
    if out_dir is not None:
        return out_dir / _DIR_IDENTITY
    return output.with_name(f"{output.name}.run.json") if output is not None else None


def _key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _ancestors(path: str) -> Iterator[str]:
    """``path`` itself, then each folder above it up to the root."""
    while True:
        yield path
        parent = os.path.dirname(path)
        if parent == path:
            return
        path = parent


class _ReadSet:
    """The files, folders and glob patterns a run reads, resolved once."""

    def __init__(self, inputs: Sequence[str]) -> None:
        self.files: dict[str, str] = {}
        self.folders: dict[str, str] = {}
        self.keys: dict[tuple[int, int], tuple[str, bool]] = {}
        self.patterns: list[tuple[str, str]] = []
        for arg in inputs:
            if arg == STDIN:
                continue
            if os.path.lexists(arg):
                self._add(arg, arg)
                continue
            self.patterns.append((arg, os.path.abspath(arg)))
            for match in glob.glob(arg, recursive=True):
                if not os.path.isdir(match):
                    self._add(match, arg)

    def _add(self, path: str, arg: str) -> None:
        real = os.path.realpath(path)
        folder = os.path.isdir(real)
        (self.folders if folder else self.files)[real] = arg
        key = _key(real)
        if key is not None:
            self.keys[key] = (arg, folder)

    def clash(self, path: Path) -> str | None:
        """Why writing ``path`` would change what this run reads, or ``None``."""
        real = os.path.realpath(path)
        key = _key(real)
        if real in self.files:
            return f"it is the input {self.files[real]}"
        entry = self.keys.get(key) if key is not None else None
        if entry is not None and not entry[1]:
            return f"it is the input {entry[0]}"
        for arg, pattern in self.patterns:
            if fnmatch.fnmatchcase(real, pattern) or fnmatch.fnmatchcase(os.path.abspath(path), pattern):
                return f"it matches the input {arg}"
        for folder in _ancestors(real):
            found = self.folders.get(folder)
            if found is None:
                entry = self.keys.get(_key(folder) or (-1, -1))
                found = entry[0] if entry is not None and entry[1] else None
            if found is not None:
                return f"it is in the input folder {found}, which is being read"
        return None

    def inside(self, folder: Path) -> str | None:
        """An input that lies in ``folder`` (which a run would write into), or ``None``."""
        real = os.path.join(os.path.realpath(folder), "")
        for path, arg in [*self.files.items(), *self.folders.items()]:
            if os.path.join(path, "").startswith(real):
                return arg
        return None


def refuse_inputs(writes: Sequence[Path], inputs: Sequence[str], *, out_dir: Path | None = None) -> None:
    """Raise :class:`OutputRefused` when a path to be written is read by the same run.

    ``inputs`` are the command's inputs plus any file it reads (config, profile); ``out_dir``
    is a folder to be written into, which must neither lie in an input folder nor hold an input.
    """
    reads = _ReadSet(inputs)
    if out_dir is not None:
        problem = reads.clash(out_dir)
        held = reads.inside(out_dir)
        if problem is None and held is not None:
            problem = f"it holds the input {held}"
        if problem is not None:
            message = f"refusing to write into {out_dir}: {problem}; choose a folder outside the inputs"
            raise OutputRefused(message)
    for path in writes:
        problem = reads.clash(path)
        if problem is not None:
            raise OutputRefused(f"refusing to write {path}: {problem}; choose an output outside the inputs")


def _special(path: Path) -> bool:
    """Whether ``path`` exists and is neither a regular file nor a folder (a device, a pipe, a socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputRefused(f"cannot create the output folder {folder}: {exc.strerror or exc}") from exc


def ensure_writable(output: Path, inputs: Sequence[str]) -> None:
    """For a command writing one whole file (``learn``, ``report``): refuse an input, make its folder."""
    refuse_inputs([output], inputs)
    _make_folder(output.parent)


@contextlib.contextmanager
def _locked(lock: Path, output: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock``; a second holder is refused with the first one's pid."""
    while True:
        try:
            # Never through a symlink, never a file with other names: the lock file gets rewritten.
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise OutputRefused(f"cannot use the lock file {lock}: {exc.strerror or exc}") from exc
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
            os.close(fd)
            raise OutputRefused(f"cannot use the lock file {lock}: it is not a plain file of its own")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise OutputRefused(
                f"{output} is being written by another newsclean run ({holder}); "
                "wait for it to finish, or stop it"
            ) from None
        # The run that held it may have removed the file meanwhile: then lock the new one.
        if _key(str(lock)) == (st.st_dev, st.st_ino):
            break
        os.close(fd)
    try:
        started = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime())
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "started": started}).encode() + b"\n")
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def _holder(fd: int) -> str:
    try:
        holder = json.loads(os.pread(fd, 4096, 0))
        return f"pid {int(holder['pid'])}, started {holder['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "its pid is not written yet"


@dataclass(frozen=True)
class Claim:
    """An output this run may write: checked against the inputs, its folder made, its lock held."""

    output: Path | None
    out_dir: Path | None
    inputs: tuple[str, ...]
    stream: IO[bytes] | None = None
    """An ``-o`` that is a device or a pipe (``/dev/null``, a FIFO), written to as it is."""

    def open_sink(
        self, config_hash: str, read: ReadOptions, kind: str, resume: bool, form: str = "jsonl"
    ) -> tuple[Sink, str]:
        """The sink for ``--out-dir``, ``-o OUT.parquet``, ``-o OUT.jsonl`` or standard output, and its name.

        The run identity is checked (with ``resume``) before, and written after, the sink is opened.
        ``form="txt"`` writes the bodies alone (``--output-format txt``).
        """
        sink: Sink
        if form == "txt" and self.out_dir is None:
            return self._text_sink(resume)
        if self.stream is not None:
            if resume or self.output is None or self.output.suffix.lower() in (".parquet", ".pq"):
                message = f"{self.output} is not a regular file: write JSONL to it, without --resume"
                raise click.UsageError(message)
            return JsonlSink(None, stream=self.stream), str(self.output)
        if self.out_dir is not None:
            identity = RunIdentity.of(self.inputs, config_hash, "folder", read, kind)
            self._check_folder(self.out_dir, identity, resume)
            sink, where = DirSink(self.out_dir, resume=resume, records=form == "jsonl"), str(self.out_dir)
        elif self.output is None:
            return JsonlSink(None, stream=sys.stdout.buffer), "standard output"
        elif self.output.suffix.lower() in (".parquet", ".pq"):
            if resume:
                raise click.UsageError("--resume does not work with a Parquet output; write JSONL to resume")
            from newsclean.io.parquet import ParquetSink

            return ParquetSink(self.output), str(self.output)  # never resumed: no identity needed
        else:
            identity = RunIdentity.of(self.inputs, config_hash, "jsonl", read, kind)
            sink, where = self._jsonl(self.output, identity, resume), str(self.output)
        path = identity_path(self.output, self.out_dir)
        assert path is not None
        write_atomically(path, [identity.to_bytes()])
        return sink, where

    def _text_sink(self, resume: bool) -> tuple[Sink, str]:
        """Bodies one after another to ``-o`` or standard output: nothing to resume from."""
        if self.output is not None and self.output.suffix.lower() in (".parquet", ".pq"):
            raise click.UsageError("--output-format txt writes text, not Parquet: name the output .txt")
        if resume:
            raise click.UsageError("--resume with --output-format txt needs --out-dir (a file per document)")
        if self.stream is not None or self.output is None:
            stream = self.stream if self.stream is not None else sys.stdout.buffer
            return TextSink(None, stream=stream), str(self.output or "standard output")
        return TextSink(self.output), str(self.output)

    def _jsonl(self, output: Path, identity: RunIdentity, resume: bool) -> JsonlSink:
        part = part_path(output)
        if resume and (part.exists() or output.exists()):
            earlier = self._earlier()
            if earlier is None:
                raise OutputRefused(
                    f"cannot resume {output}: it has no run identity file "
                    f"({identity_path(output, None)}), so it may not be a newsclean run's output; "
                    "it was left as it was (run without --resume to overwrite it, or write elsewhere)"
                )
            _same_run(output, identity, earlier)
        try:
            return JsonlSink(output, resume=resume, own=identity.owns)
        except InputError as exc:
            raise OutputRefused(
                f"cannot resume {output}: {exc}; it was left as it was "
                "(run without --resume to overwrite it, or write elsewhere)"
            ) from exc

    def _check_folder(self, out_dir: Path, identity: RunIdentity, resume: bool) -> None:
        earlier = self._earlier()
        if earlier is None:
            if any(name not in (_DIR_LOCK, _DIR_IDENTITY) for name in os.listdir(out_dir)):
                raise OutputRefused(
                    f"refusing to write into {out_dir}: it is not empty and holds no run identity file "
                    f"({_DIR_IDENTITY}) of an earlier newsclean run; choose a new or empty folder"
                )
        elif resume:
            _same_run(out_dir, identity, earlier)

    def _earlier(self) -> RunIdentity | None:
        path = identity_path(self.output, self.out_dir)
        assert path is not None
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise OutputRefused(f"cannot read the run identity file {path}: {exc.strerror or exc}") from exc
        try:
            return RunIdentity.from_bytes(data)
        except ValueError as exc:
            raise OutputRefused(f"{path} is not a newsclean run identity file: {exc}") from exc


def _same_run(output: Path, identity: RunIdentity, earlier: RunIdentity) -> None:
    differences = identity.differences(earlier)
    if differences:
        raise OutputRefused(
            f"cannot resume {output}: it holds another run's records ({'; '.join(differences)}); "
            "it was left as it was (run without --resume to start over, or write elsewhere)"
        )


@contextlib.contextmanager
def claim_output(
    inputs: Sequence[str], output: Path | None, out_dir: Path | None, also_read: Sequence[Path | None] = ()
) -> Iterator[Claim]:
    """Refuse an output the run reads, make its folder and hold its lock while the block runs.

    ``also_read`` are other files the run reads (config, profile). Standard output needs none of it.
    """
    claim = Claim(output, out_dir, tuple(inputs))
    lock = lock_path(output, out_dir)
    identity = identity_path(output, out_dir)
    if lock is None or identity is None:
        yield claim
        return
    reads = [*inputs, *(str(p) for p in also_read if p is not None)]
    if output is not None and _special(output):
        # Renaming a part file over a device or pipe would replace it: write to it in place.
        refuse_inputs([output], reads)
        with open(output, "wb") as stream:
            yield Claim(output, None, tuple(inputs), stream)
        return
    writes = [lock, identity] if output is None else [output, part_path(output), lock, identity]
    refuse_inputs(writes, reads, out_dir=out_dir)
    _make_folder(lock.parent)
    with _locked(lock, out_dir or output or lock):
        yield claim
