"""The course's widgets: thin ipywidgets wrappers around plain, tested functions."""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets
import numpy as np
from IPython.display import display
from matplotlib.figure import Figure

from helpers.explainers.broadcasting import explain_broadcast_text
from helpers.explainers.learning import (
    describe_learning_rate,
    draw_learning_rates,
    draw_probabilities,
    probability_caption,
)
from helpers.explainers.network import INPUT_NAMES, draw_network, playground_text
from helpers.explainers.norms import draw_unit_balls, unit_ball_caption
from helpers.explainers.products import (
    draw_matmul,
    draw_transformation,
    matmul_caption,
    transformation_caption,
)
from helpers.explainers.slicer import channel_names, draw_slice, slice_caption
from helpers.talk import TALK_W1, TALK_W2, TALK_X


def image_slicer(batch: np.ndarray) -> widgets.VBox:
    """Sliders for sample and channel of an (N, C, H, W) batch, and that slice as an image."""
    count, channels = batch.shape[:2]
    sample = widgets.IntSlider(value=0, min=0, max=count - 1, description="sample (N)",
                               continuous_update=False)
    channel = widgets.IntSlider(value=0, min=0, max=channels - 1, description="channel (C)",
                                continuous_update=False)
    caption = widgets.HTML()
    picture = widgets.Output()

    def update(_change: object = None) -> None:
        text = slice_caption(batch, sample.value, channel.value)
        caption.value = f"<code>{html.escape(text)}</code>"
        _figure_view(lambda: draw_slice(batch, sample.value, channel.value), picture)

    sample.observe(update, names="value")
    channel.observe(update, names="value")
    update()
    names = ", ".join(f"{i} = {name}" for i, name in enumerate(channel_names(channels)))
    legend = widgets.HTML(f"<small>batch shape {batch.shape}; "
                          f"channels: {html.escape(names)}</small>")
    return widgets.VBox([legend, sample, channel, caption, picture])


def broadcast_explorer(shape_a: str = "2, 3", shape_b: str = "3") -> widgets.VBox:
    """Two shapes typed by the learner, and NumPy's broadcasting rule applied to them."""
    first = widgets.Text(value=shape_a, description="shape of A", continuous_update=False)
    second = widgets.Text(value=shape_b, description="shape of B", continuous_update=False)
    result = widgets.HTML()

    def update(_change: object = None) -> None:
        steps = explain_broadcast_text(first.value, second.value).steps
        result.value = "<br>".join(html.escape(step) for step in steps)

    first.observe(update, names="value")
    second.observe(update, names="value")
    update()
    return widgets.VBox([first, second, result])


def _figure_view(draw: Callable[[], Figure], output: widgets.Output) -> None:
    """Replace what ``output`` shows with a freshly drawn figure."""
    with output:
        output.clear_output(wait=True)
        display(draw())


def matmul_explorer(A: np.ndarray, B: np.ndarray) -> widgets.VBox:
    """Pick an entry (i, j) of C = AB; see row i of A, column j of B and the terms of C[i, j]."""
    A, B = np.asarray(A), np.asarray(B)
    row = widgets.IntSlider(value=0, min=0, max=A.shape[0] - 1, description="row i",
                            continuous_update=False)
    column = widgets.IntSlider(value=0, min=0, max=B.shape[1] - 1, description="column j",
                               continuous_update=False)
    caption = widgets.HTML()
    picture = widgets.Output()

    def update(_change: object = None) -> None:
        caption.value = f"<code>{html.escape(matmul_caption(A, B, row.value, column.value))}</code>"
        _figure_view(lambda: draw_matmul(A, B, row.value, column.value), picture)

    row.observe(update, names="value")
    column.observe(update, names="value")
    update()
    return widgets.VBox([row, column, caption, picture])


def transformation_explorer(M: np.ndarray) -> widgets.VBox:
    """Four sliders for the entries of a 2×2 matrix; the unit grid and basis vectors follow."""
    M = np.asarray(M, dtype=float)
    names = [["a (row 0, col 0)", "b (row 0, col 1)"], ["c (row 1, col 0)", "d (row 1, col 1)"]]
    sliders = [[widgets.FloatSlider(value=float(M[r, c]), min=-2, max=2, step=0.1,
                                    description=names[r][c], continuous_update=False,
                                    style={"description_width": "initial"})
                for c in range(2)] for r in range(2)]
    caption = widgets.HTML()
    picture = widgets.Output()

    def current() -> np.ndarray:
        return np.array([[s.value for s in line] for line in sliders])

    def update(_change: object = None) -> None:
        caption.value = f"<code>{html.escape(transformation_caption(current()))}</code>"
        _figure_view(lambda: draw_transformation(current()), picture)

    for slider in (s for line in sliders for s in line):
        slider.observe(update, names="value")
    update()
    grid = widgets.VBox([widgets.HBox(line) for line in sliders])
    return widgets.VBox([grid, caption, picture])


