"""Exercises of lesson 03: tensor–scalar and elementwise operations, broadcasting, transpose."""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks.choice import ChoiceExercise, Option
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson03"


def _times_two(A):
    return np.array(A) * 2


times_two = ValueExercise(
    LESSON, "times_two", _times_two, inputs={"A": [1, 2, 3, 4]},
    stars=1,
    mistakes=(
        Mistake("list repetition", lambda A: A * 2,
                "A is a Python list, and list * 2 repeats the list: [1, 2, 3, 4, 1, 2, 3, 4]; "
                "make it an array first, np.array(A) * 2"),
        Mistake("plus two", lambda A: np.array(A) + 2, "you added 2; multiply by 2"),
    ),
    hints=("On arrays, arithmetic with a scalar applies to every element.",
           "Lists don't do arithmetic: np.array(A) does."),
)


def _elementwise_sum(A, B):
    return np.array(A) + np.array(B)


elementwise_sum = ValueExercise(
    LESSON, "elementwise_sum", _elementwise_sum, inputs={"A": [1, 2, 3, 4], "B": [5, 3, 2, 7]},
    stars=1,
    mistakes=(
        Mistake("list concatenation", lambda A, B: A + B,
                "+ on two lists joins them end to end (8 numbers); convert to arrays to add "
                "element by element"),
        Mistake("sum of everything", lambda A, B: np.sum(A) + np.sum(B),
                "that adds up all the numbers into one; elementwise addition keeps 4 of them"),
    ),
    hints=("Elementwise: C[i] = A[i] + B[i].", "np.array(A) + np.array(B)"),
)

broadcast_pairs = ChoiceExercise(
    LESSON, "broadcast_pairs", stars=1,
    title="which shapes broadcast",
    question="`X` has shape (4, 3). Which of these arrays can be added to it, `X + v`, "
             "without an error?",
    options=(
        Option("`v` of shape (4,)",
               "lined up from the right, (4, 3) and (4,) pair 3 with 4, and neither is 1. "
               "A vector always lines up with the **last** axis, not with the one of the "
               "same length"),
        Option("`v` of shape (3, 4)",
               "(4, 3) and (3, 4) hold the same number of entries, but broadcasting compares "
               "axis by axis: 4 with 3, then 3 with 4, and no pair is equal or contains a 1"),
        Option("`v` of shape (4, 1)",
               "right: 4 pairs with 4, and the length-1 axis is stretched to 3, so each row "
               "of X gets its own number", correct=True),
        Option("`v` of shape (2, 3)",
               "axis 1 matches (3 and 3), but axis 0 pairs 4 with 2. Broadcasting stretches "
               "only axes of length 1; it does not repeat 2 rows twice"),
    ),
    hints=("Line the shapes up from the right; each pair must be equal, or one of them 1.",
           "Only one option pairs 3 with 3 (or with 1) on the right and 4 with 4 (or with 1) "
           "on the left."),
)

sum_axis = ChoiceExercise(
    LESSON, "sum_axis", stars=1,
    title="which axis collapses",
    question="`X` holds 4 samples of 3 features, shape (4, 3). What is the shape of "
             "`X.sum(axis=0)`?",
    options=(
        Option("(4,)",
               "that is `X.sum(axis=1)`, one sum per sample. The axis you name is the one "
               "that disappears: axis 0, the 4 samples, is summed away"),
        Option("(3,)",
               "right: axis 0 (the samples) collapses, and one sum per feature is left",
               correct=True),
        Option("()",
               "a single number is `X.sum()`, with no axis: it adds all 12 entries. With "
               "`axis=0` only the samples are added up, separately for each feature"),
        Option("(1, 3)",
               "the collapsed axis is kept with length 1 only with `keepdims=True`; without "
               "it, the axis is dropped"),
    ),
    hints=("The axis you pass is the one that disappears from the shape.",
           "(4, 3) without its axis 0 is ..."),
)

subtract_row_means = ChoiceExercise(
    LESSON, "subtract_row_means", stars=2,
    title="subtract each row's mean",
    question="`X` holds 3 samples of 5 features, shape (3, 5). Which expression subtracts from "
             "each **row** of `X` that row's own mean?",
    options=(
        Option("`X - X.mean(axis=1)`",
               "`X.mean(axis=1)` has shape (3,), one mean per row, but lined up from the "
               "right (3, 5) and (3,) pair 5 with 3: NumPy refuses. The means must be a "
               "column, shape (3, 1)"),
        Option("`X - X.mean(axis=0, keepdims=True)`",
               "this runs, but `X.mean(axis=0, keepdims=True)` is one mean per **column**, "
               "shape (1, 5): it centres the columns, not the rows. keepdims keeps the axis "
               "you collapse; it does not choose which axis that is"),
        Option("`X - X.mean(axis=1, keepdims=True)`",
               "right: axis 1 (the features) collapses into one mean per row, and keepdims "
               "keeps it with length 1, shape (3, 1), which broadcasts along each row",
               correct=True),
        Option("`X - X.mean()`",
               "`X.mean()` is one number, the mean of all 15 entries; every row needs its "
               "own mean"),
    ),
    hints=("Write down the shape of each mean, then line it up with (3, 5) from the right.",
           "One mean per row is 3 numbers; to broadcast along the rows they must stand in a "
           "column, shape (3, 1)."),
)

