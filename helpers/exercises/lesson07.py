"""Exercises of lesson 07, written in MXNet NDArray."""

from __future__ import annotations

from mxnet import autograd, nd

from helpers import talk
from helpers.checks import ChoiceExercise, Option
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


asnumpy_result = ChoiceExercise(
    LESSON, "asnumpy_result", stars=1,
    title="what asnumpy() gives",
    question="`v = nd.array([1, 2, 3])`. What is `v.asnumpy()`?",
    options=(
        Option("a NumPy array of dtype int64: [1, 2, 3]", "NumPy would pick int64 for a list "
               "of integers, but the numbers were already stored by `nd.array`, as float32; "
               "`asnumpy()` copies them and keeps their dtype"),
        Option("a NumPy array of dtype float32: [1., 2., 3.]", "right: `nd.array` stores "
               "float32 by default, even for integers, and `asnumpy()` copies the numbers "
               "into NumPy with that dtype", correct=True),
        Option("a Python list [1, 2, 3]", "`asnumpy()` gives a NumPy array, with a shape and "
               "a dtype; a list has neither"),
        Option("the same NDArray, once MXNet's engine has finished it", "`asnumpy()` does "
               "wait for the engine, but what it returns is a new NumPy array, not the "
               "NDArray"),
    ),
    hints=("Which dtype did nd.array choose for the talk's vector?",
           "asnumpy() copies the numbers and keeps their dtype."),
)


def _to_numpy(y):
    return y.asnumpy().astype("float64")


to_numpy = ValueExercise(
    LESSON, "to_numpy", _to_numpy, inputs={"y": nd.array([[0.5, 1.5], [2.5, 3.5]])},
    kind="ndarray", dtype="float64", stars=2,
    mistakes=(
        Mistake("integers", lambda y: y.asnumpy().astype("int64"),
                "int64 is an integer dtype: it keeps only whole numbers, so 0.5 became 0. "
                "The task asks for float64, a floating-point type with more digits than "
                "float32"),
    ),
    hints=("asnumpy() keeps the NDArray's dtype, float32: look at the cell above.",
           "Lesson 01's astype makes a copy with another dtype: y.asnumpy().astype(\"float64\")"),
)

float64_tenth = ChoiceExercise(
    LESSON, "float64_tenth", stars=2,
    title="does float64 bring 0.1 back?",
    question="`t = nd.array([0.1]).asnumpy().astype(\"float64\")`. Is `t[0] == 0.1` true?",
    options=(
        Option("yes: float64 has about 16 digits, enough for 0.1", "float64 could hold 0.1 to "
               "16 digits, but the number was stored as float32 first: `astype` copies "
               "float32's nearest value, 0.10000000149…, and the lost digits do not come back"),
        Option("no: it is float32's 0.1, 0.10000000149…, now in float64", "right: "
               "converting keeps the value float32 stored, so `==` still fails; compare with "
               "a tolerance (`np.isclose`)", correct=True),
        Option("it raises an error: float32 and float64 cannot be compared", "NumPy compares "
               "numbers of different dtypes without complaint; the answer is just False, "
               "because the two values differ in the ninth digit"),
    ),
    hints=("Which value did float32 store for 0.1? The cell on float32 printed it.",
           "astype copies the stored value; it cannot know you meant 0.1."),
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
    LESSON, "grad_w2", _grad_w2, rtol=1e-4, atol=1e-6,
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

engine_queue = ChoiceExercise(
    LESSON, "engine_queue", stars=1,
    title="what a quick return means",
    question="The cell above printed two times: the line `product = nd.dot(big, big)` "
             "returned after a fraction of a millisecond, and `product.wait_to_read()` only "
             "after many milliseconds. What happened when `nd.dot` returned?",
    options=(
        Option("MXNet had computed the product; `wait_to_read()` took the rest of the time "
               "on work of its own", "`wait_to_read()` does no work of its own: it waits. "
               "`nd.dot` had only queued the product, and the engine was still computing it "
               "in the background"),
        Option("MXNet had queued the product; it is ready once `product.wait_to_read()` (or "
               "`asnumpy()`) returns", "right: MXNet returns at once and computes in the "
               "background; reading the numbers waits for them", correct=True),
        Option("MXNet had skipped the work, and computes it only if `product` is printed",
               "nothing is skipped: the engine computes every queued operation, printed or "
               "not; Python just does not wait for it until the numbers are needed"),
    ),
    hints=("Compare the two times: when could the numbers of `product` be read?",
           "Returning is not finishing."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [nd_vector, nd_matmul, asnumpy_result, to_numpy, float64_tenth, engine_queue,
             nd_forward, grad_w2]
