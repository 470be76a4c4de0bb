"""Exercises of lesson 01: scalars, vectors, matrices and tensors.

Each reference is the solution a learner sees with ``solution()`` and the code that
``make solutions`` puts into ``solutions/01-containers.ipynb``.
"""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks import ChoiceExercise, Option
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson01"

# Three people, five numeric features each: age, height (cm), weight (kg), zipcode, children.
PEOPLE = [
    [34, 172, 68, 95051, 2],
    [27, 185, 80, 94105, 0],
    [45, 160, 55, 10001, 3],
]


def _person_vector():
    return np.array([27, 185, 80, 94105, 0])


person_vector = ValueExercise(
    LESSON, "person_vector", _person_vector,
    stars=1,
    mistakes=(
        Mistake("the sentence's order", lambda: np.array([27, 185, 0, 94105, 80]),
                "these are the numbers in the order the sentence gives them; a feature vector "
                "keeps one fixed order, the one of `person`: age, height, weight, zipcode, "
                "children, so that each position means the same feature for every person"),
        Mistake("children left out", lambda: np.array([27, 185, 80, 94105]),
                "4 numbers: the number of children is missing; no children is still a "
                "feature, stored as 0, and every person has 5"),
        Mistake("the example person", lambda: np.array([34, 172, 68, 95051, 2]),
                "those are the numbers of `person`, the lesson's example; the exercise asks "
                "for Ben's: 27 years, 185 cm, 80 kg, zip code 94105, no children"),
        Mistake("as a row matrix", lambda: np.array([[27, 185, 80, 94105, 0]]),
                "the extra brackets made a matrix with one row, shape (1, 5), 2 axes; "
                "a vector has 1 axis"),
    ),
    hints=("Put Ben's numbers in the order of `person`'s features: age, height (cm), "
           "weight (kg), zipcode, children.",
           "No children is the number 0; the vector has 5 entries, built with np.array."),
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


matrix_axes = ChoiceExercise(
    LESSON, "matrix_axes", stars=1,
    title="how many axes has a matrix?",
    question="A matrix `A` has 3 rows and 7 columns. What is `A.ndim`?",
    options=(
        Option("21", "21 is `A.size`, the number of entries (3 × 7); `ndim` counts the axes"),
        Option("2", "right: one axis for the rows, one for the columns, whatever their "
               "lengths", correct=True),
        Option("3", "3 is the length of axis 0, the number of rows: `A.shape[0]`; `ndim` "
               "counts the axes, not the entries along one"),
        Option("(3, 7)", "(3, 7) is `A.shape`, the length of each axis; `ndim` is one number, "
               "how many lengths the shape lists"),
    ),
    hints=("`ndim`, `shape` and `size` answer three different questions: how many axes, how "
           "long each is, how many numbers in all.",
           "A matrix has rows and columns: count the kinds of index, not the entries."),
)


def _people_matrix(people):
    return np.stack(people)


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


people_shape = ChoiceExercise(
    LESSON, "people_shape", stars=1,
    title="the shape of a data set",
    question="A data set describes 200 people by the same 5 features as `person`, one "
             "person per row. What is its shape?",
    options=(
        Option("(5, 200)", "that puts the features on axis 0, one column per person; by "
               "convention axis 0 counts the samples, one row per person"),
        Option("(1000,)", "1000 = 200 × 5 is the number of entries, the size; the shape gives "
               "the length of each of the 2 axes"),
        Option("(200, 5)", "right: axis 0 counts the samples (200 people), axis 1 the "
               "features (5)", correct=True),
        Option("(200,)", "that is one axis, a vector with one number per person; each person "
               "is a vector of 5 features, so the data set has 2 axes"),
    ),
    hints=("One row per person, one column per feature.",
           "Axis 0 counts the samples: its length is the number of people."),
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


stack_shape = ChoiceExercise(
    LESSON, "stack_shape", stars=2,
    title="stacking matrices",
    question="`images` is a list of 10 matrices, each of shape (28, 28). What is the shape "
             "of `np.stack(images)`?",
    options=(
        Option("(28, 28, 10)", "np.stack puts the new axis first, as axis 0 (cube[0] was "
               "`M`): the axis that counts the matrices comes before their rows and columns"),
        Option("(280, 28)", "that would glue the matrices end to end, rows under rows: still "
               "2 axes; np.stack keeps the matrices apart on a new axis"),
        Option("(10, 784)", "that would flatten each matrix into one row of 28 × 28 = 784 "
               "numbers; np.stack keeps each matrix's rows and columns"),
        Option("(10, 28, 28)", "right: np.stack adds a new axis 0 of length 10, and each "
               "matrix keeps its own two axes", correct=True),
    ),
    hints=("np.stack([M, -M]) made shape (2, 4, 5) from two (4, 5) matrices.",
           "The new axis comes first and its length is the number of matrices stacked."),
)


def _tensor_size(shape):
    return np.prod(shape)


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
EXERCISES = [person_vector, matrix_shape, third_row, matrix_axes, people_matrix, people_shape,
             talk_cube, stack_shape, tensor_size, as_float32]
