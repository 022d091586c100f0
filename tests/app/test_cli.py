"""The batch CLI: formats, records, exit codes, hostile inputs, workers, resume and explain."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsclean
from newsclean.app import cli as cli_module
from newsclean.app.cli import cli
from newsclean.io import readers

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
PAGES = sorted((ROOT / "fixtures" / "scrapinghub-dev" / "html").glob("*.html.gz"))[:2]

ARTICLE = (
    "Главные новости дня\n\n"
    "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said.\n\n"
    "Work is expected to start next spring and last about two years, according to the council.\n"
)
SENTENCE = (
    "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said."
)
GERMAN = "Die Stadtverwaltung hat am Montag beschlossen, den alten Hafen bis zum Jahr 2030 neu zu gestalten."
PAGE = (
    "<!DOCTYPE html><html><head><title>Harbour bridge</title></head><body><nav><a href='/'>Home</a></nav>"
    f"<article><h1>Harbour bridge</h1><p>{SENTENCE}</p><p>{GERMAN}</p></article></body></html>"
)


def run(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout_bytes.splitlines()]


def by_id(result: Result) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records(result)}


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("args", [["--help"], ["clean", "--help"], ["explain", "--help"]])
def test_help_shows_examples(args: list[str]) -> None:
    result = run(args)
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "newsclean " in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean"], "Missing argument"),
        (["clean", "{tmp}/missing.txt"], "no such file"),
        (["clean", "{tmp}/nothing/*.txt"], "no such file"),
        (["clean", "{tmp}/a.txt", "-o", "{tmp}/o.jsonl", "--out-dir", "{tmp}/d"], "not both"),
        (["clean", "{tmp}/a.txt", "--resume"], "--resume needs"),
        (["clean", "{tmp}/a.txt", "--workers", "0"], "--workers"),
        (["clean", "{tmp}/a.txt", "--kind", "pdf"], "--kind"),
        (["clean", "{tmp}/a.txt", "--config", "{tmp}/bad.toml"], "not valid TOML"),
        (["clean", "{tmp}/a.txt", "--config", "{tmp}/unknown.toml"], "unknown config option"),
        (["clean", "{tmp}/a.txt", "--config", "{tmp}/missing.toml"], "cannot read config"),
        (["explain", "{tmp}/missing.txt"], "does not exist"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_and_config_errors_exit_2_without_traceback(
    tmp_path: Path, args: list[str], message: str
) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "bad.toml", "guard_share = = 1")
    write(tmp_path / "unknown.toml", "[newsclean]\nno_such_option = 1\n")
    result = run([a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "data", "extra", "ident"),
    [
        ("story.txt", ARTICLE, [], "story.txt"),
        ("story.txt.gz", gzip.compress(ARTICLE.encode()), [], "story.txt.gz"),
        ("story.txt", ARTICLE.encode("utf-16"), [], "story.txt"),
        ("page.html", PAGE, [], "page.html"),
        ("page.htm.gz", gzip.compress(PAGE.encode()), [], "page.htm.gz"),
        ("feed.jsonl", json.dumps({"id": "n1", "text": ARTICLE}) + "\n", [], "n1"),
        ("feed.jsonl.gz", gzip.compress(json.dumps({"text": ARTICLE}).encode()), [], "feed.jsonl.gz:1"),
        ("feed.json", json.dumps({"html": PAGE}), ["--html-field", "html"], "feed.json:1"),
        (
            "dump.jsonl",
            json.dumps({"doc_id": 7, "content": ARTICLE, "link": "https://news.example/bridge"}),
            ["--text-field", "content", "--id-field", "doc_id", "--url-field", "link"],
            "7",
        ),
    ],
)
def test_every_input_format_gives_a_cleaned_record(
    tmp_path: Path, name: str, data: str | bytes, extra: list[str], ident: str
) -> None:
    write(tmp_path / "in" / name, data)
    result = run(["clean", str(tmp_path / "in"), "--workers", "1", *extra])
    assert result.exit_code == 0, result.output
    (record,) = records(result)
    keys = ["id", "source", "body", "paragraphs", "paragraph_lines", "metadata", "removed", "stats"]
    assert list(record) == keys
    assert record["id"] == ident
    assert record["source"] == str(tmp_path / "in" / name)
    assert SENTENCE in record["body"] and "Главные" not in record["body"]
    if "link" in extra:
        assert record["metadata"]["url"] == "https://news.example/bridge"


@pytest.mark.parametrize("args", [["-"], ["-", "--format", "jsonl"]])
def test_stdin(args: list[str]) -> None:
    data = ARTICLE if "jsonl" not in args else json.dumps({"id": "s", "text": ARTICLE}) + "\n"
    result = run(["clean", *args, "--workers", "1"], stdin=data.encode())
    assert result.exit_code == 0
    (record,) = records(result)
    assert record["id"] == ("s" if "jsonl" in args else "<stdin>")
    assert record["body"].startswith("The regional council")


def _hostile(root: Path) -> dict[str, str]:
    """Hostile files and the error type each must become."""
    rng = random.Random(7)
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000))
    write(root / "paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(4000))
    write(root / "noise.txt", rng.randbytes(4000))
    write(root / "empty.txt", b"")
    write(root / "blank.txt", b" \n\t\n")
    write(root / "bad.txt.gz", b"\x1f\x8b\x08\x00garbage")
    write(root / "lines.jsonl", b'{"text": \n[1, 2]\n{"id": "no-text"}\n')
    os.symlink(root / "gone.txt", root / "dangling.txt")
    os.mkfifo(root / "pipe.txt")
    write(root / "locked.txt", ARTICLE)
    return {
        "bad.txt.gz": "InputError",
        "blank.txt": "InputError",
        "dangling.txt": "InputError",
        "empty.txt": "InputError",
        "lines.jsonl:1": "InputError",
        "lines.jsonl:2": "InputError",
        "no-text": "InputError",
        "locked.txt": "InputError",
        "noise.txt": "DecodeError",
        "paper.pdf": "DecodeError",
        "photo.png": "DecodeError",
        "pipe.txt": "InputError",
    }


def _deny(path_part: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = readers._open_binary

    def guarded(path: str) -> Any:
        if path_part in path:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(readers, "_open_binary", guarded)  # root ignores chmod, so simulate it


def test_hostile_inputs_become_error_records_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _hostile(tmp_path / "in")
    write(tmp_path / "in" / "zz_good.txt", ARTICLE)
    _deny("locked.txt", monkeypatch)
    result = run(["clean", str(tmp_path / "in"), "--workers", "1"])
    assert result.exit_code == 3
    got = by_id(result)
    assert {k: v["error"]["type"] for k, v in got.items() if "error" in v} == expected
    assert SENTENCE in got["zz_good.txt"]["body"]
    assert list(got["photo.png"]) == ["id", "source", "error"]
    messages = {k: v["error"]["message"] for k, v in got.items() if "error" in v}
    assert "permission denied" in messages["locked.txt"]
    assert "broken symbolic link" in messages["dangling.txt"]
    assert "empty" in messages["empty.txt"] and "not valid JSON" in messages["lines.jsonl:1"]
    assert "errors: InputError 9, DecodeError 3" in result.stderr


def test_oversized_and_pathological_inputs_finish_within_the_timeout(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "huge.txt", b"Officials said the vote would be held next week.\n\n" * 600_000)  # 30 MB
    write(root / "one_line.txt", b"The minister said the talks would resume. " * 72_000)  # 3 MB, no newline
    write(root / "deep.html", b"<html><body>" + b"<div>" * 20_000 + b"<p>Deep.</p>" + b"</div>" * 20_000)
    write(root / "equals.txt", b"=" * 500_000)
    write(root / "haha.txt", b"ha" * 250_000)
    started = time.monotonic()
    result = run(["clean", str(root), "--workers", "2", "--timeout", "2"])
    elapsed = time.monotonic() - started
    got = by_id(result)
    assert sorted(got) == ["deep.html", "equals.txt", "haha.txt", "huge.txt", "one_line.txt"]
    assert got["huge.txt"]["error"] == {
        "type": "InputError",
        "message": "input has 30,000,000 characters, over max_input_chars=20,000,000",
    }
    for record in got.values():
        assert "body" in record or record["error"]["type"] in ("InputError", "Timeout")
    assert elapsed < 20


@pytest.fixture
def patched_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents containing SLOW sleep, BOOM raise an unexpected error, CRASH kill their worker."""
    real = newsclean.clean

    def clean(data: str | bytes, **kwargs: Any) -> newsclean.Result:
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        if "SLOW" in text:
            time.sleep(30)
        if "BOOM" in text:
            raise ZeroDivisionError("the divisor was zero")
        if "CRASH" in text:
            os._exit(7)
        return real(data, **kwargs)

    monkeypatch.setattr(newsclean, "clean", clean)  # forked workers inherit the patch


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_slow_document_times_out_and_the_worker_goes_on(
    tmp_path: Path, patched_clean: None, workers: str
) -> None:
    for i, text in enumerate([ARTICLE, "SLOW " + ARTICLE, ARTICLE, "BOOM", ARTICLE]):
        write(tmp_path / "in" / f"{i}.txt", text)
    started = time.monotonic()
    # The limit leaves a cold worker on a busy machine time for the ordinary documents; the slow
    # one sleeps ten times as long.
    result = run(["clean", str(tmp_path / "in"), "--workers", workers, "--timeout", "3"])
    assert time.monotonic() - started < 20
    assert result.exit_code == 3
    got = records(result)
    assert [r["id"] for r in got] == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt"]
    assert got[1]["error"] == {"type": "Timeout", "message": "cleaning took longer than the 3 s timeout"}
    assert got[3]["error"] == {"type": "ZeroDivisionError", "message": "the divisor was zero"}
    assert all(SENTENCE in got[i]["body"] for i in (0, 2, 4))


