"""The numbers of the talk the course is built from, as printed on its slides.

The slide text is garbled in places (``4 5`` is 45); these are the intended values.
"""

from __future__ import annotations

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
