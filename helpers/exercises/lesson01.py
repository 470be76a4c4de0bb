"""Exercises of lesson 01: scalars, vectors, matrices and tensors.

Each reference is the solution a learner sees with ``solution()`` and the code that
``make solutions`` puts into ``solutions/01-containers.ipynb``.
"""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson01"

# Three people, five numeric features each: age, height (cm), weight (kg), zipcode, children.
PEOPLE = [
    [34, 172, 68, 95051, 2],
    [27, 185, 80, 94105, 0],
    [45, 160, 55, 10001, 3],
]


def _talk_vector():
    return np.array([5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9])


talk_vector = ValueExercise(
    LESSON, "talk_vector", _talk_vector,
    stars=1,
    mistakes=(
        Mistake("garbled slide", lambda: np.array(talk.VECTOR_AS_GARBLED),
                "those are the digits as the slide's text splits them: 4 5 is the number 45, "
                "1 2 is 12; the vector has 11 entries"),
        Mistake("as a row matrix", lambda: np.array([talk.VECTOR]),
                "the extra brackets made a matrix with one row, shape (1, 11), 2 axes; "
                "a vector has 1 axis"),
    ),
    hints=("A vector is a list of numbers; np.array turns a list into an array.",
           "Copy the 11 numbers of the slide in order, from 5 down to -9."),
)


def _matrix_shape(M):
    return M.shape


matrix_shape = ValueExercise(
    LESSON, "matrix_shape", _matrix_shape, inputs={"M": np.array(talk.MATRIX)},
    stars=1,
    mistakes=(
        Mistake("columns first", lambda M: M.shape[::-1],
                "that is (columns, rows); a shape lists the rows first, then the columns"),
        Mistake("size", lambda M: M.size,
                "that is the number of entries (M.size); the shape says how many along each axis"),
        Mistake("ndim", lambda M: M.ndim,
                "that is the number of axes (M.ndim); the shape gives the length of each axis"),
    ),
    hints=("Count the rows, then the columns, or ask the array itself.",
           "Every NumPy array has a .shape attribute."),
)


def _people_matrix(people):
    return np.stack([np.array(person) for person in people])


people_matrix = ValueExercise(
    LESSON, "people_matrix", _people_matrix, inputs={"people": PEOPLE},
    stars=2,
    mistakes=(
        Mistake("concatenate", lambda people: np.concatenate([np.array(p) for p in people]),
                "np.concatenate joined the people into one long vector of shape (15,); "
                "np.stack puts them on a new axis, one row each"),
        Mistake("people as columns",
                lambda people: np.stack([np.array(p) for p in people], axis=1),
                "each person is a column here, shape (5, 3); the convention is one row per "
                "sample, shape (3, 5): stack along axis 0"),
    ),
    hints=("One row per person: the result is a matrix of shape (3, 5).",
           "np.stack takes a list of equally long vectors and stacks them as rows."),
)


def _talk_cube(M):
    return np.stack([M, 2 * M, 3 * M])


talk_cube = ValueExercise(
    LESSON, "talk_cube", _talk_cube, inputs={"M": np.array(talk.MATRIX)},
    stars=2,
    mistakes=(
        Mistake("concatenate", lambda M: np.concatenate([M, 2 * M, 3 * M]),
                "np.concatenate glued the matrices end to end: still 2 axes, shape (12, 5); "
                "a cube needs a new axis, which np.stack adds"),
        Mistake("new axis last", lambda M: np.stack([M, 2 * M, 3 * M], axis=-1),
                "the new axis came last, shape (4, 5, 3); the three matrices should be "
                "stacked along a new first axis, shape (3, 4, 5)"),
        Mistake("added", lambda M: M + 2 * M + 3 * M,
                "adding the matrices gives one matrix; stack them to keep all three"),
    ),
    hints=("A cube is a stack of matrices of the same shape.",
           "np.stack([A, B, C]) makes a new first axis of length 3."),
)


def _tensor_size(shape):
    return int(np.prod(shape))


tensor_size = ValueExercise(
    LESSON, "tensor_size", _tensor_size, inputs={"shape": (2, 3, 4, 5, 6)},
    stars=2,
    mistakes=(
        Mistake("sum of lengths", lambda shape: sum(shape),
                "you added the axis lengths; the number of entries is their product"),
        Mistake("ndim", lambda shape: len(shape),
                "that is the number of axes (ndim); the size counts every entry"),
    ),
    hints=("A (2, 3) matrix holds 2 × 3 = 6 numbers. Extend that to 5 axes.",
           "np.prod multiplies the entries of a tuple."),
)


def _third_row(M):
    return M[2]


third_row = ValueExercise(
    LESSON, "third_row", _third_row, inputs={"M": np.array(talk.MATRIX)},
    stars=1,
    mistakes=(
        Mistake("counted from 1", lambda M: M[3],
                "that is the fourth row: Python counts from 0, so the third row is M[2]"),
        Mistake("a column", lambda M: M[:, 2],
                "that is the third column, M[:, 2]; a row is M[2] (or M[2, :])"),
        Mistake("kept as a matrix", lambda M: M[2:3],
                "the slice M[2:3] keeps 2 axes, shape (1, 5); M[2] gives the row as a vector"),
    ),
    hints=("Rows are axis 0. Indexing starts at 0.",
           "M[i] is row i of a matrix."),
)


def _as_float32(v):
    return v.astype(np.float32)


as_float32 = ValueExercise(
    LESSON, "as_float32", _as_float32, inputs={"v": np.array(talk.VECTOR)}, dtype="float32",
    stars=1,
    mistakes=(),
    hints=("The numbers stay the same; only their type changes.",
           "Arrays have a method .astype(dtype); NumPy names this type np.float32."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [talk_vector, matrix_shape, third_row, people_matrix, talk_cube, tensor_size,
             as_float32]
