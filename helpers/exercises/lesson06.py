"""Exercises of lesson 06: a neuron, a layer, the forward pass, a batch, a bias.

Here the learner writes functions; each check calls them on several inputs.
"""

from __future__ import annotations

import numpy as np

from helpers.checks.exercise import FunctionExercise, Mistake
from helpers.explainers.network import sigmoid
from helpers.talk import TALK_W1, TALK_W2, TALK_X

LESSON = "lesson06"
PEOPLE = np.array([[1.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])


def _neuron(w, x):
    return sigmoid(np.dot(w, x))


neuron = FunctionExercise(
    LESSON, "neuron", _neuron, function_name="neuron",
    stars=1,
    cases=({"w": TALK_W1[0], "x": TALK_X}, {"w": TALK_W1[1], "x": np.array([0.0, 1.0, 1.0])},
           {"w": np.array([-1.0, 2.0, 0.5]), "x": np.array([1.0, 0.0, 2.0])}),
    mistakes=(
        Mistake("no sum", lambda w, x: sigmoid(w * x),
                "w * x is elementwise, so you got one number per input; a neuron adds the "
                "products first (a dot product), then applies the sigmoid"),
        Mistake("sigmoid inside", lambda w, x: np.sum(sigmoid(w * x)),
                "you applied the sigmoid to each product and then added; add first, then "
                "apply the sigmoid once"),
    ),
    hints=("A neuron: a dot product, then the sigmoid.", "return sigmoid(np.dot(w, x))"),
)


def _layer(W, x):
    return sigmoid(W @ x)


layer = FunctionExercise(
    LESSON, "layer", _layer, function_name="layer",
    stars=2,
    cases=({"W": TALK_W1, "x": TALK_X}, {"W": TALK_W1, "x": np.array([0.0, 1.0, 1.0])},
           {"W": np.array([[1.0, -1.0, 0.5], [0.2, 0.3, -2.0], [0.0, 1.0, 1.0]]),
            "x": np.array([2.0, 1.0, 0.5])}),
    mistakes=(
        Mistake("elementwise", lambda W, x: sigmoid(W * x),
                "W * x multiplies elementwise, shape (neurons, inputs); each neuron needs "
                "its row dotted with x: W @ x"),
    ),
    hints=("A layer is every neuron at once: one row of W per neuron.",
           "return sigmoid(W @ x)"),
)


def _forward(x, W1, w2):
    h = sigmoid(W1 @ x)
    return sigmoid(w2 @ h)


forward = FunctionExercise(
    LESSON, "forward", _forward, function_name="forward",
    stars=2,
    cases=({"x": TALK_X, "W1": TALK_W1, "w2": TALK_W2},
           {"x": np.array([0.0, 1.0, 1.0]), "W1": TALK_W1, "w2": TALK_W2},
           {"x": TALK_X, "W1": np.array([[0.1, -0.4, 0.9], [-0.3, 0.8, 0.2]]),
            "w2": np.array([1.5, -0.7])}),
    mistakes=(
        Mistake("returned hidden", lambda x, W1, w2: sigmoid(W1 @ x),
                "that is the hidden layer h, shape (2,); the output neuron combines it: "
                "sigmoid(w2 @ h)"),
    ),
    hints=("First the hidden layer h, then the output neuron on h.",
           "h = sigmoid(W1 @ x), then return sigmoid(w2 @ h)"),
)


def _forward_batch(X, W1, w2):
    H = sigmoid(X @ W1.T)
    return sigmoid(H @ w2)


forward_batch = FunctionExercise(
    LESSON, "forward_batch", _forward_batch, function_name="forward_batch",
    stars=3,
    cases=({"X": PEOPLE, "W1": TALK_W1, "w2": TALK_W2},
           {"X": PEOPLE[:2], "W1": np.array([[0.1, -0.4, 0.9], [-0.3, 0.8, 0.2]]),
            "w2": np.array([1.5, -0.7])}),
    mistakes=(
        Mistake("hidden only", lambda X, W1, w2: sigmoid(X @ W1.T),
                "that is the hidden layer for every person, shape (people, 2); finish with "
                "the output neuron"),
    ),
    hints=("Each row of X is a person: X @ W1.T gives every person's hidden sums at once.",
           "H = sigmoid(X @ W1.T), then return sigmoid(H @ w2)"),
)


def _layer_with_bias(W, x, b):
    return sigmoid(W @ x + b)


layer_with_bias = FunctionExercise(
    LESSON, "layer_with_bias", _layer_with_bias, function_name="layer_with_bias",
    stars=2,
    cases=({"W": TALK_W1, "x": TALK_X, "b": np.array([-1.0, 0.5])},
           {"W": TALK_W1, "x": np.array([0.0, 0.0, 0.0]), "b": np.array([2.0, -2.0])}),
    mistakes=(
        Mistake("bias after sigmoid", lambda W, x, b: sigmoid(W @ x) + b,
                "the bias goes inside the sigmoid: it shifts the weighted sum, "
                "sigmoid(W @ x + b)"),
        Mistake("no bias", lambda W, x, b: sigmoid(W @ x),
                "the bias b is missing: sigmoid(W @ x + b)"),
    ),
    hints=("A bias shifts each neuron's weighted sum before the sigmoid.",
           "return sigmoid(W @ x + b)"),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [neuron, layer, forward, forward_batch, layer_with_bias]
