"""Every third-party import of the package is a declared dependency: a plain ``pip install`` runs it."""
from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[1]
# imports that only a feature behind an extra needs: module -> extra; they must be imported inside functions
OPTIONAL_IMPORTS = {"distributed": "dask", "dask": "dask"}


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(entries: list[str]) -> set[str]:
    return {_normalized(re.match(r"[A-Za-z0-9._-]+", entry).group()) for entry in entries}


def _third_party_imports() -> dict[str, list[tuple[str, bool]]]:
    """top-level module -> [(file, imported at module level)] for every absolute import in pipeline/."""
    found: dict[str, list[tuple[str, bool]]] = {}
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        tree = ast.parse(path.read_text())
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                module = name.split(".")[0]
                if module != "pipeline" and module not in sys.stdlib_module_names:
                    found.setdefault(module, []).append((str(path.relative_to(ROOT)), id(node) in top_level))
    return found


def test_dependencies_every_import_is_declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    base = _requirements(project["dependencies"])
    extras = {name: _requirements(entries) for name, entries in project["optional-dependencies"].items()}
    distributions = packages_distributions()
    undeclared = []
    for module, places in _third_party_imports().items():
        names = {_normalized(d) for d in distributions.get(module, [module])}
        extra = OPTIONAL_IMPORTS.get(module)
        if extra is None and not names & base:
            undeclared.append(f"{module} ({places[0][0]}): not in [project] dependencies")
        elif extra is not None:
            if not names & extras[extra]:
                undeclared.append(f"{module}: not in the {extra!r} extra")
            undeclared += [f"{module} imported at module level in {file}" for file, top in places if top]
    assert not undeclared, undeclared


def test_dependencies_html_cleaning_is_declared():
    # trafilatura imports lxml.html.clean, which lxml ships separately since 5.2: not an import of ours
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "lxml-html-clean" in _requirements(project["dependencies"])
