"""The quality gate, on both dev corpora (scrapinghub and wceb26).

- **Floor**: newsclean's F1 in HTML mode and on the three cached noisy renderings may not fall
  more than ``TOLERANCE`` below the baseline pinned in ``benchmarks/baseline.json``. The
  baseline moves only through ``python benchmarks/quality.py --update-baseline`` (review the
  diff).
- **Relative**: on each corpus newsclean's HTML mode must score at least trafilatura's best
  comparison setting on the same pages. trafilatura's outputs are cached gzipped under
  ``fixtures/trafilatura/`` (``python benchmarks/render.py --trafilatura``), so only newsclean
  runs here, and the gate needs none of the ``bench`` extra.
"""

from __future__ import annotations

import json
import os

import pytest
from benchmarks.metric import Score
from benchmarks.quality import BASELINE, GATED, gated_scores_all, reference_scores
from benchmarks.render import CORPORA, KINDS, TRAFILATURA

TOLERANCE = 0.005
NAMES = tuple(CORPORA)


@pytest.fixture(scope="module")
def baseline() -> dict[str, dict[str, dict[str, float]]]:
    data: dict[str, dict[str, dict[str, float]]] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Score]]:
    # Two workers halve the wall time on a 2-core CI machine; results do not depend on it.
    return gated_scores_all(dict.fromkeys(NAMES), workers=min(2, os.cpu_count() or 1))


def test_baseline_pins_every_gated_row(baseline: dict[str, dict[str, dict[str, float]]]) -> None:
    assert sorted(baseline) == sorted(NAMES)
    for name in NAMES:
        assert sorted(baseline[name]) == sorted(GATED), name
        for row in GATED:
            assert 0.0 < baseline[name][row]["f1"] <= 1.0, (name, row)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_rendering_is_cached(name: str, kind: str) -> None:
    c = CORPORA[name]
    missing = [key for key in c.page_keys() if not c.rendering_path(kind, key).exists()]
    assert not missing, f"run python benchmarks/render.py: {len(missing)} {name} {kind} renderings missing"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("setting", TRAFILATURA)
def test_every_trafilatura_output_is_cached(name: str, setting: str) -> None:
    c = CORPORA[name]
    missing = [key for key in c.page_keys() if not c.reference_path(setting, key).exists()]
    assert not missing, f"python benchmarks/render.py --trafilatura: {len(missing)} {name} {setting} missing"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("row", GATED)
def test_f1_does_not_drop(
    name: str, row: str, scores: dict[str, dict[str, Score]], baseline: dict[str, dict[str, dict[str, float]]]
) -> None:
    pinned = baseline[name][row]["f1"]
    got = scores[name][row]
    assert got.n == len(CORPORA[name].page_keys())
    assert got.f1 >= pinned - TOLERANCE, (
        f"{name} {row}: F1 {got.f1:.4f} (P {got.precision:.4f}, R {got.recall:.4f}) fell more than "
        f"{TOLERANCE} below the baseline {pinned:.4f}; see benchmarks/quality.py --corpus {name} --worst 5"
    )


@pytest.mark.parametrize("name", ["scrapinghub", "wceb26"])
def test_html_is_at_least_trafilatura_best(name: str, scores: dict[str, dict[str, Score]]) -> None:
    references = reference_scores(name)
    best = max(references, key=lambda s: references[s].f1)
    got = scores[name]["newsclean_html"]
    assert got.f1 >= references[best].f1, (
        f"{name}: newsclean HTML F1 {got.f1:.4f} (P {got.precision:.4f}, R {got.recall:.4f}) is below "
        f"{best} {references[best].f1:.4f} on the same pages; see benchmarks/quality.py --corpus {name}"
    )
