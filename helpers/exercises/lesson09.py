"""The self-assessment of lesson 09: one question or exercise on each idea of lessons 01-08,
checked like the others, and ``revisit()``, which names the lessons to read again."""

from __future__ import annotations

import numpy as np

from helpers.checks import ChoiceExercise, Option
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson09"


ndim = ChoiceExercise(
    LESSON, "ndim", stars=1, title="axes of a tensor",
    question="`T = np.zeros((3, 4, 5))`. What is `T.ndim`?",
    options=(
        Option("3", "three axes, of lengths 3, 4 and 5", correct=True),
        Option("5", "5 is the length of the last axis; ndim counts the axes"),
        Option("60", "60 = 3 × 4 × 5 is `T.size`, the number of entries"),
    ),
    hints=("ndim is the number of axes: how many numbers the shape has.",
           "The shape (3, 4, 5) has three numbers."),
)


def _nchw_shape():
    return (16, 1, 28, 28)


nchw_shape = ValueExercise(
    LESSON, "nchw_shape", _nchw_shape, stars=1,
    mistakes=(
        Mistake("NHWC", lambda: (16, 28, 28, 1),
                "that is NHWC, channels last; NCHW puts the channel axis second"),
        Mistake("no channel", lambda: (16, 28, 28),
                "a grey image still has a channel axis, of length 1, in NCHW"),
        Mistake("no batch", lambda: (1, 28, 28),
                "that is one image; a batch of 16 adds an axis in front, of length 16"),
        Mistake("colour", lambda: (16, 3, 28, 28),
                "3 channels are red, green and blue; a grey image has one channel: C = 1"),
        Mistake("flattened", lambda: (16, 1, 784),
                "784 = 28 × 28 is the image flattened into one axis; NCHW keeps the height "
                "and the width as two axes, 28 and 28"),
    ),
    hints=("N is the number of images, C the channels (1 for grey), H and W the height and "
           "width.", "N = 16, C = 1, H = W = 28."),
)

broadcasts = ChoiceExercise(
    LESSON, "broadcasts", stars=2, title="which pair broadcasts?",
    question="`A` has shape (3, 4). Which `b` can be added to it, `A + b`, by broadcasting?",
    options=(
        Option("`b` of shape (3,)", "shapes are compared from the right: 3 against 4 differ "
               "and neither is 1, so NumPy refuses; (3, 1) would work"),
        Option("`b` of shape (4,)", "compared from the right, 4 matches 4, and the missing "
               "axis is stretched: b is added to every row", correct=True),
        Option("`b` of shape (4, 3)", "(4, 3) is A's transpose shape: 4 against 3 and 3 "
               "against 4 both differ, and neither is 1"),
    ),
    hints=("Line the shapes up from the right.", "Two lengths fit if they are equal or one "
           "of them is 1."),
)


def _row_centred(X):
    return X - X.mean(axis=1, keepdims=True)


row_centred = ValueExercise(
    LESSON, "row_centred", _row_centred, stars=2,
    inputs={"X": np.array([[1.0, 2.0, 6.0], [4.0, 4.0, 10.0]])},
    mistakes=(
        Mistake("columns", lambda X: X - X.mean(axis=0),
                "X.mean(axis=0) is one mean per column; each row needs its own mean: axis=1"),
        Mistake("one mean", lambda X: X - X.mean(),
                "X.mean() is one mean of all entries; each row needs its own: "
                "X.mean(axis=1, keepdims=True)"),
    ),
    hints=("Each row's mean is X.mean(axis=1).", "Keep it as a column with keepdims=True, "
           "then subtract it from X."),
)

chain_shape = ChoiceExercise(
    LESSON, "chain_shape", stars=2, title="the shape after two layers",
    question="A batch `X` holds 32 inputs as rows, shape (32, 64). `W1` has shape (16, 64) and "
             "`W2` has shape (10, 16). What is the shape of `(X @ W1.T) @ W2.T`?",
    options=(
        Option("(32, 16)", "that is the hidden layer, `X @ W1.T`; the second product maps "
               "its 16 columns to W2's 10 rows"),
        Option("(10, 32)", "that is the transpose of the answer, `W2 @ W1 @ X.T`: a batch "
               "keeps one row per input, so 32 comes first"),
        Option("(32, 10)", "(32, 64) @ (64, 16) gives (32, 16), and (32, 16) @ (16, 10) "
               "gives (32, 10): one row per input, one column per output", correct=True),
        Option("it fails", "each inner pair matches: 64 with 64, then 16 with 16"),
    ),
    hints=("Do one product at a time: first X @ W1.T.", "(32, 64) @ (64, 16), then "
           "(32, 16) @ (16, 10)."),
)


def _l2():
    return 5.0


l2 = ValueExercise(
    LESSON, "l2", _l2, stars=1,
    mistakes=(
        Mistake("L1", lambda: 7.0, "7 is the L1 norm, |3| + |4|; the L2 norm is the square "
                "root of 3² + 4²"),
        Mistake("squared", lambda: 25.0, "25 is the squared L2 norm: take its square root"),
        Mistake("max", lambda: 4.0, "4 is the L∞ norm, the largest absolute entry"),
        Mistake("no squares", lambda: float(np.sqrt(7.0)),
                "that is √(3 + 4): square each entry first, √(3² + 4²)"),
    ),
    hints=("The L2 norm is the square root of the sum of the squares.", "√(9 + 16)."),
)


