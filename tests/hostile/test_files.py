"""Hostile file situations: outputs that are inputs, resumes of foreign files, two runs to one
output, missing output folders, symbolic links out of the inputs and hidden files.

Every input is built at run time. Each case records the documents that must survive (or come
out) against those that did through the ``hostile`` fixture.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsclean.app.cli import cli

SENTENCE = (
    "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said."
)
SECRET = "root:x:0:0:the secret account line that must never reach an output"


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, [*args], catch_exceptions=False)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def feed(path: Path, count: int = 3) -> Path:
    lines = [json.dumps({"id": f"n{i}", "text": f"{SENTENCE} Story {i}."}) for i in range(count)]
    return write(path, "".join(line + "\n" for line in lines))


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def intact(before: bytes, path: Path) -> int:
    """How many of the lines in ``before`` are still in ``path``, in place."""
    after = path.read_bytes().splitlines() if path.exists() else []
    return sum(1 for a, b in zip(before.splitlines(), after, strict=False) if a == b)


# -- 18.1: an output that is an input is refused before anything is written ----------------------------


def _same_jsonl(tmp: Path) -> tuple[list[str], Path]:
    return ["clean", str(feed(tmp / "in.jsonl")), "-o", str(tmp / "in.jsonl")], tmp / "in.jsonl"


def _same_txt(tmp: Path) -> tuple[list[str], Path]:
    story = write(tmp / "story.txt", f"{SENTENCE}\n")
    return ["clean", str(story), "-o", str(story)], story


def _learn_over_input(tmp: Path) -> tuple[list[str], Path]:
    return ["learn", str(feed(tmp / "x.jsonl")), "-o", str(tmp / "x.jsonl")], tmp / "x.jsonl"


def _report_over_input(tmp: Path) -> tuple[list[str], Path]:
    out = feed(tmp / "out.jsonl")
    return ["report", str(out), "-o", str(out)], out


def _hard_link(tmp: Path) -> tuple[list[str], Path]:
    source = feed(tmp / "in.jsonl")
    os.link(source, tmp / "alias.jsonl")
    return ["clean", str(source), "-o", str(tmp / "alias.jsonl")], source


def _through_a_symlinked_folder(tmp: Path) -> tuple[list[str], Path]:
    source = feed(tmp / "data" / "in.jsonl")
    os.symlink(tmp / "data", tmp / "view")
    return ["clean", str(source), "-o", str(tmp / "view" / "in.jsonl")], source


def _inside_input_folder(tmp: Path) -> tuple[list[str], Path]:
    source = feed(tmp / "in" / "a.jsonl")
    return ["clean", str(tmp / "in"), "-o", str(tmp / "in" / "clean.jsonl")], source


def _out_dir_inside_input_folder(tmp: Path) -> tuple[list[str], Path]:
    source = feed(tmp / "in" / "a.jsonl")
    return ["clean", str(tmp / "in"), "--out-dir", str(tmp / "in" / "clean")], source


def _out_dir_holding_the_input(tmp: Path) -> tuple[list[str], Path]:
    story = write(tmp / "story.txt", f"{SENTENCE}\n")  # would become story.txt, the body
    return ["clean", str(story), "--out-dir", str(tmp)], story


def _glob_matching_the_output(tmp: Path) -> tuple[list[str], Path]:
    source = feed(tmp / "a.jsonl")
    return ["clean", str(tmp / "*.jsonl"), "-o", str(tmp / "clean.jsonl")], source


def _config_as_output(tmp: Path) -> tuple[list[str], Path]:
    config = write(tmp / "options.toml", "[newsclean]\nguard_share = 0.5\n")
    return ["clean", str(feed(tmp / "in.jsonl")), "--config", str(config), "-o", str(config)], config


def _profile_as_output(tmp: Path) -> tuple[list[str], Path]:
    source, profile = feed(tmp / "in.jsonl"), tmp / "profile.json"
    assert run(["learn", str(source), "-o", str(profile), "-q"]).exit_code == 0
    return ["clean", str(source), "--profile", str(profile), "-o", str(profile)], profile


@pytest.mark.parametrize(
    "case",
    [
        _same_jsonl,
        _same_txt,
        _learn_over_input,
        _report_over_input,
        _hard_link,
        _through_a_symlinked_folder,
        _inside_input_folder,
        _out_dir_inside_input_folder,
        _out_dir_holding_the_input,
        _glob_matching_the_output,
        _config_as_output,
        _profile_as_output,
    ],
)
def test_an_output_that_is_read_by_the_run_is_refused(
    tmp_path: Path, hostile: Any, case: Callable[[Path], tuple[list[str], Path]]
) -> None:
    args, precious = case(tmp_path)
    before = precious.read_bytes()
    listing = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    result = run([*args, "-q"] if args[0] == "clean" else args)
    kept = intact(before, precious)
    hostile.case(f"output is input: {case.__name__}", expected=before.count(b"\n"), written=kept)
    assert result.exit_code == 2, result.output
    assert "refusing to write" in result.stderr and "Traceback" not in result.output
    assert precious.read_bytes() == before
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == listing


# -- 16.4 + 18.2: --resume continues only its own run -----------------------------------------------------


def _finished_run(tmp: Path) -> tuple[Path, Path]:
    """A folder of two stories cleaned to ``out.jsonl``: the folder and the output."""
    for name in ("a", "b"):
        write(tmp / "A" / f"{name}.txt", f"{SENTENCE} Story {name}.\n")
    out = tmp / "out.jsonl"
    assert run(["clean", str(tmp / "A"), "-o", str(out), "--workers", "1", "-q"]).exit_code == 0
    return tmp / "A", out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("other inputs", "inputs: now also"),
        ("other config", "config hash"),
        ("other text field", "--text-field"),
    ],
)
def test_resume_refuses_an_output_of_another_run(
    tmp_path: Path, hostile: Any, change: str, message: str
) -> None:
    folder, out = _finished_run(tmp_path)
    before = out.read_bytes()
    args = ["clean", str(folder), "-o", str(out), "--resume", "--workers", "1"]
    if change == "other inputs":
        args[1] = str(write(tmp_path / "B" / "c.txt", f"{SENTENCE} Story c.\n").parent)
    elif change == "other config":
        args += ["--config", str(write(tmp_path / "strict.toml", "[newsclean]\nguard_share = 0.2\n"))]
    else:
        args += ["--text-field", "content"]
    result = run(args)
    hostile.case(f"resume: {change}", expected=2, written=intact(before, out))
    assert result.exit_code == 2, result.output
    assert "cannot resume" in result.stderr and message in result.stderr
    assert out.read_bytes() == before


@pytest.mark.parametrize("with_identity", [False, True])
def test_resume_never_touches_a_file_that_is_not_its_runs_output(
    tmp_path: Path, hostile: Any, with_identity: bool
) -> None:
    folder, finished = _finished_run(tmp_path)
    out = tmp_path / "existing.jsonl"
    body = "".join(json.dumps({"id": f"r{i}", "text": "kept"}) + "\n" for i in range(20_000))
    out.write_text("this first line is not a record\n" + body)
    before = out.read_bytes()
    if with_identity:  # even a matching identity file does not make line 1 a record of this run
        Path(f"{out}.run.json").write_bytes(Path(f"{finished}.run.json").read_bytes())
    result = run(["clean", str(folder), "-o", str(out), "--resume", "--workers", "1"])
    kept = intact(before, out)
    hostile.case(f"resume: foreign file, identity {with_identity}", expected=20_001, written=kept)
    assert result.exit_code == 2, result.output
    assert "cannot resume" in result.stderr and "left as it was" in result.stderr
    assert out.read_bytes() == before
    assert not (tmp_path / ".existing.jsonl.part").exists()


@pytest.mark.parametrize("resume", [False, True])
def test_an_out_dir_of_someone_else_is_left_alone(tmp_path: Path, hostile: Any, resume: bool) -> None:
    story = write(tmp_path / "in" / "notes.txt", f"{SENTENCE}\n")
    before = b"my own notes, not a newsclean output\n"
    mine = write(tmp_path / "folder" / "notes.txt", before)  # a clean run would write notes.txt here
    result = run(["clean", str(story.parent), "--out-dir", str(mine.parent), *(["--resume"] * resume)])
    hostile.case(f"foreign out-dir, resume {resume}", expected=1, written=intact(before, mine))
    assert result.exit_code == 2, result.output
    assert "holds no run identity file" in result.stderr
    assert mine.read_bytes() == before
    assert sorted(p.name for p in mine.parent.iterdir()) == ["notes.txt"]


def test_resume_into_an_out_dir_of_another_run_is_refused(tmp_path: Path, hostile: Any) -> None:
    folder, _ = _finished_run(tmp_path)
    out = tmp_path / "docs"
    assert run(["clean", str(folder), "--out-dir", str(out), "--workers", "1", "-q"]).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*")}
    other = write(tmp_path / "B" / "c.txt", f"{SENTENCE} Story c.\n").parent
    result = run(["clean", str(other), "--out-dir", str(out), "--resume", "--workers", "1"])
    hostile.case("resume into another run's out-dir", expected=len(before), written=len(before))
    assert result.exit_code == 2 and "inputs: now also" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*")} == before


def test_resume_of_the_same_run_cuts_only_a_torn_tail(tmp_path: Path, hostile: Any) -> None:
    folder, out = _finished_run(tmp_path)
    full = out.read_bytes()
    first = full.splitlines(keepends=True)[0]
    out.write_bytes(first + full[len(first) : len(first) + 30])  # killed in the middle of record 2
    result = run(["clean", str(folder), "-o", str(out), "--resume", "--workers", "1"])
    hostile.case("resume: torn tail of the same run", expected=2, written=len(records(out)))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == full and "1 were already in the output" in result.stderr


# -- 18.3: one run per output ----------------------------------------------------------------------------

SLOW_MAIN = (
    "import sys, time, newsclean\n"
    "real = newsclean.clean\n"
    "def slow(*a, **k):\n"
    "    time.sleep(0.15)\n"
    "    return real(*a, **k)\n"
    "newsclean.clean = slow\n"
    "from newsclean.app.cli import main\n"
    "sys.argv[0] = 'newsclean'\n"
    "main()\n"
)


def test_a_second_run_to_the_same_output_is_refused_while_the_first_runs(
    tmp_path: Path, hostile: Any
) -> None:
    root = tmp_path / "in"
    for i in range(30):
        write(root / f"{i:02d}.txt", f"{SENTENCE} Update number {i} followed.\n")
    reference = tmp_path / "reference.jsonl"
    assert run(["clean", str(root), "-o", str(reference), "--workers", "1", "-q"]).exit_code == 0
    out = tmp_path / "c.jsonl"
    cmd = [sys.executable, "-c", SLOW_MAIN, "clean", str(root), "-o", str(out), "--workers", "1", "-q"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    part = tmp_path / ".c.jsonl.part"
    deadline = time.monotonic() + 60
    while not (part.exists() and part.read_bytes().count(b"\n") >= 2):
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.02)
    again = ["clean", str(root), "-o", str(out), "--workers", "1"]
    seconds = [run(again), run([*again, "--resume"])]
    _, stderr = first.communicate(timeout=120)
    hostile.case("two runs to one output", expected=30, written=len(records(out)) if out.exists() else 0)
    for second in seconds:
        assert second.exit_code == 2, second.output
        assert f"pid {first.pid}, started " in second.stderr and "another newsclean run" in second.stderr
    assert first.returncode == 0, stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not Path(f"{out}.lock").exists()


@pytest.mark.parametrize("planted", ["out.jsonl.lock", ".out.jsonl.part"])
def test_a_symlink_planted_at_a_file_the_run_writes_is_not_followed(
    tmp_path: Path, hostile: Any, planted: str
) -> None:
    precious = feed(tmp_path / "elsewhere" / "precious.jsonl")
    before = precious.read_bytes()
    os.symlink(precious, tmp_path / planted)
    source = feed(tmp_path / "in.jsonl")
    result = run(["clean", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    hostile.case(f"planted symlink: {planted}", expected=3, written=intact(before, precious))
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert precious.read_bytes() == before


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_given_as_output_is_written_to_not_replaced(tmp_path: Path, hostile: Any) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of its own
    result = run(["clean", str(feed(tmp_path / "in.jsonl")), "-o", str(null), "--workers", "1"])
    still = stat.S_ISCHR(null.stat().st_mode)
    hostile.case("device as output", expected=1, written=int(still))
    assert result.exit_code == 0, result.output
    assert still and sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "null"]
    refused = run(["clean", str(tmp_path / "in.jsonl"), "-o", str(null), "--resume"])
    assert refused.exit_code == 2 and "not a regular file" in refused.stderr


# -- 16.3: a missing output folder is made ----------------------------------------------------------------


@pytest.mark.parametrize("command", ["clean", "learn", "report"])
def test_a_missing_output_folder_is_created(tmp_path: Path, hostile: Any, command: str) -> None:
    source = feed(tmp_path / "in.jsonl", 2)
    if command == "report":  # a report reads a clean run's records
        run(["clean", str(source), "-o", str(tmp_path / "clean.jsonl"), "--workers", "1", "-q"])
        source = tmp_path / "clean.jsonl"
    target = tmp_path / "missing" / "dir" / "out.x"
    args = {
        "clean": ["clean", str(source), "-o", str(target.with_suffix(".jsonl")), "--workers", "1"],
        "learn": ["learn", str(source), "-o", str(target.with_suffix(".json"))],
        "report": ["report", str(source), "-o", str(target.with_suffix(".html"))],
    }[command]
    result = run(args)
    made = Path(args[-3] if command == "clean" else args[-1])
    hostile.case(f"missing output folder: {command}", expected=1, written=int(made.is_file()))
    assert result.exit_code == 0, result.output
    assert made.is_file() and ".part" not in result.output
    if command == "clean":
        assert len(records(made)) == 2


# -- 18.15: symbolic links out of the inputs --------------------------------------------------------------


def _linked_tree(tmp: Path) -> Path:
    write(tmp / "outside" / "passwd", SECRET + "\n")
    root = tmp / "in"
    write(root / "good.txt", f"{SENTENCE}\n")
    write(root / "sub" / "real.txt", f"{SENTENCE} Inside.\n")
    os.symlink(tmp / "outside" / "passwd", root / "passwd_link.txt")
    os.symlink(root / "sub" / "real.txt", root / "inside_link.txt")
    return root


@pytest.mark.parametrize("how", ["folder", "glob", "folder --follow-links"])
def test_a_symlink_out_of_the_inputs_is_not_followed(tmp_path: Path, hostile: Any, how: str) -> None:
    root = _linked_tree(tmp_path)
    target = str(root) if how.startswith("folder") else str(root / "*.txt")
    extra = ["--follow-links"] if "follow" in how else []
    result = run(["clean", target, "--workers", "1", *extra])
    got = {Path(str(r["id"])).name: r for r in (json.loads(line) for line in result.stdout.splitlines())}
    expected = ["good.txt", "inside_link.txt", "passwd_link.txt"] + ([] if how == "glob" else ["real.txt"])
    hostile.case(f"symlink out of the inputs: {how}", expected=len(expected), written=len(got))
    assert sorted(got) == expected  # the glob does not reach sub/real.txt
    assert "body" in got["inside_link.txt"] and "body" in got["good.txt"]
    if extra:
        assert result.exit_code == 0 and SECRET in str(got["passwd_link.txt"]["body"])
    else:
        assert result.exit_code == 3 and SECRET not in result.stdout
        error = got["passwd_link.txt"]["error"]
        assert isinstance(error, dict) and error["type"] == "InputError"
        assert "outside the inputs: not followed" in error["message"]


# -- 18.16: hidden files are counted, not dropped without a word -----------------------------------------


def test_hidden_files_are_counted_in_the_summary(tmp_path: Path, hostile: Any) -> None:
    root = tmp_path / "in"
    write(root / "story.txt", f"{SENTENCE}\n")
    write(root / ".draft.txt", f"{SENTENCE} Draft.\n")
    write(root / "sub" / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(root / ".git" / "HEAD", "ref: refs/heads/main\n")
    result = run(["clean", str(root), "--workers", "1"])
    hostile.case("hidden files", expected=1, written=len(result.stdout.splitlines()))
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["story.txt"]
    assert '  skipped: 3 hidden files and folders (names starting with ".")' in result.stderr
    named = run(["clean", str(root / ".draft.txt"), "--workers", "1"])
    assert named.exit_code == 0 and "Draft." in named.stdout  # named on its own, it is cleaned
