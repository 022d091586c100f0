"""Article-body quality on the dev corpora: newsclean next to other extractors, on all pages and by fold.

Two corpora (``benchmarks/render.py``): ``scrapinghub`` (61 news pages) and ``wceb26`` (301
modern article pages with must-keep / must-drop snippets). Rows per corpus:

- newsclean's HTML mode in its default configuration and with each ``html_favor``;
- trafilatura in three settings (default, no comments, ``favor_precision`` with no comments),
  each given the page URL as newsclean is; readability-lxml; jusText;
- per text rendering (``inscriptis`` whole page, ``trafilatura_recall``, ``resiliparse``):
  the raw rendering, C4's line rules on it (``benchmarks/c4.py``) and newsclean's text mode.

Scores (``benchmarks/metric.py``) on all pages and on each of the 5 folds by site
(``benchmarks/folds.py``); ``html_favor`` chosen on the other folds and scored on the held one
(``benchmarks/tune.py``). For wceb26 also: the share of ``with`` snippets kept and of
``without`` snippets removed (compared after case folding, as ``\\w+`` tokens), and the number
of pages whose recall falls more than 0.20 below trafilatura's own (no comments setting).

Per-page outputs are cached under ``benchmarks/.cache/`` (git-ignored), keyed by corpus,
page, system and the hash of what the output depends on (newsclean's source, the
extractor's version, the rendering files), so a second run costs only the scoring.

    python benchmarks/quality.py                      # Markdown tables, both corpora
    python benchmarks/quality.py --corpus wceb26      # one corpus
    python benchmarks/quality.py --worst 5            # plus the worst newsclean documents
    python benchmarks/quality.py --json out.json      # results as JSON
    python benchmarks/quality.py --update-baseline    # move the quality gate's baseline
    python benchmarks/quality.py --workers 2 --no-cache

The comparison systems need the ``bench`` extra; newsclean's rows need only newsclean.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.folds import K, folds  # noqa: E402
from benchmarks.metric import (  # noqa: E402
    SHINGLE,
    Counts,
    Score,
    aggregate,
    match_shingles,
    shingles,
    tokenize,
)
from benchmarks.render import CORPORA, KINDS, TRAFILATURA, Corpus, corpus, digest, trafilatura_text  # noqa: E402

BASELINE = ROOT / "benchmarks" / "baseline.json"
CACHE = ROOT / "benchmarks" / ".cache" / "predictions"
SCORES = ROOT / "benchmarks" / ".cache" / "scores"
SOURCE = ROOT / "src" / "newsclean"
GATED = ("newsclean_html", *(f"newsclean_text_{kind}" for kind in KINDS))
"""The rows the quality gate checks against the baseline, on each corpus."""
FAVORS = ("fast", "balanced", "precision", "recall")
RECALL_DROP = 0.20
"""A page counts as losing its article when its recall is this far below trafilatura's own."""
RECALL_REFERENCE = "trafilatura_no_comments"
# Bump when a predict function below changes what it returns.
_VERSION = "2"
# Bump when the scoring below (snippets, normalisation) changes.
_SCORING = "1"

Output = dict[str, Any]
"""One page's output: ``{"body": str}``, and for newsclean also ``"removed"`` (list of dicts)."""


def ground_truth(name: str = "scrapinghub") -> dict[str, dict[str, Any]]:
    """``{key: {"articleBody", "url", ...}}`` of a dev corpus."""
    return CORPORA[name].truth()


# What the outputs depend on, for the cache key.


