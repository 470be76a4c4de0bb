"""Broadcasting explained step by step: the logic behind lesson 03's broadcasting widget."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.containers import draw_cell
from helpers.explainers.style import PALE_CELL, STYLE, YELLOW

PALE_GREEN_CELL = "#c8e6c9"  # a second highlight, beside YELLOW


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


# -- operands and result side by side: A * 2, A + B, A.T ------------------------------------

Panel = tuple[str, np.ndarray, np.ndarray]  # title, values (2D), face colour of each cell


def _as_grid(values: np.ndarray) -> np.ndarray:
    """A scalar as one cell and a vector as a column (as draw_container draws them)."""
    values = np.asarray(values)
    return values.reshape(1, 1) if values.ndim == 0 else (
        values.reshape(-1, 1) if values.ndim == 1 else values)


def _faces(grid: np.ndarray, lit=lambda r, c: False, colour: str = YELLOW) -> np.ndarray:
    faces = np.full(grid.shape, STYLE["cell"], dtype=object)
    for (r, c), _ in np.ndenumerate(grid):
        if lit(r, c):
            faces[r, c] = colour
    return faces


def draw_panels(panels: list[Panel], signs: list[str], title: str, caption: str = "") -> Figure:
    """Matrices side by side, each under its title and vertically centred, a sign between two
    neighbours (+, ×, =, →); the title above all, the caption below."""
    gap = 1.6
    height = max(values.shape[0] for _, values, _ in panels)
    width = sum(values.shape[1] for _, values, _ in panels) + gap * (len(panels) - 1)
    figure = Figure(figsize=(max(3.2, 0.5 * width + 0.4), 0.5 * (height + 1.8) + 0.6))
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    x0 = 0.0
    for position, (name, values, faces) in enumerate(panels):
        rows, cols = values.shape
        top = -(height - rows) / 2  # centred on the tallest panel
        for r in range(rows):
            for c in range(cols):
                draw_cell(ax, x0 + c, top - r - 1, f"{values[r, c]:g}", faces[r, c],
                          STYLE["font"])
        ax.text(x0 + cols / 2, top + 0.3, name, ha="center", va="bottom",
                fontsize=STYLE["font"], color=STYLE["text"])
        if position < len(signs):
            ax.text(x0 + cols + gap / 2, -height / 2, signs[position], ha="center",
                    va="center", fontsize=STYLE["font"] + 6, color=STYLE["text"])
        x0 += cols + gap
    if caption:
        ax.text((x0 - gap) / 2, -height - 0.5, caption, ha="center", va="top",
                fontsize=STYLE["font"], color=STYLE["muted"])
    ax.update_datalim([(0, 1.2), (x0 - gap, -height - (1.3 if caption else 0.2))])
    ax.autoscale_view()
    figure.suptitle(title, fontsize=STYLE["font"] + 1, color=STYLE["text"])
    figure.tight_layout()
    return figure


SIGNS = {"+": "+", "-": "−", "*": "×", "/": "÷"}


def draw_elementwise(A: np.ndarray, operator: str, B: np.ndarray | float, entry: int = 0,
                     names: tuple[str, str] = ("A", "B")) -> Figure:
    """A, B and the result of ``A <operator> B`` side by side (vectors as columns), entry
    ``entry`` lit in each, to show that it comes from that entry of each operand alone. B may
    be a scalar: it then applies to every entry."""
    A, B = np.asarray(A), np.asarray(B)
    if operator not in SIGNS:
        raise ValueError(f"operator must be one of {', '.join(SIGNS)}; got {operator!r}")
    if A.ndim != 1 or B.ndim not in (0, 1) or (B.ndim == 1 and B.shape != A.shape):
        raise ValueError(f"draw_elementwise takes a vector and a scalar or a vector of the same "
                         f"length; got shapes {A.shape} and {B.shape}")
    result = {"+": A + B, "-": A - B, "*": A * B, "/": A / B}[operator]
    left, right = names
    if B.ndim == 0:
        right = f"{B:g}"
    expression = f"{left} {operator} {right}"
    grids = [_as_grid(A), _as_grid(B), _as_grid(result)]
    lit = [lambda r, c: r == entry, lambda r, c: B.ndim == 0 or r == entry,
           lambda r, c: r == entry]
    panels = [(f"{left} {A.shape}", grids[0], _faces(grids[0], lit[0])),
              (f"{right}" if B.ndim == 0 else f"{right} {B.shape}", grids[1],
               _faces(grids[1], lit[1])),
              (f"{expression} {result.shape}", grids[2], _faces(grids[2], lit[2]))]
    b_entry = B if B.ndim == 0 else B[entry]
    caption = (f"entry {entry}: {A[entry]:g} {SIGNS[operator]} {b_entry:g} = "
               f"{result[entry]:g}")
    scope = "every entry" if B.ndim == 0 else "entry by entry"
    return draw_panels(panels, [SIGNS[operator], "="],
                       f"{expression}: {SIGNS[operator]} applied {scope}", caption)


def draw_transpose(A: np.ndarray, name: str = "A") -> Figure:
    """A and its transpose side by side: row 0 of A (lit) becomes column 0 of Aᵀ, row 1
    (green) column 1."""
    A = np.asarray(A)
    if A.ndim != 2:
        raise ValueError(f"draw_transpose takes a matrix; got shape {A.shape}")

    def faces(grid: np.ndarray, line_of) -> np.ndarray:
        colours = np.full(grid.shape, STYLE["cell"], dtype=object)
        for (r, c), _ in np.ndenumerate(grid):
            line = line_of(r, c)
            if line < 2:
                colours[r, c] = (YELLOW, PALE_GREEN_CELL)[line]
        return colours

    panels = [(f"{name} {A.shape}", A, faces(A, lambda r, c: r)),
              (f"{name}.T {A.T.shape}", A.T, faces(A.T, lambda r, c: c))]
    return draw_panels(panels, ["→"], f"{name}.T: row i of {name} becomes column i",
                       f"{name}.T[i, j] = {name}[j, i]")
