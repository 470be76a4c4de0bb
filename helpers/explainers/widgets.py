"""The course's widgets: thin ipywidgets wrappers around plain, tested functions.

Every widget is built on one scaffold, ``explorer``: controls, and one view that shows the
caption and the figure together. A move computes what it shows once, draws the figure once
(``figure_png``, as the notebooks show figures) and sends caption and picture in a single
message, so that they never disagree on screen, not even for the time a drawing takes.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Sequence

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.broadcasting import explain_broadcast_text
from helpers.explainers.display import figure_png
from helpers.explainers.learning import (
    describe_learning_rate,
    draw_learning_rates,
    draw_probabilities,
    gradient_descent,
    probability_caption,
)
from helpers.explainers.live import NewestFrame
from helpers.explainers.network import INPUT_NAMES, draw_network, forward, playground_text
from helpers.explainers.norms import draw_unit_balls, unit_ball_caption
from helpers.explainers.products import (
    draw_matmul,
    draw_transformation,
    matmul_caption,
    transformation_caption,
)
from helpers.explainers.slicer import channel_names, draw_slice, slice_caption
from helpers.talk import TALK_W1, TALK_W2, TALK_X

#: What one move shows: the caption as HTML, and the figure (or None for text only).
Frame = tuple[str, Figure | None]


def code(text: str) -> str:
    return f"<code>{html.escape(text)}</code>"


def preformatted(text: str) -> str:
    return f"<pre>{html.escape(text)}</pre>"


def frame_html(frame: Frame) -> str:
    """A caption and its figure as one piece of HTML, the figure as an inline PNG."""
    caption, figure = frame
    if figure is None:
        return caption
    data = base64.b64encode(figure_png(figure)).decode("ascii")
    return f'{caption}<br><img alt="figure" src="data:image/png;base64,{data}">'


def explorer(controls: Sequence[widgets.ValueWidget], render: Callable[[], Frame],
             layout: Sequence[widgets.Widget] = ()) -> widgets.VBox:
    """The scaffold of every widget: ``render`` reads the controls and returns a frame; each
    change of a control shows the newest frame (helpers/explainers/live.py). ``layout``
    arranges the controls (default: one under another)."""
    view = widgets.HTML()

    def publish() -> None:
        view.value = frame_html(render())

    newest = NewestFrame(publish)
    for control in controls:
        control.observe(newest.request, names="value")
    publish()
    return widgets.VBox([*(layout or controls), view])


def slider(kind: type[widgets.ValueWidget], description: str, **options: object
           ) -> widgets.ValueWidget:
    """A control that reports while it is dragged (the view draws the newest state only), with
    its label in full."""
    options = {"continuous_update": True, "style": {"description_width": "initial"}, **options}
    return kind(description=description, **options)


def image_slicer(batch: np.ndarray) -> widgets.VBox:
    """Sliders for sample and channel of an (N, C, H, W) batch, and that slice as an image."""
    count, channels = batch.shape[:2]
    sample = slider(widgets.IntSlider, "sample (N)", value=0, min=0, max=count - 1)
    channel = slider(widgets.IntSlider, "channel (C)", value=0, min=0, max=channels - 1)
    names = ", ".join(f"{i} = {name}" for i, name in enumerate(channel_names(channels)))
    legend = widgets.HTML(f"<small>batch shape {batch.shape}; "
                          f"channels: {html.escape(names)}</small>")

    def render() -> Frame:
        return (code(slice_caption(batch, sample.value, channel.value)),
                draw_slice(batch, sample.value, channel.value))

    return explorer([sample, channel], render, [legend, sample, channel])


def broadcast_explorer(shape_a: str = "2, 3", shape_b: str = "3") -> widgets.VBox:
    """Two shapes typed by the learner, and NumPy's broadcasting rule applied to them."""
    first = widgets.Text(value=shape_a, description="shape of A", continuous_update=False)
    second = widgets.Text(value=shape_b, description="shape of B", continuous_update=False)

    def render() -> Frame:
        steps = explain_broadcast_text(first.value, second.value).steps
        return "<br>".join(html.escape(step) for step in steps), None

    return explorer([first, second], render)


def matmul_explorer(A: np.ndarray, B: np.ndarray) -> widgets.VBox:
    """Pick an entry (i, j) of C = AB; see row i of A, column j of B and the terms of C[i, j]."""
    A, B = np.asarray(A), np.asarray(B)
    row = slider(widgets.IntSlider, "row i", value=0, min=0, max=A.shape[0] - 1)
    column = slider(widgets.IntSlider, "column j", value=0, min=0, max=B.shape[1] - 1)

    def render() -> Frame:
        return (code(matmul_caption(A, B, row.value, column.value)),
                draw_matmul(A, B, row.value, column.value))

    return explorer([row, column], render)