@functools.cache
def source_hash() -> str:
    """A digest of newsclean's source tree (code and rule data)."""
    h = hashlib.sha256()
    for path in sorted(SOURCE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(SOURCE)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@functools.cache
def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "-"


@functools.cache
def _rendering_digest(name: str, kind: str) -> str:
    c = CORPORA[name]
    return digest([c.rendering_path(kind, key) for key in c.page_keys()])


def _dependency(name: str, item: str) -> str:
    if item == "newsclean":
        return source_hash()
    if item.startswith("rendering:"):
        return _rendering_digest(name, item.split(":", 1)[1])
    if item.startswith("file:"):
        return digest([ROOT / item.split(":", 1)[1]])
    return _version(item)


# The systems. Each predict function is module-level (``(corpus, key, url, ...) -> Output``) so
# that a ``System`` pickles into a spawned worker.


@dataclass(frozen=True)
class System:
    """One benchmarked system: a row name, how to predict a page, and what the result depends on."""

    name: str
    predict: Callable[[str, str, str], Output]
    slug: str = ""
    """Cache folder name (default: the row name); systems with the same slug share outputs."""
    depends: tuple[str, ...] = ()
    """Packages, ``newsclean``, ``rendering:<kind>`` or ``file:<path>`` the output depends on."""
    cached: bool = True

    def cache_dir(self, name: str) -> Path:
        """Where this system's outputs for a corpus are cached."""
        h = hashlib.sha256(repr((_VERSION, *(_dependency(name, d) for d in self.depends))).encode())
        return CACHE / name / (self.slug or self.name) / h.hexdigest()[:16]


def _removals(result: Any) -> list[dict[str, Any]]:
    return [
        {"text": r.text, "category": r.category.value, "cleaner": r.cleaner, "rule": r.rule}
        for r in result.removed
    ]


def predict_newsclean_html(name: str, key: str, url: str, config: Any = None) -> Output:
    """newsclean's body (and removals) for a page in HTML mode."""
    import newsclean

    result = newsclean.clean_html(CORPORA[name].read_page(key), url=url, config=config)
    return {"body": result.body, "removed": _removals(result)}


def predict_newsclean_text(name: str, key: str, url: str, kind: str, config: Any = None) -> Output:
    """newsclean's body (and removals) for a cached rendering of a page, in text mode."""
    import newsclean

    result = newsclean.clean(CORPORA[name].read_rendering(kind, key), url=url, kind="text", config=config)
    return {"body": result.body, "removed": _removals(result)}


def predict_raw(name: str, key: str, url: str, kind: str) -> Output:
    """The cached rendering itself, uncleaned."""
    return {"body": CORPORA[name].read_rendering(kind, key)}


def predict_c4(name: str, key: str, url: str, kind: str) -> Output:
    """C4's line rules on the cached rendering."""
    from benchmarks import c4

    return {"body": c4.clean(CORPORA[name].read_rendering(kind, key))}


def predict_trafilatura(name: str, key: str, url: str, setting: str) -> Output:
    """trafilatura alone in one comparison setting, given the page URL."""
    return {"body": trafilatura_text(CORPORA[name].read_page(key), url, setting)}


def predict_reference(name: str, key: str, url: str, setting: str) -> Output:
    """trafilatura's output as cached under ``fixtures/trafilatura`` (``render.py --trafilatura``)."""
    return {"body": CORPORA[name].read_reference(setting, key)}


def predict_readability(name: str, key: str, url: str) -> Output:
    """readability-lxml's article, as text."""
    import lxml.html
    from readability import Document

    summary = Document(CORPORA[name].read_page(key)).summary(html_partial=True)
    return {"body": str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""}


def predict_justext(name: str, key: str, url: str) -> Output:
    """jusText's non-boilerplate paragraphs, with the stop list of the page's language."""
    import justext
    import trafilatura

    from newsclean import detect_language
    from newsclean.text.stopwords import STOPLIST_NAMES

    html = CORPORA[name].read_page(key)
    guess = detect_language(trafilatura.html2txt(html))
    stoplist = STOPLIST_NAMES.get(guess.language or "en", "English")
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist(stoplist), encoding="utf-8")
    return {"body": "\n".join(p.text for p in paragraphs if not p.is_boilerplate)}