SCORES = np.array([[4.0, 10.0, 1.0], [6.0, 14.0, 3.0], [8.0, 12.0, 2.0], [14.0, 20.0, 6.0]])


def _center_columns(X):
    return X - X.mean(axis=0)


center_columns = ValueExercise(
    LESSON, "center_columns", _center_columns, inputs={"X": SCORES},
    stars=2,
    mistakes=(
        Mistake("overall mean", lambda X: X - X.mean(),
                "X.mean() is one number for the whole matrix; each column (feature) needs "
                "its own mean: X.mean(axis=0)"),
        Mistake("row means", lambda X: X - X.mean(axis=1, keepdims=True),
                "you subtracted each row's mean (axis=1); the task is each column's mean, "
                "axis=0, which has one number per column"),
    ),
    hints=("X.mean(axis=0) has shape (3,): one mean per column.",
           "Broadcasting subtracts a (3,) vector from every row of a (4, 3) matrix."),
)

GRID = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
ROW_OFFSETS = np.array([10.0, 20.0, 30.0])


def _add_per_row(A, c):
    return A + c.reshape(-1, 1)


add_per_row = ValueExercise(
    LESSON, "add_per_row", _add_per_row, inputs={"A": GRID, "c": ROW_OFFSETS},
    stars=2,
    mistakes=(
        Mistake("row vector", lambda A, c: A + c,
                "c of shape (3,) broadcasts as a row vector, so it was added along each row "
                "(one number per column); a column vector, c.reshape(-1, 1) of shape (3, 1), "
                "adds one number per row. c.T would not help: a 1-D array has a single axis, "
                "so its transpose (.T) is itself"),
    ),
    hints=("Row i needs c[i] added to all its entries: c must be a column.",
           "c.reshape(-1, 1) (or c[:, np.newaxis]) has shape (3, 1)."),
)



def _talk_transpose(A):
    return A.T


talk_transpose = ValueExercise(
    LESSON, "talk_transpose", _talk_transpose, inputs={"A": talk.TRANSPOSE_EXAMPLE},
    stars=1,
    mistakes=(
        Mistake("reshape", lambda A: A.reshape(3, 2),
                "reshape(3, 2) has the right shape but regroups the numbers in reading order, "
                "[[6, 4], [24, 1], [-9, 8]]; the transpose turns rows into columns: A.T"),
    ),
    hints=("Person i is column i of A; in the answer it must be row i: A'(i, j) = A(j, i).",
           "Rows become columns: that is the transpose, A.T. reshape(3, 2) keeps reading "
           "order and splits people apart."),
)

CUBE = np.arange(24).reshape(2, 3, 4)


def _swap_last_two(X):
    return X.transpose(0, 2, 1)


swap_last_two = ValueExercise(
    LESSON, "swap_last_two", _swap_last_two, inputs={"X": CUBE},
    stars=2,
    mistakes=(
        Mistake("all axes reversed", lambda X: X.T,
                "X.T reverses all three axes, shape (4, 3, 2); to swap only the last two, "
                "keep axis 0 in place: X.transpose(0, 2, 1)"),
        Mistake("reshape", lambda X: X.reshape(2, 4, 3),
                "reshape(2, 4, 3) has the right shape but keeps the numbers in reading order; "
                "transpose moves them: X.transpose(0, 2, 1)"),
    ),
    hints=("Each of the 2 matrices in X should be transposed.",
           "transpose(0, 2, 1) keeps axis 0 and swaps axes 1 and 2."),
)

ZERO_ONE_TWO = np.array([0, 1, 2])


def _addition_table(a):
    return a.reshape(-1, 1) + a


addition_table = ValueExercise(
    LESSON, "addition_table", _addition_table, inputs={"a": ZERO_ONE_TWO},
    stars=3,
    mistakes=(
        Mistake("elementwise", lambda a: a + a,
                "two vectors of shape (3,) add elementwise, giving (3,); make one of them a "
                "column (3, 1) so that broadcasting builds the whole (3, 3) table. a.T would "
                "not help: a 1-D array has a single axis, so its transpose (.T) is itself"),
    ),
    hints=("(3, 1) + (3,) broadcasts to (3, 3).",
           "a.reshape(-1, 1) + a"),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [times_two, elementwise_sum, broadcast_pairs, sum_axis, center_columns,
             add_per_row, addition_table, subtract_row_means, talk_transpose, swap_last_two]