def test_a_crashing_worker_is_replaced(tmp_path: Path, patched_clean: None) -> None:
    for i, text in enumerate([ARTICLE, ARTICLE, "CRASH", ARTICLE, ARTICLE, ARTICLE]):
        write(tmp_path / "in" / f"{i}.txt", text)
    result = run(["clean", str(tmp_path / "in"), "--workers", "2"])
    assert result.exit_code == 3
    got = records(result)
    assert [r["id"] for r in got] == [f"{i}.txt" for i in range(6)]
    assert [r.get("error", {}).get("type") for r in got] == [None, None, "WorkerCrashed", None, None, None]


def test_an_internal_failure_exits_1_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("wires crossed")

    monkeypatch.setattr(cli_module, "run_ordered", broken)
    result = run(["clean", str(write(tmp_path / "a.txt", ARTICLE))])
    assert result.exit_code == 1
    assert "internal error: RuntimeError: wires crossed" in result.stderr
    assert "Traceback" not in result.output


def test_out_dir_mirrors_inputs_and_never_escapes(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "world" / "bridge.txt", ARTICLE)
    write(root / "world" / "bridge.html", PAGE)  # same stem: gets a distinct name
    write(root / "noise.bin", random.Random(1).randbytes(2000))
    feed = [
        {"id": "../../escaped", "text": ARTICLE},
        {"id": "/etc/passwd", "text": ARTICLE},
        {"text": GERMAN},
    ]
    write(root / "feeds" / "day.jsonl", "".join(json.dumps(r) + "\n" for r in feed))
    out = tmp_path / "out"
    result = run(["clean", str(root), "--out-dir", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 3 and result.stdout == "" and result.stderr == ""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [
        ".newsclean.run.json",
        "feeds/day/_.._escaped.json", "feeds/day/_.._escaped.txt",
        "feeds/day/_etc_passwd.json", "feeds/day/_etc_passwd.txt",
        "feeds/day/line-3.json", "feeds/day/line-3.txt",
        "noise.json",
        "world/bridge.json", "world/bridge.txt", "world/bridge~2.json", "world/bridge~2.txt",
    ]  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
    record = json.loads((out / "world/bridge.json").read_text())
    assert (out / "world/bridge.txt").read_text() == record["body"] + "\n"
    assert json.loads((out / "noise.json").read_text())["error"]["type"] == "DecodeError"


@pytest.mark.parametrize("target", [["-o", "{in}/clean.jsonl"], ["--out-dir", "{in}/clean"]])
def test_an_output_inside_an_input_folder_is_refused(tmp_path: Path, target: list[str]) -> None:
    write(tmp_path / "in" / "story.txt", ARTICLE)
    args = ["clean", str(tmp_path / "in"), *(a.replace("{in}", str(tmp_path / "in")) for a in target)]
    result = run(args)
    assert result.exit_code == 2
    assert "input folder" in result.stderr and "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["story.txt"]


def _corpus(root: Path, pages: list[Path] = PAGES) -> Path:
    for seed in SEEDS:
        write(root / "seeds" / seed.name, seed.read_bytes())
    for page in pages:
        write(root / "pages" / page.name[:12] / page.name, page.read_bytes())
    write(root / "binary.jpg", b"\xff\xd8\xff\xe0" + random.Random(3).randbytes(3000))
    lines = [{"id": f"r{i}", "text": f"{GERMAN} Meldung {i}."} for i in range(5)]
    write(root / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in lines) + "{broken\n")
    return root


def test_one_worker_and_two_workers_write_the_same_bytes(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "in")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(["clean", str(root), "-o", str(one), "--workers", "1"]).exit_code == 3
    assert run(["clean", str(root), "-o", str(two), "--workers", "2"]).exit_code == 3
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes().splitlines()) == len(SEEDS) + len(PAGES) + 1 + 6
    # Listing the files shuffled changes the order (it follows the inputs), not the records.
    files = sorted(str(p) for p in root.rglob("*") if p.is_file())
    random.Random(5).shuffle(files)
    shuffled = records(run(["clean", *files, "--workers", "2"]))
    assert [r["source"] for r in shuffled] == [
        f for f in files for _ in range(6 if f.endswith("jsonl") else 1)
    ]
    assert _without_ids(shuffled) == _without_ids(json.loads(line) for line in one.read_text().splitlines())


