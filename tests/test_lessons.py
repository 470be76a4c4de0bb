"""Lesson structure, and the talk's numbers as the notebooks print them."""

import re

import pytest

from helpers import talk
from tests.notebooks import LESSONS, all_plain_outputs, markdown, read
from tools.build_solutions import exercise_cells

CONTENT = {p.name: p for p in LESSONS}


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_opens_with_contents_link_and_goals_and_ends_with_summary_and_next(path):
    nb = read(path)
    contents, goals = nb.cells[0].source, nb.cells[1].source
    summary, progress, following = (cell.source for cell in nb.cells[-3:])
    assert contents.startswith("[Contents](../README.md)")
    assert "**In this lesson you will**" in goals
    assert "## Summary" in summary
    assert progress.endswith(f'progress("{path.name[:2]}")')  # what you did, what is left
    assert following.startswith("**Next:**")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_stored_outputs_are_fresh_and_error_free(path):
    code = [c for c in read(path).cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not any(o.output_type == "error" for c in code for o in c.outputs)


@pytest.mark.parametrize("path", LESSONS[1:], ids=lambda p: p.name)
def test_content_lessons_have_five_exercises_and_01_to_06_end_in_mxnet(path):
    nb = read(path)
    assert len(exercise_cells(nb)) >= 5
    if path.name[:2] in {"01", "02", "03", "04", "05", "06"}:
        assert "## The same in MXNet" in markdown(nb)


def test_lesson_00_prints_a_green_environment_check():
    out = all_plain_outputs(read(CONTENT["00-welcome.ipynb"]))
    for line in ["✓ Python 3.11", "✓ numpy 1.23.5", "✓ mxnet 1.9.1",
                 "✓ MXNet computes: [1, 2] + [3, 4] = [4.0, 6.0]"]:
        assert line in out
    assert "✗ Not yet [double]: you added 2" in out
    assert "✗ Can't check this answer [double]: the answer is the string 'twenty'" in out


def test_lesson_01_prints_the_talks_containers():
    out = all_plain_outputs(read(CONTENT["01-containers.ipynb"]))
    assert "a = 10 | zipcode = 95051" in out
    assert "axes of a scalar: 0" in out
    assert "array([ 5,  7, 45, 12, -6,  3, 22,  1,  8,  3, -9])" in out
    assert "ndim: 2 | shape: (4, 5) | size: 20" in out
    assert f"M[2, 3] = {talk.MATRIX[2][3]}" in out
    assert "shape: (1000, 5)" in out
    assert "ndim: 3 | shape: (2, 4, 5) | size: 40" in out
    assert "ndim: 4 | shape: (4, 3, 4, 5)" in out
    assert "ndim: 5 | shape: (2, 3, 3, 4, 5)" in out
    assert "dtype: float32" in out  # MXNet's default
    assert "✓" not in out  # no check is shown passing before the learner answered


def test_lesson_01_draws_every_container():
    nb = read(CONTENT["01-containers.ipynb"])
    titles = [c.outputs[-1].data["text/plain"] for c in nb.cells if c.cell_type == "code"
              and c.outputs and "image/png" in c.outputs[-1].get("data", {})]
    assert len(titles) >= 7  # scalar, vector, matrix, crowd, cube, 4D, 5D


def test_lesson_02_prints_the_shapes_of_its_data():
    out = all_plain_outputs(read(CONTENT["02-data-as-tensors.ipynb"]))
    assert "all of them : (5, 250, 2) = (company, time, price)" in out
    assert "photo: (3, 64, 64) = (channel, height, width), float32" in out
    assert "photos: (4, 3, 64, 64) = (N, C, H, W)" in out
    assert "clips: (2, 6, 1, 8, 8) = (N, frames, C, H, W)" in out
    assert "video        : one sample (6, 1, 8, 8)   4D → tensor (2, 6, 1, 8, 8)     5D" in out
    assert "photos: 49152 numbers × 4 bytes = 196608 bytes" in out


def test_lesson_03_prints_the_talks_three_results():
    out = all_plain_outputs(read(CONTENT["03-elementwise-broadcasting.ipynb"]))
    assert "A * 2 = [2 4 6 8]" in out
    assert "A + B = [2 3 4 5]" in out
    assert "[[ 6  1]\n [ 4 -9]\n [24  8]]" in out
    assert "ValueError: operands could not be broadcast together with shapes (2,3) (2,)" in out
    assert "row + column has shape (3, 3)" in out


# Each widget and the static figure or printout that shows the same thing without a kernel.
STATIC_TWIN = {
    "image_slicer(": "draw_batch(",
    "broadcast_explorer(": "explain_broadcast(",
    "matmul_explorer(": "draw_matmul(",
    "transformation_explorer(": "draw_transformation(",
    "unit_ball_explorer(": "draw_unit_balls(",
    "network_playground(": "draw_network(",
    "learning_rate_explorer(": "draw_learning_rates(",
    "digit_probabilities(": "draw_probabilities(",
}


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_widget_cells_are_ignored_by_nbval_and_have_a_static_twin_above(path):
    # the nbval tag is metadata, not a comment a learner would read
    cells = [c for c in read(path).cells if c.cell_type == "code"]
    for index, cell in enumerate(cells):
        for widget, twin in STATIC_TWIN.items():
            if widget in cell.source and "import" not in cell.source.split(widget)[0][-30:]:
                assert "nbval-ignore-output" in cell.metadata.get("tags", [])
                above = [c for c in cells[:index] if twin in c.source and c.outputs]
                assert above, f"{widget} has no static {twin} above it"


def test_lesson_04_prints_the_talks_neuron_and_the_products():
    out = all_plain_outputs(read(CONTENT["04-products.ipynb"]))
    assert "w @ x         : 1.23" in out
    assert "A @ x = [-1.  2.]" in out
    assert "2·col0 + 0·col1 − 1·col2 = [-1.  2.]" in out  # column view = row view
    assert "(2, 3) @ (3, 2) → (2, 2)" in out
    assert "equal? False" in out  # AB ≠ BA
    assert "loops = NumPy: True" in out


def test_lesson_04_timing_cell_is_ignored_and_its_prose_quotes_no_speed():
    nb = read(CONTENT["04-products.ipynb"])
    timing = [c for c in nb.cells if c.cell_type == "code" and "GFLOP/s" in c.source]
    assert timing and all("nbval-ignore-output" in c.metadata.get("tags", []) for c in timing)
    prose = markdown(nb)
    assert "GFLOP/s" in prose
    assert not re.search(r"\d+(\.\d+)?\s*(GFLOP/s|ms\b)|×\s*\d{2,}|\d+\s*times faster", prose)


def test_lesson_05_prints_the_norms_of_the_talks_vector():
    import numpy as np

    out = all_plain_outputs(read(CONTENT["05-norms.ipynb"]))
    x = np.array(talk.VECTOR, dtype=float)
    assert f"L1 norm   : {np.sum(np.abs(x))}" in out
    assert f"sum of squares (squared L2): {np.sum(x ** 2)}" in out
    assert f"L2 norm                    : {round(np.sqrt(np.sum(x ** 2)), 4)}" in out
    assert "row lengths   : [ 5. 10. 13.  1.]" in out
    assert "L2 : (1,) → 54.1018" in out  # MXNet's norm of a whole array has shape (1,)


def test_lesson_06_reproduces_the_talks_numbers_and_the_exact_output():
    out = all_plain_outputs(read(CONTENT["06-forward-pass.ipynb"]))
    assert "z = 1.23 → sigmoid = 0.77" in out
    assert "z = 1.28 → sigmoid = 0.78" in out
    assert "with rounded hidden values: z = 0.79 → sigmoid = 0.69" in out
    assert "exact          : z = 0.7938 → sigmoid = 0.6886" in out
    assert "X: (4, 3) → H = sigmoid(X @ W1.T): (4, 2) → Y = sigmoid(H @ w2): (4,)" in out
    assert "person 0 is the talk's example: 0.6886" in out
    assert "hidden: [0.7738 0.7824]  output: [0.6886]" in out  # the same in MXNet


def test_lesson_07_side_by_side_agrees_and_autograd_matches_the_chain_rule():
    out = all_plain_outputs(read(CONTENT["07-mxnet-ndarray.ipynb"]))
    table = re.findall(r"^0[1-6]  .*  (✓|✗)$", out, re.MULTILINE)  # lesson 07's parity table
    assert len(table) >= 15 and set(table) == {"✓"}
    assert "dtype  : float32" in out
    assert "equal to 0.1?           False" in out
    assert "y  = [0.6886]" in out
    assert "agree: True" in out
    assert "1.9.1" in markdown(read(CONTENT["07-mxnet-ndarray.ipynb"]))


def test_lesson_08_learns_checks_gradients_and_reaches_95_percent():
    nb = read(CONTENT["08-next-steps.ipynb"])
    out = all_plain_outputs(nb)
    assert "dL/dW1 all agree   : True" in out
    by_hand = re.search(r"dL/dw2 by hand     : (.*)", out).group(1)
    assert f"dL/dw2 by autograd : {by_hand}" in out and f"dL/dw2 numerically : {by_hand}" in out
    accuracy = float(re.search(r"held-out accuracy: ([0-9.]+)%", out).group(1))
    assert accuracy >= 95.0
    # The 95 % bar is held by tests/test_lesson08.py: no assert a learner's experiment trips.
    assert not any("assert" in c.source for c in nb.cells if c.cell_type == "code")
    assert "about right: the loss fell steadily" in out and "too large" in out
    assert "too small" in out


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_no_test_markup_in_what_a_learner_reads(path):
    # nbval's markers live in cell metadata (tags), not in code a learner reads
    for cell in read(path).cells:
        assert "NBVAL_" not in cell.source, cell.source[:60]
