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
P = np.array([[6, 4, 24], [1, -9, 8]], dtype=np.float32)
BATCH = np.arange(2 * 3 * 4 * 5, dtype=np.float32).reshape(2, 3, 4, 5)
PEOPLE = np.array([[1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1]], dtype=np.float32)

OPERATIONS: list[Operation] = [
    Operation("01", "shape of the matrix M", lambda: M.shape, lambda: _nd().array(M).shape),
    Operation("01", "size of M", lambda: M.size, lambda: _nd().array(M).size),
    Operation("01", "row 2 of M", lambda: M[2], lambda: _nd().array(M)[2]),
    Operation("01", "stack M and -M", lambda: np.stack([M, -M]),
              lambda: _nd().stack(_nd().array(M), -_nd().array(M))),
    Operation("02", "flatten each sample", lambda: BATCH.reshape(2, -1),
              lambda: _nd().array(BATCH).reshape((2, -1))),
    Operation("02", "NCHW → NHWC", lambda: BATCH.transpose(0, 2, 3, 1),
              lambda: _nd().transpose(_nd().array(BATCH), axes=(0, 2, 3, 1))),
    Operation("03", "A * 2", lambda: A * 2, lambda: _nd().array(A) * 2),
    Operation("03", "A + B", lambda: A + B, lambda: _nd().array(A) + _nd().array(B)),
    Operation("03", "M + row 0 (broadcast)", lambda: M + M[0],
              lambda: _nd().array(M) + _nd().array(M[0])),
    Operation("03", "2×3 matrix transposed", lambda: P.T, lambda: _nd().array(P).T),
    Operation("04", "dot product w · x", lambda: np.dot(TALK_W1[0], TALK_X),
              lambda: _nd().dot(_nd().array(TALK_W1[0]), _nd().array(TALK_X))),
    Operation("04", "matrix–vector M @ M[0]", lambda: M @ M[0],
              lambda: _nd().dot(_nd().array(M), _nd().array(M[0]))),
    Operation("04", "matrix–matrix M @ M.T", lambda: M @ M.T,
              lambda: _nd().dot(_nd().array(M), _nd().array(M).T)),
    Operation("05", "L1 norm", lambda: np.sum(np.abs(V)),
              lambda: _nd().norm(_nd().array(V), ord=1)),
    Operation("05", "L2 norm", lambda: np.linalg.norm(V), lambda: _nd().norm(_nd().array(V))),
    Operation("05", "row lengths of M", lambda: np.linalg.norm(M, axis=1),
              lambda: _nd().norm(_nd().array(M), axis=1)),
    Operation("06", "hidden layer σ(W1 x)", lambda: sigmoid(TALK_W1 @ TALK_X),
              lambda: _nd().sigmoid(_nd().dot(_nd().array(TALK_W1), _nd().array(TALK_X)))),
    Operation("06", "forward pass", lambda: sigmoid(TALK_W2 @ sigmoid(TALK_W1 @ TALK_X)),
              lambda: _nd().sigmoid(_nd().dot(_nd().array(TALK_W2), _nd().sigmoid(
                  _nd().dot(_nd().array(TALK_W1), _nd().array(TALK_X)))))),
    Operation("06", "batch forward", lambda: sigmoid(sigmoid(PEOPLE @ TALK_W1.T) @ TALK_W2),
              lambda: _nd().sigmoid(_nd().dot(_nd().sigmoid(_nd().dot(
                  _nd().array(PEOPLE), _nd().array(TALK_W1).T)), _nd().array(TALK_W2)))),
]


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