def predict_trim(name: str, key: str, url: str) -> Output:
    """What ``balanced`` changes in the one-pass extraction (for the ledger).

    ``body`` holds the lines of the one-pass text that the trim drops; ``added`` the lines that
    the fill from the recall pass puts in.
    """
    from collections import Counter

    import newsclean
    from newsclean.html.extract import extract_html

    html, config = CORPORA[name].read_page(key), newsclean.Config()
    if config.html_favor != "balanced":
        return {"body": ""}
    full = extract_html(html, url=url, config=newsclean.Config(html_favor="fast")).text.split("\n")
    balanced = extract_html(html, url=url, config=config).text.split("\n")
    trimmed, one_pass = Counter(balanced), Counter(full)
    lost = [line for line in full if line.strip() and not _take(trimmed, line)]
    added = [line for line in balanced if line.strip() and not _take(one_pass, line)]
    return {"body": "\n".join(lost), "added": "\n".join(added)}


def _take(counter: Any, line: str) -> bool:
    if counter[line] > 0:
        counter[line] -= 1
        return True
    return False


_NEWSCLEAN = ("newsclean", "trafilatura", "lxml", "ftfy", "langdetect", "pycld2", "regex")


def newsclean_html_system(name: str, config: Any = None) -> System:
    """newsclean in HTML mode with a configuration (``None``: the default) as a row named ``name``."""
    import newsclean

    config = config or newsclean.Config()
    return System(
        name,
        functools.partial(predict_newsclean_html, config=config),
        slug=f"newsclean_html-{config.hash()}",
        depends=_NEWSCLEAN,
    )


def newsclean_text_system(name: str, kind: str, config: Any = None) -> System:
    """newsclean in text mode on one rendering, with a configuration, as a row named ``name``."""
    import newsclean

    config = config or newsclean.Config()
    return System(
        name,
        functools.partial(predict_newsclean_text, kind=kind, config=config),
        slug=f"newsclean_text_{kind}-{config.hash()}",
        depends=(*_NEWSCLEAN, f"rendering:{kind}"),
    )


def systems(only_newsclean: bool = False, reference: bool = False) -> list[System]:
    """Every benchmarked system, in table order.

    ``only_newsclean`` keeps the gated rows; ``reference`` takes trafilatura's rows from the
    cached fixtures instead of running it.
    """
    import newsclean

    rows = [newsclean_html_system("newsclean_html")]
    if not only_newsclean:
        rows += [newsclean_html_system(f"newsclean_html_{f}", newsclean.Config(html_favor=f)) for f in FAVORS]
        for setting in TRAFILATURA:
            if reference:
                rows.append(
                    System(setting, functools.partial(predict_reference, setting=setting), cached=False)
                )
            else:
                rows.append(
                    System(
                        setting,
                        functools.partial(predict_trafilatura, setting=setting),
                        depends=("trafilatura",),
                    )
                )
        rows += [
            System("readability", predict_readability, depends=("readability-lxml", "lxml")),
            System("justext", predict_justext, depends=("justext", "newsclean", "trafilatura")),
        ]
    for kind in KINDS:
        if not only_newsclean:
            rows.append(System(f"raw_{kind}", functools.partial(predict_raw, kind=kind), cached=False))
            rows.append(System(f"c4_{kind}", functools.partial(predict_c4, kind=kind), cached=False))
        rows.append(newsclean_text_system(f"newsclean_text_{kind}", kind))
    return rows


# Running systems over a corpus, with the cache and worker processes.


def _compute(task: tuple[str, str, str, tuple[System, ...]]) -> dict[str, Output]:
    name, key, url, todo = task
    return {s.name: s.predict(name, key, url) for s in todo}


def _load(path: Path) -> Output | None:
    try:
        with open(path, encoding="utf-8") as fh:
            data: Output = json.load(fh)
    except (OSError, ValueError):
        return None
    return data


