"""Slices of an image batch (N, C, H, W): the logic behind lesson 02's slicer widget."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from helpers.explainers.display import fill_figure
from helpers.explainers.images import draw_images
from helpers.explainers.style import set_title

RGB = ("red", "green", "blue")
# Each channel from black (0) to its full colour; gray is dark ink on white, as digits are drawn.
CHANNEL_COLOURS = {
    "red": LinearSegmentedColormap.from_list("red", ["black", "red"]),
    "green": LinearSegmentedColormap.from_list("green", ["black", "lime"]),
    "blue": LinearSegmentedColormap.from_list("blue", ["black", "blue"]),
    "gray": "gray_r",
}


def channel_names(channels: int) -> tuple[str, ...]:
    """RGB for three channels, "gray" for one, numbers otherwise."""
    if channels == 3:
        return RGB
    if channels == 1:
        return ("gray",)
    return tuple(f"channel {c}" for c in range(channels))


def check_batch(batch: np.ndarray) -> None:
    if np.ndim(batch) != 4:
        raise ValueError(f"expected a batch of shape (N, C, H, W), got shape {np.shape(batch)}")


def image_slice(batch: np.ndarray, sample: int, channel: int) -> np.ndarray:
    """``batch[sample, channel]``: one channel of one image, shape (H, W)."""
    check_batch(batch)
    count, channels = batch.shape[:2]
    if not 0 <= sample < count:
        raise ValueError(f"sample {sample} is out of range: the batch has {count} "
                         f"(0 to {count - 1})")
    if not 0 <= channel < channels:
        raise ValueError(f"channel {channel} is out of range: there are {channels} "
                         f"(0 to {channels - 1})")
    return batch[sample, channel]


def slice_caption(batch: np.ndarray, sample: int, channel: int) -> str:
    """What the widget prints under the image: the index, the channel's name, shape and mean."""
    pixels = image_slice(batch, sample, channel)
    name = channel_names(batch.shape[1])[channel]
    return (f"batch[{sample}, {channel}]: sample {sample}, channel {channel} ({name}), "
            f"shape {pixels.shape}, mean {pixels.mean():.3f}")


def draw_slice(batch: np.ndarray, sample: int, channel: int) -> Figure:
    """One channel of one image, in that channel's colour."""
    pixels = image_slice(batch, sample, channel)
    name = channel_names(batch.shape[1])[channel]
    figure = Figure(figsize=(3.2, 3.4))
    ax = figure.add_subplot()
    ax.imshow(pixels, cmap=CHANNEL_COLOURS.get(name, "viridis"))
    set_title(ax, f"batch[{sample}, {channel}]  ({name})", fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
    fill_figure(figure)
    return figure


def draw_batch(batch: np.ndarray, max_samples: int = 6) -> Figure:
    """The whole 4D tensor at a glance: one row per sample, one column per channel."""
    check_batch(batch)
    count, channels = min(batch.shape[0], max_samples), batch.shape[1]
    names = channel_names(channels)
    return draw_images(
        [batch[sample, channel] for sample in range(count) for channel in range(channels)],
        titles=[f"channel {channel}\n({names[channel]})" for channel in range(channels)],
        columns=channels,
        cmap=[CHANNEL_COLOURS.get(name, "viridis") for name in names] * count,
        row_labels=[f"sample {sample}" for sample in range(count)],
        heading=f"batch of shape {batch.shape} (N, C, H, W)", inches=1.4, fontsize=9)
