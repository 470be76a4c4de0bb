"""The plain functions behind lesson 04's and 05's figures and widgets."""

import numpy as np
import pytest

from helpers.explainers.norms import draw_unit_balls, p_norm, unit_ball, unit_ball_caption
from helpers.explainers.products import (
    HIGHLIGHT,
    draw_dot_geometry,
    draw_matmul,
    draw_transformation,
    grid_lines,
    matmul_caption,
    matmul_terms,
    transformation_caption,
)

A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
B = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]])


@pytest.mark.parametrize(("i", "j"), [(0, 0), (0, 1), (1, 0), (1, 1)])
def test_terms_add_up_to_the_entry_of_the_product(i, j):
    terms = matmul_terms(A, B, i, j)
    assert terms == list(zip(A[i], B[:, j], strict=True))
    assert sum(a * b for a, b in terms) == pytest.approx((A @ B)[i, j])


def test_caption_writes_out_the_sum():
    assert matmul_caption(A, B, 1, 0) == (
        "C[1, 0] = row 1 of A · column 0 of B = 4×1 + 5×0 + 6×2 = 16")


@pytest.mark.parametrize(("left", "right", "i", "j", "words"), [
    (A, A, 0, 0, r"shapes \(2, 3\) and \(2, 3\) don't chain: A has 3 columns but B has 2 rows"),
    (A, B, 2, 0, r"entry \(2, 0\) is outside C, which has shape \(2, 2\)"),
    (A[0], B, 0, 0, "both must be matrices"),
])
def test_bad_requests_are_explained(left, right, i, j, words):
    with pytest.raises(ValueError, match=words):
        matmul_terms(left, right, i, j)


def test_matmul_figure_highlights_row_column_and_entry():
    figure = draw_matmul(A, B, 1, 0)
    lit = [p for p in figure.axes[0].patches
           if tuple(p.get_facecolor()[:3]) == pytest.approx(_rgb(HIGHLIGHT))]
    assert len(lit) == 3 + 3 + 1  # row 1 of A, column 0 of B, C[1, 0]
    assert figure._suptitle.get_text() == matmul_caption(A, B, 1, 0)


def _rgb(colour):
    from matplotlib.colors import to_rgb

    return to_rgb(colour)


def test_transformation_moves_the_grid_and_names_the_basis_images():
    shear = np.array([[1.0, 1.0], [0.0, 1.0]])
    assert transformation_caption(shear) == (
        "e1 = (1, 0) → (1, 0), e2 = (0, 1) → (1, 1), areas × 1.00")
    assert "flattened onto a line" in transformation_caption(np.array([[1, 2], [0.5, 1]]))
    assert "orientation flipped" in transformation_caption(np.array([[0, 1], [1, 0]]))
    moved = grid_lines(shear, extent=1)
    assert np.allclose(moved[0], np.array([[-1, -1], [-1, 1]]) @ shear.T)
    # the grid before and after (default extent 2), and the two axes
    assert len(draw_transformation(shear).axes[0].lines) == 2 * len(grid_lines(shear)) + 2


def test_dot_geometry_title_has_the_angle():
    figure = draw_dot_geometry(np.array([3.0, 1.0]), np.array([1.0, 3.0]))
    assert figure.axes[0].get_title() == "a · b = 6,  cos θ = 0.600,  θ = 53.1°"


@pytest.mark.parametrize("p", [0.5, 1, 1.5, 2, 3, 7, np.inf])
def test_p_norm_matches_numpy_and_the_unit_ball_has_norm_one(p):
    x = np.array([5.0, 7.0, 45.0, 12.0, -6.0])
    if p >= 1:
        assert p_norm(x, p) == pytest.approx(np.linalg.norm(x, ord=p))
    ball = unit_ball(p, points=97)
    assert [p_norm(point, p) for point in ball] == pytest.approx([1.0] * 97)


def test_p_must_be_positive():
    with pytest.raises(ValueError, match="p must be positive"):
        p_norm(np.ones(2), 0)


def test_unit_ball_caption_names_the_classic_norms():
    assert unit_ball_caption(1) == (
        "p = 1 (L1, a diamond): the unit ball meets the diagonal at (0.500, 0.500)")
    assert unit_ball_caption(2).startswith("p = 2 (L2, a circle): ")
    assert unit_ball_caption(np.inf).startswith("p = ∞ (L∞, a square): ")
    assert unit_ball_caption(3) == "p = 3: the unit ball meets the diagonal at (0.794, 0.794)"
    assert unit_ball_caption(0.5).startswith("p = 0.5: not a norm (the triangle inequality fails)")


def test_unit_ball_figure_draws_one_curve_per_p_and_the_highlight():
    assert len(draw_unit_balls().axes[0].lines) == 3 + 2  # three balls and the two axes
    assert len(draw_unit_balls(highlight=3.0).axes[0].lines) == 4 + 2
