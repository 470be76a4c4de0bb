"""Norms drawn: the unit balls of lesson 05, the logic behind its p slider, and the triangle
inequality that p < 1 breaks."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from helpers.explainers.display import fill_figure
from helpers.explainers.style import BLUE, GREEN, GREY, RED, STYLE, set_title

COLOURS = {1.0: RED, 2.0: BLUE, np.inf: GREEN}


def p_norm(x: np.ndarray, p: float) -> float:
    """(Σ|x_i|^p)^(1/p), and max|x_i| for p = ∞. p must be positive."""
    x = np.abs(np.asarray(x, dtype=float)).ravel()
    if not p > 0:
        raise ValueError(f"p must be positive, got {p}")
    if np.isinf(p):
        return float(x.max(initial=0.0))
    return float(np.sum(x**p) ** (1 / p))


def unit_ball(p: float, points: int = 721) -> np.ndarray:
    """Points (x, y) on the curve ||(x, y)||_p = 1, going once around, shape (points, 2)."""
    angle = np.linspace(0, 2 * np.pi, points)
    directions = np.column_stack([np.cos(angle), np.sin(angle)])
    magnitudes = np.abs(directions)  # p_norm of every direction at once
    lengths = magnitudes.max(axis=1) if np.isinf(p) else \
        np.sum(magnitudes**p, axis=1) ** (1 / p)
    return directions / lengths[:, None]  # rescale each direction to norm 1


def p_label(p: float) -> str:
    return "∞" if np.isinf(p) else f"{p:g}"


def unit_ball_caption(p: float) -> str:
    """What the p slider reports: where the ball crosses the diagonal, and which norm it is."""
    corner = 1 / p_norm(np.array([1.0, 1.0]), p)  # (c, c) has p-norm 1
    names = {1.0: " (L1, a diamond)", 2.0: " (L2, a circle)"}
    name = " (L∞, a square)" if np.isinf(p) else names.get(float(p), "")
    if p < 1:
        return (f"p = {p_label(p)}: not a norm (the triangle inequality fails), so its "
                f"'ball' caves in: it meets the diagonal at ({corner:.3f}, {corner:.3f})")
    return (f"p = {p_label(p)}{name}: the unit ball meets the diagonal at "
            f"({corner:.3f}, {corner:.3f})")


def draw_unit_balls(ps: tuple[float, ...] = (1.0, 2.0, np.inf), highlight: float | None = None
                    ) -> Figure:
    """The balls ||x||_p <= 1 for several p, shaded, with their edges ||x||_p = 1;
    ``highlight`` adds one more, its edge drawn thick."""
    figure = Figure(figsize=(4.2, 4.2))
    ax = figure.add_subplot()
    for p in ps:
        ball = unit_ball(p)
        colour = COLOURS.get(p, STYLE["muted"])
        ax.fill(*ball.T, color=colour, alpha=0.06, lw=0)
        ax.plot(*ball.T, color=colour, lw=1.5, label=f"p = {p_label(p)}")
    if highlight is not None:
        ball = unit_ball(highlight)
        ax.fill(*ball.T, color="black", alpha=0.08, lw=0)
        ax.plot(*ball.T, color="black", lw=2.5, label=f"p = {p_label(highlight)}")
    ax.axhline(0, color=GREY, lw=0.8)
    ax.axvline(0, color=GREY, lw=0.8)
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.legend(fontsize=8, loc="upper right")
    set_title(ax, r"unit balls $\Vert x \Vert_p \leq 1$, shaded; edges: $\Vert x \Vert_p = 1$",
              fontsize=STYLE["font"])
    fill_figure(figure)
    return figure


def draw_triangle_inequality(p: float = 0.5) -> Figure:
    """a = (1, 0), then b = (0, 1), against the direct arrow a + b, each with its p-"length";
    over the p-ball. For p < 1 the direct arrow comes out longer than the detour."""
    a, b = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    figure = Figure(figsize=(4.2, 3.6))
    ax = figure.add_subplot()
    ball = unit_ball(p)
    ax.fill(*ball.T, color="black", alpha=0.08, lw=0)
    ax.plot(*ball.T, color="black", lw=1.5, label=f"p = {p_label(p)}: all x with 'length' 1")
    arrows = ((np.zeros(2), a, RED, f"a: {p_norm(a, p):g}", (0.5, -0.12), "center", "top"),
              (a, a + b, BLUE, f"b: {p_norm(b, p):g}", (1.06, 0.5), "left", "center"),
              (np.zeros(2), a + b, GREEN, f"a + b: {p_norm(a + b, p):g}", (0.92, 1.06),
               "right", "bottom"))
    for start, end, colour, text, place, ha, va in arrows:
        ax.annotate("", xy=end, xytext=start,
                    arrowprops={"arrowstyle": "->", "color": colour, "lw": 2})
        ax.text(*place, text, color=colour, ha=ha, va=va, fontsize=STYLE["font"])
    ax.axhline(0, color=GREY, lw=0.8)
    ax.axvline(0, color=GREY, lw=0.8)
    ax.set_xlim(-1.2, 1.7)
    ax.set_ylim(-1.2, 1.3)
    ax.set_aspect("equal")
    ax.legend(fontsize=8, loc="lower left")
    detour = p_norm(a, p) + p_norm(b, p)
    set_title(ax, f"p = {p_label(p)}: the direct arrow ({p_norm(a + b, p):g}) is longer than "
                  f"the detour ({detour:g})", fontsize=STYLE["font"])
    fill_figure(figure)
    return figure
