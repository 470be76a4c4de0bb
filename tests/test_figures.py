"""The container drawings: every rank from 0 to 5, from an array or from a shape."""

import numpy as np
import pytest
from matplotlib.patches import Polygon

from helpers import draw_container
from helpers.figures import figure_png, visible
from helpers.talk import MATRIX, VECTOR


def cells(figure):
    """The lower-left corner of every unit cell drawn (the cells are one collection per grid)."""
    return [tuple(path.vertices.min(axis=0)) for collection in figure.axes[0].collections
            for path in collection.get_paths()]


def texts(figure):
    return [t.get_text() for t in figure.axes[0].texts]


def test_scalar_is_one_box_with_its_value():
    figure = draw_container(10)
    assert len(cells(figure)) == 1
    assert "10" in texts(figure)
    assert figure.axes[0].get_title() == "scalar (0D tensor)\nshape (), 0 axes"


def test_vector_is_a_column_with_every_value():
    figure = draw_container(VECTOR)
    boxes = cells(figure)
    assert len(boxes) == 11
    assert len({x for x, _ in boxes}) == 1  # one column
    assert [str(v) for v in VECTOR] == [t for t in texts(figure) if t.lstrip("-").isdigit()]


def test_matrix_is_a_grid_with_axis_labels():
    figure = draw_container(MATRIX)
    assert len(cells(figure)) == 20
    assert {"axis 0 (rows)", "axis 1 (columns)", "72", "-9"} <= set(texts(figure))


def test_cube_draws_its_front_layer_and_back_layers():
    figure = draw_container(np.stack([MATRIX, MATRIX, MATRIX]))
    assert len(cells(figure)) == 20
    assert len([p for p in figure.axes[0].patches if isinstance(p, Polygon)]) == 2
    assert "3 axes" in figure.axes[0].get_title()


def test_vector_and_matrix_of_cubes_from_shapes():
    four = draw_container((4, 3, 4, 5))
    assert len(cells(four)) == 4 * 20
    assert {"[0]", "[3]"} <= set(texts(four))
    five = draw_container((2, 3, 3, 4, 5))
    assert len(cells(five)) == 6 * 20
    assert {"[0, 0]", "[1, 2]"} <= set(texts(five))
    assert five.axes[0].get_title() == "matrix of cubes (5D tensor)\nshape (2, 3, 3, 4, 5), 5 axes"


def test_long_axes_are_abbreviated_with_an_ellipsis():
    assert visible(1000) == list(range(10)) + [None, 999]
    figure = draw_container((1000, 5), title="1000 people")
    assert len(cells(figure)) == 12 * 5
    assert "⋮" in texts(figure)
    assert figure.axes[0].get_title().startswith("1000 people\nshape (1000, 5)")


def test_array_and_shape_draw_the_same_cells():
    assert len(cells(draw_container(np.zeros((2, 3, 4))))) == len(cells(draw_container((2, 3, 4))))


@pytest.mark.parametrize(("data", "words"), [
    ((1, 2, 3, 4, 5, 6), "0 to 5 axes"),
    ((3, 0), "length 0"),
    ("abc", "cannot draw this"),
])
def test_what_cannot_be_drawn_says_why(data, words):
    with pytest.raises(ValueError, match=words):
        draw_container(data)


def test_png_rendering():
    assert figure_png(draw_container(MATRIX))[:8] == b"\x89PNG\r\n\x1a\n"
