"""Output writers: record bytes, safe out-dir names, atomic JSONL and resuming after a torn write."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsclean.errors import InputError
from newsclean.io.items import Item
from newsclean.io.writers import DirSink, JsonlSink, out_name, part_path, record_line, safe_relpath


@pytest.mark.parametrize(
    ("record", "line"),
    [
        ({"id": "a", "body": "Zürich"}, '{"id":"a","body":"Zürich"}\n'),
        ({"b": 1, "a": [1, 2]}, '{"b":1,"a":[1,2]}\n'),  # insertion order, not sorted
        ({"id": "x", "body": "línea\nдва"}, '{"id":"x","body":"línea\\nдва"}\n'),
    ],
)
def test_record_line_is_compact_ordered_and_unescaped(record: dict[str, object], line: str) -> None:
    assert record_line(record) == line


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "_/_/etc/passwd"),
        ("/etc/passwd", "etc/passwd"),
        ("C:\\Windows\\system32", "C_/Windows/system32"),
        ("a/./b", "a/_/b"),
        ("...", "_"),
        ("", "_"),
        (".hidden/file", "hidden/file"),
        ("new line\nand\ttab", "new_line_and_tab"),
        ("日本語/記事", "日本語/記事"),
    ],
)
def test_safe_relpath_never_climbs_out(name: str, safe: str) -> None:
    assert safe_relpath(name) == safe
    assert ".." not in safe.split("/") and not safe.startswith("/")


def test_safe_relpath_caps_long_components_keeping_them_distinct() -> None:
    first, second = safe_relpath("x" * 300 + "1"), safe_relpath("x" * 300 + "2")
    assert len(first) <= 100 and len(second) <= 100
    assert first != second


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (Item(id="world/story.html.gz", source="in/world/story.html.gz"), "world/story"),
        (Item(id="notes.txt", source="notes.txt"), "notes"),
        (Item(id="feed.jsonl:12", source="f/feed.jsonl", container="feed.jsonl"), "feed/line-12"),
        (Item(id="../../evil", source="d.jsonl", container="sub/d.jsonl.gz"), "sub/d/_.._evil"),
        (Item(id="/etc/passwd", source="d.jsonl", container="d.jsonl"), "d/_etc_passwd"),
        (Item(id="<stdin>", source="-"), "stdin"),
    ],
)
def test_out_name_mirrors_inputs(item: Item, name: str) -> None:
    assert out_name(item) == name


def test_jsonl_sink_writes_atomically(tmp_path: Path) -> None:
    out = tmp_path / "clean.jsonl"
    sink = JsonlSink(out)
    sink.write(record_line({"id": "a"}), None, "")
    assert not out.exists() and part_path(out).read_text() == '{"id":"a"}\n'
    sink.finish()
    assert out.read_text() == '{"id":"a"}\n' and not part_path(out).exists()


def test_interrupted_sink_leaves_a_part_file_to_resume(tmp_path: Path) -> None:
    out = tmp_path / "clean.jsonl"
    sink = JsonlSink(out)
    sink.write(record_line({"id": "a"}), None, "")
    sink.close()
    assert not out.exists()
    resumed = JsonlSink(out, resume=True)
    assert resumed.skip(Item(id="a", source="s"), "") is not None
    resumed.write(record_line({"id": "b"}), None, "")
    resumed.finish()
    assert out.read_text() == '{"id":"a"}\n{"id":"b"}\n'


@pytest.mark.parametrize(
    ("existing", "kept"),
    [
        ('{"id":"a"}\n{"id":"b","bo', '{"id":"a"}\n'),  # torn last write
        ('{"id":"a"}\n{"id":"b"}\n', '{"id":"a"}\n{"id":"b"}\n'),
        ("", ""),
    ],
)
def test_resume_cuts_a_torn_tail(tmp_path: Path, existing: str, kept: str) -> None:
    out = tmp_path / "clean.jsonl"
    out.write_text(existing)
    JsonlSink(out, resume=True).finish()
    assert out.read_text() == kept


@pytest.mark.parametrize(
    "existing",
    [
        '{"id":"a"}\nnot json\n{"id":"c"}\n',  # garbage between records
        "header line\n" + '{"id":"a"}\n' * 3,  # not an output at all
        '{"id":"a"}\n{"id":"b"}\n',  # records, but not ones ``own`` accepts
    ],
)
def test_resume_never_cuts_a_whole_line_that_is_not_its_own(tmp_path: Path, existing: str) -> None:
    out = tmp_path / "clean.jsonl"
    out.write_text(existing)
    with pytest.raises(InputError, match="is not a record of this run"):
        JsonlSink(out, resume=True, own=lambda record: record.get("id") == "a")
    assert out.read_text() == existing


def test_resume_matches_duplicate_ids_once_per_record(tmp_path: Path) -> None:
    out = tmp_path / "clean.jsonl"
    out.write_text('{"id":"x"}\n{"id":"x","error":{"type":"DecodeError","message":"m"}}\n')
    sink = JsonlSink(out, resume=True)
    item = Item(id="x", source="s")
    first, second, third = (sink.skip(item, "") for _ in range(3))
    sink.close()
    assert first is not None and first.error_type is None
    assert second is not None and second.error_type == "DecodeError"
    assert third is None


def test_lone_surrogates_stay_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "clean.jsonl"
    sink = JsonlSink(out)
    sink.write(record_line({"id": "bad\udcff name", "body": "x\ud800y"}), None, "")
    sink.finish()
    record = json.loads(out.read_bytes())  # valid UTF-8, and the escapes round-trip
    assert record == {"id": "bad\udcff name", "body": "x\ud800y"}


def test_dir_sink_writes_body_and_record_and_dedupes_names(tmp_path: Path) -> None:
    sink = DirSink(tmp_path / "out")
    names = [sink.name_for(Item(id=i, source=i)) for i in ("a/Story.txt", "a/story.html", "a/story.txt.gz")]
    assert names == ["a/Story", "a/story~2", "a/story~3"]
    sink.write('{"id":"a"}\n', "Body text", names[0])
    sink.write('{"id":"b","error":{}}\n', None, names[1])
    assert (tmp_path / "out/a/Story.txt").read_text() == "Body text\n"
    assert (tmp_path / "out/a/Story.json").read_text() == '{"id":"a"}\n'
    assert not (tmp_path / "out/a/story~2.txt").exists()
    assert sorted(p.name for p in (tmp_path / "out/a").iterdir()) == [
        "Story.json",
        "Story.txt",
        "story~2.json",
    ]


def test_dir_sink_refuses_a_planted_symlink(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "out").mkdir()
    os.symlink(outside, tmp_path / "out" / "a")
    with pytest.raises(PermissionError, match="outside the output folder"):
        DirSink(tmp_path / "out").write("{}\n", "x", "a/b")
    assert list(outside.iterdir()) == []


def test_dir_sink_resume_skips_written_records(tmp_path: Path) -> None:
    sink = DirSink(tmp_path)
    sink.write('{"id":"a","error":{"type":"Timeout","message":"m"}}\n', None, "a")
    again = DirSink(tmp_path, resume=True)
    done = again.skip(Item(id="a", source="a"), "a")
    assert done is not None and done.error_type == "Timeout"
    assert again.skip(Item(id="b", source="b"), "b") is None
    assert DirSink(tmp_path).skip(Item(id="a", source="a"), "a") is None  # only with resume
