"""Exercises of lesson 05: norms."""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks import ChoiceExercise, Option
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
    hints=("L1 = |x0| + |x1| + … + |x(n−1)|, one term per entry.", "np.sum(np.abs(x))"),
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

norm_of_minus_3_4 = ChoiceExercise(
    LESSON, "norm_of_minus_3_4", stars=1,
    title="the L2 norm of [−3, 4]",
    question="Without a computer: what is the L2 norm of the vector [−3, 4]?",
    options=(
        Option("1", "that is the plain sum −3 + 4: the minus sign cancelled part of the 4. "
               "The L2 norm squares each entry first, so signs do not matter and a norm is "
               "never smaller than its largest entry's size"),
        Option("5", "right: √((−3)² + 4²) = √(9 + 16) = √25 = 5. Squaring drops the sign, "
               "so [−3, 4] is exactly as long as [3, 4]", correct=True),
        Option("7", "that is |−3| + |4|, the L1 norm; L2 squares the entries, adds them and "
               "takes the square root"),
        Option("25", "that is (−3)² + 4², the sum of squares: the *squared* L2 norm (the "
               "talk's slide makes this slip). The norm is its square root"),
    ),
    hints=("Square each entry: the sign goes away.", "√(9 + 16)"),
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

scaled_norms = ChoiceExercise(
    LESSON, "scaled_norms", stars=2,
    title="a vector scaled by −2",
    question="A vector x has ‖x‖₁ = 7, ‖x‖₂ = 5 and ‖x‖∞ = 4. What are the three norms of "
             "−2x?",
    options=(
        Option("−14, −10 and −8", "a norm is never negative (rule 1): the sign of −2 flips "
               "the arrow's direction, not its length. Rule 2 scales by |−2| = 2"),
        Option("14, 20 and 8", "the squares do grow 4 times, but the L2 norm takes their "
               "square root, which brings the factor back to 2: ‖−2x‖₂ = 2 · 5 = 10"),
        Option("14, 10 and 8", "right: rule 2, ‖cx‖ = |c| ‖x‖, holds for every norm, so all "
               "three double", correct=True),
        Option("7, 5 and 4", "scaling changes the length: every entry of −2x is twice as "
               "large in size, so every norm grows, by |−2| = 2"),
    ),
    hints=("Rule 2 of a norm: ‖cx‖ = |c| ‖x‖.", "|−2| = 2, for all three norms."),
)

opposite_distance = ChoiceExercise(
    LESSON, "opposite_distance", stars=2,
    title="the distance between opposite vectors",
    question="a = [3, 4] and b = [−3, −4] both have length 5. What is their L2 distance "
             "‖a − b‖₂?",
    options=(
        Option("0", "that is ‖a‖ − ‖b‖, the difference of the two lengths. The distance is "
               "the length of the difference: a − b = [6, 8], far from zero. Vectors of "
               "equal length can point anywhere"),
        Option("10", "right: a − b = [6, 8], twice [3, 4], so its length is 2 · 5 = 10. b "
               "points the opposite way, so the two are a whole diameter apart",
               correct=True),
        Option("14", "that is |6| + |8|, the L1 distance ‖a − b‖₁; the L2 distance is the "
               "square root of 6² + 8²"),
        Option("100", "that is 6² + 8², the squared distance; the distance is its square root"),
    ),
    hints=("First compute a − b.", "‖[6, 8]‖ is twice ‖[3, 4]‖."),
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
EXERCISES = [l1, l2, norm_of_minus_3_4, scaled_norms, row_lengths, distance, unit,
             opposite_distance, clip_by_norm]
