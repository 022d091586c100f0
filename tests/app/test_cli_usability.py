"""What a newcomer expects of the CLI: checked names and ranges, progress, familiar flags, explain --id."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsclean import Config
from newsclean.app import progress as progress_module
from newsclean.app.cli import cli
from newsclean.app.progress import count_documents
from newsclean.io.items import ReadOptions

SENTENCES = [
    "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said.",
    "Work is expected to start next spring and last about two years, according to the council.",
    "The mayor told reporters the new ferry line would carry up to 400 passengers a day from June.",
]
PAGE = (
    "<!DOCTYPE html><html><head><title>Harbour bridge</title></head><body><nav><a href='/'>Home</a></nav>"
    f"<article><h1>Harbour bridge</h1><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p></article></body></html>"
)


def run(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def folder(tmp_path: Path, count: int = 3) -> Path:
    for i in range(count):
        write(tmp_path / "in" / f"story{i}.txt", f"Menu\n\n{SENTENCES[i % 3]}\n")
    return tmp_path / "in"


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# 16.5, 15.3, 18.14: a configuration mistake stops the run before any document, naming what is valid.
@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('disabled_cleaners = ["captions"]', ["'captions'", "did you mean 'caption'", "ticker", "guard"]),
        ('rule_languages = ["english"]', ["'english'", "the rule tables have: ", "en", "de"]),
        ('disabled_cleaner = ["caption"]', ["did you mean 'disabled_cleaners'"]),
        ("max_input_chars = 0", ["max_input_chars must be an integer from 1 to 1,000,000,000, got 0"]),
        ("max_input_chars = -1", ["max_input_chars must be an integer"]),
        ("max_input_chars = 1e15", ["max_input_chars must be an integer"]),
        ("guard_share = 1.5", ["guard_share must be in (0, 1]"]),
        ("foreign_min_score = -0.1", ["foreign_min_score must be in [0, 1]"]),
        ("language_sample_chars = -10", ["language_sample_chars must be an integer"]),
        ('html_favor = "quick"', ["html_favor must be one of"]),
        ("straighten_quotes = 'yes'", ["straighten_quotes must be true or false"]),
    ],
)
@pytest.mark.parametrize("command", ["clean", "learn", "explain"])
def test_a_bad_config_exits_2_before_any_document(
    tmp_path: Path, toml: str, expected: list[str], command: str
) -> None:
    inputs = folder(tmp_path)
    write(tmp_path / "c.toml", toml + "\n")
    target = inputs / "story0.txt" if command == "explain" else inputs
    args = [command, str(target), "--config", str(tmp_path / "c.toml")]
    if command != "explain":
        args += ["-o", str(tmp_path / "out.json")]
    result = run(args)
    assert result.exit_code == 2, result.output
    for text in expected:
        assert text in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.json").exists()


def test_a_profile_from_a_newer_newsclean_exits_2(tmp_path: Path) -> None:
    inputs = folder(tmp_path)
    assert run(["learn", str(inputs), "-o", str(tmp_path / "p.json"), "-q"]).exit_code == 0
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    data["newsclean_version"] = "99.0"
    write(tmp_path / "p.json", json.dumps(data))
    result = run(["clean", str(inputs), "--profile", str(tmp_path / "p.json")])
    assert result.exit_code == 2
    assert "newer than this newsclean" in result.stderr


# 16.7: progress with a total on a terminal, silence elsewhere; the summary of a resume counts it all.
def test_progress_on_a_terminal_shows_done_total_percentage_rate_and_eta(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_module, "_is_tty", lambda stream: True)
    result = run(["clean", str(folder(tmp_path, 4)), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 0
    line = r"\r\x1b\[2K(\d)/4 documents \((\d+\.\d)%\) · [\d.]+/s · ETA (\d+ (h|min|s) ?)+ · 0 errors"
    status = re.search(line, result.stderr)
    assert status is not None, result.stderr
    assert float(status.group(2)) == pytest.approx(100.0 * int(status.group(1)) / 4, abs=0.1)
    quiet = run(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "q.jsonl"), "--workers", "1", "-q"])
    assert quiet.stderr == ""


def test_no_progress_line_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    result = run(["clean", str(folder(tmp_path)), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 0
    assert "\r" not in result.stderr and "\x1b" not in result.stderr
    assert result.stderr.startswith("newsclean: 3 documents, 3 cleaned, 0 errors in ")


def test_inputs_are_counted_cheaply_where_they_can_be(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", "x")
    write(tmp_path / "in" / "sub" / "b.html", "<p>x</p>")
    write(tmp_path / "in" / ".hidden.txt", "x")
    write(tmp_path / "in" / "feed.jsonl", jsonl([{"text": "a"}, {"text": "b"}, {"text": "c"}]).rstrip("\n"))
    options = ReadOptions()
    assert count_documents((str(tmp_path / "in"),), options) == 5
    assert count_documents((str(tmp_path / "in" / "*.txt"),), options) == 1
    write(tmp_path / "z.jsonl.gz", gzip.compress(b'{"text": "a"}\n'))
    assert count_documents((str(tmp_path / "in"), str(tmp_path / "z.jsonl.gz")), options) is None
    assert count_documents(("-",), options) is None
    own = str(tmp_path / "in" / "feed.jsonl")
    assert count_documents((str(tmp_path / "in"),), options, skip=lambda path: path == own) == 2


def test_parquet_rows_are_counted_from_the_footer(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"text": ["a", "b", "c", "d"]}), tmp_path / "t.parquet")
    assert count_documents((str(tmp_path / "t.parquet"),), ReadOptions()) == 4


def test_the_summary_after_a_resume_counts_the_whole_output(tmp_path: Path) -> None:
    inputs = folder(tmp_path)
    out = tmp_path / "out.jsonl"
    first = run(["clean", str(inputs), "-o", str(out), "--workers", "1"])
    again = run(["clean", str(inputs), "-o", str(out), "--workers", "1", "--resume"])
    assert again.exit_code == 0
    summary = again.stderr.splitlines()
    assert summary[0].startswith("newsclean: 3 documents, 3 cleaned, 0 errors; all 3 were already in the")
    assert "documents/s" not in again.stderr
    assert summary[1:4] == first.stderr.splitlines()[1:4]  # errors, removed segments, languages
    assert "languages: en 3" in again.stderr
    write(inputs / "story9.txt", SENTENCES[2])
    more = run(["clean", str(inputs), "-o", str(out), "--workers", "1", "--resume"])
    assert "4 documents, 4 cleaned, 0 errors; 3 were already in the output, 1 cleaned in " in more.stderr
    assert "languages: en 4" in more.stderr


# 16.8: the habits of trafilatura users.
@pytest.mark.parametrize("favor", ["fast", "precision", "recall"])
def test_extraction_presets_set_html_favor(tmp_path: Path, favor: str) -> None:
    write(tmp_path / "page.html", PAGE)
    result = run(["clean", str(tmp_path / "page.html"), f"--{favor}", "--workers", "1", "-q"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["metadata"]["config_hash"] == Config(html_favor=favor).hash()
    explained = run(["explain", str(tmp_path / "page.html"), f"--{favor}"])
    assert f"config_hash: {Config(html_favor=favor).hash()}" in explained.stdout


def test_a_preset_wins_over_the_config_file_and_presets_exclude_each_other(tmp_path: Path) -> None:
    write(tmp_path / "page.html", PAGE)
    write(tmp_path / "c.toml", 'html_favor = "recall"\n')
    result = run(["clean", str(tmp_path / "page.html"), "--config", str(tmp_path / "c.toml"), "--fast", "-q"])
    assert json.loads(result.stdout)["metadata"]["config_hash"] == Config(html_favor="fast").hash()
    both = run(["clean", str(tmp_path / "page.html"), "--fast", "--precision"])
    assert both.exit_code == 2
    assert "--fast, --precision and --recall exclude each other" in both.stderr


@pytest.mark.parametrize("command", [[], ["clean"], ["explain"], ["learn"], ["report"]])
def test_every_command_answers_version(command: list[str]) -> None:
    result = run([*command, "--version"])
    assert result.exit_code == 0
    assert re.fullmatch(r"newsclean, version \S+\n", result.stdout)


def test_verbose_shows_settings_and_errors_and_very_verbose_every_document(tmp_path: Path) -> None:
    inputs = folder(tmp_path)
    write(inputs / "empty.txt", "")
    verbose = run(["clean", str(inputs), "-o", str(tmp_path / "o.jsonl"), "--workers", "1", "-v"])
    assert verbose.exit_code == 3
    assert "4 documents to clean into" in verbose.stderr
    assert "engine local, 1 workers" in verbose.stderr
    assert "  empty.txt: InputError: document is empty" in verbose.stderr
    assert "story0.txt:" not in verbose.stderr
    more = run(["clean", str(inputs), "-o", str(tmp_path / "p.jsonl"), "--workers", "1", "-vv"])
    assert "  story0.txt: en, 1 segments removed" in more.stderr
    assert run(["clean", str(inputs), "-q", "-v"]).exit_code == 2


def test_parallel_is_workers(tmp_path: Path) -> None:
    inputs = folder(tmp_path)
    parallel = run(["clean", str(inputs), "--parallel", "2", "-q"])
    workers = run(["clean", str(inputs), "--workers", "1", "-q"])
    assert parallel.exit_code == 0
    assert parallel.stdout_bytes == workers.stdout_bytes


@pytest.mark.parametrize("option", ["--input-dir", "--input-file"])
@pytest.mark.parametrize("command", ["clean", "learn"])
def test_input_dir_explains_that_inputs_are_arguments(tmp_path: Path, option: str, command: str) -> None:
    result = run([command, option, str(tmp_path)])
    assert result.exit_code == 2
    assert f"newsclean takes its inputs as arguments, not with {option}" in result.stderr
    assert "--out-dir" not in result.stderr


def test_txt_output_writes_one_body_per_document(tmp_path: Path) -> None:
    inputs = folder(tmp_path)
    write(inputs / "empty.txt", "")
    result = run(["clean", str(inputs), "--output-format", "txt", "--out-dir", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 3  # the empty document is an error: it has no body
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("[!.]*"))
    assert written == ["story0.txt", "story1.txt", "story2.txt"]
    assert (tmp_path / "out" / "story1.txt").read_text(encoding="utf-8") == SENTENCES[1] + "\n"
    two = [str(inputs / "story0.txt"), str(inputs / "story1.txt")]
    streamed = run(["clean", *two, "--output-format", "txt"])
    assert streamed.stdout == f"{SENTENCES[0]}\n\n{SENTENCES[1]}\n\n"
    parquet = run(["clean", str(inputs), "--output-format", "txt", "-o", str(tmp_path / "x.parquet")])
    assert parquet.exit_code == 2


# 16.9: explain one record of a JSONL or Parquet input.
def test_explain_picks_a_record_of_a_jsonl_file_by_id_or_line(tmp_path: Path) -> None:
    records = [{"doc": f"n{i}", "content": f"Newsletter sign-up\n\n{s}"} for i, s in enumerate(SENTENCES)]
    feed = write(tmp_path / "feed.jsonl", jsonl(records))
    common = ["explain", str(feed), "--text-field", "content", "--id-field", "doc"]
    by_id = run([*common, "--id", "n1"])
    assert by_id.exit_code == 0, by_id.output
    assert SENTENCES[1] in by_id.stdout and SENTENCES[0] not in by_id.stdout
    assert "{" not in by_id.stdout.splitlines()[0]
    by_line = run([*common, "--line", "3"])
    assert SENTENCES[2] in by_line.stdout and SENTENCES[1] not in by_line.stdout
    whole = run(common)
    assert whole.exit_code == 2 and "choose one with --id ID or --line N" in whole.stderr
    missing = run([*common, "--id", "n7"])
    assert missing.exit_code == 2 and "no record with id 'n7'; its first ids: n0, n1, n2" in missing.stderr
    assert run([*common, "--id", "n1", "--line", "2"]).exit_code == 2
    single = write(tmp_path / "story.txt", SENTENCES[0])
    assert run(["explain", str(single), "--line", "1"]).exit_code == 2


def test_explain_picks_a_row_of_a_parquet_file(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"id": ["a", "b"], "html": [PAGE, PAGE.replace(SENTENCES[1], SENTENCES[2])]})
    pq.write_table(table, tmp_path / "news.parquet")
    result = run(["explain", str(tmp_path / "news.parquet"), "--html-field", "html", "--line", "2"])
    assert result.exit_code == 0, result.output
    assert SENTENCES[2] in result.stdout and SENTENCES[1] not in result.stdout
    assert "title: Harbour bridge" in result.stdout
    assert SENTENCES[0] in run(["explain", str(tmp_path / "news.parquet"), "--html-field", "html",
                                "--id", "a"]).stdout  # fmt: skip


# 16.10: a forgotten --text-field stops the run with the fields the records have.
@pytest.mark.parametrize("count", [3, 50])
def test_a_missing_text_field_stops_with_the_fields_the_records_have(tmp_path: Path, count: int) -> None:
    records = [{"doc_id": i, "content": SENTENCES[i % 3], "link": "https://x.example"} for i in range(count)]
    feed = write(tmp_path / "feed.jsonl", jsonl(records))
    result = run(["clean", str(feed), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert "no field 'text'" in result.stderr and "--text-field" in result.stderr
    assert "Fields found: content, doc_id, link" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()
    assert run(["learn", str(feed), "-o", str(tmp_path / "p.json")]).exit_code == 2


def test_fewer_records_than_that_are_error_records_naming_their_fields(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", jsonl([{"id": "a", "content": SENTENCES[0]}, {"id": "b"}]))
    result = run(["clean", str(feed), "--workers", "1"])
    assert result.exit_code == 3
    messages = [json.loads(line)["error"]["message"] for line in result.stdout.splitlines()]
    assert messages[0] == "line 1 has no string field 'text' (its fields: content, id; see --text-field)"


def test_a_record_missing_the_field_after_good_ones_is_one_error_record(tmp_path: Path) -> None:
    records = [{"text": SENTENCES[0]}, {"content": SENTENCES[1]}, {"text": SENTENCES[2]}]
    feed = write(tmp_path / "feed.jsonl", jsonl([records[1], records[0], records[2], records[1]]))
    result = run(["clean", str(feed), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 3
    errors = [r.get("error", {}).get("type") for r in lines_of(tmp_path / "out.jsonl")]
    assert errors == ["InputError", None, None, "InputError"]


def test_a_parquet_file_without_the_text_column_stops_with_its_columns(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"body_html": [PAGE], "uid": ["a"]}), tmp_path / "t.parquet")
    result = run(["clean", str(tmp_path / "t.parquet")])
    assert result.exit_code == 2
    assert "Fields found: body_html, uid" in result.stderr
