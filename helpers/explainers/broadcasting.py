"""Broadcasting explained step by step: the logic behind lesson 03's broadcasting widget."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.containers import draw_cell
from helpers.explainers.style import PALE_CELL, STYLE


@dataclass(frozen=True)
class Broadcast:
    """The result shape (None if the shapes don't broadcast) and the reasoning, step by step."""

    result: tuple[int, ...] | None
    steps: tuple[str, ...]

    @property
    def summary(self) -> str:
        return self.steps[-1]


def parse_shape(text: str) -> tuple[int, ...]:
    """Read "2, 3", "(2, 3)", "(3,)" or "" (a scalar) into a tuple; ValueError says what's wrong."""
    cleaned = text.strip().strip("()[]").strip()
    if not cleaned:
        return ()
    parts = [part.strip() for part in cleaned.split(",")]
    if parts[-1] == "":
        parts = parts[:-1]
    shape = []
    for part in parts:
        if not part.isdigit():
            raise ValueError(f"{part!r} is not an axis length: write whole numbers separated by "
                             "commas, like 2, 3")
        shape.append(int(part))
    return tuple(shape)


def explain_broadcast(a: tuple[int, ...], b: tuple[int, ...]) -> Broadcast:
    """NumPy's rule: line the shapes up from the right; each pair must be equal or contain a 1."""
    ndim = max(len(a), len(b))
    padded_a = (1,) * (ndim - len(a)) + tuple(a)
    padded_b = (1,) * (ndim - len(b)) + tuple(b)
    steps = [f"A {a} and B {b}, lined up from the right: {padded_a} and {padded_b}"
             + (" (missing axes count as length 1)" if len(a) != len(b) else "")]
    result = []
    for axis, (m, n) in enumerate(zip(padded_a, padded_b, strict=True)):
        if m == n:
            steps.append(f"axis {axis}: {m} and {n} are equal → {m}")
            result.append(m)
        elif m == 1 or n == 1:
            stretched, size = ("A", n) if m == 1 else ("B", m)
            steps.append(f"axis {axis}: {m} and {n} → {stretched} is stretched to {size}")
            result.append(size)
        else:
            steps.append(f"axis {axis}: {m} and {n} are different and neither is 1")
            steps.append(f"✗ cannot broadcast {a} with {b}: axis {axis} has lengths {m} and {n}")
            return Broadcast(None, tuple(steps))
    steps.append(f"✓ A + B has shape {tuple(result)}")
    return Broadcast(tuple(result), tuple(steps))


def explain_broadcast_text(text_a: str, text_b: str) -> Broadcast:
    """The widget's entry point: shapes as typed; a typo gets a message, not a traceback."""
    try:
        a, b = parse_shape(text_a), parse_shape(text_b)
    except ValueError as error:
        return Broadcast(None, (f"✗ {error}",))
    return explain_broadcast(a, b)


def draw_broadcast(A: np.ndarray, b: np.ndarray) -> Figure:
    """C(i, j) = A(i, j) + b(j): A, the row b stretched down the rows (pale copies), and C."""
    A, b = np.asarray(A), np.asarray(b)
    rows, cols = A.shape
    C = A + b
    width, height = 3 * (cols + 1.6), rows + 1.6  # in cells
    figure = Figure(figsize=(0.5 * width, 0.5 * height + 0.5))
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    panels = [("A", A, None), ("b, stretched", np.tile(b, (rows, 1)), 0), ("C = A + b", C, None)]
    for position, (title, values, real_row) in enumerate(panels):
        x0 = position * (cols + 1.6)
        for r in range(rows):
            for c in range(cols):
                pale = real_row is not None and r != real_row
                face = PALE_CELL if pale else STYLE["cell"]
                draw_cell(ax, x0 + c, -r - 1, f"{values[r, c]:g}", face, STYLE["font"])
        ax.text(x0 + cols / 2, 0.4, title, ha="center", fontsize=STYLE["font"] + 1,
                color=STYLE["text"])
        if position < 2:
            ax.text(x0 + cols + 0.8, -rows / 2, "+" if position == 0 else "=", ha="center",
                    va="center", fontsize=STYLE["font"] + 6, color=STYLE["text"])
    ax.update_datalim([(0, 1), (3 * (cols + 1.6), -rows - 0.2)])
    ax.autoscale_view()
    figure.suptitle(f"A {A.shape} + b {b.shape} → C {C.shape}: b is copied to every row",
                    fontsize=STYLE["font"] + 1, color=STYLE["text"])
    figure.tight_layout()
    return figure