def _store(path: Path, output: Output) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(output, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def run(
    name: str | Corpus,
    todo: Sequence[System],
    keys: Sequence[str] | None = None,
    workers: int = 1,
    use_cache: bool = True,
    executor: concurrent.futures.Executor | None = None,
) -> dict[str, dict[str, Output]]:
    """``{system: {key: output}}`` for some systems on a corpus's pages (default: all).

    Outputs found in the cache are read; the rest run in ``workers`` spawned processes (or on
    the given ``executor``) and, with ``use_cache``, are written to the cache.
    """
    c = corpus(name)
    truth = c.truth()
    keys = list(keys) if keys is not None else c.page_keys()
    out: dict[str, dict[str, Output]] = {s.name: {} for s in todo}
    missing: dict[str, list[System]] = {}
    paths: dict[str, Path] = {}
    for s in todo:
        if not s.cached:
            for key in keys:
                out[s.name][key] = s.predict(c.name, key, truth[key]["url"])
            continue
        folder = s.cache_dir(c.name)
        paths[s.name] = folder
        for key in keys:
            found = _load(folder / f"{key}.json") if use_cache else None
            if found is None:
                missing.setdefault(key, []).append(s)
            else:
                out[s.name][key] = found
    tasks = []
    for key, pending in missing.items():
        # Systems sharing a cache folder (e.g. the default config and the same html_favor) run once.
        unique = {paths[s.name]: s for s in pending}
        tasks.append((c.name, key, truth[key]["url"], tuple(unique.values())))

    def collect(task: tuple[str, str, str, tuple[System, ...]], result: dict[str, Output]) -> None:
        key = task[1]
        by_folder = {paths[s.name]: result[s.name] for s in task[3]}
        for s in missing[key]:
            output = by_folder[paths[s.name]]
            out[s.name][key] = output
            if use_cache:
                _store(paths[s.name] / f"{key}.json", output)

    if executor is not None:
        for task, result in zip(tasks, executor.map(_compute, tasks, chunksize=1), strict=True):
            collect(task, result)
    elif workers > 1 and len(tasks) > 1:
        context = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            for task, result in zip(tasks, pool.map(_compute, tasks, chunksize=1), strict=True):
                collect(task, result)
    else:
        for task in tasks:
            collect(task, _compute(task))
    return {s: {key: out[s][key] for key in keys} for s in out}


# Scoring.


def normalise(text: str) -> str:
    """Case-folded ``\\w+`` tokens joined by single spaces, padded with a space at both ends.

    >>> normalise("Don't STOP — now!")
    ' don t stop now '
    """
    return " " + " ".join(tokenize(text.casefold())) + " "


def snippets_in(snippets: Iterable[str], text: str) -> tuple[int, int]:
    """How many of the (non-empty) snippets occur in ``text``, and how many there are.

    >>> snippets_in(["The Cat sat.", "a dog", "?"], "the cat sat, and so on")
    (1, 2)
    """
    hay = normalise(text)
    needles = [n for n in (normalise(s) for s in snippets) if n.strip()]
    return sum(n in hay for n in needles), len(needles)


@dataclass
class Row:
    """One system's results on one corpus."""

    score: Score
    per_doc: dict[str, Counts]
    outputs: dict[str, Output]
    folds: list[Score] = field(default_factory=list)
    keep: tuple[int, int] | None = None
    """``with`` snippets kept, of how many (wceb26)."""
    drop: tuple[int, int] | None = None
    """``without`` snippets removed, of how many (wceb26)."""
    recall_losses: list[str] | None = None
    """Pages whose recall is more than ``RECALL_DROP`` below trafilatura's own."""


class Scorer:
    """Scores page outputs against a corpus's truth, remembering each (page, body) it has scored.

    With ``persist``, the memory is kept under ``benchmarks/.cache/scores/``, keyed by the
    truth, the metric and this scoring code, so that a second run does not tokenise again.
    """

    def __init__(self, name: str | Corpus, persist: bool = False) -> None:
        self.corpus = corpus(name)
        self.truth = self.corpus.truth()
        self._true: dict[str, Any] = {}
        key = digest([self.corpus.folder / "ground-truth.json", ROOT / "benchmarks" / "metric.py"])
        self.path = SCORES / f"{self.corpus.name}-{key}-{_SCORING}.json" if persist else None
        self.memo: dict[str, list[float]] = {}
        if self.path is not None and self.path.exists():
            self.memo = json.loads(self.path.read_text(encoding="utf-8"))
        self._dirty = False

    def score(self, key: str, body: str) -> tuple[Counts, tuple[int, int], tuple[int, int]]:
        """One page's counts, ``with`` snippets (kept, of), ``without`` snippets (present, of)."""
        memo_key = f"{key}:{hashlib.sha1(body.encode('utf-8')).hexdigest()}"
        found = self.memo.get(memo_key)
        if found is None:
            if key not in self._true:
                self._true[key] = shingles(self.truth[key]["articleBody"])
            counts = match_shingles(self._true[key], shingles(body))
            kept = snippets_in(self.truth[key].get("with", ()), body)
            present = snippets_in(self.truth[key].get("without", ()), body)
            found = [counts.tp, counts.fp, counts.fn, *kept, *present]
            self.memo[memo_key] = found
            self._dirty = True
        tp, fp, fn, k, kn, p, pn = found
        return Counts(tp, fp, fn), (int(k), int(kn)), (int(p), int(pn))

    def save(self) -> None:
        """Write the memory when persisting and something new was scored."""
        if self.path is not None and self._dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(self.memo), encoding="utf-8")
            tmp.replace(self.path)
            self._dirty = False


