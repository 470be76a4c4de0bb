"""Determinism: a notebook run anew must print and draw exactly what is stored in it.

nbval compares the text; conftest.py compares the figures too. Here a small notebook is
executed once in a fresh kernel (its stored outputs), then tested by nbval in another fresh
kernel, as every lesson is: a figure or a number that changes from run to run fails.
"""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.notebooks import LESSONS, SOLUTIONS, copy_suite, read

SEEDED = "rng = np.random.default_rng(seed=0)"
UNSEEDED = "rng = np.random.default_rng()"


def nbval_on_a_notebook(folder: Path, *sources: str) -> subprocess.CompletedProcess:
    """Store one fresh run's outputs in a notebook of these cells, then run nbval over it."""
    copy_suite(folder)
    (folder / "lessons").mkdir()
    path = folder / "lessons" / "99-example.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    nbformat.write(nb, path)
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-p",
                           "no:cacheprovider", "-q", "lessons"], cwd=folder,
                          capture_output=True, text=True, timeout=300)


def figure_cell(seeding: str) -> str:
    return ("import matplotlib.pyplot as plt\nimport numpy as np\n\n" + seeding +
            "\nplt.imshow(rng.random((4, 4)))\nplt.show()")


@pytest.mark.slow
def test_a_figure_that_changes_between_runs_fails(tmp_path):
    run = nbval_on_a_notebook(tmp_path, figure_cell(UNSEEDED))
    assert run.returncode == 1, run.stdout[-3000:]
    assert "Figure 1 of 1 differs from the stored one: " in run.stdout
    assert "pixels differ by more than 24 of 255 levels" in run.stdout
    assert "It uses random numbers: are they seeded?" in run.stdout
    assert "make solutions" not in run.stdout


@pytest.mark.slow
def test_a_seeded_figure_is_the_same_in_every_run(tmp_path):
    run = nbval_on_a_notebook(tmp_path, figure_cell(SEEDED))
    assert run.returncode == 0, run.stdout[-3000:]
    assert "1 passed" in run.stdout


@pytest.mark.slow
def test_printed_numbers_that_change_between_runs_fail(tmp_path):
    run = nbval_on_a_notebook(tmp_path, "import numpy as np\n\n" + UNSEEDED +
                              "\nprint(rng.random(3).round(4))")
    assert run.returncode == 1, run.stdout[-3000:]
    assert "Cell outputs differ" in run.stdout


@pytest.mark.slow
def test_what_the_sanitize_file_declares_may_change(tmp_path):
    # a memory address differs in every kernel; tests/sanitize.cfg declares it
    run = nbval_on_a_notebook(tmp_path, "print(hex(id(object())))")
    assert run.returncode == 0, run.stdout[-3000:]


def test_regeneration_merges_printed_text_into_one_output():
    from tools.build_solutions import merged_streams

    outputs = [nbformat.v4.new_output("stream", name="stdout", text="without bias:"),
               nbformat.v4.new_output("stream", name="stdout", text=" [0.5 0.5]\n"),
               nbformat.v4.new_output("stream", name="stderr", text="warning\n"),
               nbformat.v4.new_output("display_data", data={"text/plain": "<Figure>"}),
               nbformat.v4.new_output("stream", name="stdout", text="after\n")]
    merged = merged_streams(outputs)
    assert [(o.output_type, o.get("text")) for o in merged] == [
        ("stream", "without bias: [0.5 0.5]\n"), ("stream", "warning\n"),
        ("display_data", None), ("stream", "after\n")]


@pytest.mark.parametrize("path", LESSONS + SOLUTIONS,
                         ids=lambda path: f"{path.parent.name}/{path.name}")
def test_stored_notebooks_carry_no_timestamps_and_no_split_text(path):
    for cell in read(path).cells:
        assert "execution" not in cell.metadata, f"timestamps in {path.name}: {cell.source[:60]}"
        outputs = cell.get("outputs", [])
        for before, after in zip(outputs, outputs[1:], strict=False):
            assert not (before.output_type == after.output_type == "stream"
                        and before.name == after.name), f"split text in {path.name}"


@pytest.mark.slow
def test_a_figure_that_uses_nothing_random_is_not_blamed_on_seeds(tmp_path):
    run = nbval_on_a_notebook(tmp_path, "import time\nimport matplotlib.pyplot as plt\n\n"
                              "plt.title(str(time.perf_counter_ns()))\nplt.show()")
    assert run.returncode == 1, run.stdout[-3000:]
    assert "Figure 1 of 1 differs from the stored one: " in run.stdout
    assert "seed" not in run.stdout
    assert "the drawing depends on something outside it" in run.stdout
