"""Output safety pieces: the lock, the run identity and what differs between two runs."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest

from newsclean.app.cli_errors import OutputRefused
from newsclean.app.outputs import claim_output, refuse_inputs
from newsclean.app.run_identity import RunIdentity
from newsclean.io.items import JsonlFields, ReadOptions


def test_a_stale_lock_file_of_a_killed_run_is_taken_over_and_removed(tmp_path: Path) -> None:
    lock = tmp_path / "out.jsonl.lock"
    lock.write_text('{"pid": 999999, "started": "long ago"}\n')  # no process holds it
    with claim_output(["-"], tmp_path / "out.jsonl", None):
        assert json.loads(lock.read_text())["pid"] == os.getpid()
    assert not lock.exists()


def test_a_held_lock_names_its_holder(tmp_path: Path) -> None:
    lock = tmp_path / "out.jsonl.lock"
    lock.write_text('{"pid": 4242, "started": "2030-01-02 03:04:05 UTC"}\n')
    refused = pytest.raises(OutputRefused, match=r"pid 4242, started 2030-01-02 03:04:05 UTC")
    with open(lock, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with refused, claim_output(["-"], tmp_path / "out.jsonl", None):
            pass
    assert lock.exists()  # still the holder's


def test_writing_elsewhere_than_the_inputs_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    refuse_inputs([tmp_path / "out.jsonl", tmp_path / "inside-not" / "x"], [str(tmp_path / "in")])
    with pytest.raises(OutputRefused, match="input folder"):
        refuse_inputs([tmp_path / "in" / "deep" / "er" / "x.jsonl"], [str(tmp_path / "in")])


def test_a_run_identity_round_trips_and_says_what_differs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    read = ReadOptions(fields=JsonlFields(text="content"))
    first = RunIdentity.of([str(tmp_path / "b"), "-"], "abc", "jsonl", read, "auto")
    assert first.inputs == ("-", str(tmp_path / "b"))
    assert RunIdentity.from_bytes(first.to_bytes()) == first
    second = RunIdentity.of([str(tmp_path / "a")], "def", "jsonl", ReadOptions(), "html")
    assert second.differences(first) == [
        f"inputs: now also {tmp_path / 'a'}; no longer -, {tmp_path / 'b'}",
        "config hash def, the output's run used abc",
        '--kind "html", was "auto"',
        '--text-field "text", was "content"',
    ]
    with pytest.raises(ValueError, match="not a run identity"):
        RunIdentity.from_bytes(b'{"inputs": []}')


def test_a_run_owns_error_records_and_records_cleaned_with_its_config() -> None:
    identity = RunIdentity(("x",), "abc", "1.0", "jsonl")
    meta = {"config_hash": "abc", "newsclean_version": "1.0"}
    assert identity.owns({"id": "a", "source": "s", "error": {"type": "InputError"}})
    assert identity.owns({"id": "a", "source": "s", "body": "", "metadata": meta})
    assert not identity.owns({"id": "a", "source": "s", "metadata": {**meta, "config_hash": "zzz"}})
    assert not identity.owns({"id": "a", "text": "an input line, not a record"})
