"""The audit report in a real browser: headless Chromium driven by Selenium.

Chromium and its driver come from Debian (``chromium``, ``chromium-driver``); when they are
missing and we are root, the module's set-up installs them with apt (README command 2 says
so). Without apt, as another user, or when apt fails (no network), the tests are skipped
with the reason, never failed. Selenium is pointed at ``/usr/bin/chromedriver`` so it never
downloads a driver.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean.app.report import build_report
from newsclean.app.report_page import render_report
from newsclean.io.records import OutputLine
from newsclean.model import Category

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
GOLDEN = Path(__file__).resolve().parents[2] / "fixtures" / "golden"

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the dev extra")


def _install_chromium(chromium: Path = CHROMIUM, chromedriver: Path = CHROMEDRIVER) -> str | None:
    """Install Chromium from Debian when it is missing; the reason it cannot be, or ``None``."""
    if chromium.exists() and chromedriver.exists():
        return None
    if shutil.which("apt-get") is None:
        return "Chromium is not installed and there is no apt-get to install it"
    if os.geteuid() != 0:
        return "Chromium is not installed and installing it needs root"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    packages = ["chromium", "chromium-driver"]
    for command in (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", *packages],
    ):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=900)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"{' '.join(command)} could not run: {exc}"
        if done.returncode != 0:
            return f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}"
    if not (chromium.exists() and chromedriver.exists()):
        return f"apt-get installed {' and '.join(packages)} but not {chromium} and {chromedriver}"
    return None


def _records() -> list[OutputLine]:
    lines = []
    for number, path in enumerate(sorted(GOLDEN.glob("*.json")), start=1):
        record = {"id": path.stem, "source": f"seeds/{path.stem}.txt", **json.loads(path.read_text("utf-8"))}
        lines.append(OutputLine(f"line {number}", record))
    hostile = {
        "id": "hostile</script><script>window.pwned=1</script>",
        "source": "<img src=x onerror=window.pwned=2>",
        "body": "<script>window.pwned=3</script>",
        "paragraphs": ["<script>window.pwned=3</script>"],
        "paragraph_lines": [[2, 2]],
        "metadata": {"title": "<b onmouseover=window.pwned=4>t</b>", "language": "de"},
        "removed": [
            {
                "text": "</script><img src=x onerror=window.pwned=5>",
                "category": "ticker",
                "cleaner": "ticker",
                "reason": "<script>window.pwned=6</script>",
                "start_line": 1,
                "end_line": 1,
            }
        ],
        "stats": {"input_chars": 80, "output_chars": 31, "removed_by_category": {"ticker": 1}},
    }
    error = {"id": "bad.pdf", "source": "bad.pdf", "error": {"type": "DecodeError", "message": "binary"}}
    return [*lines, OutputLine("line 6", hostile), OutputLine("line 7", error)]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_bytes(render_report(build_report(_records(), "seeds.jsonl")))
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    reason = _install_chromium()
    if reason is not None:
        pytest.skip(reason)
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _severe(driver: Any) -> list[dict[str, Any]]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


HOSTILE_ID = "hostile</script><script>window.pwned=1</script>"


def test_summary_and_filters(browser: Any, page: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    assert browser.find_element(By.ID, "count-documents").text == "7"
    assert browser.find_element(By.ID, "count-errors").text == "1"
    assert len(_ids(browser)) == 7
    assert browser.find_element(By.ID, "match-count").text == "7 of 7 documents"

    # The category filter keeps exactly the documents that have a removal of that category.
    records = [line.record for line in _records() if line.record is not None]
    with_ticker = [r["id"] for r in records if any(x["category"] == "ticker" for x in r.get("removed", ()))]
    assert 0 < len(with_ticker) < len(records)
    _select(browser, "category-filter", _category_value(browser, "ticker"))
    assert _ids(browser) == with_ticker
    assert browser.find_element(By.ID, "match-count").text == f"{len(with_ticker)} of 7 documents"
    _select(browser, "error-filter", "any")
    assert _ids(browser) == []
    _select(browser, "category-filter", "")
    assert _ids(browser) == ["bad.pdf"]
    _select(browser, "error-filter", "")
    _select(browser, "language-filter", "de")
    assert _ids(browser) == [HOSTILE_ID]
    _select(browser, "language-filter", "")

    # Sorting by the share removed puts the largest share first.
    _select(browser, "sort", "share-desc")
    cells = [row.find_elements(By.CSS_SELECTOR, "td.num")[1].text for row in _rows(browser)]
    shares = [float(cell.rstrip("%")) for cell in cells if cell]
    assert len(shares) == 6
    assert shares == sorted(shares, reverse=True)
    assert shares[0] > shares[-1]
    assert _severe(browser) == []


def test_a_document_with_its_removals_highlighted(browser: Any, page: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    records = [line.record for line in _records() if line.record is not None]
    seed = records[3]
    _row(browser, seed["id"]).click()
    removed = browser.find_elements(By.CSS_SELECTOR, "#doc-view .seg.rm")
    in_order = sorted(seed["removed"], key=lambda r: r["start_line"])
    assert [seg.get_attribute("data-category") for seg in removed] == [r["category"] for r in in_order]
    # The reason is on hover, the colour is the category's.
    assert in_order[0]["reason"] in removed[0].get_attribute("title")
    border = browser.execute_script("return getComputedStyle(arguments[0]).borderLeftColor;", removed[0])
    assert border == _rgb(_colour_of(browser, in_order[0]["category"]))
    segments = browser.find_elements(By.CSS_SELECTOR, "#doc-view .seg")
    assert len(segments) == len(seed["removed"]) + len(seed["paragraphs"])
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000

    browser.find_element(By.ID, "show-body").click()
    paragraphs = [p.text for p in browser.find_elements(By.CSS_SELECTOR, "#doc-view .body p")]
    assert paragraphs == [p.strip() for p in seed["paragraphs"]]

    # Hostile text shows as text and never runs.
    _row(browser, HOSTILE_ID).click()
    assert "<script>window.pwned=3</script>" in browser.find_element(By.ID, "doc-view").text
    assert browser.execute_script("return window.pwned === undefined;")
    assert _severe(browser) == []


def test_pages_of_fifty_and_a_document_by_address(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    lines = [
        OutputLine(f"line {n}", {"id": f"doc-{n:03}", "source": "s", "body": "Text.", "paragraphs": ["Text."],
                                 "paragraph_lines": [[1, 1]], "metadata": {}, "removed": [], "stats": {}})
        for n in range(1, 121)
    ]  # fmt: skip
    path = tmp_path / "many.html"
    path.write_bytes(render_report(build_report(lines, "many.jsonl")))
    browser.get(path.as_uri() + "#doc=77")
    assert len(_rows(browser)) == 50
    assert browser.find_element(By.ID, "page-info").text == "page 1 of 3"
    assert browser.find_element(By.CSS_SELECTOR, "#doc-view h2").text == "doc-077"
    browser.find_element(By.ID, "next").click()
    browser.find_element(By.ID, "next").click()
    assert _ids(browser) == [f"doc-{n:03}" for n in range(101, 121)]
    assert browser.find_element(By.ID, "next").get_attribute("disabled") == "true"
    assert _severe(browser) == []


def _pane_top(browser: Any) -> float:
    """Where the document pane starts, as a share of the window's height."""
    script = "return document.getElementById('doc-view').getBoundingClientRect().top / window.innerHeight;"
    return float(browser.execute_script(script))