def _without_ids(rows: Iterable[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True) for r in rows)


def test_resume_completes_a_torn_output_to_the_same_bytes(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "in")
    full, torn = tmp_path / "full.jsonl", tmp_path / "torn.jsonl"
    run(["clean", str(root), "-o", str(full), "--workers", "2", "-q"])
    lines = full.read_bytes().splitlines(keepends=True)
    torn.write_bytes(b"".join(lines[:4]) + lines[4][:25])
    identity = Path(f"{full}.run.json").read_bytes()
    Path(f"{torn}.run.json").write_bytes(identity)  # the torn file is the same run's output
    result = run(["clean", str(root), "-o", str(torn), "--workers", "2", "--resume"])
    assert result.exit_code == 3  # the earlier run's error records still count
    assert torn.read_bytes() == full.read_bytes()
    assert "4 were already in the output, 10 cleaned" in result.stderr
    again = run(["clean", str(root), "-o", str(torn), "--resume"])
    assert torn.read_bytes() == full.read_bytes() and "all 14 were already in the output" in again.stderr


SLOW_MAIN = (
    "import sys, time, newsclean\n"
    "real = newsclean.clean\n"
    "def slow(*a, **k):\n"
    "    time.sleep(0.08)\n"
    "    return real(*a, **k)\n"
    "newsclean.clean = slow\n"
    "from newsclean.app.cli import main\n"
    "sys.argv[0] = 'newsclean'\n"
    "main()\n"
)


