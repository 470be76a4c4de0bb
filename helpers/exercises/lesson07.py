"""Exercises of lesson 07, written in MXNet NDArray."""

from __future__ import annotations

from mxnet import autograd, nd

from helpers import talk
from helpers.checks.exercise import Mistake, ValueExercise
from helpers.talk import TALK_W1, TALK_W2, TALK_X

LESSON = "lesson07"


def _nd_vector():
    return nd.array([5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9])


nd_vector = ValueExercise(
    LESSON, "nd_vector", _nd_vector, kind="mxnet",
    stars=1,
    mistakes=(
        Mistake("as a row matrix", lambda: nd.array([talk.VECTOR]),
                "the extra brackets made a (1, 11) matrix; nd.array of the plain list gives a "
                "vector of shape (11,)"),
    ),
    hints=("nd.array works like np.array.", "nd.array([5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9])"),
)

A_ND = nd.array([[1, 2], [3, 4]])
B_ND = nd.array([[0, 1], [2, 0]])  # not symmetric: A·Bᵀ must differ from A·B


def _nd_matmul(A, B):
    return nd.dot(A, B)


nd_matmul = ValueExercise(
    LESSON, "nd_matmul", _nd_matmul, inputs={"A": A_ND, "B": B_ND}, kind="mxnet",
    stars=1,
    mistakes=(
        Mistake("elementwise", lambda A, B: A * B,
                "A * B is elementwise in MXNet too; the matrix product is nd.dot(A, B)"),
        Mistake("BA", lambda A, B: nd.dot(B, A), "that is BA; the order matters: nd.dot(A, B)"),
    ),
    hints=("MXNet 1.x NDArrays have no @ operator.", "nd.dot(A, B)"),
)


def _nd_forward(x, W1, w2):
    h = nd.sigmoid(nd.dot(W1, x))
    return nd.sigmoid(nd.dot(w2, h))


nd_forward = ValueExercise(
    LESSON, "nd_forward", _nd_forward, kind="mxnet",
    stars=2,
    inputs={"x": nd.array(TALK_X), "W1": nd.array(TALK_W1), "w2": nd.array(TALK_W2)},
    mistakes=(
        Mistake("hidden only", lambda x, W1, w2: nd.sigmoid(nd.dot(W1, x)),
                "that is the hidden layer h; finish with the output neuron"),
    ),
    hints=("h = nd.sigmoid(nd.dot(W1, x)), then the output neuron.",
           "nd.sigmoid(nd.dot(w2, h))"),
)


def _to_numpy(y):
    return y.asnumpy()


to_numpy = ValueExercise(
    LESSON, "to_numpy", _to_numpy, inputs={"y": nd.array([[0.5, 1.5], [2.5, 3.5]])},
    stars=1,
    kind="ndarray",
    hints=("NDArrays have a method that copies them into NumPy.", "y.asnumpy()"),
)


def _grad_w2(x, W1, w2):
    w2.attach_grad()
    with autograd.record():
        y = nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x))))
    y.backward()
    return w2.grad


def _hidden_values(x, W1, w2):
    return nd.sigmoid(nd.dot(W1, x))


grad_w2 = ValueExercise(
    LESSON, "grad_w2", _grad_w2, kind="mxnet", rtol=1e-4, atol=1e-6,
    stars=3,
    inputs={"x": nd.array(TALK_X), "W1": nd.array(TALK_W1), "w2": nd.array(TALK_W2)},
    mistakes=(
        Mistake("no chain rule", _hidden_values,
                "those are the hidden values h, the gradient of the output's sum w2 · h; "
                "the sigmoid on top multiplies it by σ'(z) = y(1 − y): record the whole "
                "forward pass, including the final nd.sigmoid"),
        Mistake("the output", lambda x, W1, w2: nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x)))),
                "that is the output y itself; after y.backward() the gradient is in w2.grad"),
    ),
    hints=("w2.attach_grad(), then compute y inside `with autograd.record():`, then y.backward().",
           "The answer is w2.grad, shape (2,)."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [nd_vector, nd_matmul, to_numpy, nd_forward, grad_w2]
