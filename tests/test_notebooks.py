"""Every notebook in notebooks/ runs headless, top to bottom, on outputs this test writes, so none rots.

One output is a run of data/samples; the other holds a single article in which Parley finds
nothing, so that every cell must also cope with empty tables. Executed copies are kept under
test-artifacts/ for a look.
"""
from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("duckdb")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def outputs(nlp, sample_out, tmp_path_factory) -> dict[str, Path]:
    from pipeline import RunOptions
    from pipeline import run

    folder = tmp_path_factory.mktemp("notebooks")
    (folder / "quiet").mkdir()
    (folder / "quiet" / "quiet.txt").write_text("Nothing of note was reported on the day.\n", encoding="utf-8")
    run([folder / "quiet"], folder / "nearly-empty", RunOptions(workers=1), nlp=nlp)
    return {"samples": sample_out, "nearly-empty": folder / "nearly-empty"}


def execute(notebook: Path, out: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(notebook, as_version=4)
    with pytest.MonkeyPatch.context() as patch:  # the kernel inherits this environment
        patch.setenv("PARLEY_OUT", str(out))
        patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                resources={"metadata": {"path": str(notebook.parent)}}).execute()
    ARTIFACTS.mkdir(exist_ok=True)
    nbformat.write(nb, ARTIFACTS / f"{notebook.stem}-{out.name}.ipynb")
    return nb


@pytest.fixture(scope="module")
def executed(outputs):
    """Each notebook run on each output, once per test session: (notebook stem, output name) -> notebook."""
    cache: dict[tuple[str, str], nbformat.NotebookNode] = {}

    def get(notebook: Path, which: str) -> nbformat.NotebookNode:
        if (notebook.stem, which) not in cache:
            cache[notebook.stem, which] = execute(notebook, outputs[which])
        return cache[notebook.stem, which]

    return get


def outputs_of(nb, kind: str) -> list:
    return [output for cell in nb.cells if cell.cell_type == "code" for output in cell.get("outputs", [])
            if kind in output.get("data", {})]


def test_notebooks_exist():
    assert NOTEBOOKS, "notebooks/ should hold at least explore.ipynb"


@pytest.mark.slow
@pytest.mark.parametrize("which", ["samples", "nearly-empty"])
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_notebooks_run_top_to_bottom(notebook, which, executed):
    nb = executed(notebook, which)  # a failing cell raises CellExecutionError here
    assert not [output for cell in nb.cells for output in cell.get("outputs", []) if output.output_type == "error"]
    assert len(outputs_of(nb, "image/png")) >= 4  # time series, network, map, speakers


@pytest.mark.slow
def test_notebooks_explore_highlights_an_article(executed):
    nb = executed(ROOT / "notebooks" / "explore.ipynb", "samples")
    html = "".join(output["data"]["text/html"] for output in outputs_of(nb, "text/html"))
    assert 'class="spans"' in html  # displaCy's span rendering
    assert "EVENT" in html and "QUOTE" in html and "ACTOR" in html