def transformation_explorer(M: np.ndarray) -> widgets.VBox:
    """Four sliders for the entries of a 2×2 matrix; the unit grid and basis vectors follow."""
    M = np.asarray(M, dtype=float)
    names = [["a (row 0, col 0)", "b (row 0, col 1)"], ["c (row 1, col 0)", "d (row 1, col 1)"]]
    sliders = [[slider(widgets.FloatSlider, names[r][c], value=float(M[r, c]), min=-2, max=2,
                       step=0.1) for c in range(2)] for r in range(2)]

    def render() -> Frame:
        current = np.array([[s.value for s in line] for line in sliders])
        return code(transformation_caption(current)), draw_transformation(current)

    grid = widgets.VBox([widgets.HBox(line) for line in sliders])
    return explorer([s for line in sliders for s in line], render, [grid])


def unit_ball_explorer(p: float = 3.0) -> widgets.VBox:
    """A slider for p; the unit ball of the p-norm drawn over those of L1, L2 and L∞."""
    p_slider = slider(widgets.FloatSlider, "p", value=p, min=0.5, max=10, step=0.1)

    def render() -> Frame:
        return (code(unit_ball_caption(p_slider.value)),
                draw_unit_balls(highlight=p_slider.value))

    return explorer([p_slider], render)


def network_playground(x: np.ndarray = TALK_X, W1: np.ndarray = TALK_W1,
                       w2: np.ndarray = TALK_W2) -> widgets.VBox:
    """A slider for every weight and a toggle for every input of the talk's network.

    The diagram, the neuron-by-neuron sums and the matrix equations follow every change,
    from one forward pass.
    """
    W1, w2 = np.asarray(W1, dtype=float), np.asarray(w2, dtype=float)

    def weight(value: float, name: str) -> widgets.FloatSlider:
        return slider(widgets.FloatSlider, name, value=float(value), min=-2, max=2, step=0.01)

    hidden = [[weight(W1[j, i], f"W1[{j}, {i}]") for i in range(3)] for j in range(2)]
    output = [weight(w2[j], f"w2[{j}]") for j in range(2)]
    toggles = [widgets.ToggleButton(value=bool(v), description=f"x{i + 1} {INPUT_NAMES[i]}")
               for i, v in enumerate(np.asarray(x))]

    def render() -> Frame:
        state = (np.array([float(t.value) for t in toggles]),
                 np.array([[s.value for s in row] for row in hidden]),
                 np.array([s.value for s in output]))
        run = forward(*state)
        return preformatted(playground_text(*state, run=run)), draw_network(*state, run=run)

    layout = [
        widgets.HTML("<b>inputs</b>"), widgets.HBox(toggles),
        widgets.HTML("<b>hidden weights W1</b> (row j feeds hidden neuron j)"),
        *[widgets.HBox(row) for row in hidden],
        widgets.HTML("<b>output weights w2</b>"), widgets.HBox(output),
    ]
    return explorer([*toggles, *output, *(s for row in hidden for s in row)], render,
                    [widgets.VBox(layout)])


def learning_rate_explorer(lr: float = 20.0, steps: int = 60) -> widgets.VBox:
    """A (logarithmic) slider for the learning rate; the loss curve and a verdict follow,
    from one run of gradient descent."""
    # Reports on release: while dragged, a log slider sends its grid's values (19.95, not
    # the 20 the lesson starts from), and 60 steps of gradient descent are a frame's work.
    rate = slider(widgets.FloatLogSlider, "learning rate", value=lr, base=10, min=-1, max=3,
                  step=0.05, readout_format=".3g", continuous_update=False)

    def render() -> Frame:
        run = gradient_descent(rate.value, steps)
        return (code(describe_learning_rate(rate.value, steps, run=run)),
                draw_learning_rates((rate.value,), steps, runs=(run,)))

    return explorer([rate], render)


def digit_probabilities(images: np.ndarray, probabilities: np.ndarray,
                        labels: np.ndarray) -> widgets.VBox:
    """Pick a test image; see it and the model's probability for every digit."""
    chosen = slider(widgets.IntSlider, "test image", value=0, min=0, max=len(images) - 1)

    def render() -> Frame:
        i = chosen.value
        return (code(probability_caption(i, probabilities[i], int(labels[i]))),
                draw_probabilities(images[i], probabilities[i], int(labels[i])))

    return explorer([chosen], render)
