"""Shared test set-up: repository paths and the explicit golden-update flag."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run: a suite that fails now and then is a bug, and a
# counterexample found once goes into the test as an @example.
settings.register_profile("newsclean", derandomize=True, database=None)
settings.load_profile("newsclean")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
# benchmarks/ is not a package; the quality gate imports its metric from there.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


_CACHE_DIR = "NEWSCLEAN_CACHE_DIR"


def pytest_configure(config: pytest.Config) -> None:
    # The suite's own disk cache (language profiles): never the user's, shared by the tests of a run.
    if _CACHE_DIR not in os.environ:
        folder = tempfile.mkdtemp(prefix="newsclean-test-cache-")
        os.environ[_CACHE_DIR] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite fixtures/golden/*.json from the current output (review the diff before committing)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
