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


def test_the_configuration_table_lists_every_valid_cleaner_and_language_name() -> None:
    from newsclean.pipeline import default_chain
    from newsclean.rules import rule_languages

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| `")}
    for name in (c.name for c in default_chain()):
        assert f"`{name}`" in rows["`disabled_cleaners`"], name
    for code in rule_languages():
        assert f"`{code}`" in rows["`rule_languages`"], code
