"""Every operation the course teaches, once in NumPy and once in MXNet NDArray.

Lesson 07 prints them side by side; the parity test asserts that they agree.
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
    Operation("01", "shape of the talk's matrix", lambda: M.shape, lambda: _nd().array(M).shape),
    Operation("01", "size of the talk's matrix", lambda: M.size, lambda: _nd().array(M).size),
    Operation("01", "row 2 of the matrix", lambda: M[2], lambda: _nd().array(M)[2]),
    Operation("01", "stack M and -M", lambda: np.stack([M, -M]),
              lambda: _nd().stack(_nd().array(M), -_nd().array(M))),
    Operation("02", "flatten each sample", lambda: BATCH.reshape(2, -1),
              lambda: _nd().array(BATCH).reshape((2, -1))),
    Operation("02", "NCHW → NHWC", lambda: BATCH.transpose(0, 2, 3, 1),
              lambda: _nd().transpose(_nd().array(BATCH), axes=(0, 2, 3, 1))),
    Operation("03", "A * 2", lambda: A * 2, lambda: _nd().array(A) * 2),
    Operation("03", "A + B", lambda: A + B, lambda: _nd().array(A) + _nd().array(B)),
    Operation("03", "broadcast M + row", lambda: M + M[0],
              lambda: _nd().array(M) + _nd().array(M[0])),
    Operation("03", "transpose", lambda: P.T, lambda: _nd().array(P).T),
    Operation("04", "dot product", lambda: np.dot(TALK_W1[0], TALK_X),
              lambda: _nd().dot(_nd().array(TALK_W1[0]), _nd().array(TALK_X))),
    Operation("04", "matrix–vector", lambda: M @ M[0],
              lambda: _nd().dot(_nd().array(M), _nd().array(M[0]))),
    Operation("04", "matrix–matrix", lambda: M @ M.T,
              lambda: _nd().dot(_nd().array(M), _nd().array(M).T)),
    Operation("05", "L1 norm", lambda: np.sum(np.abs(V)),
              lambda: _nd().norm(_nd().array(V), ord=1)),
    Operation("05", "L2 norm", lambda: np.linalg.norm(V), lambda: _nd().norm(_nd().array(V))),
    Operation("05", "row lengths", lambda: np.linalg.norm(M, axis=1),
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


def side_by_side_lines() -> list[str]:
    """Lesson 07's table: lesson, operation, the first NumPy values, and whether MXNet agrees."""
    lines = []
    for operation in OPERATIONS:
        values = np.round(as_numpy(operation.numpy()).astype(float), 4).ravel()
        shown = ", ".join(f"{v:g}" for v in values[:3]) + (", …" if values.size > 3 else "")
        verdict = "✓ MXNet agrees" if agree(operation) else "✗ MXNet differs"
        lines.append(f"{operation.lesson}  {operation.name:27} [{shown}]".ljust(66) + verdict)
    return lines
