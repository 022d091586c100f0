"""The removal ledger: what each cleaner and rule removes on the dev pages, and how much was article text.

Runs newsclean (default configuration) over every page of both dev corpora in HTML mode
(and, with ``--text``, on the three text renderings) and tallies its ``removed`` records by
cleaner and by rule id (the rule that fired, or the cleaner's name when it judged alone):

- removals, pages, and characters removed;
- **removal precision**: the share of removed characters that are *not* article text.

A removed line counts as article text when most of its 4-token shingles are in the page's
ground truth or, for a line of fewer than 4 tokens, when its token sequence occurs in the
truth. On wceb26 a removal that contains a ``with`` snippet (a sentence that must be kept)
counts as article text as a whole. Only the truth that newsclean's output lacks counts (see
``Judge``): removing the second copy of a paragraph that the truth has once is no loss.

In HTML mode the ledger also shows what the ``balanced`` trim cut from trafilatura's one-pass
text (rule ``html.balanced-trim``): no removal record carries it, but it loses text as well.
What its fill from the recall pass put back (``html.recall-fill``) is tallied apart, with the
share of those characters that are article text (a fresh judge: the truth the output holds
counts too).

Rules below 0.95 removal precision with at least ``--min-chars`` characters are listed as the
worst, most article characters first, with their precision on each fold by site
(``benchmarks/folds.py``; fold *i* pools fold *i* of each corpus) and some removed article lines.

    python benchmarks/ledger.py                    # HTML mode, Markdown
    python benchmarks/ledger.py --text             # also the three text renderings
    python benchmarks/ledger.py --json ledger.json
    python benchmarks/ledger.py --worst 15 --examples 3
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.folds import K, folds  # noqa: E402
from benchmarks.metric import SHINGLE, shingles, tokenize  # noqa: E402
from benchmarks.quality import (  # noqa: E402
    _NEWSCLEAN,
    System,
    newsclean_html_system,
    newsclean_text_system,
    normalise,
    predict_trim,
    run,
)
from benchmarks.render import CORPORA, KINDS  # noqa: E402

PRECISION_FLOOR = 0.95
TRIM_RULE = "html.balanced-trim"
FILL_RULE = "html.recall-fill"
MODES = ("html", *KINDS)


class Judge:
    """Tells removed lines that are article text from those that are not, for one page.

    Only the truth that the output (``body``) lacks counts: a removed second copy of a paragraph
    that the output kept once is article text only when the truth has it twice. A line judged
    article text uses up its part of the truth, so two removed copies of one true paragraph
    count once; likewise a ``with`` snippet counts only when the output lacks it.
    """

    def __init__(self, truth: str, keep: Sequence[str] = (), body: str = "") -> None:
        self.remaining = shingles(truth) - shingles(body)
        self.words = " " + " ".join(tokenize(truth)) + " "
        self.body_words = " " + " ".join(tokenize(body)) + " "
        self.used: Counter[str] = Counter()
        kept = normalise(body)
        self.keep = [n for n in (normalise(s) for s in keep) if n.strip() and n not in kept]

    def article_line(self, line: str) -> bool:
        """Whether one removed line is article text (and if so, use up its part of the truth).

        >>> judge = Judge("The council met on Monday. It voted to close the bridge.")
        >>> judge.article_line("The council met on Monday.")
        True
        >>> judge.article_line("Sign up for our newsletter today")
        False
        >>> judge.article_line("Monday"), judge.article_line("Share")
        (True, False)

        A removed repeat of a paragraph the output kept is not article text:

        >>> text = "One two three four five."
        >>> Judge(text, body=text).article_line(text)
        False
        """
        tokens = tokenize(line)
        if not tokens:
            return False
        if len(tokens) < SHINGLE:
            seq = " " + " ".join(tokens) + " "
            if _occurrences(self.words, seq) - _occurrences(self.body_words, seq) - self.used[seq] > 0:
                self.used[seq] += 1
                return True
            return False
        grams = shingles(line)
        inside = sum(min(n, self.remaining[g]) for g, n in grams.items() if g in self.remaining)
        if inside > 0.5 * sum(grams.values()):
            self.remaining -= grams
            return True
        return False

    def lines(self, text: str) -> list[tuple[str, bool]]:
        """Each non-blank line of a removal and whether it is article text.

        >>> Judge("x", keep=["Keep this sentence."]).lines("Menu\\nkeep THIS sentence")
        [('Menu', True), ('keep THIS sentence', True)]
        """
        lines = [line for line in text.split("\n") if line.strip()]
        if self.keep:
            hay = normalise(text)
            if any(n in hay for n in self.keep):
                return [(line, True) for line in lines]
        return [(line, self.article_line(line)) for line in lines]


def _occurrences(hay: str, needle: str) -> int:
    """Occurrences of a space-padded token sequence, neighbours sharing their space.

    >>> _occurrences(" a a b a ", " a ")
    3
    """
    count, start = 0, hay.find(needle)
    while start >= 0:
        count += 1
        start = hay.find(needle, start + len(needle) - 1)
    return count


@dataclass
class Tally:
    """Removals of one cleaner or rule."""

    cleaner: str
    removals: int = 0
    chars: int = 0
    article: int = 0
    pages: set[tuple[str, str]] = field(default_factory=set)
    hurt: set[tuple[str, str]] = field(default_factory=set)
    """Pages where it removed some article text."""
    by_corpus: dict[str, list[int]] = field(default_factory=dict)
    by_fold: list[list[int]] = field(default_factory=lambda: [[0, 0] for _ in range(K)])
    examples: list[tuple[int, str, str, str]] = field(default_factory=list)
    """(chars, corpus, page, line) of removed article lines."""

    @property
    def precision(self) -> float:
        """The share of removed characters that are not article text (1.0 when nothing was removed)."""
        return 1.0 - self.article / self.chars if self.chars else 1.0

    def add(self, name: str, key: str, fold: int, judged: list[tuple[str, bool]]) -> None:
        """Count one removal, already judged line by line."""
        chars = sum(len(line) for line, _ in judged)
        article = sum(len(line) for line, is_article in judged if is_article)
        self.removals += 1
        self.chars += chars
        self.article += article
        self.pages.add((name, key))
        if article:
            self.hurt.add((name, key))
        per = self.by_corpus.setdefault(name, [0, 0])
        per[0] += chars
        per[1] += article
        self.by_fold[fold][0] += chars
        self.by_fold[fold][1] += article
        self.examples += [(len(line), name, key, line) for line, is_article in judged if is_article]

    def to_dict(self, examples: int) -> dict[str, Any]:
        """Plain-JSON form."""
        return {
            "cleaner": self.cleaner,
            "removals": self.removals,
            "pages": len(self.pages),
            "pages_hurt": len(self.hurt),
            "chars": self.chars,
            "article_chars": self.article,
            "removal_precision": round(self.precision, 4),
            "by_corpus": {
                n: {"chars": c, "article_chars": a} for n, (c, a) in sorted(self.by_corpus.items())
            },
            "by_fold": [{"chars": c, "article_chars": a} for c, a in self.by_fold],
            "examples": [{"corpus": n, "page": k, "line": line} for _, n, k, line in self.pick(examples)],
        }

    def pick(self, n: int) -> list[tuple[int, str, str, str]]:
        """Up to ``n`` removed article lines, longest first, one per page."""
        out: list[tuple[int, str, str, str]] = []
        seen: set[tuple[str, str]] = set()
        for item in sorted(self.examples, key=lambda e: (-e[0], e[1], e[2], e[3])):
            if (item[1], item[2]) not in seen:
                seen.add((item[1], item[2]))
                out.append(item)
            if len(out) == n:
                break
        return out


@dataclass
class Ledger:
    """Tallies by cleaner and by rule for one mode."""

    mode: str
    pages: dict[str, int] = field(default_factory=dict)
    cleaners: dict[str, Tally] = field(default_factory=dict)
    rules: dict[str, Tally] = field(default_factory=dict)
    additions: dict[str, Tally] = field(default_factory=dict)
    """Text put in rather than removed (HTML: the ``balanced`` fill); ``article`` counts its article text."""

    def worst(self, min_chars: int, floor: float = PRECISION_FLOOR) -> list[tuple[str, Tally]]:
        """Rules below ``floor`` removal precision with at least ``min_chars`` characters removed,
        most article characters first."""
        bad = [(r, t) for r, t in self.rules.items() if t.chars >= min_chars and t.precision < floor]
        return sorted(bad, key=lambda item: (-item[1].article, item[1].precision, item[0]))


def _system(mode: str) -> System:
    if mode == "html":
        return newsclean_html_system("newsclean")
    return newsclean_text_system("newsclean", mode)


def build(
    mode: str = "html",
    corpora: Sequence[str] = tuple(CORPORA),
    workers: int = 1,
    use_cache: bool = True,
    trim: bool = True,
) -> Ledger:
    """The ledger of one mode (``html`` or a rendering kind) over the given corpora."""
    ledger = Ledger(mode)
    for name in corpora:
        c = CORPORA[name]
        truth = c.truth()
        fold_of = folds(c)
        todo = [_system(mode)]
        if mode == "html" and trim:
            todo.append(System("trim", predict_trim, slug="html_trim", depends=_NEWSCLEAN))
        out = run(c, todo, workers=workers, use_cache=use_cache)
        ledger.pages[name] = len(truth)
        for key in c.page_keys():
            body = out["newsclean"][key]["body"]
            judge = Judge(truth[key]["articleBody"], truth[key].get("with", ()), body)
            records = list(out["newsclean"][key]["removed"])
            if "trim" in out and out["trim"][key]["body"]:
                records.append({"text": out["trim"][key]["body"], "cleaner": "html_trim", "rule": TRIM_RULE})
            for record in records:
                judged = judge.lines(record["text"])
                cleaner, rule = record["cleaner"], record["rule"] or record["cleaner"]
                for table, label in ((ledger.cleaners, cleaner), (ledger.rules, rule)):
                    table.setdefault(label, Tally(cleaner)).add(name, key, fold_of[key], judged)
            if "trim" in out and out["trim"][key].get("added"):
                judged = Judge(truth[key]["articleBody"], truth[key].get("with", ())).lines(
                    out["trim"][key]["added"]
                )
                tally = ledger.additions.setdefault(FILL_RULE, Tally("html_fill"))
                tally.add(name, key, fold_of[key], judged)
    return ledger


def _share(chars: int, article: int) -> str:
    return f"{1 - article / chars:.3f}" if chars else "—"


def markdown(ledger: Ledger, worst: int = 15, examples: int = 3, min_chars: int = 200) -> Iterable[str]:
    """The ledger of one mode as Markdown."""
    names = list(ledger.pages)
    pages = " + ".join(f"{name} {n}" for name, n in ledger.pages.items())
    yield f"## Removal ledger, {ledger.mode} mode ({pages} pages)\n"
    yield "Removal precision: the share of removed characters that are not article text.\n"
    yield "### By cleaner\n"
    yield (
        "| cleaner | removals | pages | pages hurt | chars | article chars | removal precision | "
        + " | ".join(names)
        + " |"
    )
    yield "| --- |" + " ---: |" * (6 + len(names))
    for label, t in sorted(ledger.cleaners.items(), key=lambda item: (-item[1].chars, item[0])):
        per = " | ".join(_share(*t.by_corpus.get(n, [0, 0])) for n in names)
        yield (
            f"| {label} | {t.removals} | {len(t.pages)} | {len(t.hurt)} | {t.chars} | {t.article} | "
            f"{t.precision:.3f} | {per} |"
        )
    yield "\n### By rule (rule id, or the cleaner when it judged without a rule)\n"
    folds_head = " | ".join(f"fold {i}" for i in range(K))
    yield (
        "| rule | cleaner | removals | pages | pages hurt | chars | article chars | removal precision | "
        + " | ".join(names)
        + f" | {folds_head} |"
    )
    yield "| --- | --- |" + " ---: |" * (6 + len(names) + K)
    for label, t in sorted(
        ledger.rules.items(), key=lambda item: (item[1].precision, -item[1].chars, item[0])
    ):
        per = " | ".join(_share(*t.by_corpus.get(n, [0, 0])) for n in names)
        by_fold = " | ".join(_share(c, a) for c, a in t.by_fold)
        yield (
            f"| {label} | {t.cleaner} | {t.removals} | {len(t.pages)} | {len(t.hurt)} | {t.chars} | "
            f"{t.article} | {t.precision:.3f} | {per} | {by_fold} |"
        )
    for label, t in sorted(ledger.additions.items()):
        per = ", ".join(f"{n} {t.by_corpus[n][1]} of {t.by_corpus[n][0]}" for n in names if n in t.by_corpus)
        yield (
            f"\n**Added, not removed: {label}** — {t.chars} characters on {len(t.pages)} pages, "
            f"{t.article / t.chars if t.chars else 0:.3f} of them article text ({per} characters).\n"
        )
    bad = ledger.worst(min_chars)
    yield (
        f"\n### Worst rules: removal precision < {PRECISION_FLOOR} and at least {min_chars} characters "
        f"({len(bad)}; the first {min(worst, len(bad))} by article characters removed)\n"
    )
    for label, t in bad[:worst]:
        low = sum(1 for c, a in t.by_fold if c and 1 - a / c < PRECISION_FLOOR)
        with_chars = sum(1 for c, _ in t.by_fold if c)
        by_fold = ", ".join(_share(c, a) for c, a in t.by_fold)
        yield (
            f"- **{label}** ({t.cleaner}): precision {t.precision:.3f}, {t.article} of {t.chars} characters "
            f"article text, {t.removals} removals on {len(t.pages)} pages ({len(t.hurt)} lost article text); "
            f"by fold {by_fold} "
            f"(below {PRECISION_FLOOR} on {low} of {with_chars} folds)"
        )
        for _, name, key, line in t.pick(examples):
            text = line.strip().replace("|", "\\|")
            yield f"    - `{name}/{key[:12]}`: {text[:160]}{'…' if len(text) > 160 else ''}"


def main(argv: list[str] | None = None) -> int:
    """Command line: build the ledgers and print them."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--text", action="store_true", help="also the three text renderings")
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="default: both")
    parser.add_argument("--worst", type=int, default=15, help="how many worst rules to list")
    parser.add_argument("--examples", type=int, default=3, help="removed article lines per worst rule")
    parser.add_argument("--min-chars", type=int, default=200, help="smallest total to list a rule as worst")
    parser.add_argument("--json", type=Path, help="write the ledgers here")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args(argv)
    corpora = args.corpus or list(CORPORA)
    payload: dict[str, Any] = {}
    for mode in MODES if args.text else ("html",):
        ledger = build(mode, corpora, args.workers, not args.no_cache)
        print("\n".join(markdown(ledger, args.worst, args.examples, args.min_chars)))
        print()
        payload[mode] = {
            "pages": ledger.pages,
            "cleaners": {k: t.to_dict(args.examples) for k, t in sorted(ledger.cleaners.items())},
            "rules": {k: t.to_dict(args.examples) for k, t in sorted(ledger.rules.items())},
            "additions": {k: t.to_dict(args.examples) for k, t in sorted(ledger.additions.items())},
            "worst": [k for k, _ in ledger.worst(args.min_chars)],
        }
    if args.json:
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    from benchmarks.ledger import main as _main

    sys.exit(_main())