def _layer_output(W, x, b):
    return 1 / (1 + np.exp(-(W @ x + b)))


layer_output = ValueExercise(
    LESSON, "layer_output", _layer_output, stars=2,
    inputs={"W": np.array([[1.0, -1.0], [0.5, 2.0]]), "x": np.array([2.0, 1.0]),
            "b": np.array([0.0, -3.0])},
    mistakes=(
        Mistake("no sigmoid", lambda W, x, b: W @ x + b,
                "that is the layer before its sigmoid: apply σ(z) = 1 / (1 + e^(-z))"),
        Mistake("no bias", lambda W, x, b: 1 / (1 + np.exp(-(W @ x))),
                "the bias is missing: add b before the sigmoid"),
        Mistake("bias after", lambda W, x, b: 1 / (1 + np.exp(-(W @ x))) + b,
                "you added b after the sigmoid; the bias goes inside: σ(W @ x + b)"),
    ),
    hints=("A layer: W @ x + b, then the sigmoid.", "1 / (1 + np.exp(-(W @ x + b)))."),
)

grad_meaning = ChoiceExercise(
    LESSON, "grad_meaning", stars=2, title="what autograd leaves in w.grad",
    question="`w` is an NDArray with `w.attach_grad()`. Inside `autograd.record()`, `y` is "
             "computed from `w`; then `y.backward()` runs. What does `w.grad` hold?",
    options=(
        Option("the new, improved w", "backward() changes no weight: it only computes how "
               "y changes with w; a training step then uses that to change w"),
        Option("how fast y changes with each entry of w: one number per entry of w",
               "the gradient, of w's shape: a training step moves w against it",
               correct=True),
        Option("the value of y", "y holds its own value; w.grad holds the slopes of y "
               "with respect to w's entries"),
        Option("how fast y changes with the input x", "only the arrays that called "
               "attach_grad() get a .grad: here w, not x"),
    ),
    hints=("Lesson 07's autograd section reads w.grad after backward().",
           "grad: the gradient of y with respect to w."),
)


def _picked(P, labels):
    return P[np.arange(len(labels)), labels]


picked = ValueExercise(
    LESSON, "picked", _picked, stars=2,
    inputs={"P": np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6],
                           [0.3, 0.4, 0.3]]),
            "labels": np.array([1, 0, 1, 2])},
    mistakes=(
        Mistake("columns", lambda P, labels: P[:, labels],
                "P[:, labels] takes whole columns, a (4, 4) table; pair each row with its "
                "label: P[np.arange(4), labels]"),
        Mistake("rows", lambda P, labels: P[labels],
                "P[labels] picks whole rows, by the labels' values; you need row i's entry "
                "in column labels[i]"),
        Mistake("max", lambda P, labels: P.max(axis=1),
                "that is each row's largest probability, the model's favourite; the task "
                "asks for the probability of the true label"),
    ),
    hints=("Row i, column labels[i], for every i at once.",
           "Index with two arrays: np.arange(len(labels)) for the rows, labels for the "
           "columns."),
)

softmax_facts = ChoiceExercise(
    LESSON, "softmax_facts", stars=2, title="what softmax gives",
    question="The scores of one digit are `z = [2.0, 1.0, 0.1]`. Which is true of "
             "softmax(z), the probabilities the network reports?",
    options=(
        Option("it is z / z.sum(), each score over their sum", "that scales without the "
               "exponential; softmax is exp(z) / exp(z).sum(), which also copes with "
               "negative scores"),
        Option("it is [1, 0, 0]: the largest score wins", "that is one-hot of the argmax; "
               "softmax gives every class some probability"),
        Option("its entries are positive, add up to 1 and keep the order of the scores",
               "exp makes each positive, dividing by the sum makes them add up to 1, and "
               "exp keeps the order", correct=True),
        Option("some entries may be negative, like the scores", "exp of any number is "
               "positive, so every probability is above 0"),
    ),
    hints=("softmax(z) = exp(z) / the sum of exp(z).", "Each exp is positive; dividing by "
           "their sum makes them add up to 1."),
)


# In the notebook's order (tests/test_manifest.py).
EXERCISES = [ndim, nchw_shape, broadcasts, row_centred, chain_shape, l2, layer_output,
             grad_meaning, picked, softmax_facts]

#: What each item tests: the lesson and its section to reread (tests/test_progress.py holds
#: that each section exists).
COVERS = {
    "ndim": ("01", "Tensors: containers with any number of axes"),
    "nchw_shape": ("02", "Images: (C, H, W) → (N, C, H, W)"),
    "broadcasts": ("03", "Broadcasting: tensor–vector operations"),
    "row_centred": ("03", "Reductions: one number from many"),
    "chain_shape": ("04", "Matrix–matrix products"),
    "l2": ("05", "The L2 norm: Pythagoras"),
    "layer_output": ("06", "Beyond the talk: a bias"),
    "grad_meaning": ("07", "Autograd: the bridge to learning"),
    "picked": ("08", "Picking entries: slices, masks and integer arrays"),
    "softmax_facts": ("08", "Your own digit network (the capstone)"),
}


def revisit():
    """The lessons to read again: those whose items are not solved in this kernel yet."""
    from helpers.progress import self_assessment

    return self_assessment(EXERCISES, COVERS)
