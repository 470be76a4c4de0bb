"""Every figure the helpers draw is legible: no two of its texts (titles, labels, numbers in
cells, captions) overlap on the rendered canvas."""

import itertools

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from helpers.explainers.broadcasting import draw_broadcast, draw_elementwise, draw_transpose
from helpers.explainers.containers import draw_container
from helpers.explainers.images import draw_images
from helpers.explainers.learning import draw_learning_rates, draw_probabilities
from helpers.explainers.network import draw_network
from helpers.explainers.norms import draw_triangle_inequality, draw_unit_balls
from helpers.explainers.products import draw_dot_geometry, draw_matmul, draw_transformation
from helpers.explainers.reductions import draw_reduction
from helpers.explainers.slicer import draw_batch, draw_slice
from helpers.talk import MATRIX, TALK_W1, TALK_W2, TALK_X, VECTOR

RNG = np.random.default_rng(0)
BATCH = RNG.random((4, 3, 8, 8))
FIGURES = {
    "broadcast": lambda: draw_broadcast(np.arange(6.0).reshape(2, 3), np.array([10.0, 20, 30])),
    "tensor-scalar": lambda: draw_elementwise(np.array([1, 2, 3, 4]), "*", 2, entry=2),
    "elementwise": lambda: draw_elementwise(np.array([1, 2, 3, 4]), "+", np.ones(4), entry=2),
    "transpose": lambda: draw_transpose(np.array([[6, 4, 24], [1, -9, 8]])),
    "sum along axis 0": lambda: draw_reduction(np.array([[1, 5, 3], [4, 2, 6]]), "sum", 0, 1),
    "mean along axis 1": lambda: draw_reduction(np.array([[1.5, 5, 3], [4, 2, 6]]), "mean", 1),
    "argmax along axis 1": lambda: draw_reduction(np.array([[1, 5, 3], [4, 2, 6]]), "argmax",
                                                  1, 1),
    "scalar": lambda: draw_container(10),
    "vector": lambda: draw_container(VECTOR),
    "matrix": lambda: draw_container(MATRIX),
    "cube": lambda: draw_container((3, 4, 5)),
    "vector of cubes": lambda: draw_container((4, 3, 4, 5)),
    "matrix of cubes": lambda: draw_container((2, 3, 3, 4, 5)),
    "named cube": lambda: draw_container((5, 250, 2), axis_names=("company", "day", "price")),
    "video": lambda: draw_container((2, 6, 1, 8, 8),
                                    axis_names=("clip", "frame", "channel", "height", "width")),
    "image grid": lambda: draw_images([RNG.random((8, 8)) for _ in range(6)],
                                      titles=[f"digit {i}" for i in range(6)], columns=3),
    "learning rates": lambda: draw_learning_rates((0.2, 2.0, 20.0, 200.0)),
    "probabilities": lambda: draw_probabilities(RNG.random((8, 8)), np.full(10, 0.1), 3),
    "network": lambda: draw_network(TALK_X, TALK_W1, TALK_W2),
    "unit balls": lambda: draw_unit_balls(highlight=3.0),
    "triangle inequality": lambda: draw_triangle_inequality(0.5),
    "matmul": lambda: draw_matmul(np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2),
                                  1, 1),
    "transformation": lambda: draw_transformation(np.array([[1.0, 1.0], [0.0, 1.0]])),
    "affine map": lambda: draw_transformation(np.array([[1.0, 1.0], [0.0, 1.0]]),
                                              shift=np.array([1.0, 0.5])),
    "matrix-vector": lambda: draw_matmul(np.arange(6.0).reshape(2, 3), np.array([2.0, 0, -1]),
                                         1, 0, names=("A", "x", "Ax")),
    "dot geometry": lambda: draw_dot_geometry(np.array([3.0, 1.0]), np.array([2.0, 4.0])),
    "slice": lambda: draw_slice(BATCH, 1, 2),
    "batch": lambda: draw_batch(BATCH),
}


def drawn_texts(figure):
    """(text, box in pixels) of every text the canvas draws."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    hidden = {id(label) for ax in figure.axes if not ax.axison
              for label in [*ax.get_xticklabels(), *ax.get_yticklabels()]}
    return [(text.get_text(), text.get_window_extent(renderer))
            for text in figure.findobj(Text)
            if text.get_visible() and text.get_text().strip() and id(text) not in hidden]


def overlapping(figure, slack: float = 1.0):
    pairs = []
    for (a, box_a), (b, box_b) in itertools.combinations(drawn_texts(figure), 2):
        width = min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0)
        height = min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0)
        if width > slack and height > slack:
            pairs.append((a, b))
    return pairs


@pytest.mark.parametrize("name", FIGURES)
def test_no_two_texts_of_a_figure_overlap(name):
    assert overlapping(FIGURES[name]()) == []


def test_the_overlap_test_sees_an_overlap():
    from matplotlib.figure import Figure

    figure = Figure(figsize=(3, 2))
    figure.text(0.5, 0.5, "σ(1.23) = 0.77")
    figure.text(0.52, 0.5, "σ(1.28) = 0.78")
    assert overlapping(figure) == [("σ(1.23) = 0.77", "σ(1.28) = 0.78")]
