"""The talk's drawings of data containers, 0D to 5D, from an array or a shape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Polygon, Rectangle

from helpers.checks.answers import to_array
from helpers.explainers.display import fill_figure
from helpers.explainers.style import STYLE

NAMES = {
    0: "scalar (0D tensor)",
    1: "vector (1D tensor)",
    2: "matrix (2D tensor)",
    3: "cube (3D tensor)",
    4: "vector of cubes (4D tensor)",
    5: "matrix of cubes (5D tensor)",
}
# What each axis is called when the caller names none: the talk's words for the drawing.
AXIS_NAMES = {
    0: (),
    1: ("",),
    2: ("rows", "columns"),
    3: ("layers", "rows", "columns"),
    4: ("cubes", "layers", "rows", "columns"),
    5: ("rows of cubes", "columns of cubes", "layers", "rows", "columns"),
}
MAX_CELLS = 12  # longer axes are drawn with an ellipsis in the middle
DEPTH_STEP = 0.45  # how far each layer of a cube is shifted up and right


def container_name(ndim: int) -> str:
    return NAMES.get(ndim, f"{ndim}D tensor")


def visible(length: int, cap: int = MAX_CELLS) -> list[int | None]:
    """Indices to draw along an axis; ``None`` marks the ellipsis of a long axis."""
    if length <= cap:
        return list(range(length))
    return list(range(cap - 2)) + [None, length - 1]


def draw_container(data: Any, title: str | None = None, show_values: bool = True,
                   axis_names: Sequence[str] | None = None) -> Figure:
    """Draw a 0D to 5D container the way the talk does, each axis labelled with its number.

    ``data`` is an array-like (its numbers are written in the cells) or a shape given as
    a tuple, e.g. ``draw_container((3, 4, 5))``. Axes longer than 12 are abbreviated.
    ``axis_names`` names the axes in order, e.g. ``("company", "day", "price")``; by
    default they are the drawing's own words (rows, columns, layers, cubes).
    """
    values, shape = _values_and_shape(data)
    if len(shape) > 5:
        raise ValueError(f"draw_container draws 0 to 5 axes; this has {len(shape)}: {shape}")
    if any(length == 0 for length in shape):
        raise ValueError(f"an axis of length 0 has nothing to draw: shape {shape}")
    names = AXIS_NAMES[len(shape)] if axis_names is None else tuple(axis_names)
    if len(names) != len(shape):
        raise ValueError(f"{len(names)} axis names for {len(shape)} axes: {names}")
    labels = [f"axis {i} ({name})" if name else f"axis {i}" for i, name in enumerate(names)]
    size, unit = _figure_size(shape)
    figure = Figure(figsize=size)
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    _DRAWERS[len(shape)](ax, shape, values if show_values else None, labels, unit)
    ax.autoscale_view()
    ax.margins(0.08)
    heading = title or container_name(len(shape))
    ax.set_title(f"{heading}\nshape {shape}, {len(shape)} ax{'is' if len(shape) == 1 else 'es'}",
                 fontsize=STYLE["font"] + 1, color=STYLE["text"])
    fill_figure(figure)
    return figure


def _values_and_shape(data: Any) -> tuple[np.ndarray | None, tuple[int, ...]]:
    if isinstance(data, tuple) and all(isinstance(n, (int, np.integer)) and n >= 0 for n in data):
        return None, tuple(int(n) for n in data)
    converted = to_array(data)
    if converted.array is None:
        raise ValueError(f"cannot draw this: {converted.problem}")
    return converted.array, converted.array.shape


def _figure_size(shape: tuple[int, ...]) -> tuple[tuple[float, float], float]:
    """The figure's size in inches, and how many data units a label's gap takes: one at
    the usual scale, more when a wide tensor is drawn small (the labels keep their size)."""
    rows = len(visible(shape[-2])) if len(shape) >= 2 else (len(visible(shape[0])) if shape else 1)
    cols = len(visible(shape[-1])) if len(shape) >= 2 else 1
    outer_rows = len(visible(shape[0])) if len(shape) == 5 else 1
    outer_cols = len(visible(shape[-4])) if len(shape) >= 4 else 1
    depth = len(visible(shape[-3])) * DEPTH_STEP if len(shape) >= 3 else 0
    width = outer_cols * (cols + depth + 1) + (2 if len(shape) == 5 else 0)
    height = outer_rows * (rows + depth + 1) + (3 if len(shape) >= 4 else 0)
    scale = min(0.45, 9 / max(width, 1), 7 / max(height, 1))
    size = (max(2.5, width * scale + 1), max(2.0, height * scale + 1))
    return size, 0.45 / scale


def _label(value: Any) -> str:
    if isinstance(value, (float, np.floating)) and not float(value).is_integer():
        return f"{float(value):.3g}"
    return f"{value:g}" if isinstance(value, (float, np.floating)) else str(value)


def draw_cell(ax: Axes, x: float, y: float, text: str, face: str, fontsize: float) -> None:
    ax.add_patch(Rectangle((x, y), 1, 1, facecolor=face, edgecolor=STYLE["edge"], lw=1))
    if text:
        ax.text(x + 0.5, y + 0.5, text, ha="center", va="center", fontsize=fontsize,
                color=STYLE["text"])


def _grid(ax: Axes, x0: float, y0: float, rows: int, cols: int, values: np.ndarray | None,
          face: str = STYLE["cell"], fontsize: float = STYLE["font"]) -> None:
    """A rows × cols grid whose top-left corner is (x0, y0); values is 2D or None."""
    # One collection for all the cells: a 5D figure has hundreds, and one artist draws
    # them several times faster than one patch each.
    corners = []
    for r_pos, r in enumerate(visible(rows)):
        for c_pos, c in enumerate(visible(cols)):
            x, y = x0 + c_pos, y0 - r_pos - 1
            corners.append([(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1)])
            if r is None or c is None:
                text = "⋱" if r is None and c is None else ("⋮" if r is None else "⋯")
            else:
                text = _label(values[r, c]) if values is not None else ""
            if text:
                ax.text(x + 0.5, y + 0.5, text, ha="center", va="center", fontsize=fontsize,
                        color=STYLE["text"])
    ax.add_collection(PolyCollection(corners, facecolors=face, edgecolors=STYLE["edge"],
                                     linewidths=1))


def _cube(ax: Axes, x0: float, y0: float, shape: Sequence[int], values: np.ndarray | None,
          fontsize: float = STYLE["font"]) -> None:
    """Layers of a (depth, rows, cols) cube, back layer drawn first, front layer with values."""
    depth, rows, cols = shape
    layers = visible(depth)
    for position, layer in reversed(list(enumerate(layers))):
        dx = dy = position * DEPTH_STEP
        front = position == 0
        layer_values = values[layer] if (values is not None and front and layer is not None) \
            else None
        if front:
            _grid(ax, x0 + dx, y0 + dy, rows, cols, layer_values, fontsize=fontsize)
        else:
            width, height = len(visible(cols)), len(visible(rows))
            ax.add_patch(Polygon([(x0 + dx, y0 + dy), (x0 + dx + width, y0 + dy),
                                  (x0 + dx + width, y0 + dy - height),
                                  (x0 + dx, y0 + dy - height)],
                                 facecolor=STYLE["back"], edgecolor=STYLE["edge"], lw=1))
    if len(layers) > 1:
        ax.annotate("", xy=(x0 + (len(layers) - 1) * DEPTH_STEP, y0 + (len(layers) - 1)
                            * DEPTH_STEP + 0.25), xytext=(x0, y0 + 0.25),
                    arrowprops={"arrowstyle": "->", "color": STYLE["muted"]})


# Every drawer takes the axes, the shape, the values (or None), the axes' labels, and the
# data units a label's gap takes (``unit``: 1 at the usual scale, more in a wide figure).


def _draw_0d(ax: Axes, shape: tuple[int, ...], values: np.ndarray | None,
             labels: list[str], unit: float) -> None:
    _grid(ax, 0, 0, 1, 1, values.reshape(1, 1) if values is not None else None,
          fontsize=STYLE["font"] + 2)


def _draw_1d(ax: Axes, shape: tuple[int, ...], values: np.ndarray | None,
             labels: list[str], unit: float) -> None:
    column = values.reshape(-1, 1) if values is not None else None
    _grid(ax, 0, 0, shape[0], 1, column)
    _axis_arrow(ax, (-0.4 * unit, 0), (-0.4 * unit, -len(visible(shape[0]))), labels[0], unit,
                vertical=True)


def _draw_2d(ax: Axes, shape: tuple[int, ...], values: np.ndarray | None,
             labels: list[str], unit: float) -> None:
    _grid(ax, 0, 0, shape[0], shape[1], values)
    _axis_arrow(ax, (-0.4 * unit, 0), (-0.4 * unit, -len(visible(shape[0]))), labels[0], unit,
                vertical=True)
    below = -len(visible(shape[0])) - 0.9 * unit
    _axis_arrow(ax, (0, below), (len(visible(shape[1])), below), labels[1], unit)


def _cube_axes(ax: Axes, x0: float, y0: float, shape: Sequence[int], labels: Sequence[str],
               unit: float, below: float = 0.9) -> None:
    """Name the three axes of the cube drawn at (x0, y0): layers back, rows down, columns
    across; the columns' arrow runs ``below`` gaps under the front layer."""
    depth = (len(visible(shape[0])) - 1) * DEPTH_STEP
    ax.text(x0 + depth / 2 - 0.3 * unit, y0 + depth / 2 + 0.45 * unit, labels[0], ha="right",
            va="bottom", fontsize=STYLE["font"] - 1, color=STYLE["muted"])
    rows, cols = len(visible(shape[1])), len(visible(shape[2]))
    _axis_arrow(ax, (x0 - 0.4 * unit, y0), (x0 - 0.4 * unit, y0 - rows), labels[1], unit,
                vertical=True)
    under = y0 - rows - below * unit
    _axis_arrow(ax, (x0, under), (x0 + cols, under), labels[2], unit)


