"""A multi-page-per-site corpus built from the real dev pages, for site profiles.

The dev set has one or two pages per site, too few to learn a site's repeated lines. This
builds synthetic sites from real material: each site takes the chrome of one real dev page
as its whole-page text rendering shows it (``fixtures/renderings/inscriptis/``: the menus,
share bars, "most read" lists and footers above, inside and below its article) and wraps it
around the ground-truth bodies of other dev pages, one article per page. As on real sites,
not all chrome is fixed: on each page some chrome lines are missing and some headline-like
ones are replaced by a snippet of another article (a rotating "most read" list). Chrome
inside the article (an image credit, "Advertisement") keeps its relative position.

The article's extent in a rendering is found with the benchmark metric's shingles: lines
mostly made of ground-truth shingles are article lines. The lines just above the article
(the original headline, byline and date) belong to the original story and are left out.
Generation is deterministic (a fixed seed); nothing here depends on particular pages.

Each page also has an HTML form: the real HTML of the site's page with its article's
paragraphs (``<p>`` elements mostly made of ground-truth shingles) replaced by the other
article's. Its chrome is the real page's, unchanged from page to page.

    python benchmarks/site_corpus.py OUT_DIR               # OUT_DIR/<site>/<page>.txt plus truth.json
    python benchmarks/site_corpus.py OUT_DIR --kind html   # OUT_DIR/<site>/<page>.html
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.metric import shingles, tokenize  # noqa: E402
from benchmarks.render import DEV, dev_keys, read_page, read_rendering  # noqa: E402

SEED = 20191118
# Lines of the original story just above its first paragraph (headline, byline, date).
_STORY_HEAD = 3
_MIN_CHROME = 12
_DROP = 0.08
_ROTATE = 0.15
_HEADLINE_WORDS = 4


@dataclass(frozen=True)
class Page:
    """One synthetic page: its site, name, URL, text, HTML and the true article body."""

    site: str
    name: str
    url: str
    text: str
    html: str
    truth: str


@dataclass(frozen=True)
class Template:
    """The chrome of one real page: lines above, inside (with relative position) and below its article."""

    site: str
    head: tuple[str, ...]
    inside: tuple[tuple[float, str], ...]
    foot: tuple[str, ...]
    key: str


def _truth() -> dict[str, dict[str, str]]:
    with open(DEV / "ground-truth.json", encoding="utf-8") as fh:
        data: dict[str, dict[str, str]] = json.load(fh)
    return data


def paragraphs(body: str) -> list[str]:
    """The non-empty lines of a ground-truth body."""
    return [line.strip() for line in body.split("\n") if line.strip()]


def template(key: str, truth: dict[str, str]) -> Template | None:
    """The chrome of a dev page's whole-page rendering, or ``None`` when it has too little."""
    lines = [line.strip() for line in read_rendering("inscriptis", key).split("\n") if line.strip()]
    true = shingles(truth["articleBody"])
    article = [i for i, line in enumerate(lines) if _is_article(line, true)]
    if not article:
        return None
    first, last = article[0], article[-1]
    head = tuple(lines[: max(0, first - _STORY_HEAD)])
    foot = tuple(lines[last + 1 :])
    span = max(1, last - first)
    taken = set(article)
    inside = tuple(((i - first) / span, lines[i]) for i in range(first, last + 1) if i not in taken)
    if len(head) + len(foot) < _MIN_CHROME:
        return None
    host = (urlsplit(truth["url"]).hostname or "").removeprefix("www.")
    return Template(host, head, inside, foot, key)


def _is_article(text: str, true: Counter[tuple[str, ...]]) -> bool:
    grams = shingles(text)
    return len(tokenize(text)) >= 4 and sum((grams & true).values()) >= 0.5 * sum(grams.values())


