"""The widgets, driven from Python as a browser drives them: change a control, read the view."""

import numpy as np

from helpers.slicer import slice_caption
from helpers.widgets import broadcast_explorer, image_slicer

BATCH = np.random.default_rng(0).random((3, 3, 6, 6)).astype(np.float32)


def test_slicer_caption_follows_the_sliders():
    widget = image_slicer(BATCH)
    legend, sample, channel, caption, picture = widget.children
    assert "batch shape (3, 3, 6, 6)" in legend.value
    assert slice_caption(BATCH, 0, 0) in caption.value
    sample.value, channel.value = 2, 1
    assert slice_caption(BATCH, 2, 1) in caption.value
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