def _draw_3d(ax: Axes, shape: tuple[int, ...], values: np.ndarray | None,
             labels: list[str], unit: float) -> None:
    _cube(ax, 0, 0, shape, values)
    _cube_axes(ax, 0, 0, shape, labels, unit)


def _draw_4d(ax: Axes, shape: tuple[int, ...], values: np.ndarray | None,
             labels: list[str], unit: float) -> None:
    rows, cols = len(visible(shape[2])), len(visible(shape[3]))
    step = cols + len(visible(shape[1])) * DEPTH_STEP + unit
    for position, index in enumerate(visible(shape[0])):
        x = position * step
        if index is None:
            ax.text(x + step / 2 - 0.5, -rows / 2, "⋯", ha="center",
                    fontsize=STYLE["font"] + 6, color=STYLE["muted"])
            continue
        _cube(ax, x, 0, shape[1:], None)
        ax.text(x + cols / 2, -rows - 0.6 * unit, f"[{index}]",
                ha="center", va="top", fontsize=STYLE["font"], color=STYLE["muted"])
    # The first cube names the axes inside every cube; the arrow under all of them, axis 0.
    _cube_axes(ax, 0, 0, shape[1:], labels[1:], unit, below=1.9)
    last = len(visible(shape[0])) - 1
    under = -rows - 3.4 * unit
    _axis_arrow(ax, (0, under), (last * step + cols, under), labels[0], unit)


