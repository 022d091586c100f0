"""A small learned line scorer: how likely a line of flattened page text is article text.

The boilerplate cleaner's layout rules (a cluster of text much lighter than the article's, the
zones above and below it) are right on whole pages rendered as text and wrong on renderings that
are already mostly the article, where the "cluster" is the article's own second half. The scorer
weighs the cheap features the cleaners compute anyway (words, sentence ends, stop-word share,
figures and links, position, the line's cluster against the article's, its neighbours) with a
logistic regression trained offline on the dev corpora (``benchmarks/train_lines.py``), and the
cleaner removes a layout candidate only when the scorer also says it is not article text.

The weights are data (``data/line_weights.json``): feature names, weights, a bias and the
threshold, loaded and validated once per :class:`~newsclean.pipeline.Pipeline`; scoring is a
plain-Python dot product.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from newsclean.errors import RuleError
from newsclean.text.features import BULLET, ends_sentence
from newsclean.text.stopwords import stoplist

FORMAT = 1
"""The weights file format this code reads."""

FEATURES: tuple[str, ...] = (
    "log_words",
    "ends_sentence",
    "prose",
    "stop_share",
    "digit_share",
    "link",
    "capitalised_share",
    "ends_colon",
    "bullet",
    "position",
    "in_main",
    "before_main",
    "after_main",
    "cluster_share",
    "log_distance",
    "main_share",
    "log_clusters",
    "furniture",
    "neighbour_prose",
    "neighbour_log_words",
    "neighbour_furniture",
    "doc_furniture_share",
    "doc_prose_share",
    "log_lines",
    "minor_cluster",
    "zone",
    "minor_x_doc_furniture",
    "zone_x_doc_furniture",
    "minor_x_main_share",
    "zone_x_main_share",
    "cluster_share_x_doc_furniture",
    "doc_removed_share",
    "log_removed",
    "minor_x_removed_share",
    "zone_x_removed_share",
    "menu",
    "menu_x_removed_share",
)
"""Every feature :func:`line_features` computes, in vector order."""

_WORD = regex.compile(r"\w+")
_ASCII_DIGITS = b"0123456789"
_ASCII_ALNUM = bytes(c for c in range(128) if chr(c).isalnum())
# An uppercase letter that starts a \w+ run: a capitalised word of ASCII text.
_ASCII_CAPITALISED = re.compile(r"(?<![A-Za-z0-9_])[A-Z]")
_LINK = regex.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w|\|", regex.IGNORECASE)
_NEIGHBOURS = 2


@dataclass(frozen=True)
class Layout:
    """What the layout rules know of a document's kept lines (see :mod:`.boilerplate`).

    ``kept`` lists the segment indices in order; ``furniture`` flags the plain furniture lines;
    ``clusters`` are the anchor paragraphs grouped by the furniture between them, and ``main``
    indexes the article's cluster among them (``None`` when there is no anchor).
    """

    kept: tuple[int, ...]
    furniture: Mapping[int, bool]
    clusters: tuple[tuple[int, ...], ...]
    main: int | None
    weights: tuple[int, ...]
    """Words of each cluster's anchors."""
    listed: frozenset[int] = frozenset()
    """The items of lists that a line ending with a colon introduces (the article's own lists)."""
    removed: frozenset[int] = frozenset()
    """Lines earlier cleaners removed as junk (captions aside): evidence of furniture around them."""
    reviewed: frozenset[int] = frozenset()
    """A review's pros and cons, headings and items: lists of short labels that are no menu."""
    boxed: frozenset[int] = frozenset()
    """The article's fact boxes, headings and fields ("Referee: Jane Doe"): short lines that are no menu."""
    carried: frozenset[int] = frozenset()
    """Removed lines an article carries in its body (a link to another story, a credit): no footer's."""


