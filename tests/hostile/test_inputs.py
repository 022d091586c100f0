"""Hostile inputs: bad input never crashes a run, never hangs it and never loses a document.

Every input is built at run time. Runs that could hang or use a lot of memory go through the
real CLI in a child process, with a time limit and its peak memory read from ``wait4``'s
resource usage; the others run in this process. Each case is recorded in the ``hostile`` tally.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import regex
from click.testing import CliRunner, Result
from tests.complexity import cpu_seconds, growth

import newsclean
from newsclean import Config, DecodeError, InputError, decode
from newsclean.app.cli import cli
from newsclean.cleaners.related import glued_card
from newsclean.io.items import ReadOptions
from newsclean.io.readers import iter_items
from newsclean.rules import Rule, rule_categories, rule_table

if TYPE_CHECKING:
    from tests.hostile.conftest import HostileTally

ROOT = Path(__file__).resolve().parents[2]
GOOD = "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said."
DEEP = "[" * 1000 + "]" * 1000


@dataclass(frozen=True)
class Run:
    """What a CLI child process did."""

    code: int | None  # None: killed at the time limit
    stdout: bytes
    stderr: str
    seconds: float
    peak_rss_mb: float

    @property
    def hung(self) -> bool:
        return self.code is None

    @property
    def crashed(self) -> bool:
        return self.code == 1 or "Traceback" in self.stderr

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def cli_child(args: list[str], tmp: Path, *, limit: float = 60.0) -> Run:
    """Run ``newsclean ARGS`` in a child process; kill it after ``limit`` seconds.

    The peak memory is the child's own high-water mark (``VmHWM``), read while it runs:
    ``getrusage``/``wait4`` would report at least this test process's size, which Linux
    carries into ``ru_maxrss`` across fork and exec.
    """
    out, err = tmp / "child.stdout", tmp / "child.stderr"
    start = time.monotonic()
    peak_kb = 0
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "newsclean", *args],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,
        )
        code: int | None = None
        while code is None:
            peak_kb = max(peak_kb, _high_water_kb(child.pid))
            code = child.poll()
            if code is None and time.monotonic() - start > limit:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                break
            time.sleep(0.02)
    seconds = time.monotonic() - start
    return Run(code, out.read_bytes(), err.read_text(errors="replace"), seconds, peak_kb / 1024)


def _high_water_kb(pid: int) -> int:
    """``VmHWM`` of a running process in kB (0 once it has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) if found else 0


def cli_here(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, args, input=stdin)


def lines_of(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout_bytes.splitlines() if line.strip()]


def jsonl(*lines: str) -> bytes:
    return "".join(f"{line}\n" for line in lines).encode()


def good(ident: str) -> str:
    return json.dumps({"id": ident, "text": GOOD})


# --- 18.4: one deeply nested JSON line ------------------------------------------------------


@pytest.mark.parametrize("through", ["file", "stdin"])
def test_a_deeply_nested_json_line_is_one_error_record(
    tmp_path: Path, through: str, hostile: HostileTally
) -> None:
    data = jsonl(good("before"), DEEP, good("after"))
    if through == "file":
        path = tmp_path / "deep.jsonl"
        path.write_bytes(data)
        result = cli_here(["clean", str(path), "--workers", "1", "-q"])
    else:
        result = cli_here(["clean", "-", "--format", "jsonl", "--workers", "1", "-q"], stdin=data)
    found = lines_of(result) if result.exit_code in (0, 3) else []
    hostile.case(f"deep JSON line ({through})", expected=3, written=len(found), crashed=result.exit_code == 1)
    assert result.exit_code == 3, result.output
    assert [r["id"] for r in found][::2] == ["before", "after"]
    assert "nested too deeply" in found[1]["error"]["message"]


def test_learn_reads_past_a_deeply_nested_line(tmp_path: Path, hostile: HostileTally) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_bytes(jsonl(good("before"), DEEP, good("after")))
    result = cli_here(["learn", str(path), "-o", str(tmp_path / "profile.json"), "-q"])
    written = int((tmp_path / "profile.json").is_file())
    hostile.case("deep JSON line (learn)", expected=1, written=written, crashed=result.exit_code == 1)
    assert result.exit_code == 0, result.output
    assert written