def swap_article(html: str, old: str, new: str) -> str | None:
    """``html`` with the paragraphs of article ``old`` replaced by those of ``new`` (``None`` if none found).

    The new paragraphs go where the first old one was, in the element holding most of them.
    """
    import lxml.html

    tree = lxml.html.fromstring(html)
    true = shingles(old)
    found = [el for el in tree.iter("p") if _is_article(el.text_content(), true)]
    if len(found) < 2:
        return None
    parent = Counter(el.getparent() for el in found).most_common(1)[0][0]
    at = parent.index(next(el for el in found if el.getparent() is parent))
    for el in found:
        el.drop_tree()
    for n, para in enumerate(paragraphs(new)):
        element = lxml.html.Element("p")
        element.text = para
        parent.insert(at + n, element)
    return str(lxml.html.tostring(tree, encoding="unicode"))


def _snippet(body: str, rng: random.Random) -> str:
    words = paragraphs(body)[0].split()
    return " ".join(words[: rng.randint(7, 12)])


def _chrome(lines: tuple[str, ...], bodies: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for line in lines:
        roll = rng.random()
        if roll < _DROP:
            continue
        if roll < _DROP + _ROTATE and len(tokenize(line)) >= _HEADLINE_WORDS:
            out.append(_snippet(rng.choice(bodies), rng))
        else:
            out.append(line)
    return out


def render(chrome: Template, body: str, bodies: list[str], rng: random.Random) -> str:
    """One page of a site: its chrome (partly varied) around ``body``."""
    paras = paragraphs(body)
    middle: list[str] = []
    inside = list(chrome.inside)
    for n, para in enumerate(paras):
        while inside and inside[0][0] <= n / max(1, len(paras)):
            middle.append(inside.pop(0)[1])
        middle.append(para)
    middle.extend(line for _, line in inside)
    lines = [*_chrome(chrome.head, bodies, rng), *middle, *_chrome(chrome.foot, bodies, rng)]
    return "\n".join(lines) + "\n"


def build(sites: int = 8, pages: int = 6, seed: int = SEED) -> list[Page]:
    """The corpus: ``sites`` sites of ``pages`` pages each, every article used once."""
    truth = _truth()
    keys = dev_keys()
    rng = random.Random(seed)
    order = keys[:]
    rng.shuffle(order)
    templates: list[Template] = []
    hosts: set[str] = set()
    for key in order:
        found = template(key, truth[key])
        body = truth[key]["articleBody"]
        # A template needs its article found in both forms: the text rendering and the HTML.
        if found is not None and found.site not in hosts and swap_article(read_page(key), body, body):
            templates.append(found)
            hosts.add(found.site)
        if len(templates) == sites:
            break
    used = {t.key for t in templates}
    donors = [key for key in order if key not in used]
    if len(donors) < sites * pages:
        raise ValueError(f"{len(donors)} articles are not enough for {sites} sites of {pages} pages")
    bodies = [truth[key]["articleBody"] for key in donors]
    corpus: list[Page] = []
    for s, chrome in enumerate(templates):
        original = read_page(chrome.key)
        for p in range(pages):
            body = bodies[s * pages + p]
            text = render(chrome, body, bodies, rng)
            html = swap_article(original, truth[chrome.key]["articleBody"], body) or ""
            name = f"page-{p + 1:02d}"
            url = f"https://www.{chrome.site}/news/{name}.html"
            corpus.append(Page(chrome.site, name, url, text, html, body))
    return corpus


def write(corpus: list[Page], folder: Path, kind: str = "text") -> None:
    """Write ``folder/<site>/<page>.txt`` (or ``.html``) and ``folder/truth.json`` (``{site/page: body}``)."""
    truth: dict[str, str] = {}
    for page in corpus:
        path = folder / page.site / f"{page.name}.{'html' if kind == 'html' else 'txt'}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.html if kind == "html" else page.text, encoding="utf-8")
        truth[f"{page.site}/{page.name}"] = page.truth
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus to a folder."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="folder to write the corpus to")
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--kind", choices=["text", "html"], default="text", help="which form to write")
    args = parser.parse_args(argv)
    corpus = build(args.sites, args.pages, args.seed)
    write(corpus, args.out, args.kind)
    print(f"wrote {len(corpus)} pages of {args.sites} sites to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