def score_outputs(name: str | Corpus, outputs: dict[str, Output]) -> tuple[Score, dict[str, Counts]]:
    """Score one system's outputs (``{key: output}``) against the truth."""
    scorer = Scorer(name)
    per_doc = {key: scorer.score(key, outputs[key]["body"])[0] for key in outputs}
    return aggregate(list(per_doc.values())), per_doc


def fold_scores(per_doc: dict[str, Counts], fold_of: dict[str, int], k: int = K) -> list[Score]:
    """The score on each fold."""
    return [aggregate([c for key, c in per_doc.items() if fold_of[key] == i]) for i in range(k)]


def evaluate(
    name: str | Corpus,
    todo: Sequence[System],
    workers: int = 1,
    use_cache: bool = True,
    keys: Sequence[str] | None = None,
    executor: concurrent.futures.Executor | None = None,
) -> dict[str, Row]:
    """Run and score systems on a corpus: all pages, folds, and (wceb26) the snippet rates."""
    c = corpus(name)
    truth = c.truth()
    outputs = run(c, todo, keys=keys, workers=workers, use_cache=use_cache, executor=executor)
    fold_of = folds(c)
    scorer = Scorer(c, persist=use_cache)
    rows: dict[str, Row] = {}
    for system in todo:
        scored = {key: scorer.score(key, o["body"]) for key, o in outputs[system.name].items()}
        per_doc = {key: counts for key, (counts, _, _) in scored.items()}
        score = aggregate(list(per_doc.values()))
        row = Row(score, per_doc, outputs[system.name], fold_scores(per_doc, fold_of))
        if any("with" in truth[key] for key in per_doc):
            kept = [k for _, k, _ in scored.values()]
            present = [p for _, _, p in scored.values()]
            row.keep = (sum(a for a, _ in kept), sum(b for _, b in kept))
            row.drop = (sum(b - a for a, b in present), sum(b for _, b in present))
        rows[system.name] = row
    scorer.save()
    reference = rows.get(RECALL_REFERENCE)
    if reference is not None:
        for row in rows.values():
            row.recall_losses = [
                key
                for key, counts in row.per_doc.items()
                if (counts.recall or 0.0) < (reference.per_doc[key].recall or 0.0) - RECALL_DROP
            ]
    return rows


