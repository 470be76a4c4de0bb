"""Exercises of lesson 08: losses, gradient steps, one-hot labels, accuracy, and the digit
network's forward pass written by the learner (the capstone)."""

from __future__ import annotations

import numpy as np

from helpers.checks.choice import ChoiceExercise, Option
from helpers.checks.exercise import FunctionExercise, Mistake, ValueExercise
from helpers.explainers.network import sigmoid

LESSON = "lesson08"

W = np.array([0.5, -1.2, 2.0])
GRAD = np.array([0.1, -0.4, 0.25])


def _sgd_step(w, grad, lr):
    return w - lr * grad


sgd_step = ValueExercise(
    LESSON, "sgd_step", _sgd_step, inputs={"w": W, "grad": GRAD, "lr": 0.5},
    stars=2,
    mistakes=(
        Mistake("wrong sign", lambda w, grad, lr: w + lr * grad,
                "wrong sign: adding the gradient walks uphill and makes the loss larger; "
                "step against it, w − lr · grad"),
        Mistake("no learning rate", lambda w, grad, lr: w - grad,
                "the learning rate is missing: the step is lr · grad, not the whole gradient"),
        Mistake("returned the step", lambda w, grad, lr: lr * grad,
                "that is only the step; the new weights are the old ones minus it"),
        Mistake("brackets", lambda w, grad, lr: (w - grad) * lr,
                "brackets in the wrong place: lr multiplies w too; only the gradient is "
                "scaled by the learning rate, w - lr * grad"),
        Mistake("roles swapped", lambda w, grad, lr: grad - lr * w,
                "w and grad swapped roles: start from the weights w and subtract lr times "
                "the gradient"),
        Mistake("squared gradient", lambda w, grad, lr: w - lr * grad ** 2,
                "you squared the gradient; the step uses the gradient itself, lr * grad"),
    ),
    hints=("The gradient points uphill; we want to go down.", "w - lr * grad"),
)

PREDICTIONS = np.array([0.9, 0.2, 0.6, 0.4])
TARGETS = np.array([1.0, 0.0, 1.0, 1.0])


def _mse(y, t):
    return np.mean((y - t) ** 2)


mse = ValueExercise(
    LESSON, "mse", _mse, inputs={"y": PREDICTIONS, "t": TARGETS},
    stars=1,
    mistakes=(
        Mistake("sum", lambda y, t: np.sum((y - t) ** 2),
                "that is the sum over the batch; average it (np.mean), so that the loss, and "
                "the learning rate that suits it, do not depend on the batch size"),
        Mistake("not squared", lambda y, t: np.mean(y - t),
                "without the square, errors of opposite sign cancel out; square each error"),
        Mistake("not averaged per example", lambda y, t: np.mean(y - t) ** 2,
                "you squared the mean error; square each error first, then average"),
    ),
    hints=("Error per example, squared, then the mean over the batch.",
           "np.mean((y - t) ** 2)"),
)

LABELS = np.array([3, 0, 9, 3])


def _one_hot(labels):
    return np.eye(10)[labels]


one_hot = ValueExercise(
    LESSON, "one_hot", _one_hot, inputs={"labels": LABELS},
    stars=2,
    mistakes=(
        Mistake("integers", lambda labels: labels,
                "those are the labels as integers; one-hot encoding turns each into a row of 10 "
                "numbers with a single 1, shape (4, 10)"),
        Mistake("classes first", lambda labels: np.eye(10)[labels].T,
                "shape (10, 4) puts the classes on axis 0; one row per example, shape (4, 10)"),
        Mistake("identity", lambda labels: np.eye(10),
                "that is the identity matrix itself, never indexed by the labels: pick its "
                "rows with the labels, np.eye(10)[labels]"),
        Mistake("every column", lambda labels:
                np.tile(np.isin(np.arange(10), labels), (len(labels), 1)).astype(float),
                "every row got a 1 in the column of every label (answer[:, labels] = 1); "
                "each row needs a single 1, at its own label: answer[np.arange(n), labels] = 1"),
        Mistake("inverted", lambda labels: 1 - np.eye(10)[labels],
                "inverted: zeros at the true class and ones elsewhere; a one-hot row has a "
                "single 1, at the label"),
        Mistake("column of labels", lambda labels: labels.reshape(-1, 1),
                "a column of the labels themselves; one-hot encoding turns each into a row of "
                "10 numbers with a single 1, shape (4, 10)"),
    ),
    hints=("Row i of the 10×10 identity matrix is the one-hot vector of class i.",
           "np.eye(10)[labels]"),
)