def test_layout_pane_at_the_top_labelled_categories_and_html_page_sizes(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    records = [line.record for line in _records() if line.record is not None]
    html_page = {**records[1], "id": "page.html", "source": "saved/page.html"}
    html_page["stats"] = {**html_page["stats"], "page_chars": 41_250}
    lines = [OutputLine(f"line {n}", r) for n, r in enumerate([*records, html_page], start=1)]
    path = tmp_path / "layout.html"
    path.write_bytes(render_report(build_report(lines, "layout.jsonl")))

    browser.get(path.as_uri() + "#doc=2")
    # The document pane starts at the top of the window, beside the summary, in one scroll box.
    assert _pane_top(browser) <= 0.15
    assert browser.find_element(By.CSS_SELECTOR, "#doc-view h2").text == records[1]["id"]
    text_box = browser.find_element(By.CSS_SELECTOR, "#doc-view .text")
    assert browser.execute_script("return getComputedStyle(arguments[0]).overflowY;", text_box) == "visible"
    screenshot = tmp_path / "report-layout.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000

    # Every category in the list is named, with a tooltip counting its segments.
    for row, record in zip(_rows(browser), records, strict=False):
        labels = row.find_elements(By.CSS_SELECTOR, ".cats .cat")
        removed = [r["category"] for r in record.get("removed", ())]
        order = [c.value for c in Category]
        expected = sorted(set(removed), key=lambda c: (order.index(c) if c in order else len(order), c))
        assert [label.text for label in labels] == expected
        for label, name in zip(labels, expected, strict=True):
            count = removed.count(name)
            plural = "" if count == 1 else "s"
            assert label.get_attribute("title") == f"{name}: {count} segment{plural} removed"

    # Further down the list, the pane is still at the top when a document opens.
    _row(browser, "page.html").click()
    assert browser.execute_script("return window.scrollY;") > 0
    assert -0.002 <= _pane_top(browser) <= 0.15
    facts = browser.find_element(By.CSS_SELECTOR, "#doc-view .meta-list").text
    assert "page text\n41,250 characters" in facts
    output = html_page["stats"]["output_chars"]
    assert f"({100 * output / 41_250:.1f}% of the page text)" in facts
    assert browser.find_element(By.ID, "chars-page").text == "41,250"
    browser.save_screenshot(str(tmp_path / "report-html-page.png"))
    assert _severe(browser) == []


@pytest.mark.parametrize(
    ("apt_get", "root", "reason"),
    [
        (None, True, "there is no apt-get to install it"),
        ("#!/bin/sh\nexit 0\n", False, "installing it needs root"),
        ("#!/bin/sh\necho 'Temporary failure resolving' >&2\nexit 100\n", True, "apt-get update failed"),
        ("#!/bin/sh\nexit 0\n", True, "but not"),  # apt says yes and installs nothing
    ],
)
def test_missing_chromium_is_a_reason_to_skip_never_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apt_get: str | None, root: bool, reason: str
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if apt_get is not None:
        (bin_dir / "apt-get").write_text(apt_get, encoding="utf-8")
        (bin_dir / "apt-get").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))  # no real apt-get, whatever this machine has
    monkeypatch.setattr(os, "geteuid", lambda: 0 if root else 1000)
    found = _install_chromium(tmp_path / "chromium", tmp_path / "chromedriver")
    assert found is not None and reason in found


def _rows(browser: Any) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(browser.find_elements(By.CSS_SELECTOR, "#doc-rows tr"))


def _ids(browser: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [row.find_element(By.CSS_SELECTOR, "td.id").text for row in _rows(browser)]


def _select(browser: Any, element_id: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", element_id)).select_by_value(value)


def _row(browser: Any, doc_id: str) -> Any:
    from selenium.webdriver.common.by import By

    return next(r for r in _rows(browser) if r.find_element(By.CSS_SELECTOR, "td.id").text == doc_id)


def _category_value(browser: Any, name: str) -> str:
    script = "return [...arguments[0].options].find(o => o.text.startsWith(arguments[1] + ' ')).value;"
    return str(browser.execute_script(script, browser.find_element("id", "category-filter"), name))


def _colour_of(browser: Any, name: str) -> str:
    data = json.loads(browser.find_element("id", "report-data").get_attribute("textContent"))
    return str(dict(data["categories"])[name])


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_readme_command_2_says_that_the_suite_installs_chromium() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    command_2 = readme.split("# 2. ", 1)[1].split("```", 1)[0]
    assert "chromium" in command_2.lower() and "apt-get" in command_2 and "root" in command_2
