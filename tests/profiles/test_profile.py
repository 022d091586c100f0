"""Site profiles: keys, learning, the file format, determinism, loading errors and the config hash."""

from __future__ import annotations

import json
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import Config, ConfigError, Learner, LearnOptions, Profile, load_profile, save_profile
from newsclean.profiles.learn import document_lines
from newsclean.profiles.profile import line_key, site_of, units

MENU = ["Home", "World", "Business", "Sport"]
FOOTER = ["Copyright 2024 Example Media Group. All rights reserved.", "About us", "Contact"]
ARTICLES = [
    "The council voted on Tuesday to approve the new budget for the city's schools.",
    "Rain is expected across the region this weekend, forecasters said on Friday.",
    "The club signed a new striker from abroad on a three-year deal, it said.",
    "Shares in the carmaker rose after it reported record sales for the quarter.",
    "The museum will reopen its east wing in May after two years of repairs.",
]


def page(article: str, year: int = 2024) -> list[str]:
    footer = [FOOTER[0].replace("2024", str(year)), *FOOTER[1:]]
    return [*MENU, article, "Police said the investigation was continuing.", *footer]


def learned(docs: list[tuple[str, list[str]]], **options: object) -> Profile:
    learner = Learner(LearnOptions(**options))  # type: ignore[arg-type]
    for site, lines in docs:
        learner.add(site, lines)
    return learner.profile()


CORPUS = [("example.com", page(a, 2020 + i)) for i, a in enumerate(ARTICLES)] + [
    ("other.org", ["A line only this one page of other.org has, and nothing else."])
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Home", "World"], [(0, 1)]),  # short labels count only as a block
        (["Share this article"], [(0,)]),
        (["Share this article", "Tweet"], [(0,), (0, 1)]),
        (["Home", "•••", "World"], []),  # a line without words breaks the block
    ],
)
def test_units_are_long_lines_and_adjacent_pairs(lines: list[str], expected: list[tuple[int, ...]]) -> None:
    assert [indices for indices, _ in units(lines)] == expected


def test_line_key_ignores_case_punctuation_and_figures() -> None:
    assert line_key("Updated: 10:42, 3 March") == line_key("updated 9 41 12 March")
    assert line_key("Share this article") != line_key("Share this story")


@pytest.mark.parametrize(
    ("url", "source", "site_key", "expected"),
    [
        ("https://www.Example.com/a/b", "in/x.txt", "host", "example.com"),
        ("https://news.example.com:8443/a", None, "host", "news.example.com"),
        (None, "corpus/site-a/p1.txt", "host", "site-a"),
        ("https://example.com/a", "corpus/site-a/p1.txt", "folder", "site-a"),
        (None, "-", "host", None),
        (None, None, "folder", None),
    ],
)
def test_site_of(url: str | None, source: str | None, site_key: str, expected: str | None) -> None:
    assert site_of(url, source, site_key) == expected  # type: ignore[arg-type]


CANONICAL = '<html><head><link rel="canonical" href="https://www.herald.example/news/1.html"></head>'


@pytest.mark.parametrize(
    ("url", "source", "site_key", "page", "expected"),
    [
        (None, "saved/p1.html", "host", CANONICAL, "herald.example"),  # the page says where it lives
        (None, "-", "host", CANONICAL.encode(), "herald.example"),
        ("https://wire.example/a", "saved/p1.html", "host", CANONICAL, "wire.example"),  # a given URL wins
        (None, "saved/p1.html", "folder", CANONICAL, "saved"),
        (None, "saved/p1.html", "host", "<html><body><p>No URL here.</p>", "saved"),
        (None, "saved/p1.html", "host", '<link rel="canonical" href="/news/1.html">', "saved"),
    ],
)
def test_site_of_a_page_without_a_url_is_the_url_it_declares(
    url: str | None, source: str, site_key: str, page: str | bytes, expected: str
) -> None:
    assert site_of(url, source, site_key, page=page) == expected  # type: ignore[arg-type]


