"""Every operation the course teaches, once in NumPy and once in MXNet NDArray.

Lesson 07 prints them side by side, as a table; the parity test asserts that they agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from helpers import talk
from helpers.checks.answers import is_mxnet_ndarray
from helpers.explainers.network import sigmoid
from helpers.talk import TALK_W1, TALK_W2, TALK_X


@dataclass(frozen=True)
class Operation:
    lesson: str
    name: str
    numpy: Callable[[], Any]
    mxnet: Callable[[], Any]


def _nd():
    import mxnet as mx  # imported late: helpers must import where MXNet is missing

    return mx.nd




V = np.array(talk.VECTOR, dtype=np.float32)
M = np.array(talk.MATRIX, dtype=np.float32)
A = np.array([1, 2, 3, 4], dtype=np.float32)
B = np.array([1, 1, 1, 1], dtype=np.float32)
P = np.array(talk.TRANSPOSE_EXAMPLE, dtype=np.float32)
IMAGES = np.arange(4 * 1 * 8 * 8, dtype=np.float32).reshape(4, 1, 8, 8)  # lesson 02, Ex 2.5
NHWC = np.arange(2 * 2 * 3 * 3, dtype=np.float32).reshape(2, 2, 3, 3)  # lesson 02, Ex 2.4
W1, W2, X1 = TALK_W1, TALK_W2, TALK_X  # float64, as lesson 06 made them
PEOPLE = np.array([[1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1]], dtype=np.float32)

#: The arrays the table works on: a name, the array, where the course built it.
OPERANDS: list[tuple[str, np.ndarray, str]] = [
    ("v", V, "the talk's vector (lessons 01 and 05); the norms are v's"),
    ("M", M, "the talk's matrix (lesson 01)"),
    ("A", A, "lesson 03's first vectors"),
    ("B", B, "lesson 03's first vectors"),
    ("P", P, "the talk's 2×3 matrix, from its transpose slide (lesson 03)"),
    ("images", IMAGES, "lesson 02's Exercise 2.5, four 8×8 images: "
                       "np.arange(256).reshape(4, 1, 8, 8)"),
    ("batch", NHWC, "lesson 02's Exercise 2.4, two 2×3 images in NHWC: "
                    "np.arange(36).reshape(2, 2, 3, 3)"),
    ("x", X1, "the talk's input: vodka, rain, no party (lesson 06)"),
    ("W1", W1, "the talk's hidden weights (lesson 06)"),
    ("w2", W2, "the talk's output weights (lesson 06)"),
    ("X", PEOPLE, "lesson 06's four people, one row each"),
]

OPERATIONS: list[Operation] = [
    Operation("01", "shape of the matrix M", lambda: M.shape, lambda: _nd().array(M).shape),
    Operation("01", "size of M", lambda: M.size, lambda: _nd().array(M).size),
    Operation("01", "row 2 of M", lambda: M[2], lambda: _nd().array(M)[2]),
    Operation("01", "stack M and -M", lambda: np.stack([M, -M]),
              lambda: _nd().stack(_nd().array(M), -_nd().array(M))),
    Operation("02", "images: flatten each", lambda: IMAGES.reshape(4, -1),
              lambda: _nd().array(IMAGES).reshape((4, -1))),
    Operation("02", "batch: NHWC → NCHW", lambda: NHWC.transpose(0, 3, 1, 2),
              lambda: _nd().transpose(_nd().array(NHWC), axes=(0, 3, 1, 2))),
    Operation("03", "A * 2", lambda: A * 2, lambda: _nd().array(A) * 2),
    Operation("03", "A + B", lambda: A + B, lambda: _nd().array(A) + _nd().array(B)),
    Operation("03", "M + row 0 (broadcast)", lambda: M + M[0],
              lambda: _nd().array(M) + _nd().array(M[0])),
    Operation("03", "P transposed", lambda: P.T, lambda: _nd().array(P).T),
    Operation("04", "dot product W1[0] · x", lambda: np.dot(W1[0], X1),
              lambda: _nd().dot(_nd().array(W1[0]), _nd().array(X1))),
    Operation("04", "matrix–vector M @ M[0]", lambda: M @ M[0],
              lambda: _nd().dot(_nd().array(M), _nd().array(M[0]))),
    Operation("04", "matrix–matrix M @ M.T", lambda: M @ M.T,
              lambda: _nd().dot(_nd().array(M), _nd().array(M).T)),
    Operation("05", "L1 norm", lambda: np.sum(np.abs(V)),
              lambda: _nd().norm(_nd().array(V), ord=1)),
    Operation("05", "L2 norm", lambda: np.linalg.norm(V), lambda: _nd().norm(_nd().array(V))),
    Operation("05", "row lengths of M", lambda: np.linalg.norm(M, axis=1),
              lambda: _nd().norm(_nd().array(M), axis=1)),
    Operation("06", "hidden layer σ(W1 x)", lambda: sigmoid(W1 @ X1),
              lambda: _nd().sigmoid(_nd().dot(_nd().array(W1), _nd().array(X1)))),
    Operation("06", "forward pass", lambda: sigmoid(W2 @ sigmoid(W1 @ X1)),
              lambda: _nd().sigmoid(_nd().dot(_nd().array(W2), _nd().sigmoid(
                  _nd().dot(_nd().array(W1), _nd().array(X1)))))),
    Operation("06", "batch forward, X", lambda: sigmoid(sigmoid(PEOPLE @ W1.T) @ W2),
              lambda: _nd().sigmoid(_nd().dot(_nd().sigmoid(_nd().dot(
                  _nd().array(PEOPLE), _nd().array(W1).T)), _nd().array(W2)))),
]


def operand_lines() -> list[str]:
    """The table's arrays, each as its name, shape and origin, then its entries (the long
    ones by the code that made them)."""
    lines = []
    for name, array, where in OPERANDS:
        lines.append(f"{name:6} {str(array.shape):14} {where}")
        if array.size <= 20:
            rows = array.reshape(-1, array.shape[-1]) if array.ndim > 1 else array[None]
            for row in rows:
                lines.append(" " * 7 + "[" + ", ".join(f"{v:g}" for v in row) + "]")
    return lines


def as_numpy(value: Any) -> np.ndarray:
    """NDArrays, tuples and numbers as NumPy arrays; a (1,)-shaped NDArray result as a number."""
    if is_mxnet_ndarray(value):
        value = value.asnumpy()
    return np.asarray(value)


def agree(operation: Operation, rtol: float = 1e-5, atol: float = 1e-5) -> bool:
    expected, got = as_numpy(operation.numpy()), as_numpy(operation.mxnet())
    if expected.ndim == 0 and got.size == 1:
        got = got.reshape(())
    return expected.shape == got.shape and bool(np.allclose(got, expected, rtol=rtol, atol=atol))


def preview(value: Any) -> str:
    """A result in a few characters: a shape or a number as it is, an array as its shape and
    first entries, so that results of different shapes never look alike."""
    if isinstance(value, (tuple, int)):
        return str(value)
    array = as_numpy(value)
    if array.ndim == 0:
        return f"{round(float(array), 4):g}"
    values = [f"{v:g}" for v in np.round(array.astype(float), 4).ravel()]
    for count in range(len(values), 0, -1):  # as many entries as fit the column
        more = ", …" if count < len(values) else ""
        text = f"{array.shape} [{', '.join(values[:count])}{more}]"
        if len(text) <= PREVIEW_WIDTH and count <= 3:
            return text
    return text


PREVIEW_WIDTH = 28
COLUMNS = ("lesson", "operation", "NumPy", "NDArray", "agree")
WIDTHS = (6, 24, PREVIEW_WIDTH, PREVIEW_WIDTH, 5)


def side_by_side_table() -> list[str]:
    """Lesson 07's table, one line per operation: the lesson it comes from, its NumPy and its
    NDArray result, and ✓ where they agree within float32's precision (✗ where not)."""
    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS, strict=True)
                         ).rstrip()

    lines = [line(COLUMNS), line(tuple("-" * width for width in WIDTHS))]
    for operation in OPERATIONS:
        lines.append(line((operation.lesson, operation.name, preview(operation.numpy()),
                           preview(operation.mxnet()), "✓" if agree(operation) else "✗")))
    return lines
