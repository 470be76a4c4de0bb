"""Exercises of lesson 04: dot, matrix–vector and matrix–matrix products."""

from __future__ import annotations

import numpy as np

from helpers import talk
from helpers.checks.choice import ChoiceExercise, Option
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

dot_value = ChoiceExercise(
    LESSON, "dot_value", stars=1,
    title="what a dot product gives",
    question="`w = np.array([1, 2, 3])` and `x = np.array([4, 5, 6])`. What is `w @ x`?",
    options=(
        Option("`[4, 10, 18]`",
               "those are the products entry by entry, `w * x`, the Hadamard product w ⊙ x. "
               "The dot product goes one step further and adds them up"),
        Option("`32`",
               "right: 1·4 + 2·5 + 3·6 = 4 + 10 + 18 = 32, one number", correct=True),
        Option("`[5, 7, 9]`",
               "that is `w + x`, entry by entry; the dot product multiplies the pairs, then "
               "adds the products"),
        Option("`90`",
               "that is (1 + 2 + 3)(4 + 5 + 6), each vector summed first. The dot product "
               "multiplies pair by pair first (1·4, 2·5, 3·6), then adds"),
    ),
    hints=("Multiply entry by entry, then add everything up.",
           "1·4 + 2·5 + 3·6"),
)

A23 = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
X3 = np.array([1.0, 3.0, 2.0])  # not the x of the demonstration: the answer is new


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

product_shape = ChoiceExercise(
    LESSON, "product_shape", stars=1,
    title="the shape of a product",
    question="`A` has shape (4, 3) and `B` has shape (3, 2). What does `A @ B` give?",
    options=(
        Option("shape (3, 3)",
               "the inner lengths, 3 and 3, are the ones that must match, and they are the "
               "ones that disappear: each entry sums over them. The outer lengths remain"),
        Option("shape (4, 2)",
               "right: (4, 3)(3, 2): the inner 3s match and vanish, the outer 4 and 2 "
               "remain, one row per row of A and one column per column of B", correct=True),
        Option("shape (2, 4)",
               "that is the shape of `B.T @ A.T`, the transpose of the product; `A @ B` "
               "keeps A's rows as its rows"),
        Option("an error: the shapes differ",
               "a matrix product never needs equal shapes: only A's number of columns must "
               "equal B's number of rows, here 3 and 3"),
    ),
    hints=("(n, k) times (k, m) gives (n, m).",
           "Cross out the two inner lengths, which match; what is left?"),
)

B32 = np.array([[2.0, 1.0], [-1.0, 0.0], [0.0, 3.0]])  # not the demonstration's B


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

P = np.array([[3.0, -2.0, 5.0], [4.0, 1.0, -3.0], [2.0, 6.0, -1.0]])
Q = np.array([[2.0, 7.0, -1.0], [-3.0, 4.0, 5.0], [6.0, -2.0, 3.0]])


def _one_entry(P, Q):
    return P[1] @ Q[:, 0]


one_entry = ValueExercise(
    LESSON, "one_entry", _one_entry, inputs={"P": P, "Q": Q},
    stars=2,
    mistakes=(
        Mistake("row of Q", lambda P, Q: P[1] @ Q[0],
                "Q[0] is row 0 of Q; entry (1, 0) needs column 0 of Q: Q[:, 0]"),
        Mistake("indices swapped", lambda P, Q: P[0] @ Q[:, 1],
                "the row and column indices are swapped: that is entry (0, 1); the row index "
                "picks the row of P, the column index the column of Q"),
        Mistake("order", lambda P, Q: (Q @ P)[1, 0],
                "that is entry (1, 0) of Q @ P: the order of a matrix product matters, Q @ P "
                "is not P @ Q; entry (1, 0) of P @ Q is row 1 of P times column 0 of Q"),
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

transpose_of_product = ChoiceExercise(
    LESSON, "transpose_of_product", stars=2,
    title="the transpose of a product",
    question="`A` and `B` are both 3×3, so every product below exists and has shape (3, 3). "
             "Which one equals $(AB)^T$ for every such `A` and `B`?",
    options=(
        Option("$A^T B^T$",
               "this transposes each factor but keeps their order. The shapes fit, so only "
               "the entries can tell: entry (0, 0) of $(AB)^T$ is row 0 of A dotted with "
               "column 0 of B, while entry (0, 0) of $A^T B^T$ is column 0 of A dotted with "
               "row 0 of B. In fact $A^T B^T = (BA)^T$, the transpose of the other product"),
        Option("$B^T A^T$",
               "right: entry (i, j) of $(AB)^T$ is entry (j, i) of AB, row j of A dotted with "
               "column i of B; that is row i of $B^T$ dotted with column j of $A^T$, entry "
               "(i, j) of $B^T A^T$. Each factor is transposed and the order reverses, "
               "whatever the shapes", correct=True),
        Option("$(BA)^T$",
               "that is the transpose of the product in the other order, BA, and AB ≠ BA in "
               "general (S and T above), so their transposes differ too. By the same rule, "
               "$(BA)^T = A^T B^T$"),
        Option("$BA$",
               "reversing the order is half of the rule; each factor is transposed too. BA "
               "equals $(AB)^T$ only for special matrices, for example when A and B are "
               "symmetric (each equal to its own transpose)"),
    ),
    hints=("The shapes cannot decide here. Entry (i, j) of $(AB)^T$ is entry (j, i) of AB: "
           "which row and which column make it?",
           "Entry (i, j) of $(AB)^T$ is row j of A dotted with column i of B. Row j of A is "
           "column j of $A^T$; column i of B is row i of $B^T$."),
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
EXERCISES = [talk_dot, dot_value, cosine, matvec, product_shape, matmul, one_entry,
             batch_scores, transpose_of_product, rotate]
