"""The audit report: view model, page content, escaping, determinism, colours and the CLI command."""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsclean
from newsclean.app.cli import cli
from newsclean.app.report import PALETTE, Report, build_report, categories, colour
from newsclean.app.report_page import render_report
from newsclean.io.records import OutputLine, read_output
from newsclean.model import Category
from newsclean.text.segment import segment_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
GOLDEN = ROOT / "fixtures" / "golden"
HOSTILE = "</script><script>alert(1)</script><!--"


def seed_records() -> list[dict[str, Any]]:
    return [
        {"id": path.stem, "source": f"seeds/{path.stem}.txt", **json.loads(path.read_text("utf-8"))}
        for path in sorted(GOLDEN.glob("*.json"))
    ]


def report_of(records: list[dict[str, Any]], title: str = "out.jsonl") -> Report:
    return build_report([OutputLine(f"line {n}", r) for n, r in enumerate(records, start=1)], title)


def embedded(page: bytes) -> dict[str, Any]:
    """The JSON data block of a page, parsed as the browser does."""
    html = page.decode("utf-8")
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def test_every_seed_document_and_category_is_in_the_page() -> None:
    records = seed_records()
    page = render_report(report_of(records))
    data = embedded(page)
    names = [name for name, _ in data["categories"]]
    assert [d["id"] for d in data["documents"]] == [r["id"] for r in records]
    for record, doc in zip(records, data["documents"], strict=True):
        removed = [p for p in doc["pieces"] if len(p) > 3]
        assert sorted(p[0] for p in removed) == sorted(r["text"] for r in record["removed"])
        assert {names[p[3]] for p in removed} == {r["category"] for r in record["removed"]}
        assert {data["strings"][p[5]] for p in removed} == {r["reason"] for r in record["removed"]}
        assert [p[0] for p in doc["pieces"] if len(p) == 3] == record["paragraphs"]
    html = page.decode("utf-8")
    found = {r["category"] for rec in records for r in rec["removed"]}
    for category in found:
        assert f"<span>{category}</span>" in html  # a bar of the summary chart


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_pieces_are_the_segments_in_input_order(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    record = {"id": path.stem, "source": str(path), **newsclean.clean(text).to_dict()}
    doc = report_of([record]).documents[0]
    segments = segment_text(newsclean.repair(text).text)
    assert doc.in_order
    starts = [p.start_line for p in doc.pieces]
    assert starts == sorted(set(starts))
    assert set(starts) <= {s.start_line for s in segments}
    # A removal holds its segments joined by a newline, so the texts line up one for one.
    assert "\n".join(p.text for p in doc.pieces) == "\n".join(s.text for s in segments)


def hostile_record() -> dict[str, Any]:
    return {
        "id": f"id{HOSTILE}",
        "source": f"src<img src=x onerror=alert(2)>{HOSTILE}",
        "body": f"body {HOSTILE}",
        "paragraphs": [f"body {HOSTILE}"],
        "paragraph_lines": [[3, 3]],
        "metadata": {"title": f"title {HOSTILE}", "language": f"en{HOSTILE}", "encoding": HOSTILE},
        "removed": [
            {
                "text": f"removed {HOSTILE}",
                "category": f"cat{HOSTILE}",
                "cleaner": f"cleaner{HOSTILE}",
                "reason": f"reason {HOSTILE}",
                "start_line": 1,
                "end_line": 1,
            }
        ],
        "stats": {"removed_by_category": {f"cat{HOSTILE}": 1}, "input_chars": 9, "output_chars": 4},
    }


def test_hostile_text_is_escaped_everywhere() -> None:
    error = {"id": f"e{HOSTILE}", "source": "s", "error": {"type": f"T{HOSTILE}", "message": f"m{HOSTILE}"}}
    report = build_report(
        [
            OutputLine("line 1", hostile_record()),
            OutputLine("line 2", error),
            OutputLine(f"line 3{HOSTILE}", problem=f"bad {HOSTILE}"),
        ],
        f"title{HOSTILE}",
    )
    html = render_report(report).decode("utf-8")
    # Only the page's own two script blocks; the text never opens or closes another one.
    assert html.count("<script") == 2
    assert html.count("</script>") == 2
    assert "<img" not in html
    assert "<!--" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html  # summary, title, unreadable
    data = embedded(html.encode("utf-8"))
    doc = data["documents"][0]
    assert doc["id"] == f"id{HOSTILE}"
    assert doc["pieces"][0][0] == f"removed {HOSTILE}"
    assert data["strings"][doc["pieces"][0][5]] == f"reason {HOSTILE}"
    assert data["documents"][1]["error"] == [f"T{HOSTILE}", f"m{HOSTILE}"]


def test_client_side_rendering_never_parses_document_text_as_markup() -> None:
    template_path = ROOT / "src" / "newsclean" / "app" / "templates" / "report.html.j2"
    template = template_path.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in template


def test_same_records_give_the_same_bytes() -> None:
    records = seed_records()
    first = render_report(report_of(records))
    again = render_report(report_of(json.loads(json.dumps(records))))
    assert first == again
    assert b"<!DOCTYPE html>" in first


def test_a_lone_surrogate_stays_visible_and_parses_back() -> None:
    record = hostile_record() | {"id": "x\ud800y"}
    page = render_report(report_of([record]))
    assert embedded(page)["documents"][0]["id"] == "x\ud800y"


def test_records_without_paragraph_lines_keep_paragraphs_first_and_say_so() -> None:
    record = seed_records()[1]
    del record["paragraph_lines"]
    doc = report_of([record]).documents[0]
    assert not doc.in_order
    kept = len(record["paragraphs"])
    assert [p.category for p in doc.pieces[:kept]] == [None] * kept
    assert [p.start_line for p in doc.pieces[kept:]] == sorted(r["start_line"] for r in record["removed"])
    html = render_report(report_of([record])).decode("utf-8")
    assert "come from an older newsclean without paragraph line numbers" in html


def test_summary_counts() -> None:
    records = seed_records()
    error = {"id": "e", "source": "s", "error": {"type": "DecodeError", "message": "binary"}}
    summary = report_of([*records, error]).summary
    assert (summary.documents, summary.errors, summary.unreadable) == (6, 1, 0)
    assert summary.error_types == (("DecodeError", 1),)
    assert summary.input_chars == sum(r["stats"]["input_chars"] for r in records)
    assert summary.output_chars == sum(r["stats"]["output_chars"] for r in records)
    removed = {k: v for r in records for k, v in r["stats"]["removed_by_category"].items()}
    assert {k for k, _ in summary.removed_by_category} == set(removed)
    assert sum(n for _, n in summary.removed_by_category) == sum(
        sum(r["stats"]["removed_by_category"].values()) for r in records
    )
    assert summary.languages == (("en", 5),)
    assert [h for h, _ in summary.config_hashes] == [records[0]["metadata"]["config_hash"]]


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "a", "metadata": {}, "removed": []}, "no paragraphs and no body"),
        ({"id": "a", "body": "x", "metadata": "m"}, "'metadata' is not an object"),
        ({"id": "a", "body": "x", "removed": [{"category": "ticker"}]}, "a removal without text"),
        ({"id": "a", "error": "boom"}, "'error' is not an object"),
    ],
)
def test_records_of_the_wrong_shape_are_listed_as_unreadable(record: dict[str, Any], problem: str) -> None:
    report = build_report([OutputLine("line 4", record)], "x")
    assert report.documents == ()
    assert report.unreadable == (("line 4", f"record 'a': {problem}"),)