def gated_scores(
    name: str = "scrapinghub", workers: int = 1, keys: Sequence[str] | None = None
) -> dict[str, Score]:
    """The gated rows' scores on a corpus, computed live (no cache) in ``workers`` processes."""
    rows = evaluate(name, systems(only_newsclean=True), workers=workers, use_cache=False, keys=keys)
    return {row: rows[row].score for row in GATED}


def gated_scores_all(pages: dict[str, Sequence[str] | None], workers: int = 1) -> dict[str, dict[str, Score]]:
    """The gated rows' scores on several corpora (``{corpus: keys or None for all}``), computed
    live in one pool of ``workers`` spawned processes."""
    if workers <= 1:
        return {name: gated_scores(name, 1, keys) for name, keys in pages.items()}
    context = multiprocessing.get_context("spawn")
    out: dict[str, dict[str, Score]] = {}
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        for name, keys in pages.items():
            rows = evaluate(name, systems(only_newsclean=True), use_cache=False, keys=keys, executor=pool)
            out[name] = {row: rows[row].score for row in GATED}
    return out


def reference_scores(name: str = "scrapinghub", keys: Sequence[str] | None = None) -> dict[str, Score]:
    """trafilatura's scores in each comparison setting, from the cached fixtures."""
    todo = [System(s, functools.partial(predict_reference, setting=s), cached=False) for s in TRAFILATURA]
    out = run(name, todo, keys=keys)
    return {s: score_outputs(name, out[s])[0] for s in TRAFILATURA}


# Reports.


def _pct(pair: tuple[int, int] | None) -> str:
    return f"{100 * pair[0] / pair[1]:.1f}%" if pair and pair[1] else "—"


def markdown(rows: dict[str, Row], extra: bool | None = None) -> str:
    """The rows as a Markdown table: all pages, each fold, and (wceb26) the snippet columns."""
    extra = any(r.keep is not None for r in rows.values()) if extra is None else extra
    k = max((len(r.folds) for r in rows.values()), default=0)
    head = ["system", "F1", "precision", "recall", *(f"F1 fold {i}" for i in range(k)), "min fold"]
    if extra:
        head += ["with kept", "without removed", f"pages R < traf − {RECALL_DROP:.2f}"]
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for name, r in rows.items():
        s = r.score
        cells = [name, f"{s.f1:.4f}", f"{s.precision:.4f}", f"{s.recall:.4f}"]
        cells += [f"{f.f1:.4f}" for f in r.folds] + [f"{min(f.f1 for f in r.folds):.4f}" if r.folds else "—"]
        if extra:
            losses = "—" if r.recall_losses is None or name == RECALL_REFERENCE else str(len(r.recall_losses))
            cells += [_pct(r.keep), _pct(r.drop), losses]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def junk_lines(truth: str, prediction: str, limit: int = 8) -> list[str]:
    """Predicted lines most of whose shingles are not in the truth: the residual junk."""
    true = shingles(truth)
    words = " " + " ".join(tokenize(truth)) + " "
    out: list[str] = []
    for line in prediction.split("\n"):
        grams = shingles(line)
        if len(tokenize(line)) < SHINGLE:
            # A short line is one shingle that never matches inside a paragraph: look for its words.
            junk = bool(grams) and " " + " ".join(tokenize(line)) + " " not in words
        else:
            junk = sum((grams - true).values()) > 0.5 * sum(grams.values())
        if junk:
            out.append(line.strip()[:160])
    return out[:limit]


def missing_lines(truth: str, prediction: str, limit: int = 4) -> list[str]:
    """True paragraphs most of whose shingles the prediction lacks: lost article text."""
    return junk_lines(prediction, truth, limit)


