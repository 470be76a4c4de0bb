"""Every number of the talk the course is built from, as its slides intend them.

The slide text is garbled in places (``4 5`` is 45); these are the intended values. The
lists are as the slides print them. The arrays are read-only here, and each
``from helpers.talk import TALK_W1`` gives the learner a fresh, writable copy
(helpers.checks.frozen): ``TALK_W1 *= 2`` in a cell changes the learner's copy only.
"""

from __future__ import annotations

import numpy as np

from helpers.checks.frozen import copies_on_access

SCALAR: int = 10
ZIPCODE: int = 95051
VECTOR: list[int] = [5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9]
MATRIX: list[list[int]] = [
    [-9, 4, 2, 5, 7],
    [3, 0, 12, 8, 61],
    [1, 23, -6, 45, 2],
    [22, 3, -1, 72, 6],
]
#: How the slide's text reads the vector when two-digit numbers are split apart.
VECTOR_AS_GARBLED: list[int] = [5, 7, 4, 5, 1, 2, -6]

_ARRAYS = {
    # The forward-pass slides: inputs (vodka, rain, party), hidden and output weights.
    "TALK_X": np.array([1.0, 1.0, 0.0]),
    "TALK_W1": np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]),
    "TALK_W2": np.array([0.5, 0.52]),
    # The transpose slide's 2×3 matrix.
    "TRANSPOSE_EXAMPLE": np.array([[6, 4, 24], [1, -9, 8]]),
}
__getattr__, __dir__ = copies_on_access(__name__, _ARRAYS)
