"""Input listing and reading: folders, globs, JSON lines, gzip and hostile files."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsclean.errors import InputError
from newsclean.io import readers
from newsclean.io.items import Item, JsonlFields, ReadOptions
from newsclean.io.readers import check_inputs, iter_items, read_document


def _tree(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_folders_are_walked_recursively_in_sorted_order_without_hidden_entries(tmp_path: Path) -> None:
    _tree(tmp_path, {"b.txt": b"x", "a/z.html": b"x", "a/b.txt.gz": b"x", ".git/c": b"x", "a/.hid": b"x"})
    items = list(iter_items((str(tmp_path),), ReadOptions()))
    assert [i.id for i in items] == ["a/b.txt.gz", "a/z.html", "b.txt"]
    assert [i.kind for i in items] == [None, "html", None]
    assert items[0].path == str(tmp_path / "a" / "b.txt.gz")


def test_file_arguments_keep_their_path_and_globs_are_sorted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path, {"d/2.txt": b"x", "d/1.txt": b"x", "d/sub/3.txt": b"x"})
    monkeypatch.chdir(tmp_path)
    ids = [i.id for i in iter_items(("d/sub/3.txt", "d/*.txt", "d/**/*.txt"), ReadOptions())]
    assert ids == ["d/sub/3.txt", "d/1.txt", "d/2.txt", "d/1.txt", "d/2.txt", "d/sub/3.txt"]


@pytest.mark.parametrize("arg", ["missing.txt", "nothing/*.jsonl"])
def test_an_input_matching_nothing_is_an_input_error(tmp_path: Path, arg: str) -> None:
    with pytest.raises(InputError, match="no such file"):
        check_inputs((str(tmp_path / arg),))


JSONL_CASES = [
    # (line, fields, expected id, data, url, kind, error type)
    (b'{"id": "n-1", "text": "Body", "url": "u:1"}', JsonlFields(), "n-1", "Body", "u:1", None, None),
    (b'{"id": 42, "text": "Body"}', JsonlFields(), "42", "Body", None, None, None),
    (b'{"text": "Body"}', JsonlFields(), "f.jsonl:1", "Body", None, None, None),
    (b'{"doc": "k", "content": "C", "link": "u"}', JsonlFields("content", None, "doc", "link"),
     "k", "C", "u", None, None),
    (b'{"html": "<p>x</p>", "text": "t"}', JsonlFields(html="html"), "f.jsonl:1", "<p>x</p>", None, "html",
     None),
    (b'{"html": null, "text": "t"}', JsonlFields(html="html"), "f.jsonl:1", "t", None, None, None),
    (b'{"id": "q", "body": "t"}', JsonlFields(), "q", None, None, None, "InputError"),
    (b'{"text": 12}', JsonlFields(), "f.jsonl:1", None, None, None, "InputError"),
    (b'["text"]', JsonlFields(), "f.jsonl:1", None, None, None, "InputError"),
    (b'{"text": "unterminated', JsonlFields(), "f.jsonl:1", None, None, None, "InputError"),
    (b'{"text": "\xff\xfe"}', JsonlFields(), "f.jsonl:1", None, None, None, "InputError"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "fields", "ident", "data", "url", "kind", "error"), JSONL_CASES)
def test_jsonl_lines(
    line: bytes,
    fields: JsonlFields,
    ident: str,
    data: str | None,
    url: str | None,
    kind: str | None,
    error: str | None,
) -> None:
    item = readers.parse_jsonl_line(line, "f.jsonl:1", "f.jsonl", fields)
    assert (item.id, item.data, item.url, item.kind) == (ident, data, url, kind)
    assert (item.error[0] if item.error else None) == error


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz", "feed.ndjson"])
def test_jsonl_files_yield_one_item_per_non_blank_line(tmp_path: Path, name: str) -> None:
    lines = b'{"text": "one"}\n\n{"text": "two"}\nnot json\n{"text": "three"}'
    path = tmp_path / name
    path.write_bytes(gzip.compress(lines) if name.endswith(".gz") else lines)
    items = list(iter_items((str(path),), ReadOptions()))
    assert [(i.id.rsplit("/", 1)[-1], i.data, bool(i.error)) for i in items] == [
        (f"{name}:1", "one", False),
        (f"{name}:3", "two", False),
        (f"{name}:4", None, True),
        (f"{name}:5", "three", False),
    ]
    assert {i.container for i in items} == {str(path)}


def test_an_overlong_jsonl_line_is_an_error_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"text": "' + b"a" * 5000 + b'"}\n{"text": "next"}\n')
    items = list(iter_items((str(path),), ReadOptions(max_bytes=1000)))
    assert items[0].error is not None and "longer than the limit" in items[0].error[1]
    assert items[1].data == "next" and items[1].id.endswith("big.jsonl:2")


def test_format_option_overrides_extensions(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b'{"text": "a"}\n{"text": "b"}\n')
    assert len(list(iter_items((str(path),), ReadOptions(format="jsonl")))) == 2
    jsonl = tmp_path / "one.jsonl"
    jsonl.write_bytes(b'{"text": "a"}\n{"text": "b"}\n')
    assert [i.path for i in iter_items((str(jsonl),), ReadOptions(format="doc"))] == [str(jsonl)]


def test_read_document_inflates_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress("Grüße".encode()))
    assert read_document(str(path), 100) == "Grüße".encode()


def _gzip_bomb(path: Path) -> None:
    path.write_bytes(gzip.compress(b"\0" * 5_000_000))


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _bad_gzip(path: Path) -> None:
    path.write_bytes(b"\x1f\x8b\x08\x00 definitely not deflate data")


def _broken_link(path: Path) -> None:
    os.symlink(path.with_name("gone"), path)


def _big(path: Path) -> None:
    path.write_bytes(b"a" * 2000)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("bomb.txt.gz", _gzip_bomb, "decompresses to more than 100,000 bytes"),
        ("pipe.txt", _fifo, "not a regular file"),
        ("bad.txt.gz", _bad_gzip, "not a valid gzip file"),
        ("link.txt", _broken_link, "broken symbolic link"),
        ("big.txt", _big, "over the limit"),
    ],
)
def test_hostile_files_raise_a_clear_input_error(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(InputError, match=message):
        read_document(str(path), 100_000 if name.startswith("bomb") else 1000)


def test_permission_denied_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_bytes(b"x")

    def deny(name: str) -> object:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(readers, "_open_binary", deny)  # root ignores chmod, so simulate it
    with pytest.raises(InputError, match="permission denied"):
        read_document(str(path), 1000)


def test_an_unlistable_folder_becomes_an_error_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"ok/a.txt": b"x", "secret/b.txt": b"x"})
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(readers.os, "scandir", scandir)
    items = list(iter_items((str(tmp_path),), ReadOptions()))
    assert [(i.id, i.error is not None) for i in items] == [("ok/a.txt", False), ("secret", True)]


def test_stdin_is_one_document_or_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [i.id for i in iter_items(("-",), ReadOptions(format="jsonl"))] == ["<stdin>:1", "<stdin>:2"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"plain text")))
    assert list(iter_items(("-",), ReadOptions())) == [Item(id="<stdin>", source="-", data=b"plain text")]