def worst(name: str, row: Row, truth: dict[str, dict[str, Any]], n: int) -> Iterable[str]:
    """Report lines for the ``n`` documents with the lowest F1."""
    ranked = sorted(row.per_doc.items(), key=lambda item: (item[1].f1, item[0]))[:n]
    yield f"\n#### Worst {n} documents for {name}\n"
    for key, counts in ranked:
        p, r = counts.precision or 0.0, counts.recall or 0.0
        prediction = row.outputs[key]["body"]
        yield f"- {key[:16]} F1={counts.f1:.3f} P={p:.3f} R={r:.3f} {truth[key]['url']}"
        for line in junk_lines(truth[key]["articleBody"], prediction):
            yield f"    + {line}"
        for line in missing_lines(truth[key]["articleBody"], prediction):
            yield f"    - {line}"


def write_baseline(scores: dict[str, dict[str, Score]], path: Path = BASELINE) -> None:
    """Pin the gated rows' scores per corpus (rounded to 4 places) as the quality gate's baseline.

    Corpora not in ``scores`` keep their pinned rows.
    """
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data = {k: v for k, v in data.items() if k in CORPORA}
    for name, rows in scores.items():
        data[name] = {
            row: {"f1": round(s.f1, 4), "precision": round(s.precision, 4), "recall": round(s.recall, 4)}
            for row, s in rows.items()
            if row in GATED
        }
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: run the benchmark and print the tables."""
    from benchmarks import tune

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="default: both")
    parser.add_argument("--json", type=Path, help="write the scores and per-document counts here")
    parser.add_argument("--update-baseline", action="store_true", help=f"rewrite {BASELINE.name}")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="show the N worst documents")
    parser.add_argument("--worst-system", action="append", help="systems for --worst (default: gated)")
    parser.add_argument("--only-newsclean", action="store_true", help="skip the comparison systems")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="processes")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    args = parser.parse_args(argv)
    names = args.corpus or list(CORPORA)
    payload: dict[str, Any] = {}
    pinned: dict[str, dict[str, Score]] = {}
    results: dict[str, dict[str, Row]] = {}
    for name in names:
        todo = systems(args.only_newsclean)
        try:
            rows = evaluate(name, todo, workers=args.workers, use_cache=not args.no_cache)
        except ImportError as exc:
            print(f"{name}: the comparison systems need the bench extra ({exc})", file=sys.stderr)
            todo = systems(only_newsclean=True)
            rows = evaluate(name, todo, workers=args.workers, use_cache=not args.no_cache)
        results[name] = rows
        c = CORPORA[name]
        print(f"\n### {name}: {len(c.page_keys())} pages, {K} folds by site\n")
        print(markdown(rows))
        pinned[name] = {row: rows[row].score for row in GATED}
        payload[name] = {
            row: {
                **asdict(r.score),
                "folds": [asdict(f) for f in r.folds],
                "with_kept": r.keep,
                "without_removed": r.drop,
                "recall_losses": r.recall_losses,
                "documents": {k: asdict(v) for k, v in r.per_doc.items()},
            }
            for row, r in rows.items()
        }
    favors = {f: f"newsclean_html_{f}" for f in FAVORS}
    if all(row in results[name] for name in names for row in favors.values()):
        print(f"\n### html_favor chosen on the other folds, scored on the held fold ({K} folds by site)\n")
        per_corpus = {name: {f: results[name][row].per_doc for f, row in favors.items()} for name in names}
        print(tune.markdown(tune.report(per_corpus, {name: folds(name) for name in names})))
    if args.worst:
        for name in names:
            truth = CORPORA[name].truth()
            for row in args.worst_system or list(GATED):
                print("\n".join(worst(f"{name} {row}", results[name][row], truth, args.worst)))
    if args.json:
        args.json.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.update_baseline:
        write_baseline(pinned)
        print(f"\nbaseline written to {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    # Run through the importable module, so that pickled systems name ``benchmarks.quality``.
    from benchmarks.quality import main as _main

    sys.exit(_main())
