"""Exercises of lesson 06: a neuron, a layer, the forward pass, a batch, a bias.

Here the learner writes functions; each check calls them on several inputs.
"""

from __future__ import annotations

import numpy as np

from helpers.checks import ChoiceExercise, Option
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


layer_weights_shape = ChoiceExercise(
    LESSON, "layer_weights_shape", stars=1,
    title="the weight matrix of a layer",
    question="A layer of 5 neurons reads 3 inputs, `x` of shape (3,). What shape must its "
             "weight matrix `W` have, so that `W @ x` gives every neuron's sum?",
    options=(
        Option("(3, 5)", "that is one row per input: `W @ x` would then need an x of length 5. "
               "The course stacks each neuron's weights as a row, so the rows count neurons"),
        Option("(5,)", "five numbers are the layer's output, one sum per neuron; the weights "
               "are more: each of the 5 neurons has 3 of them"),
        Option("(5, 3)", "right: one row per neuron, one column per input; (5, 3) @ (3,) "
               "gives (5,), one sum per neuron", correct=True),
        Option("(15,)", "the 15 weights are all there, but flat: `@` with x needs them as a "
               "matrix, one row of 3 for each of the 5 neurons"),
    ),
    hints=("One row per neuron, one column per input.",
           "W @ x needs W's second size to equal x's length."),
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


batch_product = ChoiceExercise(
    LESSON, "batch_product", stars=2,
    title="the product that makes a batch's hidden layer",
    question="`X` holds 4 inputs as rows, shape (4, 3), and `W1` has shape (2, 3). Which "
             "product gives the hidden layer's sums, one row per input?",
    options=(
        Option("`W1 @ X`", "(2, 3) @ (4, 3): the inner sizes 3 and 4 differ, so NumPy "
               "refuses it. One input at a time, W1 comes first; for a batch in rows, the "
               "order turns round"),
        Option("`X @ W1.T`", "right: (4, 3) @ (3, 2) gives (4, 2), one row per input, one "
               "column per hidden neuron", correct=True),
        Option("`X * W1`", "`*` multiplies entry by entry, and (4, 3) and (2, 3) do not even "
               "broadcast: the neurons need sums of products, a matrix product"),
        Option("`X @ W1`", "(4, 3) @ (2, 3): the inner sizes 3 and 2 differ. W1 has one row "
               "per neuron; X's rows must meet W1's rows, so W1 is transposed first"),
    ),
    hints=("Write each shape down and check the inner sizes.",
           "The result should be (4, 2): one row per input, one column per neuron."),
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

stacked_affine = ChoiceExercise(
    LESSON, "stacked_affine", stars=3,
    title="two layers without a sigmoid",
    question="Take the sigmoids away: a network computes $W_2(W_1 x + b_1) + b_2$, with "
             "`W1` of shape (2, 3) and `W2` of shape (1, 2). What does it compute, as a "
             "function of x?",
    options=(
        Option("a nonlinear function of x: two layers can do more than one",
               "depth alone adds nothing here: multiplied out, it is "
               "(W2 W1) x + (W2 b1 + b2), one affine layer. Only a nonlinearity "
               "between the layers makes the second one count"),
        Option("one affine map, $Wx + b$ with $W = W_2 W_1$ of shape (1, 3)",
               "right: W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2), a single "
               "layer's worth", correct=True),
        Option("a linear map, because it is made of matrix products",
               "the biases shift it: at x = 0 it gives W2 b1 + b2, not 0, so it is "
               "affine, not linear (unless both biases are zero)"),
        Option("a quadratic function of x, because two weight matrices multiply",
               "the weights multiply each other, W2 W1, but x appears once, to the first "
               "power: the result is still affine in x"),
    ),
    hints=("Multiply out the brackets.", "W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2)."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [neuron, layer, layer_weights_shape, forward, batch_product, forward_batch,
             layer_with_bias, stacked_affine]
