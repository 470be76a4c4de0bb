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

product_shape = ChoiceExercise(
    LESSON, "product_shape", stars=1, title="the shape of a product",
    question="`X` has shape (5, 3) and `W` has shape (4, 3). What is the shape of `X @ W.T`?",
    options=(
        Option("(5, 4)", "(5, 3) @ (3, 4): the inner 3s meet, the outer 5 and 4 remain",
               correct=True),
        Option("(4, 5)", "that is `W @ X.T`, the transpose of the answer: the left factor "
               "gives the rows"),
        Option("(5, 3)", "a product keeps the rows of the left factor and the columns of "
               "the right one, W.T's 4"),
        Option("it fails", "`W.T` has shape (3, 4), so the inner sizes are 3 and 3 and match"),
    ),
    hints=("W.T has shape (3, 4).", "(5, 3) @ (3, 4): the outer numbers remain."),
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

asnumpy = ChoiceExercise(
    LESSON, "asnumpy", stars=1, title="NDArray to NumPy",
    question="`y` is an MXNet NDArray. What does `y.asnumpy()` give?",
    options=(
        Option("a NumPy array with a copy of y's numbers", "it waits for y to be computed, "
               "then copies it into a NumPy array", correct=True),
        Option("a view of y: changing it changes y", "it is a copy: changing it leaves y as "
               "it was"),
        Option("one Python number", "that is `.asscalar()`, for an NDArray of one entry"),
    ),
    hints=("Lesson 07 converts between the two.", "asnumpy: as a NumPy array."),
)

learning_rate = ChoiceExercise(
    LESSON, "learning_rate", stars=2, title="a learning rate too large",
    question="Gradient descent runs with a learning rate far too large. What happens to the "
             "loss, typically?",
    options=(
        Option("it falls faster and faster", "each step overshoots the minimum, so it does "
               "not fall: too small is slow, too large overshoots"),
        Option("it jumps around or grows", "each step overshoots the minimum, to a point "
               "where the loss is higher", correct=True),
        Option("nothing: the rate only sets the speed", "the rate scales every step, and a "
               "step too long lands past the minimum"),
    ),
    hints=("A step is the learning rate times the gradient.", "Picture a step longer than "
           "the valley is wide."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [ndim, nchw_shape, broadcasts, row_centred, product_shape, l2, layer_output,
             asnumpy, learning_rate]

#: The lesson each item tests: what revisit() points to.
COVERS = {"ndim": "01", "nchw_shape": "02", "broadcasts": "03", "row_centred": "03",
          "product_shape": "04", "l2": "05", "layer_output": "06", "asnumpy": "07",
          "learning_rate": "08"}


def revisit():
    """The lessons to read again: those whose items are not solved in this kernel yet."""
    from helpers.progress import self_assessment

    return self_assessment(EXERCISES, COVERS)