def test_every_category_has_its_own_colour() -> None:
    views = categories()
    assert [v.name for v in views] == [c.value for c in Category]
    assert len({v.colour for v in views}) == len(views)
    # A category added later, or an unknown one found in records, still gets a colour of its own.
    many = categories([f"new{i}" for i in range(30)])
    assert len({v.colour for v in many}) == len(many) == len(Category) + 30
    assert len(set(PALETTE)) == len(PALETTE) > len(Category)
    assert colour(len(PALETTE)) not in PALETTE


def lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    linear = []
    for i in (1, 3, 5):
        c = int(hex_colour[i : i + 2], 16) / 255
        linear.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = linear
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e2000(one: tuple[float, float, float], two: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation); about 2.3 is just noticeable."""
    (l1, a1, b1), (l2, a2, b2) = one, two
    mean_c = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(mean_c**7 / (mean_c**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    big_dh = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    mean_l, mean_cp = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        mean_h = h1 + h2
    elif abs(h1 - h2) <= 180:
        mean_h = (h1 + h2) / 2
    else:
        mean_h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    cos = [math.cos(math.radians(k * mean_h - shift)) for k, shift in ((1, 30), (2, 0), (3, -6), (4, 63))]
    t = 1 - 0.17 * cos[0] + 0.24 * cos[1] + 0.32 * cos[2] - 0.20 * cos[3]
    rotation = (
        -2
        * math.sqrt(mean_cp**7 / (mean_cp**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((mean_h - 275) / 25) ** 2))))
    )
    sl = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    sc, sh = 1 + 0.045 * mean_cp, 1 + 0.015 * mean_cp * t
    dl, dc, dhh = (l2 - l1) / sl, (c2 - c1) / sc, big_dh / sh
    return math.sqrt(dl**2 + dc**2 + dhh**2 + rotation * dc * dhh)


def tint(hex_colour: str, share: float) -> str:
    """``color-mix(in srgb, colour share, white)``, as the page draws a removed segment's background."""
    channels = (round(int(hex_colour[i : i + 2], 16) * share + 255 * (1 - share)) for i in (1, 3, 5))
    return "#" + "".join(f"{c:02x}" for c in channels)


