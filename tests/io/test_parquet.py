"""Parquet in and out: the same records as JSONL, deterministic bytes, streaming row groups."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsclean.app.cli import cli
from newsclean.io import parquet

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ARTICLES = [
    "Lea también: diez playas para el verano\n\n"
    "El ayuntamiento aprobó el martes la reforma del mercado central, que abrirá de nuevo en otoño "
    "tras dos años de obras, según informó la concejala.\n\n"
    "Los puestos provisionales seguirán en la plaza hasta entonces.",
    "Werbung\n\n"
    "Die Landesregierung hat am Mittwoch neue Regeln für den Nahverkehr beschlossen, teilte ein "
    "Sprecher in der Hauptstadt mit.\n\n"
    "Die Änderungen gelten ab dem ersten Januar.",
    "Follow our live coverage\n\n"
    "The county board said on Tuesday that the flood barrier on the river would be raised by a metre "
    "before winter, after two wet years.\n\n"
    "Residents can comment on the plans until the end of the month.",
]
PAGE = (
    "<html><head><title>Ferry timetable</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Ferry timetable</h1><p>The island ferry will run every hour from May, the operator said on "
    "Friday, after a record number of passengers last summer.</p></article></body></html>"
)
ROWS: list[dict[str, Any]] = [
    {"doc": "es-1", "text": ARTICLES[0], "link": "https://ciudad.example.es/mercado"},
    {"doc": "de-2", "text": ARTICLES[1], "link": None},
    {"doc": None, "text": ARTICLES[2], "link": "https://county.example.com/flood"},
    {"doc": "html-4", "text": None, "page": PAGE, "link": "https://ferry.example.com/"},
    {"doc": "none-5", "text": None, "link": None},  # nothing to clean: an error record
    {"doc": "png-6", "text": "\x89PNG\r\n\x1a\n", "link": None},
]
FIELDS = ["--id-field", "doc", "--url-field", "link", "--html-field", "page"]


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, ["clean", "-q", "--workers", "1", *args], catch_exceptions=False)


# A lone surrogate from a JSON escape cannot be UTF-8: it stays a visible escape, as in JSONL.
SURROGATE = {"doc": "sur-7", "text": ARTICLES[2] + " \ud800", "link": None}


def write_jsonl(path: Path, rows: list[dict[str, Any]] = ROWS) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def write_parquet(path: Path, *, html_binary: bool = False) -> Path:
    table = pa.Table.from_pydict(
        {key: [row.get(key) for row in ROWS] for key in ("doc", "text", "page", "link")}
    )
    if html_binary:  # HTML as raw bytes, the way crawls often store it
        table = table.set_column(
            table.schema.get_field_index("page"), "page", table.column("page").cast(pa.binary())
        )
    pq.write_table(table, path, row_group_size=2)
    return path


def jsonl_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def test_parquet_output_holds_the_jsonl_records_as_columns(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [*ROWS, SURROGATE])
    assert run([str(source), *FIELDS, "-o", str(tmp_path / "out.jsonl")]).exit_code == 3
    assert run([str(source), *FIELDS, "-o", str(tmp_path / "out.parquet")]).exit_code == 3
    expected = jsonl_records(tmp_path / "out.jsonl")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema == parquet.schema()
    rows = table.to_pylist()
    assert (
        [r["id"] for r in rows]
        == [r["id"] for r in expected]
        == ["es-1", "de-2", f"{source}:3", *_ids(3), "sur-7"]
    )
    for row, record in zip(rows, expected, strict=True):
        if "error" in record:
            assert (row["error_type"], row["error_message"]) == tuple(record["error"].values())
            assert row["body"] is None and row["metadata"] is None and row["tags"] == []
            continue
        assert row["error_type"] is None
        assert row["body"] == record["body"].replace("\ud800", "\\ud800")
        assert row["title"] == record["metadata"]["title"] and row["url"] == record["metadata"]["url"]
        assert json.loads(row["metadata"]) == record["metadata"]
        assert json.loads(row["stats"]) == record["stats"]
        assert json.loads(row["removed"]) == record["removed"]
        assert row["removed_categories"] == sorted({r["category"] for r in record["removed"]})
    assert rows[3]["title"] == "Ferry timetable"


def _ids(start: int) -> list[str]:
    return [f"{kind}-{n}" for n, kind in enumerate(("html", "none", "png"), start=start + 1)]


def test_parquet_output_is_deterministic_and_written_in_row_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parquet, "ROW_GROUP", 4)
    source = write_jsonl(tmp_path / "in.jsonl")
    run([str(source), *FIELDS, "-o", str(tmp_path / "a.parquet")])
    run([str(source), *FIELDS, "-o", str(tmp_path / "b.parquet")])
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    meta = pq.ParquetFile(tmp_path / "a.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [4, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.parquet", "b.parquet", "in.jsonl"]


@pytest.mark.parametrize("html_binary", [False, True])
def test_parquet_input_gives_the_records_of_the_same_jsonl(tmp_path: Path, html_binary: bool) -> None:
    jsonl, table = (
        write_jsonl(tmp_path / "in.jsonl"),
        write_parquet(tmp_path / "in.parquet", html_binary=html_binary),
    )
    assert run([str(jsonl), *FIELDS, "-o", str(tmp_path / "a.jsonl")]).exit_code == 3
    assert run([str(table), *FIELDS, "-o", str(tmp_path / "b.jsonl")]).exit_code == 3
    from_jsonl, from_parquet = jsonl_records(tmp_path / "a.jsonl"), jsonl_records(tmp_path / "b.jsonl")
    assert [r["source"] for r in from_parquet] == [str(table)] * len(ROWS)
    assert from_parquet[2]["id"] == f"{table}:3"
    assert from_parquet[4]["error"]["message"] == "row 5 has no string field 'page' or 'text'"
    for a, b in zip(from_jsonl, from_parquet, strict=True):
        a.pop("source"), b.pop("source"), a.pop("id"), b.pop("id")
        if html_binary and "metadata" in b and b["metadata"]["title"] == "Ferry timetable":
            assert b["metadata"]["encoding"] == "utf-8"  # bytes are decoded, and the codec recorded
            b["metadata"]["encoding"] = None
        if "error" in a:
            a["error"]["message"] = a["error"]["message"].replace("line", "row")
        assert a == b


def test_a_corrupt_parquet_input_is_an_error_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_broken.parquet").write_bytes(b"PAR1 this is not really parquet")
    (tmp_path / "b.txt").write_text(ARTICLES[0], encoding="utf-8")
    result = run([str(tmp_path)])
    assert result.exit_code == 3
    first, second = (json.loads(line) for line in result.stdout_bytes.splitlines())
    assert (
        first["error"]["type"] == "InputError" and "not a readable Parquet file" in first["error"]["message"]
    )
    assert "mercado central" in second["body"]


def test_an_interrupted_parquet_output_leaves_no_file(tmp_path: Path) -> None:
    sink = parquet.ParquetSink(tmp_path / "out.parquet")
    sink.write('{"id":"a","source":"s","error":{"type":"InputError","message":"empty"}}\n', None, "")
    sink.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--resume"], "--resume does not work with a Parquet output"),
        ([], "pip install 'newsclean[parquet]'"),
    ],
)
def test_parquet_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl")
    if not args:
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes the import fail
    result = CliRunner().invoke(cli, ["clean", str(source), "-o", str(tmp_path / "out.parquet"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out.parquet").exists()
