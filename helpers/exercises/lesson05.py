"""Exercises of lesson 05: norms."""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson05"

TALK_VECTOR = np.array(talk.VECTOR, dtype=float)


def _l1(x):
    return np.sum(np.abs(x))


l1 = ValueExercise(
    LESSON, "l1", _l1, inputs={"x": TALK_VECTOR},
    stars=1,
    mistakes=(
        Mistake("no absolute value", lambda x: np.sum(x),
                "that is the plain sum: the negative entries cancelled out; the L1 norm adds "
                "absolute values, np.abs"),
        Mistake("L2 instead", lambda x: np.sqrt(np.sum(x**2)),
                "that is the L2 norm; L1 is the sum of absolute values"),
    ),
    hints=("L1 = |x1| + |x2| + … + |xn|.", "np.sum(np.abs(x))"),
)


def _l2(x):
    return np.sqrt(np.sum(x**2))


l2 = ValueExercise(
    LESSON, "l2", _l2, inputs={"x": TALK_VECTOR},
    stars=1,
    mistakes=(
        Mistake("sum of squares", lambda x: np.sum(x**2),
                "that is the sum of squares, the squared L2 norm (the talk's slide calls it "
                "the norm); the L2 norm is its square root"),
        Mistake("no square", lambda x: np.sqrt(np.sum(x)),
                "you took the root of the plain sum; square each entry first"),
    ),
    hints=("Pythagoras: the square root of the sum of squares.", "np.sqrt(np.sum(x ** 2))"),
)

BATCH = np.array([[3.0, 4.0], [6.0, 8.0], [5.0, 12.0], [1.0, 0.0]])


def _row_lengths(X):
    return np.linalg.norm(X, axis=1)


row_lengths = ValueExercise(
    LESSON, "row_lengths", _row_lengths, inputs={"X": BATCH},
    stars=2,
    mistakes=(
        Mistake("wrong axis", lambda X: np.linalg.norm(X, axis=0),
                "axis=0 gives the length of each column (2 numbers); each row (sample) is "
                "measured along axis=1"),
        Mistake("whole matrix", lambda X: np.linalg.norm(X),
                "without an axis, norm measures the whole matrix (the Frobenius norm); "
                "pass axis=1 for one length per row"),
    ),
    hints=("One length per row: 4 numbers.", "np.linalg.norm(X, axis=1)"),
)


def _distance(a, b):
    return np.linalg.norm(a - b)


distance = ValueExercise(
    LESSON, "distance", _distance, inputs={"a": np.array([1.0, 2.0, 3.0]),
                                           "b": np.array([4.0, 6.0, 3.0])},
    stars=2,
    mistakes=(
        Mistake("difference of norms", lambda a, b: np.linalg.norm(b) - np.linalg.norm(a),
                "that is the difference of the two lengths; the distance is the length of "
                "the difference, ||a − b||"),
    ),
    hints=("The distance is the length of the arrow from b to a.", "np.linalg.norm(a - b)"),
)


def _unit(v):
    return v / np.linalg.norm(v)


unit = ValueExercise(
    LESSON, "unit", _unit, inputs={"v": np.array([3.0, 0.0, 4.0])},
    stars=2,
    mistakes=(
        Mistake("squared norm", lambda v: v / np.sum(v**2),
                "you divided by the squared length (25), so the result has length 0.2; "
                "divide by the length itself (5)"),
        Mistake("L1", lambda v: v / np.sum(np.abs(v)),
                "dividing by the L1 norm makes the entries' absolute values sum to 1; a unit "
                "vector has L2 length 1"),
    ),
    hints=("A unit vector has length 1 and the same direction.", "v / np.linalg.norm(v)"),
)

GRADIENT = np.array([3.0, -4.0, 12.0])


def _clip_by_norm(g, max_norm):
    return g * min(1.0, max_norm / np.linalg.norm(g))


clip_by_norm = ValueExercise(
    LESSON, "clip_by_norm", _clip_by_norm, inputs={"g": GRADIENT, "max_norm": 6.0},
    stars=3,
    mistakes=(
        Mistake("clipped each entry", lambda g, max_norm: np.clip(g, -max_norm, max_norm),
                "np.clip limits each entry separately and changes the direction; clipping by "
                "norm rescales the whole vector so its length is max_norm"),
        Mistake("always rescaled", lambda g, max_norm: g / np.linalg.norm(g),
                "you made it a unit vector; scale it to length max_norm (only if it is longer)"),
    ),
    hints=("||g|| = 13 here, so g must shrink by a factor of 6 / 13.",
           "g * min(1.0, max_norm / np.linalg.norm(g))"),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [l1, l2, row_lengths, distance, unit, clip_by_norm]
