"""Lesson 03's figures of operations: operands beside the result (A * 2, A + B, A.T) and the
reductions, whose collapsed axis and lit line match what NumPy computes."""

import numpy as np
import pytest

from helpers.explainers.broadcasting import draw_elementwise, draw_transpose
from helpers.explainers.reductions import draw_reduction, reduce, reduction_caption

M = np.array([[1, 5, 3], [4, 2, 6]])


def texts(figure):
    return [text.get_text() for text in figure.axes[0].texts]


@pytest.mark.parametrize(("operation", "axis", "line", "caption"), [
    ("sum", 0, 1, "column 1: 5 + 2 = 7"),
    ("sum", 1, 0, "row 0: 1 + 5 + 3 = 9"),
    ("mean", 0, 2, "column 2: (3 + 6) / 2 = 4.5"),
    ("max", 1, 1, "row 1: max(4, 2, 6) = 6"),
    ("argmax", 1, 1, "row 1: the index of max(4, 2, 6) = 2"),
])
def test_a_reduction_caption_shows_how_one_entry_is_made(operation, axis, line, caption):
    assert reduction_caption(M, operation, axis, line) == caption
    assert np.array_equal(reduce(M, operation, axis), getattr(M, operation)(axis=axis))


def test_the_reduction_figure_shows_the_matrix_the_result_and_the_collapsed_axis():
    figure = draw_reduction(M, "sum", axis=0, line=1)
    shown = texts(figure)
    assert {"5", "7", "9", "A (2, 3)", "A.sum(axis=0) (3,)", "axis 0\ncollapses"} <= set(shown)
    assert figure.texts[0].get_text() == "column 1: 5 + 2 = 7"
    assert "axis 1 collapses" in " ".join(texts(draw_reduction(M, "sum", axis=1))).replace(
        "\n", " ")


@pytest.mark.parametrize(("arguments", "words"), [
    ((np.arange(3), "sum", 0), "drawn on a matrix"),
    ((M, "median", 0), "operation must be one of sum, mean, max, argmax"),
    ((M, "sum", 2), "axes 0 and 1"),
])
def test_what_cannot_be_drawn_is_said(arguments, words):
    with pytest.raises(ValueError, match=words):
        reduce(*arguments)


def test_elementwise_figures_show_both_operands_and_the_result():
    times = texts(draw_elementwise(np.array([1, 2, 3, 4]), "*", 2, entry=2))
    assert {"A (4,)", "2", "A * 2 (4,)", "×", "=", "entry 2: 3 × 2 = 6"} <= set(times)
    plus = texts(draw_elementwise(np.array([1, 2, 3, 4]), "+", np.array([1, 1, 1, 1])))
    assert {"A (4,)", "B (4,)", "A + B (4,)", "+", "5"} <= set(plus)
    with pytest.raises(ValueError, match="same length"):
        draw_elementwise(np.arange(3), "+", np.arange(4))


def test_the_transpose_figure_shows_a_and_its_transpose():
    shown = texts(draw_transpose(np.array([[6, 4, 24], [1, -9, 8]])))
    assert {"A (2, 3)", "A.T (3, 2)", "→", "A.T[i, j] = A[j, i]", "-9"} <= set(shown)