@dataclass(frozen=True)
class LineScorer:
    """A logistic regression over named line features.

    >>> scorer = LineScorer(("prose",), (4.0,), -2.0, 0.5)
    >>> round(scorer.probability((1.0,) * len(FEATURES)), 3)
    0.881
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    """A layout candidate whose probability of being article text is below this is removed."""

    def __post_init__(self) -> None:
        unknown = [name for name in self.features if name not in FEATURES]
        if unknown:
            raise RuleError(f"line scorer: unknown features {unknown}; known: {', '.join(FEATURES)}")
        if len(self.features) != len(self.weights):
            raise RuleError(f"line scorer: {len(self.features)} features but {len(self.weights)} weights")
        if len(set(self.features)) != len(self.features):
            raise RuleError("line scorer: a feature is listed twice")
        numbers = (*self.weights, self.bias, self.threshold)
        if not all(isinstance(x, float) and math.isfinite(x) for x in numbers):
            raise RuleError("line scorer: weights, bias and threshold must be finite numbers")
        if not 0.0 <= self.threshold <= 1.0:
            raise RuleError(f"line scorer: threshold {self.threshold} is not between 0 and 1")

    @functools.cached_property
    def _pick(self) -> Callable[[Sequence[float]], tuple[float, ...]]:
        """The scorer's features, in its order, out of a full vector."""
        positions = [FEATURES.index(name) for name in self.features]
        if len(positions) > 1:
            return operator.itemgetter(*positions)
        return lambda vector: tuple(vector[i] for i in positions)

    def probability(self, vector: Sequence[float]) -> float:
        """The probability that a line is article text, from its full vector (:data:`FEATURES` order)."""
        z = self.bias + sum(map(operator.mul, self.weights, self._pick(vector)))
        # Written for both signs so that exp never overflows.
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def to_dict(self) -> dict[str, Any]:
        """The weights file's content."""
        return {
            "format": FORMAT,
            "features": list(self.features),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }

    @classmethod
    def from_dict(cls, data: Any, source: str = "line scorer") -> LineScorer:
        """A scorer from a weights file's parsed content; a :class:`RuleError` naming ``source`` if bad."""
        if not isinstance(data, dict):
            raise RuleError(f"{source}: expected a JSON object")
        if data.get("format") != FORMAT:
            raise RuleError(f"{source}: format {data.get('format')!r}, this newsclean reads format {FORMAT}")
        missing = [k for k in ("features", "weights", "bias", "threshold") if k not in data]
        if missing:
            raise RuleError(f"{source}: missing {', '.join(missing)}")
        features, weights = data["features"], data["weights"]
        if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
            raise RuleError(f"{source}: features must be a list of names")
        if not isinstance(weights, list) or not all(_number(w) for w in weights):
            raise RuleError(f"{source}: weights must be a list of numbers")
        if not _number(data["bias"]) or not _number(data["threshold"]):
            raise RuleError(f"{source}: bias and threshold must be numbers")
        try:
            return cls(
                tuple(features),
                tuple(float(w) for w in weights),
                float(data["bias"]),
                float(data["threshold"]),
            )
        except RuleError as exc:
            raise RuleError(f"{source}: {str(exc).removeprefix('line scorer: ')}") from None

    @classmethod
    def load(cls, path: str | Path | None = None) -> LineScorer:
        """The scorer in a weights file (default: the one shipped with newsclean).

        >>> LineScorer.load().features[0] in FEATURES
        True
        """
        if path is None:
            resource = resources.files("newsclean.cleaners").joinpath("data").joinpath("line_weights.json")
            source, raw = "line_weights.json", resource.read_text(encoding="utf-8")
        else:
            source = str(path)
            try:
                raw = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise RuleError(f"{source}: cannot read the line weights: {exc}") from None
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise RuleError(f"{source}: not valid JSON: {exc}") from None
        return cls.from_dict(data, source)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def line_features(
    texts: Sequence[str],
    words: Sequence[int],
    prose: Sequence[bool],
    language: str | None,
    layout: Layout,
    candidates: Mapping[int, str] | None = None,
    only: Collection[int] | None = None,
) -> dict[int, tuple[float, ...]]:
    """The feature vector (:data:`FEATURES` order) of each kept line, by segment index.

    ``texts``, ``words`` and ``prose`` are indexed by segment; ``language`` is the document's;
    ``candidates`` names the layout rule that takes a line (``boilerplate.minor-cluster``, a
    ``boilerplate.zone-*`` or ``boilerplate.menu``). The document-wide shares tell a whole page
    flattened to text (many furniture lines) from a rendering that is already mostly the article;
    so do the lines earlier cleaners removed (segments not in ``layout.kept``): a whole page has
    its cookie notices, share buttons and site chrome, a rendering of the article alone has next
    to none. With ``only``, just those lines get a vector (a line's own features are computed for
    them and their neighbours).
    """
    candidates = candidates or {}
    kept = layout.kept
    stops = stoplist(language) if language else frozenset()
    clusters = layout.clusters
    main_weight = layout.weights[layout.main] if layout.main is not None else 0
    total = sum(words[i] for i in kept) or 1
    known: dict[int, tuple[float, ...]] = {}

    def own(rank: int) -> tuple[float, ...]:
        found = known.get(rank)
        if found is None:
            i = kept[rank]
            found = known[rank] = _line(texts[i], words[i], prose[i], stops, layout.furniture[i])
        return found

    rank_of = {index: rank for rank, index in enumerate(kept)}
    log_clusters = math.log1p(len(clusters))
    main_share = main_weight / total
    # For each kept line, the cluster whose extent holds it (by rank in ``kept``).
    spans = [(rank_of[c[0]], rank_of[c[-1]], w) for c, w in zip(clusters, layout.weights, strict=True)]
    main_span = spans[layout.main] if layout.main is not None else None
    n = len(kept)
    doc_furniture = _mean([float(layout.furniture[i]) for i in kept])
    doc_prose = sum(words[i] for i in kept if prose[i]) / total
    log_lines = math.log1p(n)
    removed = max(0, len(texts) - n)
    removed_share = removed / len(texts) if texts else 0.0
    log_removed = math.log1p(removed)
    # The share of the first cluster whose extent holds each rank (0 outside every cluster).
    share_at: list[float | None] = [None] * n
    if main_weight:
        for a, b, w in spans:
            for r in range(a, b + 1):
                if share_at[r] is None:
                    share_at[r] = w / main_weight
    out: dict[int, tuple[float, ...]] = {}
    ranks = range(n) if only is None else sorted(rank_of[i] for i in only)
    for rank in ranks:
        index = kept[rank]
        window = range(max(0, rank - _NEIGHBOURS), min(n, rank + _NEIGHBOURS + 1))
        around = [own(j) for j in window if j != rank]
        cluster_share = share_at[rank] or 0.0
        if main_span is None:
            inside, before, after, distance = 0.0, 0.0, 0.0, float(n)
        else:
            a, b, _ = main_span
            inside = float(a <= rank <= b)
            before, after = float(rank < a), float(rank > b)
            distance = float(a - rank if rank < a else rank - b if rank > b else 0)
        rule = candidates.get(index, "")
        minor, zone = float(rule.endswith("minor-cluster")), float(".zone" in rule)
        menu = float(rule.endswith(".menu"))
        out[index] = (
            *own(rank)[:9],
            rank / max(1, n - 1),
            inside,
            before,
            after,
            cluster_share,
            math.log1p(distance),
            main_share,
            log_clusters,
            own(rank)[9],
            _mean([o[2] for o in around]),
            _mean([o[0] for o in around]),
            _mean([o[9] for o in around]),
            doc_furniture,
            doc_prose,
            log_lines,
            minor,
            zone,
            minor * doc_furniture,
            zone * doc_furniture,
            minor * main_share,
            zone * main_share,
            cluster_share * doc_furniture,
            removed_share,
            log_removed,
            minor * removed_share,
            zone * removed_share,
            menu,
            menu * removed_share,
        )
    return out


