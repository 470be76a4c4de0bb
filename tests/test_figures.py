"""The container drawings (every rank from 0 to 5), image grids, and how figures become PNG."""

import io

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Polygon
from PIL import Image

from helpers import draw_container
from helpers.explainers.containers import visible
from helpers.explainers.display import PAD_INCHES, figure_png
from helpers.explainers.images import draw_images
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


def test_every_axis_of_a_tensor_drawing_is_numbered_and_named():
    assert {"axis 0 (layers)", "axis 1 (rows)", "axis 2 (columns)"} <= set(
        texts(draw_container((2, 4, 5))))
    assert {"axis 0 (cubes)", "axis 1 (layers)", "axis 2 (rows)", "axis 3 (columns)"} <= set(
        texts(draw_container((4, 3, 4, 5))))
    five = texts(draw_container((2, 3, 3, 4, 5)))
    assert {f"axis {i}" for i in range(5)} <= {text.split(" (")[0] for text in five}
    named = texts(draw_container((5, 250, 2), axis_names=("company", "day", "price")))
    assert {"axis 0 (company)", "axis 1 (day)", "axis 2 (price)"} <= set(named)
    with pytest.raises(ValueError, match="2 axis names for 3 axes"):
        draw_container((5, 250, 2), axis_names=("company", "day"))


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


def picture(figure: Figure) -> np.ndarray:
    png = figure_png(figure)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def tight_png(figure: Figure) -> np.ndarray:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi, bbox_inches="tight")
    return np.asarray(Image.open(buffer).convert("RGB"))


def ink_box(pixels: np.ndarray) -> tuple[int, int, int, int]:
    """(top, left, bottom, right) of what is not white."""
    rows, columns = np.nonzero((pixels != 255).any(axis=2))
    return rows.min(), columns.min(), rows.max(), columns.max()


def test_png_is_cut_to_the_drawing_with_a_padding_like_a_tight_box():
    pixels = picture(draw_container(MATRIX))
    top, left, bottom, right = ink_box(pixels)
    pad = round(PAD_INCHES * 100)
    assert (top, left) == (pad, pad)
    assert (pixels.shape[0] - 1 - bottom, pixels.shape[1] - 1 - right) == (pad, pad)
    # The same drawing as bbox_inches="tight" makes (which may leave more blank around it).
    tight = ink_box(tight_png(draw_container(MATRIX)))
    assert bottom - top == pytest.approx(tight[2] - tight[0], abs=1)
    assert right - left == pytest.approx(tight[3] - tight[1], abs=1)


def test_png_keeps_what_sticks_out_of_the_canvas():
    figure = Figure(figsize=(2, 1))
    figure.text(-0.4, 0.5, "left of the canvas", ha="left")
    figure.text(1.1, 0.5, "right", ha="left")
    pixels = picture(figure)
    assert pixels.shape[1] > 2 * 100  # wider than the 2-inch canvas
    top, left, bottom, right = ink_box(tight_png(figure))
    assert ink_box(pixels)[3] - ink_box(pixels)[1] == pytest.approx(right - left, abs=1)


def test_png_of_a_drawing_beyond_the_margin_is_measured_the_slow_way():
    figure = Figure(figsize=(2, 1))
    figure.text(0.5, 0.5, "a long line of text that runs far beyond the canvas and its margin",
                ha="center")
    pixels = picture(figure)
    assert pixels.shape[1] > 4 * 100  # the 1-inch margins could not have held it
    assert pixels.shape == tight_png(figure).shape


def test_png_of_an_empty_figure_is_blank():
    pixels = picture(Figure(figsize=(2, 1)))
    assert pixels.shape[:2] == (300, 400)  # the canvas and its margin
    assert (pixels == 255).all()


def test_image_grid_is_one_axes_with_a_picture_and_caption_each():
    digits = np.arange(6 * 8 * 8).reshape(6, 8, 8)
    figure = draw_images(digits, titles=[f"digit {n}" for n in range(6)], columns=3,
                         title_colors=["red"] * 6)
    ax = figure.axes[0]
    assert len(figure.axes) == 1 and len(ax.images) == 6
    assert np.array_equal(ax.images[5].get_array(), digits[5])
    assert [text.get_text() for text in ax.texts] == [f"digit {n}" for n in range(6)]
    assert ax.texts[0].get_color() == "red"
    # Two rows of three: the sixth picture sits right of and below the first.
    first, sixth = ax.images[0].get_extent(), ax.images[5].get_extent()
    assert sixth[0] > first[1] and sixth[3] > first[2]
    rows, columns, _ = picture(figure).shape
    assert columns > rows


def test_image_grid_of_nothing_says_so():
    figure = draw_images([])
    assert [text.get_text() for text in figure.texts] == ["(no images)"]