def test_learning_keeps_lines_on_enough_pages_with_counts_and_samples() -> None:
    profile = learned(CORPUS)
    assert [s.site for s in profile.sites] == ["example.com"]  # other.org has nothing repeated
    site = profile.sites[0]
    assert site.documents == len(ARTICLES)
    samples = {e.sample: (e.docs, e.lines) for e in site.entries}
    assert samples["Home\nWorld"] == (5, 2)
    assert samples["Police said the investigation was continuing."] == (5, 1)
    # The copyright year varies; the smallest spelling is the sample whatever the order.
    assert samples["Copyright 2020 Example Media Group. All rights reserved."] == (5, 1)
    assert not any(a in samples for a in ARTICLES)
    assert "Home" not in samples  # a short line alone is never an entry


def test_thresholds_min_docs_and_min_share() -> None:
    docs = [("a.com", page(a)) for a in ARTICLES[:2]]
    assert learned(docs).sites == ()  # on 2 pages only: below min_docs=3
    assert learned(docs, min_docs=2).sites[0].documents == 2
    # Seen on 3 of 20 pages is below a 0.25 share.
    many = [("a.com", page(a)) for a in ARTICLES[:3]]
    many += [("a.com", [f"A different article about {chr(97 + i) * 3} today."]) for i in range(17)]
    assert learned(many).sites == ()
    assert learned(many, min_share=0.15).sites[0].documents == 20


def test_a_line_repeated_within_one_page_counts_once() -> None:
    docs = [("a.com", ["Share this article", "Share this article"]), ("a.com", ["Share this article"])]
    profile = learned(docs, min_docs=2)
    assert {e.docs for e in profile.sites[0].entries} == {2}


def test_same_corpus_in_any_order_and_any_memory_bound_gives_the_same_bytes() -> None:
    reference = learned(CORPUS).canonical
    for seed in range(3):
        shuffled = CORPUS[:]
        random.Random(seed).shuffle(shuffled)
        assert learned(shuffled).canonical == reference
        assert learned(shuffled, max_entries=3).canonical == reference  # sorted runs spilled to disk


def test_file_shape(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    save_profile(learned(CORPUS), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "newsclean-profile"
    assert data["format_version"] == 1
    assert data["newsclean_version"]
    assert data["parameters"] == {"site_key": "host", "min_docs": 3, "min_share": 0.25}
    site = data["sites"]["example.com"]
    assert site["documents"] == 5
    entry = site["entries"][0]
    assert set(entry) == {"hash", "docs", "lines", "sample"}
    assert len(entry["hash"]) == 16
    assert [e["docs"] for e in site["entries"]] == sorted((e["docs"] for e in site["entries"]), reverse=True)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    profile = learned(CORPUS)
    save_profile(profile, tmp_path / "p.json")
    loaded = load_profile(tmp_path / "p.json")
    assert loaded == profile and loaded.digest == profile.digest
    assert loaded.canonical == (tmp_path / "p.json").read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something-else"}', "not a newsclean profile"),
        (b'{"format": "newsclean-profile", "format_version": 1}', "KeyError"),
        (b"\xff\xfe", "not valid JSON"),
    ],
)
def test_corrupt_profile_is_a_config_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        load_profile(path)


def test_bad_counts_and_missing_files_are_config_errors(tmp_path: Path) -> None:
    data = json.loads(learned(CORPUS).canonical)
    data["sites"]["example.com"]["entries"][0]["docs"] = "many"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="expected a count"):
        load_profile(tmp_path / "bad.json")
    with pytest.raises(ConfigError, match="cannot read profile file"):
        load_profile(tmp_path / "absent.json")


def test_config_hash_follows_the_profile_content_not_its_path(tmp_path: Path) -> None:
    profile = learned(CORPUS)
    save_profile(profile, tmp_path / "a.json")
    save_profile(profile, tmp_path / "b.json")
    a = Config(profile=load_profile(tmp_path / "a.json"))
    b = Config(profile=load_profile(tmp_path / "b.json"))
    assert a.hash() == b.hash() == Config(profile=profile).hash()
    assert a.hash() != Config().hash()
    assert a.hash() != Config(profile=learned(CORPUS, min_docs=4)).hash()


