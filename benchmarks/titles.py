"""Title accuracy: is ``metadata.title`` the page's headline?

wceb26's ground truth names each page's title. In text mode the header cleaner lifts the
headline from the lines above the first paragraph, and it can take another headline-shaped
line instead: a menu label, a reading-time badge, a byline, the article's first list item.
Such a line is also cut from the body. This benchmark runs newsclean on every wceb26 page, in
HTML mode and on the three text renderings (``benchmarks/render.py``), and sorts each page's
``metadata.title`` against the truth's. Both are compared as casefolded ``\\w+`` tokens:

- ``exact``: the same tokens;
- ``partial``: one is a contiguous part of the other ("Rates rise | Daily Post");
- ``wrong``: another line;
- ``none``: no title. For renderings without the headline this is the right answer:
  trafilatura_recall usually leaves the headline out.

``precision`` is (exact + partial) / (exact + partial + wrong): the share of given titles
that are the headline.

    python benchmarks/titles.py              # Markdown table
    python benchmarks/titles.py --wrong 20   # and up to 20 wrong titles per rendering
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.render import CORPORA, KINDS  # noqa: E402

_WORD = regex.compile(r"\w+")
OUTCOMES = ("exact", "partial", "wrong", "none")


def tokens(text: str | None) -> str:
    """Casefolded ``\\w+`` tokens, space-joined."""
    return " ".join(_WORD.findall((text or "").casefold()))


def outcome(found: str | None, truth: str | None) -> str:
    """How a found title compares with the true one (see the module docs).

    >>> outcome("Rates Rise Again", "Rates rise again | Daily Post"), outcome(None, "Rates rise")
    ('partial', 'none')
    """
    got, want = tokens(found), tokens(truth)
    if not got:
        return "none"
    if got == want:
        return "exact"
    if want and (f" {got} " in f" {want} " or f" {want} " in f" {got} "):
        return "partial"
    return "wrong"


def run(wrong: int = 0) -> str:
    """The Markdown table (and the first ``wrong`` wrong titles of each mode)."""
    import newsclean

    corpus = CORPORA["wceb26"]
    truth = corpus.truth()
    rows = []
    examples = []
    for mode in ("html", *KINDS):
        counts: Counter[str] = Counter()
        for key in corpus.page_keys():
            url = truth[key].get("url")
            if mode == "html":
                result = newsclean.clean_html(corpus.read_page(key), url=url)
            else:
                result = newsclean.clean(corpus.read_rendering(mode, key), kind="text", url=url)
            found = result.metadata.title
            judged = outcome(found, truth[key].get("title"))
            counts[judged] += 1
            if judged == "wrong" and sum(1 for e in examples if e[0] == mode) < wrong:
                examples.append((mode, key, found, truth[key].get("title")))
        given = counts["exact"] + counts["partial"] + counts["wrong"]
        precision = (counts["exact"] + counts["partial"]) / given if given else 0.0
        rows.append(f"| {mode} | " + " | ".join(str(counts[o]) for o in OUTCOMES) + f" | {precision:.3f} |")
    out = [
        f"### Titles on wceb26 ({len(corpus.page_keys())} pages)",
        "",
        "| mode | " + " | ".join(OUTCOMES) + " | precision |",
        "| --- |" + " ---: |" * (len(OUTCOMES) + 1),
        *rows,
    ]
    if examples:
        out += ["", "Wrong titles (mode, page: found / truth):", ""]
        out += [f"- {mode}, {key}: {found!r} / {want!r}" for mode, key, found, want in examples]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--wrong", type=int, default=0, help="wrong titles to list per mode")
    args = parser.parse_args(argv)
    print(run(args.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
