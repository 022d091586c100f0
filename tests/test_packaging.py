"""pyproject's pins: dev tools and integration libraries have tested ranges that the installed ones fit."""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

packaging_requirements = pytest.importorskip("packaging.requirements")

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "optional-dependencies"
]
PINNED = {
    "dev": ("pytest", "pytest-xdist", "hypothesis", "ruff", "mypy", "pytest-benchmark", "selenium"),
    "hf": ("datasets",),
    "dask": ("dask", "pandas"),
    "parquet": ("pyarrow",),
}


def requirements(extra: str) -> dict[str, object]:
    parsed = (packaging_requirements.Requirement(r) for r in EXTRAS[extra])
    return {r.name.lower(): r for r in parsed}


@pytest.mark.parametrize(("extra", "name"), [(e, n) for e, names in PINNED.items() for n in names])
def test_tools_and_integration_libraries_have_a_tested_range(extra: str, name: str) -> None:
    requirement = requirements(extra).get(name)
    assert requirement is not None, f"{name} is not in [{extra}]"
    operators = {spec.operator for spec in requirement.specifier}  # type: ignore[attr-defined]
    assert ">=" in operators and "<" in operators, f"{requirement} needs a lower and an upper bound"
    try:
        installed = version(name)
    except PackageNotFoundError:
        pytest.skip(f"{name} is not installed")
    assert requirement.specifier.contains(installed, prereleases=True), (  # type: ignore[attr-defined]
        f"installed {name} {installed} is outside {requirement}"
    )


def test_the_version_is_defined_once_and_the_installed_metadata_carries_it() -> None:
    import newsclean
    from newsclean.version import __version__

    assert newsclean.__version__ == __version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "newsclean.version.__version__"}
    assert version("newsclean") == __version__
