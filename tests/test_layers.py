"""The layers of the README's Architecture section: no module imports a layer above its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsclean"
BASE = (
    "newsclean.errors", "newsclean.jsonsafe", "newsclean.model", "newsclean.config", "newsclean.profile_data",
    "newsclean.version",
)  # fmt: skip
# What the application may import: the public API (with the base modules it re-exports), and io/.
APPLICATION = ("newsclean", *BASE, "newsclean.io", "newsclean.app", "newsclean.integrations")
# Known exceptions, named in the README's Architecture section.
EXCEPTIONS = {
    ("newsclean.app.batch", "newsclean.profiles.profile"),
    ("newsclean.app.cli_learn", "newsclean.profiles.learn"),
    ("newsclean.model", "newsclean.text.features"),
}


def imports(path: Path) -> set[str]:
    """The newsclean modules a source file imports (at any depth of the file)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "newsclean" and node.level == 0:
            # ``from newsclean import x``: the submodule ``x`` when there is one, else the public API.
            found.update(
                f"newsclean.{a.name}" if (SRC / f"{a.name}.py").exists() else "newsclean" for a in node.names
            )
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "newsclean" or name.startswith("newsclean.")}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def within(name: str, allowed: tuple[str, ...]) -> bool:
    """Whether module ``name`` is one of ``allowed`` or inside one (``newsclean`` itself only exactly)."""
    return any(name == a or (a != "newsclean" and name.startswith(a + ".")) for a in allowed)


@pytest.mark.parametrize(
    ("layer", "allowed"),
    [
        (("newsclean.app", "newsclean.integrations"), APPLICATION),
        (("newsclean.io",), ("newsclean.errors", "newsclean.jsonsafe", "newsclean.io")),
        (BASE, ("newsclean.errors", "newsclean.jsonsafe", "newsclean.profile_data", "newsclean.version")),
        (("newsclean.ingest",), (*BASE, "newsclean.text", "newsclean.html")),
    ],
)
def test_no_module_imports_a_layer_above_its_own(layer: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    modules = [(module_name(p), p) for p in sorted(SRC.rglob("*.py"))]
    modules = [(name, path) for name, path in modules if within(name, layer)]
    assert modules
    for name, path in modules:
        for target in sorted(imports(path)):
            assert within(target, allowed) or (name, target) in EXCEPTIONS, f"{name} imports {target}"
