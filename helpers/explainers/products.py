"""Products explained: the logic behind lesson 04's matmul explorer and transformation widget."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.containers import draw_cell
from helpers.explainers.display import fill_figure
from helpers.explainers.style import BLUE, GREEN, GREY, LIGHT_GREY, RED, STYLE, YELLOW, set_title

HIGHLIGHT = YELLOW


def matmul_terms(A: np.ndarray, B: np.ndarray, i: int, j: int) -> list[tuple[float, float]]:
    """The pairs (A[i, k], B[k, j]) whose products add up to C[i, j] = (AB)[i, j]."""
    A, B = np.asarray(A), np.asarray(B)
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError(f"both must be matrices; got shapes {A.shape} and {B.shape}")
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"shapes {A.shape} and {B.shape} don't chain: A has {A.shape[1]} "
                         f"columns but B has {B.shape[0]} rows")
    if not (0 <= i < A.shape[0] and 0 <= j < B.shape[1]):
        raise ValueError(f"entry ({i}, {j}) is outside C, which has shape "
                         f"{(A.shape[0], B.shape[1])}")
    return [(float(A[i, k]), float(B[k, j])) for k in range(A.shape[1])]


def _number(value: float) -> str:
    """A number as a factor is written: 6, 0.5, or (−1) in brackets with a true minus sign."""
    return f"(−{-value:g})" if value < 0 else f"{value:g}"


def matmul_caption(A: np.ndarray, B: np.ndarray, i: int, j: int,
                   names: tuple[str, str, str] = ("A", "B", "C")) -> str:
    """"C[i, j] = row i of A · column j of B = a×b + … = total", the numbers as typed; for a
    vector B (1D), "Ax[i] = row i of A · x = …"."""
    A, B = np.asarray(A), np.asarray(B)
    left, right, product = names
    vector = B.ndim == 1
    terms = matmul_terms(A, B.reshape(-1, 1) if vector else B, i, j)
    sum_text = " + ".join(f"{_number(a)}×{_number(b)}" for a, b in terms)
    total = sum(a * b for a, b in terms)
    if vector:
        return f"{product}[{i}] = row {i} of {left} · {right} = {sum_text} = {total:g}"
    return (f"{product}[{i}, {j}] = row {i} of {left} · column {j} of {right} = {sum_text} "
            f"= {total:g}")


def draw_matmul(A: np.ndarray, B: np.ndarray, i: int, j: int,
                names: tuple[str, str, str] = ("A", "B", "C")) -> Figure:
    """A, B and C = AB side by side, with row i of A, column j of B and C[i, j] highlighted.
    ``names`` are the three as the prose calls them, e.g. ("A", "x", "Ax"); a vector B (1D)
    is drawn as a column, and so is its product."""
    A, B = np.asarray(A), np.asarray(B)
    caption = matmul_caption(A, B, i, j, names)  # validates shapes and the entry
    left, right, product = names
    C = A @ B
    shapes = [A.shape, B.shape, C.shape]
    B, C = (B.reshape(-1, 1), C.reshape(-1, 1)) if B.ndim == 1 else (B, C)
    result = product if product == f"{left}{right}" or "=" in product else \
        f"{product} = {left}{right}"
    panels = [(left, A, lambda r, c: r == i), (right, B, lambda r, c: c == j),
              (result, C, lambda r, c: (r, c) == (i, j))]
    width = sum(m.shape[1] for _, m, _ in panels) + 2 * 1.6
    height = max(m.shape[0] for _, m, _ in panels) + 1.2
    figure = Figure(figsize=(0.55 * width, 0.55 * height + 0.4))
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    x0 = 0.0
    for position, (title, matrix, lit) in enumerate(panels):
        rows, cols = matrix.shape
        for r in range(rows):
            for c in range(cols):
                face = HIGHLIGHT if lit(r, c) else STYLE["cell"]
                draw_cell(ax, x0 + c, -r - 1, f"{matrix[r, c]:g}", face, STYLE["font"])
        ax.text(x0 + cols / 2, 0.3, f"{title} {shapes[position]}", ha="center",
                fontsize=STYLE["font"], color=STYLE["text"])
        if position < 2:
            ax.text(x0 + cols + 0.8, -rows / 2, "·" if position == 0 else "=", ha="center",
                    va="center", fontsize=STYLE["font"] + 8, color=STYLE["text"])
        x0 += cols + 1.6
    ax.update_datalim([(0, 1), (x0, -height)])
    ax.autoscale_view()
    figure.suptitle(caption, fontsize=STYLE["font"], color=STYLE["text"])
    figure.tight_layout()
    return figure


def transformation_caption(M: np.ndarray) -> str:
    """Where the basis vectors land, and the factor by which areas scale (the determinant)."""
    M = np.asarray(M, dtype=float)
    det = float(np.linalg.det(M))
    note = " (the plane is flattened onto a line)" if abs(det) < 1e-9 else (
        " (orientation flipped)" if det < 0 else "")
    return (f"e1 = (1, 0) → ({M[0, 0]:g}, {M[1, 0]:g}), "
            f"e2 = (0, 1) → ({M[0, 1]:g}, {M[1, 1]:g}), areas × {abs(det):.2f}{note}")


def grid_lines(M: np.ndarray, extent: int = 2) -> list[np.ndarray]:
    """The integer grid lines of [-extent, extent]², mapped by M: (2, 2) arrays of endpoints."""
    M = np.asarray(M, dtype=float)
    lines = []
    for t in range(-extent, extent + 1):
        for line in (np.array([[t, -extent], [t, extent]]), np.array([[-extent, t], [extent, t]])):
            lines.append(line @ M.T)
    return lines


def draw_transformation(M: np.ndarray, shift: np.ndarray | None = None) -> Figure:
    """The unit grid before (faint) and after M, the basis vectors and the unit square's image.
    With ``shift`` t, the affine map p → Mp + t: everything M moved is moved on by t, and the
    origin lands on t."""
    M = np.asarray(M, dtype=float)
    t = np.zeros(2) if shift is None else np.asarray(shift, dtype=float)
    figure = Figure(figsize=(4.2, 4.4))
    ax = figure.add_subplot()
    for before, after in zip(grid_lines(np.eye(2)), grid_lines(M), strict=True):
        ax.plot(*before.T, color=LIGHT_GREY, lw=0.8)
        ax.plot(*(after + t).T, color=STYLE["back"], lw=1)
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1]]) @ M.T + t
    ax.fill(*square.T, color=HIGHLIGHT, alpha=0.5)
    for column, colour, name in ((0, RED, "Me1"), (1, GREEN, "Me2")):
        ax.annotate("", xy=M[:, column] + t, xytext=t,
                    arrowprops={"arrowstyle": "->", "color": colour, "lw": 2})
        ax.text(*(M[:, column] * 1.08 + t), name, color=colour, fontsize=STYLE["font"])
    title = f"M = [[{M[0, 0]:g}, {M[0, 1]:g}], [{M[1, 0]:g}, {M[1, 1]:g}]]"
    if shift is not None:
        ax.annotate("", xy=t, xytext=(0, 0),
                    arrowprops={"arrowstyle": "->", "color": STYLE["text"], "lw": 1.5})
        ax.text(*(t / 2 + np.array([0.1, -0.35])), "t", color=STYLE["text"],
                fontsize=STYLE["font"] + 1)
        title = f"p → Mp + t,  {title},  t = ({t[0]:g}, {t[1]:g})"
    ax.set_xlim(-3, 3)
    ax.set_ylim(-3, 3)
    ax.set_aspect("equal")
    ax.axhline(0, color=GREY, lw=0.8)
    ax.axvline(0, color=GREY, lw=0.8)
    set_title(ax, title, fontsize=STYLE["font"])
    fill_figure(figure)
    return figure


def draw_dot_geometry(a: np.ndarray, b: np.ndarray) -> Figure:
    """Two 2D vectors, the angle between them and the projection of a onto b."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    projection = (a @ b) / (b @ b) * b
    cosine = (a @ b) / (np.linalg.norm(a) * np.linalg.norm(b))
    figure = Figure(figsize=(4.2, 3.6))
    ax = figure.add_subplot()
    for vector, colour, name in ((a, RED, "a"), (b, BLUE, "b")):
        ax.annotate("", xy=vector, xytext=(0, 0),
                    arrowprops={"arrowstyle": "->", "color": colour, "lw": 2})
        ax.text(*(vector * 1.06), name, color=colour, fontsize=STYLE["font"] + 2)
    ax.plot([a[0], projection[0]], [a[1], projection[1]], ls="--", color=STYLE["muted"])
    # The projection lies along b: drawn beside it (shifted off the line) so both stay visible.
    side = np.array([-b[1], b[0]]) / np.linalg.norm(b) * 0.12 * np.linalg.norm(b) ** 0.5
    ax.plot([side[0], projection[0] + side[0]], [side[1], projection[1] + side[1]],
            color=GREEN, lw=4, alpha=0.6, solid_capstyle="butt", label="projection of a onto b")
    # The angle θ between a and b, as an arc from b's direction to a's.
    start, end = np.arctan2(b[1], b[0]), np.arctan2(a[1], a[0])
    if end - start > np.pi:
        end -= 2 * np.pi
    elif start - end > np.pi:
        end += 2 * np.pi
    radius = 0.3 * min(np.linalg.norm(a), np.linalg.norm(b))
    turn = np.linspace(start, end, 40)
    ax.plot(radius * np.cos(turn), radius * np.sin(turn), color=STYLE["text"], lw=1)
    middle = (start + end) / 2
    ax.text(1.35 * radius * np.cos(middle), 1.35 * radius * np.sin(middle), "θ",
            ha="center", va="center", fontsize=STYLE["font"] + 1, color=STYLE["text"])
    top = max(abs(np.concatenate([a, b]))) * 1.3
    ax.set_xlim(min(0, a[0], b[0]) - 0.5, top)
    ax.set_ylim(min(0, a[1], b[1]) - 0.5, top)
    ax.set_aspect("equal")
    ax.legend(fontsize=8, loc="lower right")
    set_title(ax, f"a · b = {a @ b:g},  cos θ = {cosine:.3f},  θ = "
                 f"{np.degrees(np.arccos(np.clip(cosine, -1, 1))):.1f}°", fontsize=STYLE["font"])
    fill_figure(figure)
    return figure
