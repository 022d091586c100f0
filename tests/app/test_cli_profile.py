"""``newsclean learn`` and ``newsclean clean --profile/--learn``: round trips, site keys, workers, errors."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from benchmarks.site_corpus import Page, build, write
from click.testing import CliRunner, Result

from newsclean.app.cli import cli


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def repeated_count(path: Path) -> int:
    return sum(dict(r["stats"]["removed_by_category"]).get("repeated", 0) for r in records(path))


@pytest.fixture(scope="module")
def corpus() -> list[Page]:
    return build(sites=2, pages=4)


@pytest.fixture
def folders(tmp_path: Path, corpus: list[Page]) -> Path:
    """One folder per site, pages without URLs."""
    write(corpus, tmp_path / "sites")
    (tmp_path / "sites" / "truth.json").unlink()
    return tmp_path / "sites"


def jsonl(path: Path, corpus: list[Page], seed: int | None = None) -> Path:
    pages = corpus[:]
    if seed is not None:
        random.Random(seed).shuffle(pages)
    lines = [json.dumps({"id": f"{p.site}/{p.name}", "url": p.url, "text": p.text}) for p in pages]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_learn_then_clean_with_the_profile_equals_clean_learn(tmp_path: Path, corpus: list[Page]) -> None:
    data = jsonl(tmp_path / "pages.jsonl", corpus)
    learned = run(["learn", str(data), "-o", str(tmp_path / "profile.json")])
    assert learned.exit_code == 0, learned.output
    assert "learned 8 documents of 2 sites" in learned.stderr
    profile = json.loads((tmp_path / "profile.json").read_text(encoding="utf-8"))
    assert sorted(profile["sites"]) == sorted({p.site for p in corpus})
    for name, extra in (("a", ["--profile", str(tmp_path / "profile.json")]), ("b", ["--learn"]), ("c", [])):
        args = ["clean", str(data), *extra, "-o", str(tmp_path / f"{name}.jsonl"), "--workers", "1", "-q"]
        assert run(args).exit_code == 0
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert repeated_count(tmp_path / "a.jsonl") >= 10 * len(corpus)
    assert repeated_count(tmp_path / "c.jsonl") == 0
    hashes = {r["metadata"]["config_hash"] for r in records(tmp_path / "a.jsonl")}
    plain = {r["metadata"]["config_hash"] for r in records(tmp_path / "c.jsonl")}
    assert len(hashes) == 1 and hashes != plain


def test_profile_bytes_do_not_depend_on_input_order(tmp_path: Path, corpus: list[Page]) -> None:
    outputs = []
    for seed in (None, 1, 2):
        data = jsonl(tmp_path / f"pages-{seed}.jsonl", corpus, seed)
        out = tmp_path / f"profile-{seed}.json"
        assert run(["learn", str(data), "-o", str(out), "-q"]).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_site_key_folder(tmp_path: Path, folders: Path, corpus: list[Page]) -> None:
    out = tmp_path / "profile.json"
    assert run(["learn", str(folders), "--site-key", "folder", "-o", str(out), "-q"]).exit_code == 0
    profile = json.loads(out.read_text(encoding="utf-8"))
    assert profile["parameters"]["site_key"] == "folder"
    assert sorted(profile["sites"]) == sorted({p.site for p in corpus})  # the folder names
    result = tmp_path / "clean.jsonl"
    args = ["clean", str(folders), "--profile", str(out), "-o", str(result), "--workers", "1", "-q"]
    assert run(args).exit_code == 0
    assert repeated_count(result) >= 10 * len(corpus)


def test_workers_give_the_same_bytes(tmp_path: Path, folders: Path) -> None:
    out = tmp_path / "profile.json"
    assert run(["learn", str(folders), "-o", str(out), "-q"]).exit_code == 0
    for workers in ("1", "2"):
        target = tmp_path / f"w{workers}.jsonl"
        args = ["clean", str(folders), "--profile", str(out), "-o", str(target), "--workers", workers, "-q"]
        assert run(args).exit_code == 0
    assert (tmp_path / "w1.jsonl").read_bytes() == (tmp_path / "w2.jsonl").read_bytes()
    learn_two = tmp_path / "l2.jsonl"
    args = ["clean", str(folders), "--learn", "-o", str(learn_two), "--workers", "2", "-q"]
    assert run(args).exit_code == 0
    assert learn_two.read_bytes() == (tmp_path / "w1.jsonl").read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{broken", "not valid JSON"), (b'{"format": "x"}', "not a newsclean profile"), (None, "cannot read")],
)
def test_a_corrupt_or_missing_profile_exits_2(tmp_path: Path, content: bytes | None, message: str) -> None:
    (tmp_path / "a.txt").write_text("The talks resumed on Monday, officials said.\n", encoding="utf-8")
    if content is not None:
        (tmp_path / "profile.json").write_bytes(content)
    result = run(["clean", str(tmp_path / "a.txt"), "--profile", str(tmp_path / "profile.json")])
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profile", "{tmp}/p.json", "--learn"], "either --profile or --learn"),
        (["--learn", "-"], "standard input"),
        (["--learn", "--min-share", "0"], "--min-share"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("The talks resumed on Monday, officials said.\n", encoding="utf-8")
    (tmp_path / "p.json").write_text("{}", encoding="utf-8")
    result = run(["clean", str(tmp_path / "a.txt"), *(a.replace("{tmp}", str(tmp_path)) for a in args)])
    assert result.exit_code == 2
    assert message in result.stderr