@pytest.fixture(scope="module")
def slow_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A folder of small documents and the bytes an uninterrupted run writes for it."""
    root = tmp_path_factory.mktemp("slow") / "in"
    for i in range(24):
        write(root / f"{i:02d}.txt", f"Menu\n\n{SENTENCE} Update number {i} followed.\n\n{GERMAN}\n")
    reference = root.parent / "reference.jsonl"
    assert run(["clean", str(root), "-o", str(reference), "--workers", "1", "-q"]).exit_code == 0
    return root, reference.read_bytes()


@pytest.mark.parametrize(("sig", "workers"), [(signal.SIGINT, "2"), (signal.SIGKILL, "1")])
def test_an_interrupted_run_resumes_to_the_same_bytes(
    tmp_path: Path, slow_inputs: tuple[Path, bytes], sig: int, workers: str
) -> None:
    root, reference = slow_inputs
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-c", SLOW_MAIN, "clean", str(root), "-o", str(out), "--workers", workers]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    part = tmp_path / ".out.jsonl.part"
    _wait_for(lambda: part.exists() and part.read_bytes().count(b"\n") >= 3, proc)
    if sig == signal.SIGKILL:
        os.killpg(proc.pid, sig)  # the whole group, workers included, dies at once
    else:
        proc.send_signal(sig)  # like Ctrl-C; workers are left to the parent
    _, stderr = proc.communicate(timeout=20)
    assert not out.exists()
    assert 3 <= part.read_bytes().count(b"\n") < 24
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and b"--resume" in stderr and b"Traceback" not in stderr
    resumed = run(["clean", str(root), "-o", str(out), "--resume", "--workers", "2"])
    assert resumed.exit_code == 0 and not part.exists()
    assert out.read_bytes() == reference


def _wait_for(condition: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            stderr = proc.stderr.read() if proc.stderr else b""
            pytest.fail(f"no records appeared (exit {proc.returncode}): {stderr!r}")
        time.sleep(0.02)


def test_the_module_runs_a_folder_of_good_and_hostile_inputs(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "in", [])  # HTML runs in-process above; seeds keep this start-up light
    _hostile(root / "hostile")
    os.remove(root / "hostile" / "pipe.txt")
    cmd = [sys.executable, "-m", "newsclean", "clean", str(root), "-o", str(tmp_path / "out.jsonl")]
    proc = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert proc.returncode == 3, proc.stderr
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines()
    assert len(lines) == len(SEEDS) + 7 + 11 == 23
    assert b"Traceback" not in proc.stderr
    summary = proc.stderr.decode()
    assert "newsclean: 23 documents" in summary and "languages: en" in summary


def test_explain_marks_removed_lines_with_category_and_reason(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", ARTICLE)
    result = run(["explain", str(path)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("    1 - Главные новости дня  [foreign_language/foreign_language] Written in")
    assert lines[2] == f"    3   {SENTENCE}"
    assert "  language: en" in lines and "\x1b[" not in result.stdout
    coloured = CliRunner().invoke(cli, ["explain", str(path)], color=True)
    assert "\x1b[31m" in coloured.stdout


def test_explain_of_a_page_shows_the_extracted_text(tmp_path: Path) -> None:
    result = run(["explain", str(write(tmp_path / "page.html", PAGE))])
    assert result.exit_code == 0
    assert "extracted from HTML" in result.stdout and f"      {SENTENCE}" in result.stdout
    assert "<article>" not in result.stdout and "  title: Harbour bridge" in result.stdout


def test_explain_of_binary_input_is_a_document_error(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + random.Random(2).randbytes(3000))
    result = run(["explain", str(path)])
    assert result.exit_code == 3
    assert "DecodeError" in result.stderr and "Traceback" not in result.output
