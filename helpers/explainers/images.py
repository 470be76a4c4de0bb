"""Images in a grid with captions: hand-written digits, video frames, a batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.display import fill_figure


def draw_images(images: Sequence[np.ndarray], titles: Sequence[str] = (), columns: int = 0,
                cmap: Any = "gray_r", title_colors: Sequence[str] = (),
                row_labels: Sequence[str] = (), heading: str = "", inches: float = 0.8,
                fontsize: float = 7) -> Figure:
    """Images in a grid, each with its caption above it, e.g. a row of hand-written digits.

    ``cmap`` is one colour map, or one per image; ``columns`` defaults to all in one row.
    The grid is one axes holding one picture per image: a subplot each, as plt.subplots
    would make, costs ten times as much to draw.
    """
    count = len(images)
    if count == 0:
        figure = Figure(figsize=(2, 0.4))
        figure.text(0.5, 0.5, "(no images)", ha="center", va="center", fontsize=fontsize + 2)
        return figure
    columns = columns or count
    rows = -(-count // columns)
    height, width = np.shape(images[0])[:2]
    gap = 0.15 * width
    # Room for captions above every row, or only above the first when only it has them.
    lines = max(str(title).count("\n") + 1 for title in titles) if len(titles) else 0
    caption = lines * fontsize * 1.4 / 72 * width / inches  # points → data units
    every_row = len(titles) > columns
    step_x, step_y = width + gap, height + gap + (caption if every_row else 0)
    total_height = rows * step_y - gap + (0 if every_row else caption)
    figure = Figure(figsize=(columns * inches * step_x / width, inches * total_height / width))
    ax = figure.add_subplot()
    ax.set_axis_off()
    cmaps = [cmap] * count if isinstance(cmap, str) or not isinstance(cmap, Sequence) else cmap
    for index, image in enumerate(images):
        x, y = (index % columns) * step_x, (index // columns) * step_y + caption
        ax.imshow(image, cmap=cmaps[index], extent=(x, x + width, y + height, y))
        if index < len(titles):
            ax.text(x + width / 2, y - 0.05 * height, titles[index], ha="center", va="bottom",
                    fontsize=fontsize, color=title_colors[index] if title_colors else "black")
    for row, label in enumerate(row_labels):
        ax.text(-gap, row * step_y + caption + height / 2, label, ha="right", va="center",
                rotation=90, fontsize=fontsize)
    ax.set_xlim(-gap / 2, columns * step_x - gap / 2)
    ax.set_ylim(total_height, 0)
    if heading:
        ax.set_title(heading, fontsize=fontsize + 2)
    fill_figure(figure)
    return figure
