"""Every widget of the course in a real JupyterLab, in headless Chromium, moved as a person would.

Each test opens a lesson (a temporary copy), runs all its cells, moves a control with the
keyboard or types into it, and checks that what the learner sees changes to the right value.
"""

from __future__ import annotations

import base64
import os
import re
import time
from pathlib import Path

import numpy as np
import pytest

from helpers.datasets import load_photo
from helpers.explainers.broadcasting import explain_broadcast
from helpers.explainers.display import figure_png
from helpers.explainers.network import draw_network
from helpers.explainers.norms import unit_ball_caption
from helpers.explainers.products import matmul_caption, transformation_caption
from helpers.explainers.slicer import slice_caption
from tools.lab import (
    CHROMIUM,
    CHROMIUM_ARGS,
    jupyterlab,
    missing_requirement,
    open_and_run_all,
    slider,
    widget,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".test-artifacts" / "browser"
REASON = missing_requirement()

if REASON and os.environ.get("CI"):
    # In CI the browser tests are required: a missing browser is a failure, not a skip.
    raise RuntimeError(f"browser tests cannot run in CI: {REASON}")
if REASON:
    pytest.skip(f"browser tests skipped: {REASON}", allow_module_level=True)

from playwright.sync_api import Error as PlaywrightError  # noqa: E402


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with jupyterlab(ROOT / "lessons", tmp_path_factory.mktemp("lab")) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"))
    context.close()


def press(box, label: str, key: str, times: int) -> None:
    """Focus a slider's handle and press a key, as a keyboard user would."""
    handle = slider(box, label).locator(".noUi-handle")
    handle.focus()
    for _ in range(times):
        handle.press(key)


def type_into_readout(box, label: str, value: str) -> None:
    """Type a value into a slider's value box and press Enter."""
    readout = slider(box, label).locator(".widget-readout")
    readout.click()
    readout.press("Control+A")
    readout.type(value)
    readout.press("Enter")


def readout_number(box, label: str, timeout: float = 30) -> float:
    """The number a slider's value box shows, once it shows one: Lab may be re-rendering
    the box (or have it off screen) at the moment the drag ends."""
    readout = slider(box, label).locator(".widget-readout")
    deadline = time.monotonic() + timeout
    while True:
        try:
            readout.scroll_into_view_if_needed(timeout=5_000)
            return float(readout.inner_text(timeout=5_000))
        except (PlaywrightError, ValueError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def wait_for_text(locator, expected: str, timeout: float = 30) -> str:
    """Wait until ``locator``'s text contains ``expected``; return the text it settled on."""
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        try:
            locator.scroll_into_view_if_needed(timeout=5_000)  # Lab renders what is on screen
            text = locator.inner_text(timeout=5_000)
        except PlaywrightError:  # replaced by a re-render between the two calls: look again
            continue
        if expected in text:
            return text
        time.sleep(0.1)
    raise AssertionError(f"expected {expected!r} in what the learner sees, got {text!r}")


def picture(view) -> str:
    """The figure a widget's view shows (its image's source), as the learner's browser has it."""
    return view.locator("img").get_attribute("src")


def photos() -> np.ndarray:
    photo = load_photo()
    return np.stack([photo, photo[:, :, ::-1], photo[:, ::-1, :], photo.transpose(0, 2, 1)])


def test_image_slicer_shows_the_chosen_sample_and_channel(lab, page):
    open_and_run_all(page, lab, "02-data-as-tensors.ipynb", ".widget-slider")
    box = widget(page, "sample (N)")
    caption = box.locator(".widget-html-content").nth(1)
    wait_for_text(caption, slice_caption(photos(), 0, 0))
    before = picture(caption)
    press(box, "sample (N)", "ArrowRight", 2)
    press(box, "channel (C)", "ArrowRight", 1)
    wait_for_text(caption, slice_caption(photos(), 2, 1))
    assert slider(box, "sample (N)").locator(".widget-readout").inner_text() == "2"
    assert box.locator("img").count() == 1  # the slice as an image, beside its caption
    assert picture(caption) != before


def test_broadcast_explorer_explains_typed_shapes(lab, page):
    open_and_run_all(page, lab, "03-elementwise-broadcasting.ipynb", ".widget-text")
    box = widget(page, "shape of B")
    result = box.locator(".widget-html-content")
    wait_for_text(result, explain_broadcast((2, 3), (3,)).summary)
    field = box.locator(".widget-text", has=page.locator(".widget-label",
                                                          has_text="shape of B")).locator("input")
    field.fill("")
    field.type("2")
    field.press("Enter")
    wait_for_text(result, explain_broadcast((2, 3), (2,)).summary)
    field.fill("")
    field.type("4, 1, 3")
    field.press("Enter")
    wait_for_text(result, "✓ A + B has shape (4, 2, 3)")


def test_matmul_explorer_and_transformation_follow_their_controls(lab, page):
    open_and_run_all(page, lab, "04-products.ipynb", ".widget-slider")
    A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    B = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]])
    box = widget(page, "row i")
    caption = box.locator(".widget-html-content")
    wait_for_text(caption, matmul_caption(A, B, 0, 0))
    before = picture(caption)
    press(box, "row i", "ArrowRight", 1)
    press(box, "column j", "ArrowRight", 1)
    wait_for_text(caption, matmul_caption(A, B, 1, 1))
    assert picture(caption) != before

    plane = widget(page, "b (row 0, col 1)")
    plane_caption = plane.locator(".widget-html-content")
    wait_for_text(plane_caption, transformation_caption(np.array([[1.0, 1.0], [0.0, 1.0]])))
    type_into_readout(plane, "b (row 0, col 1)", "-0.5")
    type_into_readout(plane, "d (row 1, col 1)", "2")
    wait_for_text(plane_caption, transformation_caption(np.array([[1.0, -0.5], [0.0, 2.0]])))


