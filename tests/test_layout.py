"""The package's layout holds: modules a reader can hold in mind, imports that flow one way, no cycles."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline"
MAX_LINES = 400

# the flow of data: a module may import from its own layer or an earlier one, never a later one
LAYERS = [
    ("pipeline", "pipeline.records", "pipeline.resources"),
    ("pipeline.knowledge", "pipeline.reading"),
    ("pipeline.stages",),
    ("pipeline.nlp",),
    ("pipeline.output",),
    ("pipeline.running",),
    ("pipeline.analysis", "pipeline.evaluate", "pipeline.api", "pipeline.cli", "pipeline.__main__"),
]
# the stages in the order they run: a stage may read an earlier stage's records, never a later one's
STAGE_ORDER = ["actors", "places", "dates", "quotes", "events"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text())
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module.startswith("pipeline"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names
                         if f"{node.module}.{alias.name}" in MODULES)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("pipeline"))
    return {name for name in found if name in MODULES} - {"pipeline"}


def _layer(module: str) -> int:
    best = max((prefix for layer in LAYERS for prefix in layer if module == prefix or module.startswith(prefix + ".")),
               key=len)
    return next(number for number, layer in enumerate(LAYERS) if best in layer)


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "stages" and parts[2] in STAGE_ORDER else None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_layout_module_is_short(module):
    assert len(MODULES[module].read_text().splitlines()) <= MAX_LINES


@pytest.mark.parametrize("module", sorted(set(MODULES) - {"pipeline"}))  # the package's __init__: the notebook API
def test_layout_imports_flow_one_way(module):
    late = [name for name in _imports(MODULES[module]) if _layer(name) > _layer(module)]
    assert not late, f"{module} imports from a later layer: {late}"


@pytest.mark.parametrize("module", sorted(name for name in MODULES if _stage(name)))
def test_layout_a_stage_reads_only_earlier_stages(module):
    own = STAGE_ORDER.index(_stage(module))
    later = [name for name in _imports(MODULES[module]) if _stage(name) and STAGE_ORDER.index(_stage(name)) > own]
    assert not later, f"{module} imports a later stage: {later}"


def test_layout_no_import_cycles():
    graph = {module: _imports(path, top_level_only=True) for module, path in MODULES.items()}
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in graph[module]:
            if state.get(target) == 1:
                raise AssertionError(" -> ".join(trail + [module, target]))
            if target not in state:
                visit(target, trail + [module])
        state[module] = 2

    for module in graph:
        if module not in state:
            visit(module, [])