@pytest.mark.parametrize(
    ("one", "two", "expected"),
    # Reference pairs from Sharma, Wu and Dalal (2005), table 1.
    [((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
     ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
     ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)],
)  # fmt: skip
def test_delta_e2000_matches_the_published_values(
    one: tuple[float, float, float], two: tuple[float, float, float], expected: float
) -> None:
    assert delta_e2000(one, two) == pytest.approx(expected, abs=1e-4)


def test_category_colours_are_far_apart_as_swatches_and_as_backgrounds() -> None:
    template = (ROOT / "src/newsclean/app/templates/report.html.j2").read_text(encoding="utf-8")
    found = re.search(r"\.seg\.rm \{ background: color-mix\(in srgb, var\(--c\) (\d+)%, white\)", template)
    assert found is not None
    share = int(found[1])
    views = {v.name: v.colour for v in categories()}
    too_close = []
    for (name1, colour1), (name2, colour2) in itertools.combinations(views.items(), 2):
        swatches = delta_e2000(lab(colour1), lab(colour2))
        backgrounds = delta_e2000(lab(tint(colour1, share / 100)), lab(tint(colour2, share / 100)))
        if swatches < 20 or backgrounds < 7:
            too_close.append((name1, name2, round(swatches, 1), round(backgrounds, 1)))
    assert too_close == []
    # Dark enough to show as a border on white, light enough behind dark text.
    for name, hex_colour in views.items():
        assert 40 <= lab(hex_colour)[0] <= 82, name


def page_record(page_chars: int | None) -> dict[str, Any]:
    record = seed_records()[0]
    if page_chars is not None:
        record["stats"] = {**record["stats"], "page_chars": page_chars}
    return record


def test_html_pages_show_their_page_text_next_to_the_extracted_text() -> None:
    html_record = page_record(40_000)
    text_record = seed_records()[1]
    report = report_of([html_record, text_record])
    assert [d.page_chars for d in report.documents] == [40_000, None]
    summary = report.summary
    assert (summary.page_documents, summary.page_chars) == (1, 40_000)
    assert summary.page_input_chars == html_record["stats"]["input_chars"]
    assert summary.page_output_chars == html_record["stats"]["output_chars"]
    page = render_report(report)
    html = page.decode("utf-8")
    assert '<b id="chars-page">40,000</b>' in html
    share = 100 * html_record["stats"]["output_chars"] / 40_000
    assert f"({share:.1f}% of the page text)" in html
    assert "characters before (extracted text)" in html
    chars = [d["chars"] for d in embedded(page)["documents"]]
    assert chars[0][2] == 40_000 and chars[1][2] is None
    # Records without the page's size (text input, older records) render as before.
    older = render_report(report_of(seed_records())).decode("utf-8")
    assert 'id="html-chars"' not in older and "characters before</dt>" in older


def test_clean_html_records_the_page_text_size_and_text_does_not() -> None:
    page = (
        "<html><head><title>t</title><style>p { color: red }</style></head><body>"
        "<nav>Home | World | Sport | Weather</nav><article>"
        "<p>The bridge reopened on Friday after two years of repairs, officials said.</p>"
        "<p>Traffic is expected to return to normal by the end of the month.</p></article>"
        "<script>window.x = 'not text';</script><footer>© Example News</footer></body></html>"
    )
    result = newsclean.clean(page)
    stats = result.stats.to_dict()
    assert stats["page_chars"] > stats["input_chars"] > 0
    visible = [
        "Home | World | Sport | Weather",
        "The bridge reopened on Friday after two years of repairs, officials said.",
        "Traffic is expected to return to normal by the end of the month.",
        "© Example News",
    ]
    assert stats["page_chars"] == sum(map(len, visible))  # no title, style or script
    assert newsclean.clean(page).to_dict() == result.to_dict()  # deterministic
    assert "page_chars" not in newsclean.clean("The bridge reopened on Friday.").stats.to_dict()


def write_jsonl(path: Path, records: list[dict[str, Any]], extra: str = "") -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")


def test_cli_writes_the_report(tmp_path: Path) -> None:
    records = seed_records()
    write_jsonl(tmp_path / "out.jsonl", records)
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "out.jsonl"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "report of 5 documents (0 errors)" in result.output
    page = (tmp_path / "r.html").read_bytes()
    assert [d["id"] for d in embedded(page)["documents"]] == [r["id"] for r in records]
    assert not list(tmp_path.glob(".*.part"))


def test_cli_lists_malformed_lines_and_exits_3(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "out.jsonl", seed_records()[:2], extra='{"id": "cut off\n[1, 2]\n')
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "out.jsonl"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 3
    assert "2 lines of" in result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "2 unreadable lines" in html
    assert "line 3: not valid JSON" in html
    assert "line 4: a JSON list, not a record" in html
    assert len(embedded(html.encode())["documents"]) == 2


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    missing = CliRunner().invoke(
        cli, ["report", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.html")]
    )
    assert missing.exit_code == 2
    (tmp_path / "fake.parquet").write_bytes(b"not parquet at all")
    pytest.importorskip("pyarrow")
    broken = CliRunner().invoke(
        cli, ["report", str(tmp_path / "fake.parquet"), "-o", str(tmp_path / "r.html")]
    )
    assert broken.exit_code == 2
    assert "is not a readable Parquet file" in broken.output
    assert not (tmp_path / "r.html").exists()


def test_parquet_output_gives_the_same_documents(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from newsclean.io.parquet import ParquetSink
    from newsclean.io.writers import record_line

    records = seed_records()
    error = {"id": "e", "source": "s", "error": {"type": "DecodeError", "message": "binary"}}
    sink = ParquetSink(tmp_path / "out.parquet")
    for record in [*records, error]:
        sink.write(record_line(record), None, "")
    sink.finish()
    from_parquet = build_report(read_output(tmp_path / "out.parquet"), "out.parquet")
    from_jsonl = report_of([*records, error], "out.parquet")
    assert from_parquet.documents == from_jsonl.documents
    assert from_parquet.summary == from_jsonl.summary
    assert all(d.in_order for d in from_parquet.documents)
    args = ["report", str(tmp_path / "out.parquet"), "-o", str(tmp_path / "r.html")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r.html").read_bytes()
    assert [d["id"] for d in embedded(page)["documents"]] == [*(r["id"] for r in records), "e"]
