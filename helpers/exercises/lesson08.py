"""Exercises of lesson 08: losses, gradient steps, one-hot labels, accuracy."""

from __future__ import annotations

import numpy as np

from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson08"

W = np.array([0.5, -1.2, 2.0])
GRAD = np.array([0.1, -0.4, 0.25])


def _sgd_step(w, grad, lr):
    return w - lr * grad


sgd_step = ValueExercise(
    LESSON, "sgd_step", _sgd_step, inputs={"w": W, "grad": GRAD, "lr": 0.5},
    mistakes=(
        Mistake("wrong sign", lambda w, grad, lr: w + lr * grad,
    stars=2,
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
    mistakes=(
        Mistake("sum", lambda y, t: np.sum((y - t) ** 2),
    stars=1,
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
    mistakes=(
        Mistake("integers", lambda labels: labels,
    stars=2,
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

PROBS = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25]])
CLASSES = np.array([0, 2, 2])  # the last true class is not the most probable one


def _cross_entropy(P, labels):
    return -np.mean(np.log(P[np.arange(len(labels)), labels]))


cross_entropy = ValueExercise(
    LESSON, "cross_entropy", _cross_entropy, inputs={"P": PROBS, "labels": CLASSES},
    mistakes=(
        Mistake("no minus", lambda P, labels: np.mean(np.log(P[np.arange(len(labels)), labels])),
    stars=3,
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


def _scaled_lr(lr, batch_size):
    return lr / batch_size


scaled_lr = ValueExercise(
    LESSON, "scaled_lr", _scaled_lr, inputs={"lr": 0.1, "batch_size": 32},
    mistakes=(
        Mistake("scaled up", lambda lr, batch_size: lr * batch_size,
    stars=2,
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
    mistakes=(
        Mistake("count", lambda P, labels: np.sum(P.argmax(axis=1) == labels),
    stars=2,
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

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [mse, cross_entropy, sgd_step, scaled_lr, one_hot, accuracy]