pick_entries = ChoiceExercise(
    LESSON, "pick_entries", stars=2,
    title="two lists of positions",
    question="`A` has shape (3, 4). What does `A[[0, 2], [1, 3]]` give?",
    options=(
        Option("a (2, 2) table: rows 0 and 2, and in each of them columns 1 and 3",
               "that would be `A[[0, 2]][:, [1, 3]]`, rows first, then columns of those rows; "
               "two integer arrays in one index are read in pairs instead, one entry per pair"),
        Option("2 numbers: `A[0, 1]` and `A[2, 3]`",
               "right: the two lists are read in pairs, (0, 1) and (2, 3), as "
               "`probs[np.arange(3), true_class]` was, and each pair picks one entry",
               correct=True),
        Option("2 numbers: `A[0, 2]` and `A[1, 3]`",
               "a list is not one position: the first list holds the rows and the second the "
               "columns, and the positions pair them up entry by entry: (0, 1) and (2, 3)"),
        Option("an error: `A` has no row 3",
               "3 is in the second list, the columns, and `A` has 4 columns, 0 to 3; only the "
               "first list holds rows"),
    ),
    hints=("The first list holds rows, the second columns.",
           "Pair the lists entry by entry: (row 0, column 1), then (row 2, column 3)."),
)

PROBS = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25]])
CLASSES = np.array([0, 2, 2])  # the last true class is not the most probable one


def _cross_entropy(P, labels):
    return -np.mean(np.log(P[np.arange(len(labels)), labels]))


cross_entropy = ValueExercise(
    LESSON, "cross_entropy", _cross_entropy, inputs={"P": PROBS, "labels": CLASSES},
    stars=3,
    mistakes=(
        Mistake("no minus", lambda P, labels: np.mean(np.log(P[np.arange(len(labels)), labels])),
                "the minus sign is missing: log of a probability is negative, and a loss "
                "should be positive, smaller when the model is surer of the truth"),
        Mistake("sum", lambda P, labels: -np.sum(np.log(P[np.arange(len(labels)), labels])),
                "that is the sum over the batch; average it over the examples"),
        Mistake("all classes", lambda P, labels: -np.mean(np.log(P)),
                "you averaged the log of every probability; only the probability of each "
                "example's true class counts: P[np.arange(n), labels]"),
        Mistake("whole columns", lambda P, labels: -np.mean(np.log(P[:, labels])),
                "P[:, labels] picks whole columns, every row for every label; each row needs "
                "only its own label's entry: P[np.arange(n), labels]"),
        Mistake("labels from 1", lambda P, labels:
                -np.mean(np.log(P[np.arange(len(labels)), labels - 1])),
                "off by one: labels - 1 shifts every class, as if they counted from 1; "
                "the labels already count from 0, use them as they are"),
        Mistake("1 - p", lambda P, labels:
                -np.mean(np.log(1 - P[np.arange(len(labels)), labels])),
                "that takes the log of 1 - p, the probability of the wrong answers; the loss "
                "uses the probability p of the true class itself"),
        Mistake("most probable", lambda P, labels: -np.mean(np.log(P.max(axis=1))),
                "that uses the largest probability of each row, the model's own guess; the "
                "loss uses the probability of the true label, P[np.arange(n), labels]"),
    ),
    hints=("For each example, take the probability the model gave its true class.",
           "-np.mean(np.log(P[np.arange(len(labels)), labels]))"),
)


loss_goes_up = ChoiceExercise(
    LESSON, "loss_goes_up", stars=1,
    title="the loss goes up",
    question="You train a network with gradient descent, and its loss grows from one step to "
             "the next. Which change is most likely to fix it?",
    options=(
        Option("a larger learning rate",
               "longer steps overshoot further still: each step already goes past the bottom "
               "of the valley and lands higher on the other side; the figure below shows "
               "lr = 200 making the loss go up where lr = 20 made it fall"),
        Option("more steps",
               "more steps of the same length keep overshooting: the loss grows because each "
               "step is too long, not because there are too few of them"),
        Option("a smaller learning rate",
               "right: each step goes past the bottom of the valley and lands higher on the "
               "other side; shorter steps stay in it, as the figure below shows: lr = 20 made "
               "the loss fall where lr = 200 made it go up", correct=True),
        Option("a bigger network, with more hidden units",
               "the size of the network does not set the length of a step: a bigger network "
               "with the same learning rate overshoots as well. The step is lr · ∇L, so the "
               "learning rate is the knob"),
    ),
    hints=("The step is lr · ∇L: which number sets its length?",
           "A step that is too long jumps past the bottom of the valley."),
)