def test_report_lists_a_deeply_nested_line(tmp_path: Path, hostile: HostileTally) -> None:
    records = tmp_path / "out.jsonl"
    records.write_bytes(jsonl(json.dumps({"id": "a", "source": "a.txt", "body": GOOD}), DEEP))
    result = cli_here(["report", str(records), "-o", str(tmp_path / "report.html")])
    written = int((tmp_path / "report.html").is_file())
    hostile.case("deep JSON line (report)", expected=1, written=written, crashed=result.exit_code == 1)
    assert result.exit_code == 3, result.output
    assert "1 lines" in result.output and written


def test_resume_over_an_output_with_a_deeply_nested_line(tmp_path: Path, hostile: HostileTally) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(good("a"), good("b")))
    output = tmp_path / "out.jsonl"
    output.write_bytes(jsonl(DEEP))
    result = cli_here(["clean", str(source), "-o", str(output), "--resume", "--workers", "1", "-q"])
    # Whether resume refuses a file it does not recognise (exit 2) or finishes it, it never crashes.
    found = [json.loads(x) for x in output.read_bytes().splitlines() if x.startswith(b"{")]
    written = sum(r.get("id") in ("a", "b") for r in found) if result.exit_code in (0, 3) else 2
    hostile.case(
        "deep JSON line (--resume output)", expected=2, written=written, crashed=result.exit_code == 1
    )
    assert result.exit_code in (0, 2, 3), result.output
    assert "RecursionError" not in result.output


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("deep.profile.json", DEEP.encode(), "nested too deeply"),
        ("deep-arrays.toml", f"rule_languages = {DEEP}\n".encode(), "too deeply"),
        (
            "deep-tables.toml",
            ("x = " + "{a = " * 1000 + "1" + "}" * 1000 + "\n").encode(),
            "too deeply",
        ),
        ("latin1.toml", "# caf\xe9\nguard_share = 0.4\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_a_bad_config_or_profile_is_exit_2(
    tmp_path: Path, name: str, content: bytes, says: str, hostile: HostileTally
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    story = tmp_path / "story.txt"
    story.write_text(GOOD)
    option = "--profile" if name.endswith(".json") else "--config"
    result = cli_here(["clean", str(story), option, str(path), "--workers", "1", "-q"])
    hostile.case(f"bad {name}", expected=0, written=0, crashed=result.exit_code == 1)
    assert result.exit_code == 2, result.output
    assert says in result.output and name in result.output


# --- 18.5: text that is UTF-8 apart from a few bytes -------------------------------------


def _cut(text: str) -> bytes:
    """``text`` in UTF-8 with its last character cut in half."""
    data = text.encode("utf-8")
    assert not text[-1].isascii()
    return data[:-1]


def _stray(text: str) -> bytes:
    middle = text.index(" ", len(text) // 2)
    return text[:middle].encode() + b"\xff" + text[middle:].encode()


GERMAN = (
    "Die Landesregierung hat am Montag neue Regeln für den Nahverkehr beschlossen, sagte ein Sprecher. Größ"
)
RUSSIAN = "Министр заявил в понедельник, что переговоры о новом договоре возобновятся на следующей неделе"
JAPANESE = "政府は月曜日、新しい経済対策を閣議決定し、来週から実施すると発表した"
ENGLISH = (
    "The regional council approved a plan on Thursday to rebuild the old harbour bridge, officials said."
)
DAMAGED = {
    "German cut mid-character": _cut(GERMAN),
    "Russian cut mid-character": _cut(RUSSIAN),
    "Japanese cut mid-character": _cut(JAPANESE),
    "German with a stray 0xFF": _stray(GERMAN),
    "Russian with a stray 0xFF": _stray(RUSSIAN),
    "English with a stray 0xFF": _stray(ENGLISH),
    "UTF-8 with a cp1252 passage": GERMAN.encode() + b" " + "Über Straßen und Brücken.".encode("cp1252"),
}


@pytest.mark.parametrize("name", DAMAGED)
def test_almost_utf8_is_utf8_with_the_bad_bytes_replaced(name: str, hostile: HostileTally) -> None:
    data = DAMAGED[name]
    try:
        decoded = decode(data)
        result = newsclean.clean(data, kind="text")
    except DecodeError:
        hostile.case(f"decode: {name}", expected=1, written=0)
        raise
    hostile.case(f"decode: {name}", expected=1, written=1)
    assert decoded.encoding == "utf-8"
    assert decoded.text == data.decode("utf-8", errors="replace")
    assert decoded.fixes == ("invalid_utf8_replaced",)
    assert "invalid_utf8_replaced" in result.metadata.fixes


@pytest.mark.parametrize(
    "data",
    [random.Random(7).randbytes(4096), b"\x00\x01\x02\x03" * 500, b"text\x00with\x00nul\x00bytes\x00" * 40],
    ids=["random", "controls", "nul"],
)
def test_binary_is_still_binary(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


# --- 18.6: Parquet ------------------------------------------------------------------------


def _bomb_parquet(path: Path, rows: int, chars: int) -> None:
    """``rows`` rows of one ``chars``-character string, dictionary-encoded: a tiny file that inflates."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    text = pa.DictionaryArray.from_arrays(
        pa.array([0] * rows, type=pa.int32()), pa.array([GOOD[:50] * (chars // 50)])
    )
    table = pa.table({"id": [f"r{i}" for i in range(rows)], "text": text})
    # Without the stored Arrow schema the column reads back as plain strings, as most writers' files do.
    pq.write_table(table, path, compression="zstd", store_schema=False)


def test_a_small_parquet_of_huge_strings_stays_small_in_memory(tmp_path: Path, hostile: HostileTally) -> None:
    path = tmp_path / "bomb.parquet"
    _bomb_parquet(path, rows=60, chars=50_000_000)
    assert path.stat().st_size < 100_000
    run = cli_child(["clean", str(path), "--workers", "1", "-q"], tmp_path, limit=120)
    found = run.records()
    hostile.case(
        "Parquet: 60 rows of 50 MB strings in a small file",
        expected=60,
        written=len(found),
        crashed=run.crashed,
        hung=run.hung,
        peak_rss_mb=run.peak_rss_mb,
    )
    assert not run.hung and run.code == 3, run.stderr
    assert len(found) == 60
    assert all("over max_input_chars" in r["error"]["message"] for r in found)
    assert run.peak_rss_mb < 700


def test_every_parquet_row_gets_its_own_record(tmp_path: Path, hostile: HostileTally) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = [GOOD if i % 2 else GOOD * 100 for i in range(200)]
    pq.write_table(pa.table({"id": [str(i) for i in range(200)], "text": texts}), tmp_path / "rows.parquet")
    items = list(iter_items((str(tmp_path / "rows.parquet"),), ReadOptions(max_chars=5_000)))
    hostile.case("Parquet: 200 rows, half over the limit", expected=200, written=len(items))
    assert len(items) == 200
    assert [item.error is None for item in items] == [bool(i % 2) for i in range(200)]
    assert all("over max_input_chars=5,000" in item.error[1] for item in items if item.error)


# --- 18.8: raw size limits before parsing --------------------------------------------------


def test_huge_html_fails_fast_before_parsing(tmp_path: Path, hostile: HostileTally) -> None:
    page = tmp_path / "huge.html"
    paragraph = f"<div><p>{GOOD}</p></div>".encode()
    with page.open("wb") as fh:
        fh.write(b"<html><head><title>Huge</title></head><body>")
        fh.write(paragraph * (78_000_000 // len(paragraph)))
        fh.write(b"</body></html>")
    run = cli_child(["clean", str(page), "--workers", "1", "-q"], tmp_path, limit=60)
    found = run.records()
    hostile.case(
        "HTML of 78 MB",
        expected=1,
        written=len(found),
        crashed=run.crashed,
        hung=run.hung,
        peak_rss_mb=run.peak_rss_mb,
    )
    assert not run.hung, run.stderr
    assert [r["error"]["type"] for r in found] == ["InputError"]
    assert "max_html_bytes" in found[0]["error"]["message"]
    assert run.peak_rss_mb < 1024


def test_the_html_limit_holds_for_the_library() -> None:
    config = Config(max_html_bytes=1000)
    page = f"<html><body>{f'<p>{GOOD}</p>' * 20}</body></html>"
    for data in (page, page.encode()):
        with pytest.raises(InputError, match="max_html_bytes=1,000"):
            newsclean.clean_html(data, config=config)


# --- 18.9 and 18.10: special files, per-input budgets, compressed line bombs ----------------


def test_anything_but_a_regular_file_is_one_error_record(tmp_path: Path, hostile: HostileTally) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.jsonl", "b.parquet", "c.warc", "d.txt"):
        os.mkfifo(folder / name)
    os.mkfifo(tmp_path / "direct.jsonl")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    (tmp_path / "random.jsonl").symlink_to("/dev/urandom")
    (tmp_path / "random.txt").symlink_to("/dev/urandom")
    direct = [str(tmp_path / n) for n in ("direct.jsonl", "zero.jsonl", "random.jsonl", "random.txt")]
    run = cli_child(["clean", str(folder), *direct, "--workers", "1", "-q"], tmp_path, limit=60)
    found = run.records()
    for name in ("a.jsonl", "b.parquet", "c.warc", "d.txt", *(Path(d).name for d in direct)):
        mine = [r for r in found if r["source"].endswith(name)]
        hostile.case(
            f"special file {name}", expected=1, written=len(mine), crashed=run.crashed, hung=run.hung
        )
    assert not run.hung, run.stderr
    assert len(found) == 8
    assert all("is not a regular file" in r["error"]["message"] for r in found)


def _read(tmp_path: Path, name: str, data: bytes, **budgets: int) -> list[Any]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(iter_items((str(path),), ReadOptions(**budgets)))


def test_one_input_stops_at_its_budgets(tmp_path: Path, hostile: HostileTally) -> None:
    lines = jsonl(*(good(str(i)) for i in range(10)))
    cases: dict[str, tuple[list[Any], str]] = {
        "records": (_read(tmp_path, "r.jsonl", lines, max_records=4), "more than 4 records"),
        "bytes": (_read(tmp_path, "b.jsonl", lines, max_input_bytes=500), "more than 500 bytes"),
        "blank lines": (
            _read(tmp_path, "n.jsonl", b"\n" * 50 + lines, max_blank_lines=20),
            "more than 20 blank",
        ),
    }
    for name, (items, says) in cases.items():
        hostile.case(f"budget: {name}", expected=1, written=int(says in (items[-1].error or ("", ""))[1]))
        assert items[-1].error is not None and says in items[-1].error[1], name
        assert all(item.error is None for item in items[:-1])
    assert len(cases["records"][0]) == 5


def test_a_compressed_line_bomb_ends_in_seconds(tmp_path: Path, hostile: HostileTally) -> None:
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"\n" * 50_000_000 + jsonl(good("late")), compresslevel=9, mtime=0))
    assert bomb.stat().st_size < 100_000
    run = cli_child(["clean", str(bomb), "--workers", "1", "-q"], tmp_path, limit=30)
    found = run.records()
    hostile.case("gzip of 50 M newlines", expected=1, written=len(found), crashed=run.crashed, hung=run.hung)
    assert not run.hung, run.stderr
    assert [r["error"]["type"] for r in found] == ["InputError"]
    assert "blank lines" in found[0]["error"]["message"]


# --- 18.16: UTF-16 JSONL, and clean() over the limit ----------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_jsonl_gives_one_record_per_document(
    tmp_path: Path, codec: str, hostile: HostileTally
) -> None:
    items = _read(tmp_path, "wide.jsonl", jsonl(good("one"), good("two")).decode().encode(codec))
    hostile.case(f"{codec} JSONL of 2 documents", expected=2, written=len(items))
    assert [(i.id, i.error) for i in items] == [("one", None), ("two", None)]
    assert items[0].data == GOOD


def test_clean_of_a_str_over_the_limit_raises_input_error_as_the_readme_says() -> None:
    with pytest.raises(InputError, match="max_input_chars"):
        newsclean.clean(GOOD * 3, config=Config(max_input_chars=100))
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "never raises" not in readme
    assert "`clean()` on a `str` raises only `InputError`" in readme


# --- 18.11: phrase rules on adversarial strings ---------------------------------------------

# A "plain regex scan" to measure against: one pass that stops at every non-word character.
_PLAIN = regex.compile(r"\w+|\W")
_SYNTAX = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?[^:)]*[:)]|[\[\](){}?*+|^$]|\{\d*,?\d*\}")
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_SEPARATORS = ("", " ", "-", "@", "© ", ".")
_LENGTH = 3000
# At this length linear patterns stay under about 100 times a plain scan (the slowest retry a
# look-ahead of up to 50 characters at every position); the quadratic ones fixed here were at
# 900 to 1,400 times. A rule fails when it is that slow *and* its time grows quadratically: a
# quarter of the string then takes a sixteenth of the time, where linear work takes a quarter.
_BOUND = 300
_QUADRATIC = 8.0


def _scoped(rule: Rule) -> Callable[[str], object]:
    """The rule's pattern with its documented scope (see :mod:`newsclean.rules.loader`)."""
    body = f"(?-i:{rule.source})" if rule.case_sensitive else f"(?:{rule.source})"
    wrapped = {
        "line": (r"[\W_]*{}[\W_]*", "fullmatch"),
        "start": (r"[\W_]*{}(?!\w)", "match"),
        "anywhere": (r"(?<!\w){}(?!\w)", "search"),
    }
    template, method = wrapped[rule.scope]
    pattern = regex.compile(template.format(body), regex.IGNORECASE | regex.UNICODE)
    test: Callable[[str], object] = getattr(pattern, method)
    return test


def _adversarial(rule: Rule) -> list[str]:
    """Long runs of the rule's literal text and characters, and of '-@' and '©', with separators."""
    literal = _SYNTAX.sub("", rule.source).strip()
    units = [literal, *list(dict.fromkeys(ch for ch in literal if not ch.isspace()))[:4], "-@", "©"]
    runs = {
        ((unit + sep) * (_LENGTH // len(unit + sep) + 1))[:_LENGTH]
        for unit in units
        if unit
        for sep in _SEPARATORS
    }
    # A rule never sees a segment with more words than its max_words.
    return sorted(s for s in runs if len(_WORDS.findall(s)) <= rule.max_words)


def _all_rules() -> list[tuple[str, Rule]]:
    return [(category, rule) for category in rule_categories() for rule in rule_table(category).rules]


def test_no_phrase_rule_is_slow_on_adversarial_strings(hostile: HostileTally) -> None:
    slow: list[str] = []
    rules = _all_rules()
    assert len(rules) > 300
    for _category, rule in rules:
        test = _scoped(rule)
        for text in _adversarial(rule):
            if cpu_seconds(test, text, runs=1) > 0.02:  # faster is cheap enough not to matter
                ratio = cpu_seconds(test, text) / cpu_seconds(_PLAIN.findall, text)
                if ratio > _BOUND and (grows := growth(test, text)) > _QUADRATIC:
                    slow.append(f"{rule.id} on {text[:12]!r}...: {ratio:.0f} x a plain scan, x{grows:.0f}")
    hostile.case(
        "phrase rules on adversarial strings", expected=len(rules), written=len(rules), hung=bool(slow)
    )
    assert not slow, slow


# The strings of the report, shortened so that a quadratic rule fails this test in seconds, not minutes.
@pytest.mark.parametrize("text", ["-@" * 5000, "© " * 30000], ids=["dash-at", "copyright"])
def test_the_rule_tables_are_linear_on_the_reported_strings(text: str, hostile: HostileTally) -> None:
    slow: dict[str, tuple[float, float]] = {}
    for category in rule_categories():
        table = rule_table(category)
        ratio = cpu_seconds(table.match, text) / cpu_seconds(_PLAIN.findall, text)
        if ratio > 20 and (grows := growth(table.match, text)) > _QUADRATIC:
            slow[category] = (ratio, grows)
    hostile.case(f"rule tables on {text[:4]!r} x {len(text) // 2}", expected=1, written=1, hung=bool(slow))
    assert not slow, slow


def test_the_reported_rule_matches_what_it_did() -> None:
    table = rule_table("site_chrome")
    fired = {
        text: getattr(table.match(text), "id", None)
        for text in ("info@example.com", "• news@example.org | www.example.org", "Email news@example.org.")
    }
    assert fired == {
        "info@example.com": "site_chrome.any.url-email-line",
        "• news@example.org | www.example.org": "site_chrome.any.url-email-line",
        "Email news@example.org.": None,
    }


def test_card_titles_are_read_in_linear_time_on_a_line_of_glued_words(hostile: HostileTally) -> None:
    # Every "aB " is a place where a title could run into a summary; only a title's length is read.
    text, quarter = "aB " * 3000 + "end.", "aB " * 750 + "end."
    ratio = cpu_seconds(glued_card, text) / cpu_seconds(_PLAIN.findall, text)
    grows = cpu_seconds(glued_card, text) / cpu_seconds(glued_card, quarter)
    slow = ratio > 20 and grows > _QUADRATIC
    hostile.case("glued card titles on 'aB ' x 3000", expected=1, written=1, hung=slow)
    assert not slow, (ratio, grows)
