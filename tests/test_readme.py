"""The README's Python example runs and prints what the README says."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_example_is_true() -> None:
    cwd = Path.cwd()
    os.chdir(ROOT)  # the example opens a fixture by relative path
    try:
        result = doctest.testfile(
            str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS
        )
    finally:
        os.chdir(cwd)
    assert result.attempted >= 4
    assert result.failed == 0