def test_unit_ball_follows_p(lab, page):
    open_and_run_all(page, lab, "05-norms.ipynb", ".widget-slider")
    box = widget(page, "p")
    caption = box.locator(".widget-html-content")
    wait_for_text(caption, unit_ball_caption(3.0))
    before = picture(caption)
    type_into_readout(box, "p", "1")
    wait_for_text(caption, unit_ball_caption(1.0))
    assert picture(caption) != before
    press(box, "p", "ArrowRight", 10)  # step 0.1: p = 2
    wait_for_text(caption, unit_ball_caption(2.0))


def test_playground_output_is_sigmoid_of_the_weighted_hidden_values(lab, page):
    open_and_run_all(page, lab, "06-forward-pass.ipynb", ".widget-slider")
    box = widget(page, "w2[0]")
    numbers = box.locator("pre")
    wait_for_text(numbers, "= 0.6886")
    view = box.locator(".widget-html-content", has=page.locator("pre"))
    before = picture(view)
    type_into_readout(box, "w2[0]", "1.5")
    text = wait_for_text(numbers, "σ(0.7738·1.5 + 0.7824·0.52)")
    assert picture(view) != before  # the diagram changed with the numbers, in the same view
    check_output_is_sigmoid_of_hidden(text, w2=(1.5, 0.52))
    box.locator(".widget-toggle-button", has_text="x3 party").click()  # party: yes
    text = wait_for_text(numbers, "σ(1·0.79 + 1·0.44 + 1·0.43)")
    check_output_is_sigmoid_of_hidden(text, w2=(1.5, 0.52))
    press(box, "W1[0, 0]", "ArrowLeft", 9)  # 0.79 → 0.70 in steps of 0.01, in quick succession
    text = wait_for_text(numbers, "1·0.7 + 1·0.44 + 1·0.43")
    check_output_is_sigmoid_of_hidden(text, w2=(1.5, 0.52))
    # Never out of step: once the moves have settled, the diagram on screen is the one drawn
    # for the last state, the same state the numbers show.
    time.sleep(1)
    W1 = np.array([[0.70, 0.44, 0.43], [0.85, 0.43, 0.29]])
    expected = figure_png(draw_network(np.ones(3), W1, np.array([1.5, 0.52])))
    assert picture(view) == "data:image/png;base64," + base64.b64encode(expected).decode()
    assert "1·0.7 + 1·0.44 + 1·0.43" in numbers.inner_text()


