"""The talk's small network: x → hidden layer of 2 sigmoid neurons → 1 sigmoid output.

Plain functions for lesson 06's figures and its playground widget.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.display import fill_figure
from helpers.explainers.style import BLUE, PALE_GREEN, PALE_ORANGE, RED, STYLE, set_title

INPUT_NAMES = ("vodka", "rain", "party")


def sigmoid(z: np.ndarray | float) -> np.ndarray | float:
    return 1 / (1 + np.exp(-z))


@dataclass(frozen=True)
class Forward:
    """Every tensor of one forward pass, with its shape."""

    x: np.ndarray  # (3,)
    z1: np.ndarray  # (2,) = W1 @ x
    h: np.ndarray  # (2,) = σ(z1)
    z2: float  # w2 · h
    y: float  # σ(z2)


def forward(x: np.ndarray, W1: np.ndarray, w2: np.ndarray) -> Forward:
    x, W1, w2 = (np.asarray(a, dtype=float) for a in (x, W1, w2))
    z1 = W1 @ x
    h = sigmoid(z1)
    z2 = float(w2 @ h)
    return Forward(x, z1, h, z2, float(sigmoid(z2)))


def forward_lines(x: np.ndarray, W1: np.ndarray, w2: np.ndarray,
                  run: Forward | None = None) -> list[str]:
    """The forward pass written out as the talk writes it, one line per neuron. ``run`` is
    that pass when the caller has already computed it."""
    run = run or forward(x, W1, w2)
    lines = []
    for i, (weights, z, h) in enumerate(zip(np.asarray(W1), run.z1, run.h, strict=True)):
        terms = " + ".join(f"{xi:g}·{wi:g}" for xi, wi in zip(run.x, weights, strict=True))
        lines.append(f"h{i + 1} = σ({terms}) = σ({z:.4f}) = {h:.4f}")
    terms = " + ".join(f"{hi:.4f}·{wi:g}" for hi, wi in zip(run.h, w2, strict=True))
    lines.append(f"y  = σ({terms}) = σ({run.z2:.4f}) = {run.y:.4f}")
    return lines


def matrix_lines(x: np.ndarray, W1: np.ndarray, w2: np.ndarray,
                 run: Forward | None = None) -> list[str]:
    """The same pass as matrix equations with shapes: h = σ(W1 x), y = σ(w2 · h)."""
    run = run or forward(x, W1, w2)
    W1 = np.asarray(W1)
    rows = "; ".join(", ".join(f"{w:g}" for w in row) for row in W1)
    return [
        f"z1 = W1 @ x = [{rows}] @ {run.x.tolist()} = {np.round(run.z1, 4).tolist()}   "
        f"(2, 3) @ (3,) → (2,)",
        f"h  = σ(z1) = {np.round(run.h, 4).tolist()}",
        f"y  = σ(w2 · h) = σ({run.z2:.4f}) = {run.y:.4f}   (2,) · (2,) → ()",
    ]


def playground_text(x: np.ndarray, W1: np.ndarray, w2: np.ndarray,
                    run: Forward | None = None) -> str:
    """What the playground prints: the neuron-by-neuron sums, then the matrix equations."""
    run = run or forward(x, W1, w2)
    return "\n".join([*forward_lines(x, W1, w2, run), "", *matrix_lines(x, W1, w2, run)])


def draw_network(x: np.ndarray, W1: np.ndarray, w2: np.ndarray,
                 run: Forward | None = None) -> Figure:
    """Nodes with their activations, edges with their weights (thicker = larger)."""
    run = run or forward(x, W1, w2)
    W1, w2 = np.asarray(W1, dtype=float), np.asarray(w2, dtype=float)
    inputs = [(0.0, 2.0 - i) for i in range(3)]
    hidden = [(2.2, 1.5 - i) for i in range(2)]
    output = (4.4, 1.0)
    figure = Figure(figsize=(6.0, 3.6))
    ax = figure.add_subplot()
    ax.set_axis_off()
    for j, end in enumerate(hidden):
        for i, start in enumerate(inputs):
            _edge(ax, start, end, W1[j, i], along=0.22 + 0.36 * j)
        _edge(ax, end, output, w2[j], along=0.5)
    for i, (position, value) in enumerate(zip(inputs, run.x, strict=True)):
        _node(ax, position, f"{value:g}", f"x{i + 1} {INPUT_NAMES[i]}", PALE_ORANGE)
    for j, (position, value) in enumerate(zip(hidden, run.h, strict=True)):
        _node(ax, position, f"{value:.2f}", f"h{j + 1} = σ({run.z1[j]:.2f})", STYLE["cell"])
    _node(ax, output, f"{run.y:.2f}", f"y = σ({run.z2:.2f})", PALE_GREEN)
    ax.set_xlim(-1.2, 5.6)
    ax.set_ylim(-0.6, 2.6)
    ax.set_aspect("equal")
    set_title(ax, f"the talk's network: output y = {run.y:.4f}", fontsize=STYLE["font"])
    fill_figure(figure)
    return figure


def _node(ax, position: tuple[float, float], value: str, label: str, face: str) -> None:
    from matplotlib.patches import Circle

    ax.add_patch(Circle(position, 0.32, facecolor=face, edgecolor=STYLE["edge"], lw=1.2,
                        zorder=3))
    ax.text(*position, value, ha="center", va="center", fontsize=STYLE["font"], zorder=4)
    ax.text(position[0], position[1] - 0.45, label, ha="center", va="top",
            fontsize=STYLE["font"] - 2, color=STYLE["muted"])


def _edge(ax, start: tuple[float, float], end: tuple[float, float], weight: float,
          along: float) -> None:
    colour = BLUE if weight >= 0 else RED
    ax.plot([start[0], end[0]], [start[1], end[1]], color=colour,
            lw=0.5 + 2.5 * min(abs(weight), 1.5), alpha=0.7, zorder=1)
    x = start[0] + along * (end[0] - start[0])
    y = start[1] + along * (end[1] - start[1])
    ax.text(x, y, f"{weight:g}", fontsize=STYLE["font"] - 2, ha="center", va="center",
            color=colour, zorder=2, bbox={"boxstyle": "round,pad=0.1", "fc": "white",
                                          "ec": "none", "alpha": 0.8})
