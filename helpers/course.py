"""The course manifest: every lesson, in order, and what belongs to it.

The tools and tests read the lessons from here: the navigation links, the exercise
catalogues, the README's lesson table (checked against it), the test schedule. A new lesson
is its notebook in lessons/, its catalogue module helpers/exercises/lessonNN.py and one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lesson:
    number: str  # "01": the notebook's prefix and the catalogue's suffix
    slug: str  # "containers": the rest of the notebook's name
    title: str  # the notebook's heading, after "01 · "
    short_title: str  # the README's link text
    summary: str  # the README's "what you learn"
    runs_long: bool = False  # training or image data: the test schedule starts it first

    @property
    def notebook(self) -> str:
        return f"{self.number}-{self.slug}.ipynb"

    @property
    def catalogue(self) -> str:
        """Its exercises' prefix, ``lesson01``, and its catalogue module's name."""
        return f"lesson{self.number}"

    @property
    def module(self) -> str:
        """The module of its exercises: ``from helpers import lesson01 as ex`` finds it."""
        return f"helpers.exercises.{self.catalogue}"

    @property
    def heading(self) -> str:
        return f"{self.number} · {self.title}"


LESSONS = (
    Lesson("00", "welcome", "Welcome to Linear Algebra 101 for Deep Learning", "Welcome",
           "running cells, the environment check, how exercises work"),
    Lesson("01", "containers", "Containers: scalars, vectors, matrices and tensors",
           "Containers",
           "scalars, vectors, matrices and tensors; `ndim`, `shape`, `size`, `dtype`; the same "
           "in MXNet"),
    Lesson("02", "data-as-tensors", "Data as tensors", "Data as tensors",
           "time series (3D), images (4D), video (5D); batches, NCHW vs NHWC, memory; an "
           "image-slicer widget", runs_long=True),
    Lesson("03", "elementwise-broadcasting", "Elementwise operations, broadcasting and transpose",
           "Elementwise operations, broadcasting, transpose",
           "tensor–scalar and elementwise operations, broadcasting rules and pitfalls, "
           "transpose and axis permutation; a broadcasting widget"),
    Lesson("04", "products", "Products: dot, matrix–vector, matrix–matrix", "Products",
           "dot product and its geometry, matrix–vector (row and column views), "
           "matrix–matrix, AB ≠ BA; a matmul explorer, a 2×2 matrix moving the plane, loops "
           "vs vectorised in GFLOP/s"),
    Lesson("05", "norms", "Norms", "Norms",
           "L1, L2, Lp, L∞, Frobenius, along an axis; distance, unit vectors, weight "
           "penalties, gradient clipping; a unit-ball widget"),
    Lesson("06", "forward-pass", "From tensors to a neural network: the forward pass",
           "The forward pass",
           "the talk's network number by number (1.23 → 0.77, 1.28 → 0.78, 0.79 → 0.69; "
           "exactly 0.6886); neuron, layer, batch, bias; a playground for every weight and "
           "input"),
    Lesson("07", "mxnet-ndarray", "Coding time: MXNet NDArray", "MXNet NDArray",
           "NDArray's shape, dtype and context; every operation of 01–06 side by side with "
           "NumPy; conversion; the asynchronous engine; autograd on the forward pass"),
    Lesson("08", "next-steps", "Next steps: learning from data", "Next steps: learning from data",
           "functions and models, losses, indexing with masks and integer arrays, gradients "
           "(chain rule, autograd, finite differences), gradient descent and SGD, the "
           "learning rate; a digit recogniser in MXNet Gluon above 95% held-out accuracy, "
           "then its forward pass written by you (ReLU, softmax) from its trained weights",
           runs_long=True),
    Lesson("09", "self-assessment", "Self-assessment: what to revisit", "Self-assessment",
           "checked questions and short exercises on the key ideas of lessons 01–08, and the "
           "sections to reread"),
)


def lesson(number: str) -> Lesson | None:
    return next((entry for entry in LESSONS if entry.number == number), None)


def by_notebook(name: str) -> Lesson | None:
    return next((entry for entry in LESSONS if entry.notebook == name), None)
