"""Stored figures are compared as a reader sees them: another CPU's anti-aliasing passes,
a real change to the drawing fails, and the message says how much differs."""

import base64
import io

import numpy as np
import pytest
from matplotlib.figure import Figure

from tests.figure_diff import LEVELS, compare

X = np.linspace(-3, 3, 121)


def png(*, shift: float = 0.0, label: str = "w2[0]", title: str = "slope 0.0534",
        color: str = "#c62828", width: float = 5.0) -> str:
    """A figure like lesson 08's loss curve, as a notebook stores it (base64 PNG)."""
    figure = Figure(figsize=(width, 2.8), dpi=100)
    ax = figure.subplots()
    ax.plot(X, 0.1 + 0.02 * X ** 2 + shift)
    ax.plot(X, 0.1 + 0.05 * X + shift, ls="--", color=color)
    ax.set_ylim(0.0, 0.4)
    ax.set_xlabel(label)
    ax.set_title(title)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode()


STORED = png()


def test_the_same_figure_matches():
    assert compare(STORED, png()).matches


def test_a_last_bits_shift_of_the_curves_matches_and_says_by_how_much():
    # 1e-4 in data units moves the lines by a hundredth of a pixel: what another CPU's
    # rounding does to a computed curve. Its anti-aliased edges change by a few levels.
    nudged = png(shift=1e-4)
    assert nudged != STORED, "the nudge must change some bytes, or this test proves nothing"
    diff = compare(STORED, nudged)
    assert diff.matches, diff.summary
    assert diff.summary.endswith(f"of 255 levels (tolerance {LEVELS})")


@pytest.mark.parametrize("change", [
    {"shift": 0.01},  # the curves moved by about two pixels
    {"label": "w2[1]"},  # another label
    {"title": "slope 0.0535"},  # one digit of a number in the title
    {"color": "#1565c0"},  # the tangent in another colour
], ids=["moved line", "changed label", "changed number", "changed colour"])
def test_a_real_change_fails_and_says_where(change):
    diff = compare(STORED, png(**change))
    assert not diff.matches
    assert f"differ by more than {LEVELS} of 255 levels (up to " in diff.summary
    assert "within x " in diff.summary and ", y " in diff.summary


def test_a_changed_size_fails():
    diff = compare(STORED, png(width=5.2))
    assert not diff.matches
    assert diff.summary == "its size changed from 500×280 to 520×280 pixels"


def test_a_damaged_image_fails_with_a_message():
    diff = compare(STORED, base64.b64encode(b"not a png").decode())
    assert not diff.matches
    assert diff.summary.startswith("one of the images cannot be decoded")