def check_output_is_sigmoid_of_hidden(text: str, w2: tuple[float, float]) -> None:
    """Read h1, h2 and y as the learner sees them; y must be σ(w2 · h), computed here."""
    h = [float(re.search(rf"h{i} = .* = ([0-9.]+)\n", text).group(1)) for i in (1, 2)]
    shown_y = float(re.search(r"^y  = σ\(.*\) = ([0-9.]+)$", text, re.MULTILINE).group(1))
    expected = 1 / (1 + np.exp(-(w2[0] * h[0] + w2[1] * h[1])))
    assert shown_y == pytest.approx(expected, abs=2e-4)  # h is shown to 4 digits


def test_learning_rate_and_digit_widgets_follow_their_sliders(lab, page):
    from helpers.datasets import load_digits
    from helpers.explainers.learning import describe_learning_rate

    open_and_run_all(page, lab, "08-next-steps.ipynb", ".widget-slider")
    box = widget(page, "learning rate")
    caption = box.locator(".widget-html-content")
    wait_for_text(caption, describe_learning_rate(20.0))
    before = picture(caption)
    type_into_readout(box, "learning rate", "200")
    wait_for_text(caption, describe_learning_rate(200.0))
    assert picture(caption) != before
    type_into_readout(box, "learning rate", "1")
    wait_for_text(caption, "too small: the loss barely moved")

    digits = widget(page, "test image")
    digit_caption = digits.locator(".widget-html-content")
    _, labels = load_digits()
    test = np.random.default_rng(seed=0).permutation(len(labels))[:360]  # the lesson's split
    wait_for_text(digit_caption, f"test image 0: true {labels[test[0]]}, predicted ")
    before = picture(digit_caption)
    press(digits, "test image", "ArrowRight", 3)
    wait_for_text(digit_caption, f"test image 3: true {labels[test[3]]}, predicted ")
    assert picture(digit_caption) != before


# Counts the view's changes, and notes when the last one happened (performance.now).
WATCH_VIEW = """(box) => {
  const views = box.querySelectorAll('.widget-html-content');
  const view = views[views.length - 1];
  window.__changes = [];
  new MutationObserver(() => window.__changes.push(performance.now()))
    .observe(view, {childList: true, subtree: true, characterData: true});
}"""


def test_dragging_a_slider_shows_states_along_the_way_and_no_backlog(lab, page):
    open_and_run_all(page, lab, "05-norms.ipynb", ".widget-slider")
    box = widget(page, "p")
    caption = box.locator(".widget-html-content")
    wait_for_text(caption, unit_ball_caption(3.0))
    handle = slider(box, "p").locator(".noUi-handle")
    track = slider(box, "p").locator(".noUi-target")
    handle.scroll_into_view_if_needed()
    start, end = handle.bounding_box(), track.bounding_box()
    page.evaluate(WATCH_VIEW, box.element_handle())
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    for step in range(1, 31):  # about 1.5 s of dragging towards p = 10
        x = start["x"] + (end["x"] + end["width"] - start["x"]) * step / 30
        page.mouse.move(x, start["y"] + start["height"] / 2)
        time.sleep(0.05)
    during = page.evaluate("window.__changes.length")
    released = page.evaluate("performance.now()")
    page.mouse.up()
    p = readout_number(box, "p")
    wait_for_text(caption, unit_ball_caption(p))
    time.sleep(1.5)  # anything still queued would show up now
    changes = page.evaluate("window.__changes")
    assert during >= 2, "the view did not follow the drag"
    assert unit_ball_caption(p) in caption.inner_text()  # it ends on the slider's last state
    assert changes[-1] - released < 1000, "the view kept changing after the drag: a backlog"
