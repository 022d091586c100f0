"""``newsclean learn`` and ``newsclean clean --profile/--learn``: round trips, site keys, workers, errors."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from benchmarks.site_corpus import Page, build, write
from click.testing import CliRunner, Result

import newsclean
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


TOWNS = ("Alnmouth", "Berwick", "Craster", "Dunstan", "Embleton", "Felton")
TOPICS = ("a new ferry timetable", "repairs to the harbour wall", "more buses", "longer library hours")
# Two sites, each page saying where it lives in its own way, and one line each site repeats.
SAVED_SITES = {
    "quayside-gazette.example": (
        '<link rel="canonical" href="https://www.quayside-gazette.example/news/{n}.html">',
        "The Quayside Gazette has reported on the northern coast and its councils for a century.",
    ),
    "courier.example": (
        '<meta property="og:url" content="https://courier.example/story/{n}">',
        "Hill Country Courier reporters cover every parish meeting in the upland valleys.",
    ),
}


def saved_page(site: str, n: int) -> str:
    head, repeated = SAVED_SITES[site]
    town, topic = TOWNS[(n + len(site)) % len(TOWNS)], TOPICS[n % len(TOPICS)]
    paragraphs = [
        f"Councillors in {town} voted on Tuesday evening for {topic}, after a long debate about costs.",
        f"Residents of {town} told the meeting that {topic} had been promised for years, and asked who pays.",
        f"The final decision on {topic} for {town} now goes to the county, which meets again next month.",
        repeated,
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{town} backs {topic}</title>{head.format(n=n)}</head>"
        f"<body><article><h1>{town} backs {topic}</h1>{body}</article></body></html>"
    )


@pytest.fixture
def saved_pages(tmp_path: Path) -> Path:
    """Pages saved from two sites into one folder, without URLs: each page declares its own."""
    folder = tmp_path / "saved"
    folder.mkdir()
    for site in SAVED_SITES:
        for n in range(4):
            (folder / f"{site.split('.')[0]}-{n}.html").write_text(saved_page(site, n), encoding="utf-8")
    return folder


def test_learn_keys_saved_pages_by_the_url_they_declare(tmp_path: Path, saved_pages: Path) -> None:
    out = tmp_path / "profile.json"
    learned = run(["learn", str(saved_pages), "-o", str(out)])
    assert learned.exit_code == 0, learned.output
    assert "learned 8 documents of 2 sites" in learned.stderr
    profile = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(profile["sites"]) == sorted(SAVED_SITES)  # not one site named after the folder
    for site, (_, repeated) in SAVED_SITES.items():
        assert [e["sample"] for e in profile["sites"][site]["entries"]] == [repeated]
    # clean finds each page's site the same way, so the profile applies to the same pages.
    for name, extra in (("a", ["--profile", str(out)]), ("b", ["--learn"]), ("c", [])):
        target = str(tmp_path / f"{name}.jsonl")
        assert run(["clean", str(saved_pages), *extra, "-o", target, "--workers", "1", "-q"]).exit_code == 0
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert repeated_count(tmp_path / "a.jsonl") == 8
    assert repeated_count(tmp_path / "c.jsonl") == 0
    # So does the library, for a page given without a URL or a site.
    config = newsclean.Config(profile=newsclean.load_profile(out))
    result = newsclean.clean((saved_pages / "courier-0.html").read_text(encoding="utf-8"), config=config)
    assert [r.category.value for r in result.removed] == ["repeated"]


def test_learn_workers_give_the_same_profile_bytes(tmp_path: Path, saved_pages: Path, folders: Path) -> None:
    for name, inputs in (("html", saved_pages), ("text", folders)):
        outputs = []
        for workers in ("1", "2"):
            out = tmp_path / f"{name}-{workers}.json"
            assert run(["learn", str(inputs), "-o", str(out), "--workers", workers, "-q"]).exit_code == 0
            outputs.append(out.read_bytes())
        assert outputs[0] == outputs[1]
        assert len(json.loads(outputs[0])["sites"]) == 2


def test_learn_shows_progress_on_a_terminal_only(
    tmp_path: Path, folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.app import cli_learn

    out = str(tmp_path / "profile.json")
    plain = run(["learn", str(folders), "-o", out, "--workers", "1"])
    assert "learning:" not in plain.stderr  # not a terminal: the summary alone
    assert plain.stderr.startswith("newsclean: learned 8 documents")
    monkeypatch.setattr(cli_learn, "_stderr_is_tty", lambda: True)
    shown = run(["learn", str(folders), "-o", out, "--workers", "1"])
    assert "learning: " in shown.stderr and " documents · " in shown.stderr and "2 sites" in shown.stderr
    # The status line is erased before the summary is printed.
    assert shown.stderr.split("\r")[-1].startswith("newsclean: learned 8 documents")  # escapes stripped
    assert run(["learn", str(folders), "-o", out, "--workers", "1", "-q"]).stderr == ""
    relearn = run(["clean", str(folders), "--learn", "-o", str(tmp_path / "c.jsonl"), "--workers", "1"])
    assert "learning the site profile: " in relearn.stderr
    quiet = run(["clean", str(folders), "--learn", "-o", str(tmp_path / "q.jsonl"), "--workers", "1", "-q"])
    assert quiet.stderr == ""
