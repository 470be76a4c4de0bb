"""How the notebooks show a figure: drawn once, cut to what is drawn, as PNG.

Call ``show_figures_inline()`` in a lesson's set-up cell: from then on every matplotlib
figure, pyplot's or a helper's, is shown through ``figure_png``. Importing helpers changes
nothing by itself.
"""

from __future__ import annotations

import io

import numpy as np
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PIL import Image


def fill_figure(figure: Figure) -> None:
    """Let a one-axes figure's axes fill it; its ticks, labels and title stick out.

    figure_png keeps what sticks out, in the margin it draws around the canvas.
    """
    figure.subplots_adjust(left=0, right=1, bottom=0, top=1)


MARGIN_INCHES = 1.0  # drawn around the canvas, for titles and labels that stick out of it
PAD_INCHES = 0.1  # blank space left around the drawing, as bbox_inches="tight" leaves


def figure_png(figure: Figure) -> bytes:
    """The figure as PNG bytes, cut to what is drawn, as the notebooks show every figure.

    bbox_inches="tight" lays a figure out three times: twice to measure it, once to draw
    it. This draws it once, with a margin around the canvas, and cuts the blank border
    off the pixels. When the drawing reaches the margin's edge, it may reach further, and
    the figure is measured and drawn the slow way.
    """
    width, height = figure.get_size_inches()
    region = Bbox([[-MARGIN_INCHES, -MARGIN_INCHES],
                   [width + MARGIN_INCHES, height + MARGIN_INCHES]])
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=figure.dpi, bbox_inches=region)
    pixels = _as_image(raw.getbuffer(), region.width * figure.dpi, region.height * figure.dpi)
    colours = pixels.view(np.uint32)[..., 0]  # a pixel's four bytes as one number, compared once
    ink = colours != colours[0, 0]  # the corner is background
    rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return _png(pixels)  # nothing drawn: a blank picture of the margin and canvas
    last_row, last_column = ink.shape[0] - 1, ink.shape[1] - 1
    if rows[0] == 0 or columns[0] == 0 or rows[-1] == last_row or columns[-1] == last_column:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=figure.dpi, bbox_inches="tight")
        return buffer.getvalue()
    pad = round(PAD_INCHES * figure.dpi)
    return _png(pixels[max(rows[0] - pad, 0):rows[-1] + pad + 1,
                       max(columns[0] - pad, 0):columns[-1] + pad + 1])


def _as_image(buffer: memoryview, width: float, height: float) -> np.ndarray:
    """RGBA bytes as a (rows, columns, 4) array; Agg rounds a fractional size either way."""
    for columns in {int(width), round(width)}:
        for rows in {int(height), round(height)}:
            if rows * columns * 4 == len(buffer):
                return np.frombuffer(buffer, np.uint8).reshape(rows, columns, 4)
    raise ValueError(f"{len(buffer)} bytes are not a {width:.1f} × {height:.1f} RGBA picture")


def _png(pixels: np.ndarray) -> bytes:
    opaque = bool((pixels[..., 3] == 255).all())
    buffer = io.BytesIO()
    Image.fromarray(pixels[..., :3] if opaque else pixels).save(buffer, format="png")
    return buffer.getvalue()


def show_figures_inline() -> None:
    """In a notebook, show every matplotlib figure (pyplot's or a helper's) with figure_png.

    Switching to the inline backend first keeps pyplot from putting its own, slower,
    display back when a lesson makes its first pyplot figure.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return  # a terminal or a test: nothing displays figures inline
    shell.run_line_magic("matplotlib", "inline")
    shell.display_formatter.formatters["image/png"].for_type(Figure, figure_png)
