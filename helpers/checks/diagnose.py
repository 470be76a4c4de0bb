"""Explain, in words that name the shapes, how an answer differs from the expected array."""

from __future__ import annotations

import math

import numpy as np


def shape_words(shape: tuple[int, ...]) -> str:
    """``()`` reads "a single number"; other shapes read as Python prints them."""
    return "a single number" if shape == () else f"shape {shape}"


def axes(count: int) -> str:
    return f"{count} axis" if count == 1 else f"{count} axes"


def number(value: float) -> str:
    return f"{float(value):g}"


def same_values(given: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> bool:
    """Equal within tolerance. A one-element array counts as the number it holds."""
    if expected.size == 1 and given.size == 1:  # both ways: 0.5, [0.5], np.array([0.5])
        given, expected = given.reshape(()), expected.reshape(())
    if given.shape != expected.shape:
        return False
    return all_close(given, expected, rtol, atol)


def all_close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> bool:
    """``np.allclose`` for arrays of one shape, a few times faster: a check compares an answer
    with dozens of variants, so this is most of its time. NaN and inf take the slow path."""
    if a.size == 1 and b.size == 1:  # plain floats: far cheaper than 0-d arrays
        x, y = float(a.reshape(())), float(b.reshape(()))
        if math.isfinite(x) and math.isfinite(y):
            return abs(x - y) <= atol + rtol * abs(y)
    a, b = a.astype(float, copy=False), b.astype(float, copy=False)
    if not np.isfinite(b).all():  # inf or NaN expected: allclose's own rules
        return bool(np.allclose(a, b, rtol=rtol, atol=atol))
    return bool((np.abs(a - b) <= atol + rtol * np.abs(b)).all())  # a NaN or inf in a fails


def diagnose(given: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> str:
    """The most useful sentence about a wrong answer, most specific first."""
    close = lambda a, b: same_values(a, b, rtol, atol)  # noqa: E731
    if given.shape == expected.shape:
        if given.ndim == 2 and close(given.T, expected):
            return "this is the transpose of the expected result: rows and columns are swapped"
        return _wrong_entries(given, expected, rtol, atol)
    got, want = shape_words(given.shape), shape_words(expected.shape)
    if given.ndim == 2 and given.shape == expected.shape[::-1] and close(given.T, expected):
        if given.shape[0] == 1:
            return f"got {got}, expected {want}: a row vector where a column vector was meant"
        if given.shape[1] == 1:
            return f"got {got}, expected {want}: a column vector where a row vector was meant"
        return (f"got {got}, expected {want}: this is the transpose of the expected result, "
                "rows and columns are swapped")
    if given.size == expected.size and close(given.reshape(expected.shape), expected):
        return f"the numbers are right but the shape is wrong: got {got}, expected {want}" + \
            _vector_note(given.shape, expected.shape)
    if expected.ndim == 0:
        return f"got an array of {got}, expected a single number"
    if given.ndim == 0:
        return f"got a single number, expected an array of {want}"
    return f"got {got}, expected {want}" + _axes_note(given.shape, expected.shape)


def _wrong_entries(given: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> str:
    if given.size == 1:  # a one-element array reads as the number it holds
        given, expected = given.reshape(()), expected.reshape(())
    if given.ndim == 0:
        if np.isclose(float(given), float(expected), rtol=1e-2, atol=0):
            return (f"got {number(given)}: close, but not within the tolerance; did you round, "
                    "or type a number instead of computing it?")
        return f"got {number(given)}, which is not the expected value"
    wrong = ~np.isclose(given.astype(float), expected.astype(float), rtol=rtol, atol=atol)
    first = tuple(int(i) for i in np.argwhere(wrong)[0])
    index = first[0] if len(first) == 1 else first
    return (f"the {shape_words(given.shape)} is right, but {int(wrong.sum())} of {given.size} "
            f"entries differ; the first is at index {index}, where you have "
            f"{number(given[first])}")


def _vector_note(got: tuple[int, ...], want: tuple[int, ...]) -> str:
    """What the shape slip is, when the numbers are right in reading order."""
    if len(got) == 1 and len(want) == 2:
        if want[1] == 1:
            return " (a column vector has two axes: reshape to (n, 1))"
        if want[0] == 1:
            return " (a row vector has two axes: reshape to (1, n))"
    squeezed_got = tuple(n for n in got if n != 1)
    squeezed_want = tuple(n for n in want if n != 1)
    if squeezed_got == squeezed_want and len(got) < len(want):
        return (" (an axis of length 1 is missing: add an axis, a new axis, with "
                "reshape or [None])")
    if squeezed_got == squeezed_want and len(got) > len(want):
        if len(want) > 1:
            return (" (an extra axis of length 1: each [None], np.newaxis or expand_dims adds "
                    "one axis; add only the ones the task asks for)")
        return (" (an extra axis of length 1: a column (n, 1), keepdims=True or reshape(n, 1) "
                "where a plain vector was meant; drop that axis)")
    if len(got) == len(want) - 1 >= 2 and got[0] == want[0] * want[1] and got[1:] == want[2:]:
        return (" (the pieces are joined along an existing axis, np.concatenate or vstack; "
                "np.stack puts them on a new axis)")
    if len(got) == 1:
        return (" (flattened into one long vector: ravel and flatten drop the axes the task "
                "keeps)")
    if len(got) > len(want) and got[0] == want[0]:
        return (" (each row should be flat: flatten every axis after the first, "
                "reshape(n, -1))")
    if len(got) != len(want):
        return (f" ({axes(len(got))} instead of {len(want)}: the task's shape keeps every "
                f"axis, {want}; reshape to it exactly)")
    return (" (reshape regroups the numbers in reading order: it does not swap rows and "
            "columns, for that transpose)")


def _axes_note(got: tuple[int, ...], want: tuple[int, ...]) -> str:
    if len(got) != len(want):
        return f" ({axes(len(got))} instead of {len(want)})"
    return ""
