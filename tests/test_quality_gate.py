"""The quality gate: newsclean's F1 on the dev set may not fall below the pinned baseline.

The baseline moves only through ``python benchmarks/quality.py --update-baseline``
(review the diff). HTML mode runs on the dev pages, text mode on the three cached
noisy renderings, so the gate needs none of the ``bench`` extra.
"""

from __future__ import annotations

import json
import os

import pytest
from benchmarks.metric import Score
from benchmarks.quality import BASELINE, GATED, gated_scores
from benchmarks.render import KINDS, dev_keys, rendering_path

TOLERANCE = 0.005


@pytest.fixture(scope="module")
def baseline() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    # Two workers halve the wall time on a 2-core CI machine; results do not depend on it.
    return gated_scores(workers=min(2, os.cpu_count() or 1))


def test_baseline_pins_every_gated_row(baseline: dict[str, dict[str, float]]) -> None:
    assert sorted(baseline) == sorted(GATED)
    for row in GATED:
        assert 0.0 < baseline[row]["f1"] <= 1.0, row


@pytest.mark.parametrize("kind", KINDS)
def test_every_rendering_is_cached(kind: str) -> None:
    missing = [key for key in dev_keys() if not rendering_path(kind, key).exists()]
    assert not missing, f"run python benchmarks/render.py: {len(missing)} {kind} renderings missing"


@pytest.mark.parametrize("row", GATED)
def test_f1_does_not_drop(row: str, scores: dict[str, Score], baseline: dict[str, dict[str, float]]) -> None:
    pinned = baseline[row]["f1"]
    got = scores[row]
    assert got.n == len(dev_keys())
    assert got.f1 >= pinned - TOLERANCE, (
        f"{row}: F1 {got.f1:.4f} (P {got.precision:.4f}, R {got.recall:.4f}) fell more than "
        f"{TOLERANCE} below the baseline {pinned:.4f}; see python benchmarks/quality.py --worst 5"
    )
