"""The widgets, driven from Python as a browser drives them: change a control, read the view.

Each widget shows one view: its caption and its figure in one piece of HTML, so that a move
changes both in one message. Every test moves a control and checks that the caption says the
new state and that the picture is a new one, drawn from the same state."""

import base64
import io
import re

import numpy as np
from PIL import Image

from helpers.explainers.slicer import slice_caption
from helpers.explainers.widgets import broadcast_explorer, image_slicer

BATCH = np.random.default_rng(0).random((3, 3, 6, 6)).astype(np.float32)


def picture(view) -> bytes:
    """The PNG the view shows (it must show exactly one, and it must decode)."""
    sources = re.findall(r'<img alt="figure" src="data:image/png;base64,([^"]+)">', view.value)
    assert len(sources) == 1, view.value[:200]
    data = base64.b64decode(sources[0])
    assert Image.open(io.BytesIO(data)).size[0] > 50
    return data


def test_slicer_caption_and_picture_follow_the_sliders():
    widget = image_slicer(BATCH)
    legend, sample, channel, view = widget.children
    assert "batch shape (3, 3, 6, 6)" in legend.value
    assert slice_caption(BATCH, 0, 0) in view.value
    before = picture(view)
    sample.value, channel.value = 2, 1
    assert slice_caption(BATCH, 2, 1) in view.value
    assert picture(view) != before
    assert (sample.max, channel.max) == (2, 2)


def test_broadcast_explorer_updates_on_new_shapes():
    widget = broadcast_explorer("2, 3", "3")
    first, second, result = widget.children
    assert result.value.endswith("✓ A + B has shape (2, 3)")
    second.value = "2"
    assert result.value.endswith("✗ cannot broadcast (2, 3) with (2,): axis 1 has lengths 3 and 2")
    first.value = "oops"
    assert "is not an axis length" in result.value
    first.value, second.value = "3", "3, 1"
    assert result.value.endswith("✓ A + B has shape (3, 3)")


def test_matmul_explorer_follows_the_chosen_entry():
    from helpers.explainers.products import matmul_caption
    from helpers.explainers.widgets import matmul_explorer

    A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    B = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]])
    row, column, view = matmul_explorer(A, B).children
    assert matmul_caption(A, B, 0, 0) in view.value
    before = picture(view)
    row.value, column.value = 1, 1
    assert matmul_caption(A, B, 1, 1) in view.value
    assert picture(view) != before
    assert (row.max, column.max) == (1, 1)


def test_transformation_explorer_follows_the_four_sliders():
    from helpers.explainers.products import transformation_caption
    from helpers.explainers.widgets import transformation_explorer

    grid, view = transformation_explorer(np.eye(2)).children
    sliders = [s for line in grid.children for s in line.children]
    assert [s.value for s in sliders] == [1.0, 0.0, 0.0, 1.0]
    before = picture(view)
    sliders[1].value = 1.0  # b: a shear
    assert transformation_caption(np.array([[1.0, 1.0], [0.0, 1.0]])) in view.value
    assert picture(view) != before
    sliders[3].value = 2.0  # d
    assert "areas × 2.00" in view.value


def test_unit_ball_explorer_follows_p():
    from helpers.explainers.norms import unit_ball_caption
    from helpers.explainers.widgets import unit_ball_explorer

    slider, view = unit_ball_explorer(3.0).children
    assert unit_ball_caption(3.0) in view.value
    before = picture(view)
    slider.value = 1.0
    assert "(L1, a diamond)" in view.value
    assert picture(view) != before


def test_playground_recomputes_the_forward_pass_on_every_change():
    from helpers.explainers.display import figure_png
    from helpers.explainers.network import draw_network, playground_text, sigmoid
    from helpers.explainers.widgets import network_playground
    from helpers.talk import TALK_W1, TALK_W2, TALK_X

    controls, view = network_playground().children
    assert playground_text(TALK_X, TALK_W1, TALK_W2) in view.value.replace("&#x27;", "'")
    assert "= 0.6886" in view.value
    toggles = controls.children[1].children
    output_sliders = controls.children[-1].children
    toggles[2].value = True  # party: yes
    output_sliders[0].value = 1.5
    x = np.array([1.0, 1.0, 1.0])
    w2 = np.array([1.5, TALK_W2[1]])
    y = sigmoid(w2 @ sigmoid(TALK_W1 @ x))
    assert f"y  = σ(w2 · h) = σ({w2 @ sigmoid(TALK_W1 @ x):.4f}) = {y:.4f}" in view.value
    assert playground_text(x, TALK_W1, w2) in view.value
    # the diagram is the one drawn for the same weights and inputs as the numbers
    assert picture(view) == figure_png(draw_network(x, TALK_W1, w2))


def test_playground_computes_one_forward_pass_a_move(monkeypatch):
    import helpers.explainers.widgets as module

    calls = []
    real = module.forward
    monkeypatch.setattr(module, "forward", lambda *a: calls.append(a) or real(*a))
    controls, view = module.network_playground().children
    calls.clear()
    controls.children[-1].children[0].value = 1.0
    assert len(calls) == 1


def test_learning_rate_explorer_runs_gradient_descent_once_a_move(monkeypatch):
    import helpers.explainers.widgets as module
    from helpers.explainers.learning import describe_learning_rate

    runs = []
    real = module.gradient_descent
    monkeypatch.setattr(module, "gradient_descent", lambda *a: runs.append(a) or real(*a))
    slider, view = module.learning_rate_explorer(20.0).children
    assert describe_learning_rate(20.0) in view.value
    before = picture(view)
    runs.clear()
    slider.value = 200.0
    assert "too large" in view.value
    assert picture(view) != before
    assert len(runs) == 1


def test_digit_probabilities_follow_the_chosen_image():
    from helpers.explainers.learning import probability_caption
    from helpers.explainers.widgets import digit_probabilities

    images = np.zeros((3, 8, 8))
    images[2, 2:6, 3] = 1.0
    probabilities = np.eye(10)[[1, 2, 3]] * 0.9 + 0.01
    labels = np.array([1, 2, 4])
    slider, view = digit_probabilities(images, probabilities, labels).children
    assert probability_caption(0, probabilities[0], 1) in view.value
    before = picture(view)
    slider.value = 2
    assert probability_caption(2, probabilities[2], 4) in view.value
    assert "(wrong)</code>" in view.value
    assert picture(view) != before


def test_a_burst_of_changes_draws_the_newest_state_without_a_backlog():
    import threading
    import time

    from helpers.explainers.live import NewestFrame

    state, drawn, done = {"value": 0}, [], threading.Event()

    def publish():
        time.sleep(0.05)  # a frame takes a while to draw
        drawn.append(state["value"])
        if state["value"] == 20:
            done.set()

    newest = NewestFrame(publish, threaded=True)
    for value in range(1, 21):  # a drag: twenty values, faster than frames can be drawn
        state["value"] = value
        newest.request()
        time.sleep(0.005)
    assert done.wait(5), drawn
    time.sleep(0.2)  # nothing left queued after the newest state
    assert drawn[-1] == 20
    assert len(drawn) <= 4, drawn  # stale states dropped, not drawn one by one
    assert drawn == sorted(drawn)


def test_outside_a_kernel_a_change_draws_at_once():
    from helpers.explainers.live import NewestFrame

    drawn = []
    NewestFrame(lambda: drawn.append(1)).request()
    assert drawn == [1]
