"""Exercises of lesson 04: dot, matrix–vector and matrix–matrix products."""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson04"



def _talk_dot(w, x):
    return np.dot(w, x)


talk_dot = ValueExercise(
    LESSON, "talk_dot", _talk_dot, inputs={"w": talk.TALK_W1[0], "x": talk.TALK_X},
    stars=1,
    mistakes=(
        Mistake("elementwise", lambda w, x: w * x,
                "w * x is the elementwise product (⊙), one number per entry; the dot product "
                "adds those up into one number: np.dot(w, x) or w @ x"),
        Mistake("added", lambda w, x: np.sum(w + x),
                "you added the entries pairwise; the dot product multiplies them pairwise, "
                "then adds"),
    ),
    hints=("1·0.79 + 1·0.44 + 0·0.43", "np.dot(w, x), or w @ x"),
)

A23 = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
X3 = np.array([2.0, 0.0, -1.0])


def _matvec(A, x):
    return A @ x


matvec = ValueExercise(
    LESSON, "matvec", _matvec, inputs={"A": A23, "x": X3},
    stars=1,
    mistakes=(
        Mistake("elementwise", lambda A, x: A * x,
                "A * x multiplies elementwise (x broadcast to every row), shape (2, 3); the "
                "matrix–vector product also sums each row: A @ x, shape (2,)"),
        Mistake("summed down columns", lambda A, x: (A * x).sum(axis=0),
                "you summed down the columns (axis 0); each entry of Ax is one row of A "
                "dotted with x: sum along axis 1"),
    ),
    hints=("Entry i of Ax is row i of A dotted with x.", "A @ x"),
)

B32 = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]])


def _matmul(A, B):
    return A @ B


matmul = ValueExercise(
    LESSON, "matmul", _matmul, inputs={"A": A23, "B": B32},
    stars=1,
    mistakes=(
        Mistake("BA", lambda A, B: B @ A,
                "that is BA, shape (3, 3): the order matters, AB ≠ BA; (2, 3)(3, 2) gives (2, 2)"),
        Mistake("transposed result", lambda A, B: B.T @ A.T,
                "that is BᵀAᵀ = (AB)ᵀ, the transpose of the result"),
    ),
    hints=("(2, 3) times (3, 2) gives (2, 2).", "A @ B, or np.dot(A, B)"),
)

P = np.array([[3.0, -2.0, -1.0], [-1.0, -1.0, 3.0], [4.0, 2.0, -2.0]])
Q = np.array([[-2.0, 0.0, 1.0], [2.0, 1.0, -1.0], [-1.0, 2.0, 3.0]])


def _one_entry(P, Q):
    return P[1] @ Q[:, 0]


one_entry = ValueExercise(
    LESSON, "one_entry", _one_entry, inputs={"P": P, "Q": Q},
    stars=2,
    mistakes=(
        Mistake("row of Q", lambda P, Q: P[1] @ Q[0],
                "Q[0] is row 0 of Q; entry (1, 0) needs column 0 of Q: Q[:, 0]"),
        Mistake("indices swapped", lambda P, Q: P[0] @ Q[:, 1],
                "that is entry (0, 1); the row index picks the row of P, the column index the "
                "column of Q"),
        Mistake("not summed", lambda P, Q: P[1] * Q[:, 0],
                "those are the three products, not yet added up: use @ or np.dot"),
    ),
    hints=("C[i, j] = row i of P · column j of Q.", "P[1] @ Q[:, 0]"),
)

PEOPLE = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 1.0]])
WEIGHTS = np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]])


def _batch_scores(X, W):
    return X @ W.T


batch_scores = ValueExercise(
    LESSON, "batch_scores", _batch_scores, inputs={"X": PEOPLE, "W": WEIGHTS},
    stars=2,
    mistakes=(
        Mistake("samples on axis 1", lambda X, W: W @ X.T,
                "W @ X.T gives shape (2, 4): neurons on axis 0 and people on axis 1, the "
                "transpose of what we want; keep one row per person: X @ W.T"),
        Mistake("elementwise", lambda X, W: X * W[0],
                "X * W[0] multiplies elementwise with the first neuron's weights only; each "
                "person needs a dot product with each neuron: X @ W.T"),
    ),
    hints=("Each person (a row of X) is dotted with each neuron's weights (a row of W).",
           "(4, 3) @ (3, 2) → (4, 2): X @ W.T"),
)

ROTATE_90 = np.array([[0.0, -1.0], [1.0, 0.0]])
POINT = np.array([2.0, 1.0])


def _rotate(R, p):
    return R @ p


rotate = ValueExercise(
    LESSON, "rotate", _rotate, inputs={"R": ROTATE_90, "p": POINT},
    stars=2,
    mistakes=(
        Mistake("p @ R", lambda R, p: p @ R,
                "p @ R multiplies by the transpose, Rᵀp, which rotates the other way "
                "(clockwise); the matrix goes on the left: R @ p"),
        Mistake("elementwise, kept", lambda R, p: R * p,
                "R * p multiplies entry by entry (p is repeated for every row of R) and "
                "keeps all four products; R @ p dots each row of R with p"),
        Mistake("elementwise", lambda R, p: (R * p).sum(axis=0),
                "you summed the wrong axis of R * p; R @ p dots each row of R with p"),
    ),
    hints=("A matrix acts on a vector from the left: Rp.", "R @ p"),
)


def _cosine(a, b):
    return a @ b / (np.linalg.norm(a) * np.linalg.norm(b))


cosine = ValueExercise(
    LESSON, "cosine", _cosine, inputs={"a": np.array([3.0, 1.0]), "b": np.array([2.0, 4.0])},
    stars=2,
    mistakes=(
        Mistake("just the dot", lambda a, b: a @ b,
                "that is the dot product itself; the cosine divides it by both lengths, "
                "||a|| ||b||"),
        Mistake("squared lengths", lambda a, b: a @ b / (a @ a * (b @ b)),
                "you divided by the squared lengths (a·a)(b·b); divide by the lengths "
                "themselves, np.linalg.norm(a) * np.linalg.norm(b)"),
    ),
    hints=("cos θ = a·b / (||a|| ||b||)", "np.linalg.norm gives the length of a vector."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [talk_dot, cosine, matvec, matmul, one_entry, batch_scores, rotate]