def _scaled_lr(lr, batch_size):
    return lr / batch_size


scaled_lr = ValueExercise(
    LESSON, "scaled_lr", _scaled_lr, inputs={"lr": 0.1, "batch_size": 32},
    stars=2,
    mistakes=(
        Mistake("scaled up", lambda lr, batch_size: lr * batch_size,
                "wrong direction: the summed loss's gradient is already batch_size times "
                "larger, so the learning rate must be batch_size times smaller"),
        Mistake("unchanged", lambda lr, batch_size: lr,
                "unchanged, every step would be batch_size times longer than before"),
        Mistake("no lr", lambda lr, batch_size: 1 / batch_size,
                "the original learning rate lr is missing: divide it, lr / batch_size"),
    ),
    hints=("The sum of 32 losses is 32 times their mean, and so is its gradient.",
           "lr / batch_size"),
)

SCORES = np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1], [0.3, 0.3, 0.4], [0.2, 0.5, 0.3],
                   [0.6, 0.3, 0.1]])
TRUTH = np.array([1, 0, 2, 0, 0])


def _accuracy(P, labels):
    return np.mean(P.argmax(axis=1) == labels)


accuracy = ValueExercise(
    LESSON, "accuracy", _accuracy, inputs={"P": SCORES, "labels": TRUTH},
    stars=2,
    mistakes=(
        Mistake("count", lambda P, labels: np.sum(P.argmax(axis=1) == labels),
                "that is the number of right answers; accuracy is their fraction (the mean)"),
        Mistake("error rate", lambda P, labels: np.mean(P.argmax(axis=1) != labels),
                "that is the error rate, the fraction of wrong answers; accuracy counts the "
                "right ones"),
        Mistake("none right", lambda P, labels: np.mean(P.argmax() == labels),
                "that is 0, no prediction matches: compare the class of each row, "
                "P.argmax(axis=1), with the labels; max gives the probability itself, and "
                "argmax without axis one index into the flattened array"),
        Mistake("mean probability", lambda P, labels: np.mean(P[np.arange(len(labels)), labels]),
                "that is the mean probability of the true class; accuracy asks whether it was "
                "the most probable one: compare P.argmax(axis=1) with the labels"),
    ),
    hints=("The prediction is the class with the highest probability: argmax along axis 1.",
           "np.mean(P.argmax(axis=1) == labels)"),
)



def _predict(X, W1, b1, W2, b2):
    H = np.maximum(0, X @ W1.T + b1)
    Z = H @ W2.T + b2
    E = np.exp(Z)
    P = E / E.sum(axis=1, keepdims=True)
    return P.argmax(axis=1)


def _softmax(Z, axis=1):
    E = np.exp(Z)
    return E / E.sum(axis=axis, keepdims=True)


def _small_network(rng):
    """A made-up digit network of 5 inputs, 4 hidden units and 3 classes, and 6 inputs.
    No weight matrix is square, so that a weight used without its .T stops the function with
    a shape error (the digit network's (64, 64) W1 would run silently)."""
    return {"X": rng.integers(0, 5, (6, 5)).astype(float),
            "W1": rng.integers(-4, 5, (4, 5)) / 2, "b1": rng.integers(-4, 5, 4) / 2,
            "W2": rng.integers(-4, 5, (3, 4)) / 2, "b2": rng.integers(-4, 5, 3) / 2}


# Seed 859: on both networks, every catalogued mistake predicts other digits than the
# reference and than each other, and the reference predicts all 3 classes
# (tests/test_exercise_catalogue.py, test_exercise_data.py).
_NETWORKS = np.random.default_rng(859)
NETWORKS = (_small_network(_NETWORKS), _small_network(_NETWORKS))

ARGMAX_OVER_BATCH = ("argmax(axis=0) looks down each column: for each class, the row where "
                     "it is largest, one number per class; each digit's answer is the largest "
                     "entry of its own row: argmax(axis=1)")

