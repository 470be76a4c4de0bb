"""Reductions explained: which axis of a matrix collapses under sum, mean, max or argmax."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.containers import draw_cell
from helpers.explainers.style import STYLE, YELLOW

OPERATIONS = ("sum", "mean", "max", "argmax")


def reduce(A: np.ndarray, operation: str, axis: int) -> np.ndarray:
    """``A.<operation>(axis=axis)``, with a message for what cannot be drawn."""
    A = np.asarray(A)
    if A.ndim != 2:
        raise ValueError(f"a reduction is drawn on a matrix; got shape {A.shape}")
    if operation not in OPERATIONS:
        raise ValueError(f"operation must be one of {', '.join(OPERATIONS)}; got {operation!r}")
    if axis not in (0, 1):
        raise ValueError(f"a matrix has axes 0 and 1; got axis={axis}")
    return getattr(A, operation)(axis=axis)


def reduction_caption(A: np.ndarray, operation: str, axis: int, line: int) -> str:
    """How one entry of the result is made, e.g. "column 1: 5 + 2 = 7"."""
    A = np.asarray(A)
    values = A[:, line] if axis == 0 else A[line]
    result = reduce(A, operation, axis)[line]
    where = f"column {line}" if axis == 0 else f"row {line}"
    numbers = ", ".join(f"{v:g}" for v in values)
    formula = {
        "sum": " + ".join(f"{v:g}" for v in values),
        "mean": f"({' + '.join(f'{v:g}' for v in values)}) / {len(values)}",
        "max": f"max({numbers})",
        "argmax": f"the index of max({numbers})",
    }[operation]
    return f"{where}: {formula} = {result:g}"


def draw_reduction(A: np.ndarray, operation: str = "sum", axis: int = 0, line: int = 0) -> Figure:
    """A matrix and ``A.<operation>(axis=axis)`` beside it, placed where the collapsed axis
    was: axis 0 collapses the rows, so the result is a row under the columns it summarises;
    axis 1 collapses the columns, so the result is a column beside the rows. Column (or row)
    ``line`` and its result are lit."""
    A = np.asarray(A)
    result = reduce(A, operation, axis)
    rows, cols = A.shape
    figure = Figure(figsize=(0.5 * (cols + (2.6 if axis == 1 else 2.2)) + 0.6,
                             0.5 * (rows + (3.8 if axis == 0 else 2.8)) + 0.6))
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    for r in range(rows):
        for c in range(cols):
            lit = (c if axis == 0 else r) == line
            draw_cell(ax, c, -r - 1, f"{A[r, c]:g}", YELLOW if lit else STYLE["cell"],
                      STYLE["font"])
    ax.text(cols / 2, 0.3, f"A {A.shape}", ha="center", va="bottom", fontsize=STYLE["font"],
            color=STYLE["text"])
    label = f"A.{operation}(axis={axis}) {result.shape}"
    arrow = {"arrowstyle": "->", "color": STYLE["muted"], "lw": 1.5}
    if axis == 0:  # the result is a row under the matrix: each column became one number
        below = -rows - 1.6
        for c in range(cols):
            draw_cell(ax, c, below - 1, f"{result[c]:g}", YELLOW if c == line else
                      STYLE["cell"], STYLE["font"])
            ax.annotate("", xy=(c + 0.5, below + 0.1), xytext=(c + 0.5, -rows - 0.1),
                        arrowprops=arrow)
        ax.text(cols + 0.3, (below - rows) / 2, "axis 0\ncollapses", ha="left",
                va="center", fontsize=STYLE["font"] - 1, color=STYLE["muted"])
        ax.text(cols / 2, below - 1.3, label, ha="center", va="top", fontsize=STYLE["font"],
                color=STYLE["text"])
        corners = [(-0.2, 1.2), (cols + 2.0, below - 2.2)]
    else:  # the result is a column beside the matrix: each row became one number
        right = cols + 1.6
        for r in range(rows):
            draw_cell(ax, right, -r - 1, f"{result[r]:g}", YELLOW if r == line else
                      STYLE["cell"], STYLE["font"])
            ax.annotate("", xy=(right - 0.1, -r - 0.5), xytext=(cols + 0.1, -r - 0.5),
                        arrowprops=arrow)
        ax.text(cols + 0.8, 0.3, "axis 1\ncollapses", ha="center", va="bottom",
                fontsize=STYLE["font"] - 1, color=STYLE["muted"])
        ax.text((right + 1) / 2, -rows - 0.3, label, ha="center", va="top",
                fontsize=STYLE["font"], color=STYLE["text"])
        corners = [(-0.2, 1.6), (right + 1.2, -rows - 1.2)]
    ax.update_datalim(corners)
    ax.autoscale_view()
    figure.suptitle(reduction_caption(A, operation, axis, line), fontsize=STYLE["font"],
                    color=STYLE["text"])
    figure.tight_layout()
    return figure