def test_toml_names_the_profile_file(tmp_path: Path) -> None:
    save_profile(learned(CORPUS), tmp_path / "p.json")
    for name, target in (("c", "p.json"), ("bad", "no.json")):
        line = f"profile = {json.dumps(str(tmp_path / target))}\n"
        (tmp_path / f"{name}.toml").write_text(line, encoding="utf-8")
    assert Config.from_toml(tmp_path / "c.toml").profile == learned(CORPUS)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rel.toml").write_text('profile = "../p.json"\n', encoding="utf-8")
    assert Config.from_toml(tmp_path / "sub" / "rel.toml").profile == learned(CORPUS)
    with pytest.raises(ConfigError, match="cannot read profile file"):
        Config.from_toml(tmp_path / "bad.toml")


def test_a_profile_travels_by_content_not_by_path(tmp_path: Path) -> None:
    profile = learned(CORPUS)
    save_profile(profile, tmp_path / "p.json")
    from_file = Config(profile=load_profile(tmp_path / "p.json"))
    in_memory = Config(profile=profile)
    assert b"p.json" not in pickle.dumps(from_file)
    assert pickle.dumps(from_file) == pickle.dumps(in_memory)  # where it was read from does not count
    assert pickle.loads(pickle.dumps(from_file)) == from_file
    assert pickle.loads(pickle.dumps(in_memory)).hash() == in_memory.hash()
    # Unpickled in a process that already holds its content, the profile is not parsed again.
    assert pickle.loads(pickle.dumps(from_file)).profile is pickle.loads(pickle.dumps(in_memory)).profile


# Run in a fresh interpreter: it holds no profile, and the file the profile came from is gone.
_UNPICKLE_AND_CLEAN = """
import json, pickle, sys
import newsclean
config = pickle.loads(sys.stdin.buffer.read())
result = newsclean.clean(sys.argv[1], url="https://example.com/new", config=config)
sys.stdout.write(json.dumps(result.to_dict(), sort_keys=True))
"""


def test_a_pickled_config_cleans_where_the_profile_file_does_not_exist(tmp_path: Path) -> None:
    save_profile(learned(CORPUS), tmp_path / "p.json")
    config = Config(profile=load_profile(tmp_path / "p.json"))
    pickled = pickle.dumps(config)
    (tmp_path / "p.json").unlink()
    text = "\n\n".join(page("The library will stay open late on Thursdays from next month."))
    done = subprocess.run(
        [sys.executable, "-c", _UNPICKLE_AND_CLEAN, text], input=pickled, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    there = json.loads(done.stdout)
    here = newsclean.clean(text, url="https://example.com/new", config=config)
    assert there == json.loads(json.dumps(here.to_dict()))
    assert there["metadata"]["config_hash"] == config.hash()
    assert any(r["category"] == "repeated" for r in there["removed"])  # the profile was applied


def test_document_lines_are_what_the_chain_sees() -> None:
    html = "<html><body><article><p>The talks resumed on Monday in the capital, officials said.</p>"
    html += "<p>Both sides said they expected an agreement before the end of the month.</p>"
    html += "</article></body></html>"
    lines = document_lines(html)
    assert lines == (
        "The talks resumed on Monday in the capital, officials said.",
        "Both sides said they expected an agreement before the end of the month.",
    )
    assert document_lines(b"caf\xc3\xa9  menu\n\nA  line.") == ("café menu", "A line.")


def test_learn_options_are_validated() -> None:
    with pytest.raises(ConfigError, match="min_share"):
        LearnOptions(min_share=0)
    with pytest.raises(ConfigError, match="site_key"):
        LearnOptions(site_key="path")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"newsclean_version": "999.0.0"}, "newer than this newsclean"),
        ({"parameters": {"site_key": "host", "min_docs": 3, "min_share": 1.5}}, "min_share"),
        ({"parameters": {"site_key": "host", "min_docs": 3, "min_share": -0.2}}, "min_share"),
        ({"parameters": {"site_key": "host", "min_docs": 0, "min_share": 0.25}}, "min_docs"),
    ],
)
def test_a_profile_from_a_newer_version_or_out_of_range_is_refused(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    data = json.loads(learned(CORPUS).canonical)
    data.update(change)
    (tmp_path / "p.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_profile(tmp_path / "p.json")


def test_a_profile_from_an_older_version_loads(tmp_path: Path) -> None:
    data = json.loads(learned(CORPUS).canonical)
    data["newsclean_version"] = "0.0.1"
    (tmp_path / "p.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_profile(tmp_path / "p.json").newsclean_version == "0.0.1"