predict = FunctionExercise(
    LESSON, "predict", _predict, function_name="predict", cases=NETWORKS, stars=3,
    mistakes=(
        Mistake("softmax over axis 0", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T + b1) @ W2.T + b2, axis=0).argmax(axis=1),
                "your softmax divides by the sums down each column (axis 0), which mixes "
                "different digits; each row, one digit's scores, must add up to 1: "
                "E / E.sum(axis=1, keepdims=True)"),
        Mistake("no b1", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T) @ W2.T + b2).argmax(axis=1),
                "the hidden layer's bias b1 is missing: H = np.maximum(0, X @ W1.T + b1)"),
        Mistake("no b2", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T + b1) @ W2.T).argmax(axis=1),
                "the output layer's bias b2 is missing: Z = H @ W2.T + b2"),
        Mistake("no ReLU", lambda X, W1, b1, W2, b2:
                _softmax((X @ W1.T + b1) @ W2.T + b2).argmax(axis=1),
                "the ReLU is missing: without max(0, ·) the negative hidden sums pass on, and "
                "the two layers are one affine map; H = np.maximum(0, X @ W1.T + b1)"),
        Mistake("sigmoid for ReLU", lambda X, W1, b1, W2, b2:
                _softmax(sigmoid(X @ W1.T + b1) @ W2.T + b2).argmax(axis=1),
                "that is lesson 06's sigmoid; this network's hidden layer uses ReLU, "
                "max(0, z): np.maximum(0, X @ W1.T + b1)"),
        Mistake("argmax over the batch", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T + b1) @ W2.T + b2).argmax(axis=0),
                ARGMAX_OVER_BATCH),
        Mistake("argmax of the scores over the batch", lambda X, W1, b1, W2, b2:
                (np.maximum(0, X @ W1.T + b1) @ W2.T + b2).argmax(axis=0),
                ARGMAX_OVER_BATCH),
        Mistake("argmax of everything", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T + b1) @ W2.T + b2).argmax(),
                "argmax without an axis gives one position in the flattened table; each row "
                "needs its own answer: P.argmax(axis=1)"),
        Mistake("max for argmax", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T + b1) @ W2.T + b2).max(axis=1),
                "that is the largest probability of each row; the prediction is where it "
                "is, its class: P.argmax(axis=1)"),
        Mistake("probabilities", lambda X, W1, b1, W2, b2:
                _softmax(np.maximum(0, X @ W1.T + b1) @ W2.T + b2),
                "those are the probabilities, one row per input; the prediction is the most "
                "probable class of each row: P.argmax(axis=1)"),
    ),
    hints=("A few lines, each on the whole batch: hidden sums and ReLU, scores, softmax, "
           "argmax. X holds one input per row, so each weight is transposed: X @ W1.T.",
           "H = np.maximum(0, X @ W1.T + b1), Z = H @ W2.T + b2, E = np.exp(Z), "
           "P = E / E.sum(axis=1, keepdims=True), then return P.argmax(axis=1)"),
)

softmax_order = ChoiceExercise(
    LESSON, "softmax_order", stars=2,
    title="argmax with or without softmax",
    question="Exercise 8.7's `predict` ends with the argmax of each row of probabilities. What "
             "would it return if it took the argmax of each row of scores instead, skipping "
             "softmax?",
    options=(
        Option("other digits: softmax is nonlinear, so it can change which class is largest",
               "nonlinear is not the same as reordering: e^z always grows with z, and the "
               "entries of one row are all divided by the same sum, so their order stays"),
        Option("other digits, whenever a row has negative scores",
               "a negative score gives an e^z between 0 and 1, still in order: "
               "e^−2 < e^−1 < e^0, so the largest score still wins"),
        Option("an error: argmax needs numbers between 0 and 1",
               "argmax only compares the entries of each row; it works on any numbers, "
               "scores included"),
        Option("the same digits: softmax keeps the order of the entries in each row",
               "right: e^z grows with z, and every entry of a row is divided by the same sum, "
               "so the largest score becomes the largest probability. Softmax is there for "
               "the loss, −log p, which needs probabilities", correct=True),
    ),
    hints=("Does e^z ever put two numbers in the other order?",
           "Dividing every entry of a row by the same positive sum keeps their order."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [mse, pick_entries, cross_entropy, sgd_step, loss_goes_up, scaled_lr, one_hot,
             accuracy, predict, softmax_order]
