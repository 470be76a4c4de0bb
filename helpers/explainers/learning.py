"""Learning from data, for lesson 08: the talk's network trained by gradient descent, by hand.

Gradients here are written out with the chain rule (lesson 08 checks them against MXNet's
autograd and against finite differences), so every step can be printed and drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, NullFormatter

from helpers import talk
from helpers.checks.frozen import copies_on_access
from helpers.explainers.containers import draw_cell
from helpers.explainers.display import fill_figure
from helpers.explainers.network import sigmoid
from helpers.explainers.style import GREEN, PALE_CELL, RED, STYLE, YELLOW, set_title

# Every combination of (vodka, rain, party), and whether Slava went: to every party, and
# without a party only when there was vodka and no rain. Read-only here; the names PARTY_X
# and PARTY_Y give the learner a copy (helpers.checks.frozen).
_PARTY_X = np.array([[v, r, p] for v in (0.0, 1.0) for r in (0.0, 1.0) for p in (0.0, 1.0)])
_PARTY_Y = np.array([float(p == 1 or (v == 1 and r == 0)) for v, r, p in _PARTY_X])
__getattr__, __dir__ = copies_on_access(__name__, {"PARTY_X": _PARTY_X, "PARTY_Y": _PARTY_Y})


def forward_batch(X: np.ndarray, W1: np.ndarray, w2: np.ndarray) -> tuple[np.ndarray, ...]:
    """Hidden values H (n, 2) and outputs y (n,) of the talk's network, for a batch."""
    H = sigmoid(X @ W1.T)
    return H, sigmoid(H @ w2)


def mse(y: np.ndarray, t: np.ndarray) -> float:
    """Squared error, averaged over the batch."""
    return float(np.mean((y - t) ** 2))


def gradients(X: np.ndarray, t: np.ndarray, W1: np.ndarray, w2: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray]:
    """dL/dW1 and dL/dw2 of the mean squared error, by the chain rule."""
    H, y = forward_batch(X, W1, w2)
    dz2 = 2 * (y - t) / len(t) * y * (1 - y)  # (n,): dL/dy · dy/dz2
    grad_w2 = H.T @ dz2  # (2,)
    dZ1 = np.outer(dz2, w2) * H * (1 - H)  # (n, 2)
    grad_W1 = dZ1.T @ X  # (2, 3)
    return grad_W1, grad_w2


def finite_difference(X: np.ndarray, t: np.ndarray, W1: np.ndarray, w2: np.ndarray,
                      step: float = 1e-6) -> tuple[np.ndarray, np.ndarray]:
    """The same gradients estimated by nudging each weight: (L(w + h) − L(w − h)) / 2h."""
    def loss(a: np.ndarray, b: np.ndarray) -> float:
        return mse(forward_batch(X, a, b)[1], t)

    estimates = []
    for which in (W1, w2):
        grad = np.zeros_like(which)
        for index in np.ndindex(which.shape):
            plus, minus = which.copy(), which.copy()
            plus[index] += step
            minus[index] -= step
            args_plus = (plus, w2) if which is W1 else (W1, plus)
            args_minus = (minus, w2) if which is W1 else (W1, minus)
            grad[index] = (loss(*args_plus) - loss(*args_minus)) / (2 * step)
        estimates.append(grad)
    return estimates[0], estimates[1]


@dataclass(frozen=True)
class Run:
    """A gradient-descent run: the loss before each step and the weights along the way."""

    losses: np.ndarray
    w2_path: np.ndarray  # (steps + 1, 2)
    W1: np.ndarray
    w2: np.ndarray


def gradient_descent(lr: float, steps: int, X: np.ndarray = _PARTY_X, t: np.ndarray = _PARTY_Y,
                     batch_size: int | None = None, seed: int = 0) -> Run:
    """Gradient descent from the talk's weights; with ``batch_size``, SGD on mini-batches."""
    W1, w2 = talk.TALK_W1, talk.TALK_W2  # each a fresh copy of the talk's weights
    rng = np.random.default_rng(seed)
    losses, path = [], [w2.copy()]
    for _ in range(steps):
        losses.append(mse(forward_batch(X, W1, w2)[1], t))
        rows = np.arange(len(t)) if batch_size is None else \
            rng.choice(len(t), size=batch_size, replace=False)
        grad_W1, grad_w2 = gradients(X[rows], t[rows], W1, w2)
        W1 = W1 - lr * grad_W1
        w2 = w2 - lr * grad_w2
        path.append(w2.copy())
    losses.append(mse(forward_batch(X, W1, w2)[1], t))
    return Run(np.array(losses), np.array(path), W1, w2)


def describe_learning_rate(lr: float, steps: int = 60, run: Run | None = None) -> str:
    """What the learning-rate widget says about a run: how far the loss fell, and a verdict.
    ``run`` is that run of gradient descent when the caller has already made it."""
    run = run or gradient_descent(lr, steps)
    start, end = run.losses[0], run.losses[-1]
    wobbles = int(np.sum(np.diff(run.losses) > 1e-12))
    if not np.isfinite(end) or end > start:
        verdict = "too large: the loss went up"
    elif wobbles > 0:
        verdict = f"too large: the loss went up on {wobbles} of {steps} steps"
    elif end > 0.5 * start:
        verdict = "too small: the loss barely moved"
    else:
        verdict = "about right: the loss fell steadily"
    return (f"lr = {lr:g}: loss {start:.4f} → {end:.4f} after {steps} steps, "
            f"{verdict}")


