"""Lesson 04's product figures speak the prose's names (x and Ax, not B and C), write a
negative factor as (−1), and the transformation figure draws an affine map's shift."""

import numpy as np

from helpers.explainers.products import draw_matmul, draw_transformation, matmul_caption

A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = np.array([2.0, 0.0, -1.0])


def test_a_matrix_vector_figure_uses_the_names_of_the_prose():
    assert matmul_caption(A, x, 1, 0, names=("A", "x", "Ax")) == (
        "Ax[1] = row 1 of A · x = 4×2 + 5×0 + 6×(−1) = 2")
    figure = draw_matmul(A, x, 1, 0, names=("A", "x", "Ax"))
    titles = {text.get_text() for text in figure.axes[0].texts}
    assert {"A (2, 3)", "x (3,)", "Ax (2,)"} <= titles
    assert figure._suptitle.get_text() == matmul_caption(A, x, 1, 0, names=("A", "x", "Ax"))


def test_by_default_the_panels_are_a_b_and_c():
    B = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]])
    titles = {text.get_text() for text in draw_matmul(A, B, 0, 1).axes[0].texts}
    assert {"A (2, 3)", "B (3, 2)", "C = AB (2, 2)"} <= titles
    assert matmul_caption(A, B, 0, 1).endswith("= 1×0 + 2×1 + 3×(−1) = -1")


def test_an_affine_map_moves_the_unit_square_by_its_shift():
    shear = np.array([[1.0, 1.0], [0.0, 1.0]])
    t = np.array([1.0, 0.5])
    plain, shifted = draw_transformation(shear), draw_transformation(shear, shift=t)
    square = plain.axes[0].patches[0].get_xy()
    assert np.allclose(shifted.axes[0].patches[0].get_xy(), square + t)
    assert "p → Mp + t" in shifted.axes[0].get_title()
    assert "t = (1, 0.5)" in shifted.axes[0].get_title()