def _line(text: str, words: int, prose: bool, stops: frozenset[str], furniture: bool) -> tuple[float, ...]:
    """A line's own features: the first nine of :data:`FEATURES`, then its furniture flag."""
    if text.isascii():
        # The same counts for ASCII text, from C loops instead of one Python call per character.
        data = text.encode("ascii")
        digits = len(data) - len(data.translate(None, _ASCII_DIGITS))
        letters = len(data) - len(data.translate(None, _ASCII_ALNUM)) or 1
        capitalised = len(_ASCII_CAPITALISED.findall(text))
        tokens = _WORD.findall(text.lower()) if stops else ()
    else:
        digits = sum(map(str.isdigit, text))
        letters = sum(map(str.isalnum, text)) or 1
        capitalised = sum(1 for w in _WORD.findall(text) if w[:1].isupper())
        tokens = _WORD.findall(text.casefold()) if stops else ()
    stop_share = sum(map(stops.__contains__, tokens)) / len(tokens) if tokens else 0.0
    return (
        math.log1p(words),
        float(ends_sentence(text)),
        float(prose),
        stop_share,
        digits / letters,
        float(_LINK.search(text) is not None),
        capitalised / words if words else 0.0,
        float(text.rstrip().endswith(":")),
        float(BULLET.match(text) is not None),
        float(furniture),
    )


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