def unit_ball_explorer(p: float = 3.0) -> widgets.VBox:
    """A slider for p; the unit ball of the p-norm drawn over those of L1, L2 and L∞."""
    slider = widgets.FloatSlider(value=p, min=0.5, max=10, step=0.1, description="p",
                                 continuous_update=False)
    caption = widgets.HTML()
    picture = widgets.Output()

    def update(_change: object = None) -> None:
        caption.value = f"<code>{html.escape(unit_ball_caption(slider.value))}</code>"
        _figure_view(lambda: draw_unit_balls(highlight=slider.value), picture)

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, caption, picture])


def network_playground(x: np.ndarray = TALK_X, W1: np.ndarray = TALK_W1,
                       w2: np.ndarray = TALK_W2) -> widgets.VBox:
    """A slider for every weight and a toggle for every input of the talk's network.

    The diagram, the neuron-by-neuron sums and the matrix equations follow every change.
    """
    W1, w2 = np.asarray(W1, dtype=float), np.asarray(w2, dtype=float)

    def slider(value: float, name: str) -> widgets.FloatSlider:
        return widgets.FloatSlider(value=float(value), min=-2, max=2, step=0.01,
                                   description=name, continuous_update=False,
                                   style={"description_width": "initial"})

    hidden = [[slider(W1[j, i], f"W1[{j}, {i}]") for i in range(3)] for j in range(2)]
    output = [slider(w2[j], f"w2[{j}]") for j in range(2)]
    toggles = [widgets.ToggleButton(value=bool(v), description=f"x{i + 1} {INPUT_NAMES[i]}")
               for i, v in enumerate(np.asarray(x))]
    numbers = widgets.HTML()
    picture = widgets.Output()

    def current() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (np.array([float(t.value) for t in toggles]),
                np.array([[s.value for s in row] for row in hidden]),
                np.array([s.value for s in output]))

    def update(_change: object = None) -> None:
        state = current()
        numbers.value = "<pre>" + html.escape(playground_text(*state)) + "</pre>"
        _figure_view(lambda: draw_network(*state), picture)

    for control in [*toggles, *output, *(s for row in hidden for s in row)]:
        control.observe(update, names="value")
    update()
    controls = widgets.VBox([
        widgets.HTML("<b>inputs</b>"), widgets.HBox(toggles),
        widgets.HTML("<b>hidden weights W1</b> (row j feeds hidden neuron j)"),
        *[widgets.HBox(row) for row in hidden],
        widgets.HTML("<b>output weights w2</b>"), widgets.HBox(output),
    ])
    return widgets.VBox([controls, numbers, picture])


def learning_rate_explorer(lr: float = 20.0, steps: int = 60) -> widgets.VBox:
    """A (logarithmic) slider for the learning rate; the loss curve and a verdict follow."""
    slider = widgets.FloatLogSlider(value=lr, base=10, min=-1, max=3, step=0.05,
                                    description="learning rate", continuous_update=False,
                                    readout_format=".3g", style={"description_width": "initial"})
    caption = widgets.HTML()
    picture = widgets.Output()

    def update(_change: object = None) -> None:
        caption.value = f"<code>{html.escape(describe_learning_rate(slider.value, steps))}</code>"
        _figure_view(lambda: draw_learning_rates((slider.value,), steps), picture)

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, caption, picture])


def digit_probabilities(images: np.ndarray, probabilities: np.ndarray,
                        labels: np.ndarray) -> widgets.VBox:
    """Pick a test image; see it and the model's probability for every digit."""
    slider = widgets.IntSlider(value=0, min=0, max=len(images) - 1, description="test image",
                               continuous_update=False, style={"description_width": "initial"})
    caption = widgets.HTML()
    picture = widgets.Output()

    def update(_change: object = None) -> None:
        i = slider.value
        text = probability_caption(i, probabilities[i], int(labels[i]))
        caption.value = f"<code>{html.escape(text)}</code>"
        _figure_view(lambda: draw_probabilities(images[i], probabilities[i], int(labels[i])),
                     picture)

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, caption, picture])