def picked(matrix: np.ndarray, index: Any) -> np.ndarray:
    """Which entries of ``matrix`` the index picks (a slice, a boolean mask, integer
    arrays, ...): a boolean array of the matrix's shape."""
    matrix = np.asarray(matrix)
    positions = np.arange(matrix.size).reshape(matrix.shape)[index]
    mask = np.zeros(matrix.size, dtype=bool)
    mask[np.ravel(positions)] = True
    return mask.reshape(matrix.shape)


def _result_text(values: np.ndarray) -> str:
    if values.ndim == 1 and values.size <= 6:
        return "→ [" + ", ".join(f"{value:g}" for value in values) + "]"
    return f"→ shape {values.shape}"


def draw_indexing(matrix: np.ndarray, name: str, indexes: Sequence[tuple[str, Any]],
                  columns: int = 2) -> Figure:
    """One panel per index, ``(written, index)``: the matrix with the entries the index picks
    highlighted, its row and column numbers around it, and what the index gives below."""
    matrix = np.asarray(matrix)
    rows, cols = matrix.shape
    panel_width, panel_height = cols + 2.2, rows + 2.6
    lines = -(-len(indexes) // columns)
    figure = Figure(figsize=(0.5 * panel_width * min(columns, len(indexes)),
                             0.5 * panel_height * lines))
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    small = STYLE["font"] - 2
    for position, (written, index) in enumerate(indexes):
        x0 = (position % columns) * panel_width + 1.0
        y0 = -(position // columns) * panel_height - 1.2
        lit = picked(matrix, index)
        for r in range(rows):
            ax.text(x0 - 0.3, y0 - r - 0.5, str(r), ha="right", va="center", fontsize=small,
                    color=STYLE["muted"])
            for c in range(cols):
                draw_cell(ax, x0 + c, y0 - r - 1, f"{matrix[r, c]:g}",
                          YELLOW if lit[r, c] else PALE_CELL, STYLE["font"] - 1)
        for c in range(cols):
            ax.text(x0 + c + 0.5, y0 + 0.15, str(c), ha="center", va="bottom", fontsize=small,
                    color=STYLE["muted"])
        ax.text(x0 + cols / 2, y0 + 0.75, f"{name}{written}", ha="center", va="bottom",
                fontsize=STYLE["font"], color=STYLE["text"], family="monospace")
        ax.text(x0 + cols / 2, y0 - rows - 0.35, _result_text(matrix[index]), ha="center",
                va="top", fontsize=STYLE["font"] - 1, color=STYLE["text"])
    ax.update_datalim([(0, 0.2), (min(columns, len(indexes)) * panel_width,
                                  -lines * panel_height + 0.4)])
    ax.autoscale_view()
    figure.subplots_adjust(left=0, right=1, bottom=0, top=1)
    return figure


def draw_learning_rates(rates: tuple[float, ...], steps: int = 60,
                        runs: tuple[Run, ...] = ()) -> Figure:
    """The loss curve of gradient descent for each learning rate (``runs``: those already
    made, one per rate)."""
    runs = runs or tuple(gradient_descent(lr, steps) for lr in rates)
    figure = Figure(figsize=(5.6, 3.2))
    ax = figure.add_subplot()
    for lr, run in zip(rates, runs, strict=True):
        ax.plot(run.losses, label=f"lr = {lr:g}")
    ax.set_xlabel("step")
    ax.set_ylabel("loss (mean squared error)")
    ax.set_yscale("log")
    # Plain numbers (0.01, 0.1) instead of mathtext powers of ten: mathtext took most of the
    # time this figure needs to draw.
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.legend(fontsize=8)
    set_title(ax, "the same network, the same data, different learning rates",
                 fontsize=STYLE["font"])
    fill_figure(figure)
    return figure


def draw_probabilities(image: np.ndarray, probabilities: np.ndarray, label: int) -> Figure:
    """A test digit and the model's probability for each class, the true class marked."""
    figure = Figure(figsize=(6.4, 2.6))
    left, right = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 2.4]})
    left.imshow(image, cmap="gray_r")
    left.set_xticks([])
    left.set_yticks([])
    predicted = int(np.argmax(probabilities))
    set_title(left, f"true {label}, predicted {predicted}", fontsize=STYLE["font"])
    colours = [GREEN if c == label else (RED if c == predicted else STYLE["back"])
               for c in range(len(probabilities))]
    right.bar(range(len(probabilities)), probabilities, color=colours)
    right.set_xticks(range(len(probabilities)))
    right.set_ylim(0, 1)
    right.set_xlabel("digit")
    right.set_ylabel("probability")
    figure.tight_layout()
    return figure


def probability_caption(index: int, probabilities: np.ndarray, label: int) -> str:
    predicted = int(np.argmax(probabilities))
    verdict = "right" if predicted == label else "wrong"
    return (f"test image {index}: true {label}, predicted {predicted} "
            f"with probability {probabilities[predicted]:.3f} ({verdict})")


def compare_with_gluon(yours: Any, gluon: np.ndarray, labels: np.ndarray) -> str:
    """Your network's predictions beside Gluon's: both accuracies, and on how many digits the
    two agree. Before your function is written, it says so."""
    if yours is Ellipsis:
        return "predict still returns `...`: write it in the exercise above, then run this cell"
    yours = np.asarray(yours.asnumpy() if hasattr(yours, "asnumpy") else yours)
    if yours.shape != np.shape(gluon):
        return (f"your predict returned shape {yours.shape}; one digit per test image is "
                f"shape {np.shape(gluon)}: check it with the exercise above")
    return (f"your network: {np.mean(yours == labels):.1%}, Gluon: {np.mean(gluon == labels):.1%}, "
            f"same prediction on {int(np.sum(yours == gluon))} of {len(labels)} digits")
