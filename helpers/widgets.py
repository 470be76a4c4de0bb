"""The course's widgets: thin ipywidgets wrappers around plain, tested functions."""

from __future__ import annotations

import html

import ipywidgets as widgets
import numpy as np
from IPython.display import display

from helpers.broadcasting import explain_broadcast_text
from helpers.slicer import channel_names, draw_slice, slice_caption


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
        with picture:
            picture.clear_output(wait=True)
            display(draw_slice(batch, sample.value, channel.value))

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