def _draw_5d(ax: Axes, shape: tuple[int, ...], values: np.ndarray | None,
             labels: list[str], unit: float) -> None:
    rows, cols = len(visible(shape[3])), len(visible(shape[4]))
    depth = len(visible(shape[2])) * DEPTH_STEP
    step_x = cols + depth + unit
    step_y = rows + depth + 1.2 * unit
    outer_rows, outer_cols = len(visible(shape[0])), len(visible(shape[1]))
    for row_pos, row in enumerate(visible(shape[0])):
        for col_pos, col in enumerate(visible(shape[1])):
            x, y = col_pos * step_x, -row_pos * step_y
            if row is None or col is None:
                ax.text(x + step_x / 2 - 0.5, y - step_y / 2, "⋯", ha="center",
                        fontsize=STYLE["font"] + 6, color=STYLE["muted"])
                continue
            _cube(ax, x, y, shape[2:], None)
            ax.text(x + cols / 2, y - rows - 0.5 * unit,
                    f"[{row}, {col}]", ha="center", va="top", fontsize=STYLE["font"],
                    color=STYLE["muted"])
    # The bottom-left cube names the axes inside every cube (below it there is room);
    # arrows along the grid's right edge and under it name axes 0 and 1.
    bottom = -(outer_rows - 1) * step_y
    _cube_axes(ax, 0, bottom, shape[2:], labels[2:], unit, below=1.8)
    right = (outer_cols - 1) * step_x + cols + depth + 0.5 * unit
    _axis_arrow(ax, (right, depth), (right, bottom - rows), labels[0], unit, vertical=True,
                text_right=True)
    under = bottom - rows - 3.3 * unit
    _axis_arrow(ax, (0, under), ((outer_cols - 1) * step_x + cols, under), labels[1], unit)


def _axis_arrow(ax: Axes, start: tuple[float, float], end: tuple[float, float], text: str,
                unit: float = 1.0, vertical: bool = False, text_right: bool = False) -> None:
    """An arrow from start to end with its label beside it: left of a vertical arrow (right
    with ``text_right``), under a horizontal one."""
    ax.annotate("", xy=end, xytext=start, arrowprops={"arrowstyle": "->",
                                                      "color": STYLE["muted"]})
    # Annotations do not count for autoscaling: widen the view so the arrow and label fit.
    side = 1 if text_right else -1
    pad = (0.8 * unit * side, 0) if vertical else (0, -0.6 * unit)
    ax.update_datalim([start, end, (start[0] + pad[0], start[1] + pad[1])])
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    ax.text(middle[0] + (0.2 * unit * side if vertical else 0),
            middle[1] - (0 if vertical else 0.2 * unit), text,
            rotation=90 if vertical else 0,
            ha=("left" if text_right else "right") if vertical else "center",
            va="center" if vertical else "top", fontsize=STYLE["font"] - 1,
            color=STYLE["muted"])


_DRAWERS = {0: _draw_0d, 1: _draw_1d, 2: _draw_2d, 3: _draw_3d, 4: _draw_4d, 5: _draw_5d}
