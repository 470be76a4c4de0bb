"""Course-wide detectors for the right pieces put together the wrong way: joined along an
existing axis instead of stacked on a new one, repeated, appended, sliced where one index
was meant, a whole row for one entry, two operands of the same orientation, an input
flipped, a range for typed numbers, counts taken from 0, one number added everywhere, an
offset, a sigmoid typed with a slip, an extra log or exp, matrices cut to fit, a term of
a matrix–vector product left out, a count
divided by (n, n - 1) or a norm where a mean of squares was meant.

Like ``kinds``, each compares the answer with a transform of the expected value or of the
inputs and names the slip in the course's words; they run on every exercise.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np

Close = Callable[[np.ndarray, np.ndarray], bool]

JOINING = ("+ on Python lists, np.concatenate, np.vstack and np.append join arrays end to "
           "end; arithmetic works entry by entry on NumPy arrays (np.array(...) first)")


def concatenated(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """A stack (a new axis) built with concatenate, hstack or vstack (an existing axis)."""
    if e.ndim < 2 or g.ndim != e.ndim - 1 or g.size != e.size:
        return None
    for axis in range(g.ndim):
        if close(g, np.concatenate(list(e), axis=axis)):
            return (f"the pieces are joined along an existing axis (np.concatenate, hstack or "
                    f"vstack), shape {g.shape}; np.stack puts them on a new axis, shape "
                    f"{e.shape}")
    return None


def repeated(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The answer, or an input, repeated end to end (copies, or + and * on lists)."""
    if g.ndim == e.ndim and g.shape[1:] == e.shape[1:] and e.shape and \
            g.shape[0] > e.shape[0] and g.shape[0] % e.shape[0] == 0:
        copies = g.shape[0] // e.shape[0]
        if close(g, np.concatenate([e] * copies)):
            return (f"that is {copies} copies of the answer along axis 0, shape {g.shape}; "
                    f"the task wants it once, shape {e.shape}")
    if g.ndim != 1:
        return None
    for name, x in inputs.items():
        if x.ndim == 1 and g.size % x.size == 0 and g.size > x.size and \
                close(g, np.tile(x, g.size // x.size)):
            return (f"that is {name} repeated {g.size // x.size} times, end to end: {JOINING}")
    return None


def joined(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Two inputs joined (appended, stacked as an extra row) where they were to combine."""
    for (name_a, a), (name_b, b) in itertools.permutations(inputs.items(), 2):
        if a.ndim == b.ndim == 1 and close(g, np.concatenate([a, b])):
            return f"that is {name_a} followed by {name_b}, one longer array: {JOINING}"
        if a.ndim == 2 and b.ndim == 1 and a.shape[1] == b.size and \
                close(g, np.vstack([a, b])):
            return (f"that appends {name_b} to {name_a} as an extra row (a stack); the task "
                    f"combines them entry by entry: {JOINING}")
    return None


def slice_for_index(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Several rows (a slice, ``M[:3]``) where one row (an index, ``M[2]``) was meant."""
    if e.ndim == 0 or g.ndim != e.ndim + 1 or g.shape[1:] != e.shape or g.shape[0] < 2:
        return None
    for k in range(g.shape[0]):
        if close(g[k], e):
            return (f"that is {g.shape[0]} rows (a slice, start:stop, keeps a range of rows), "
                    f"and the one at index {k} of them is the answer: one index, without a "
                    "colon, picks a single row")
    return None


def whole_row_for_entry(g: np.ndarray, e: np.ndarray, inputs: dict,
                        close: Close) -> str | None:
    """A whole row of numbers, one of them the answer, where one entry was meant."""
    if e.size != 1 or g.ndim != 1 or g.size < 2:
        return None
    if any(close(entry, e.reshape(())) for entry in g):
        return (f"that is a whole row of {g.size} numbers; the task wants one entry of it, a "
                "single number: index both the row and the column, [i, j]")
    return None


def entry_for_whole(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """One number, an entry of the expected array, where the whole array was meant."""
    if g.size != 1 or e.size < 2 or not any(close(g.reshape(()), x) for x in e.reshape(-1)):
        return None
    return (f"that is one entry of the expected {e.shape} array, a single number; the task "
            f"wants the whole of it, every entry, shape {e.shape}")


def same_orientation(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Only the diagonal of a table, or that diagonal repeated on every row (or column):
    both operands rows, or both columns (one of them tiled)."""
    if e.ndim != 2 or e.shape[0] != e.shape[1] or g.ndim != 2:
        return None
    diagonal = np.diagonal(e)
    tiled = g.shape == e.shape and (close(g, np.tile(diagonal, (e.shape[0], 1))) or
                                    close(g, np.tile(diagonal[:, None], (1, e.shape[1]))))
    if tiled or g.size == e.shape[0] and close(g.reshape(-1), diagonal):
        what = "the diagonal of the table on every line" if tiled else \
            f"only the diagonal of the table, shape {g.shape}"
        return (f"that is {what}: both operands have the same orientation, so they pair "
                "entry by entry; make one a column (n, 1) and the other a row (n,), and "
                "broadcasting pairs every entry with every other")
    return None


def flipped_input(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """An input with its rows (or entries) in reverse order: [::-1] or np.flip."""
    for name, x in inputs.items():
        if x.shape != g.shape or close(g, x):
            continue
        for axis in range(x.ndim):
            if close(g, np.flip(x, axis=axis)):
                what = "entries" if x.ndim == 1 else ("rows" if axis == 0 else "columns")
                extra = ("; to turn rows into columns, transpose (.T)"
                         if x.ndim == 2 and e.shape == x.T.shape else "")
                return (f"that is {name} flipped, its {what} in reverse order ([::-1] or "
                        f"np.flip reverse){extra}")
    return None


def evenly_spaced(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """A range (arange, linspace) where the task's numbers are typed one by one."""
    if g.ndim != 1 or e.ndim != 1 or g.size < 3 or e.size < 3:
        return None
    if not _is_range(g) or _is_range(e) or any(_is_range(x) for x in inputs.values()
                                                if x.ndim == 1 and x.size == g.size):
        return None  # arithmetic on an evenly spaced input stays evenly spaced
    if close(g[:1], e[:1]) or close(g[-1:], e[-1:]):
        return (f"those are evenly spaced numbers, a range from {g[0]:g} to {g[-1]:g} "
                "(np.arange, np.linspace, range); the task's numbers are not evenly spaced: "
                "type each one")
    return None


def _is_range(values: np.ndarray) -> bool:
    steps = np.diff(values)
    return values.size >= 3 and steps[0] != 0 and bool(np.allclose(steps, steps[0]))


def counted_from_zero(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """An input's shape with every length one less (or more): last indices for lengths."""
    if g.shape != e.shape or e.ndim != 1 or e.size < 2 or not np.all(e == np.round(e)) or \
            not any(x.shape == tuple(int(n) for n in e) for x in inputs.values()):
        return None  # other whole numbers one less are an offset, named as such
    if close(g, e - 1):
        return ("every number is one less than expected: those are the last indices, "
                "counting from 0; a length (a count) is the last index + 1")
    if close(g, e + 1):
        return ("every number is one more than expected: off by one; Python counts from 0 "
                "and a length counts the entries themselves")
    return None


def reduction_added(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """One number, the sum or mean of an input, added to every entry of another."""
    for (name_a, a), (name_b, b) in itertools.permutations(inputs.items(), 2):
        if a.shape != e.shape:
            continue
        for word, value in ((f"the sum of {name_b}", b.sum()), (f"the mean of {name_b}", b.mean()),
                            (f"{name_b}[0], the first entry of {name_b}", b.reshape(-1)[0])):
            if close(g, a + value):
                return (f"you added one number, {word}, to every entry of {name_a}; the task "
                        f"adds the entries of {name_b} themselves, each where it belongs "
                        "(broadcasting)")
    return None


def divided_by_count(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The right answer divided (or multiplied) by an input's number of entries, or with
    n − 1 for n."""
    if g.shape != e.shape and not g.size == e.size == 1 or np.all(e == 0) or \
            np.all(g == np.round(g)):  # whole numbers turn up by chance (0, 1, 2 ...)
        return None
    for name, x in inputs.items():
        n = x.shape[0] if x.ndim else 0
        if n > 2 and close(g * g, e * n) and not close(g * g, e):
            return (f"that is the length (L2 norm) of the differences, the square root of "
                    f"their sum of squares; the task averages the squares (divides by {n}, "
                    "len(" + name + ")) and takes no root")
        if n > 2 and close(g * (n - 1), e * n):
            return (f"that divides by {n - 1}, len({name}) − 1, where the mean divides by "
                    f"the number of entries, {n}")
        if n > 2 and close(g * n, e):
            return (f"that is the expected value divided by {n}, the number of entries of "
                    f"{name} (len({name})): an extra division, a mean where the task takes "
                    "none")
        if n > 2 and close(g, e * n):
            return (f"that is the expected value times {n}, the number of entries of {name} "
                    f"(len({name})): a sum where the task takes the mean, or a division "
                    "missing")
    return None


def offset(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Every entry off by the same amount: one number added or subtracted too many."""
    if g.shape != e.shape or e.size < 2:
        return None
    shift = float((g - e).reshape(-1)[0])
    if shift != 0 and close(g, e + shift):
        return (f"every entry is off by the same amount, {shift:+g}: a number added to (or "
                "subtracted from) everything that the task does not add")
    return None


def extra_function(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The right values with one more function applied: np.log or np.exp."""
    if np.all(e > 0) and close(g, np.log(e)):
        return "that is the log of the expected values: an extra np.log the task does not take"
    if close(g, np.exp(e)):
        return "that is e to the power of the expected values: an extra np.exp"
    return None


def sigmoid_by_hand(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """A sigmoid 1 / (1 + e^−z) typed with a slip, recognised from z = logit(expected)."""
    if not np.all((e > 0) & (e < 1)):
        return None
    z = np.log(e / (1 - e))
    slips = (
        (1 / (1 - np.exp(-z)), "1 − e^−z in the denominator: the sigmoid adds, 1 + e^−z"),
        (np.exp(-z), "only e^−z: the sigmoid is 1 / (1 + e^−z)"),
        (1 + np.exp(-z), "1 + e^−z, not divided into 1: the sigmoid is 1 / (1 + e^−z), "
                         "with parentheses (1 / 1 + e^−z divides first)"),
    )
    for value, words in slips:
        if close(g, value):
            return f"the sigmoid is written with a slip, {words}"
    return None


def cut_to_fit(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Two matrices cut down until their shapes fit, then multiplied (``A[:, :2] * B[:2]``)."""
    if g.ndim != 2:
        return None
    rows, cols = g.shape
    for (name_a, a), (name_b, b) in itertools.permutations(inputs.items(), 2):
        if a.ndim != 2 or b.ndim != 2 or a.shape == b.shape:
            continue
        if min(a.shape[0], b.shape[0]) >= rows and min(a.shape[1], b.shape[1]) >= cols and \
                close(g, a[:rows, :cols] * b[:rows, :cols]):
            return (f"the shapes of {name_a} {a.shape} and {name_b} {b.shape} were cut down "
                    f"to fit, {g.shape}, then multiplied entry by entry (elementwise); the "
                    f"matrix product {name_a} @ {name_b} needs no cut: it dots rows with "
                    "columns")
    return None


def missing_term(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """A matrix–vector product written column by column with one column's term left out,
    or weighted by another entry of the vector (an index typed wrong)."""
    for (name_a, a), (name_b, b) in itertools.permutations(inputs.items(), 2):
        if a.ndim != 2 or b.ndim != 1 or a.shape[1] != b.size or not close(e, a @ b):
            continue
        for k in range(b.size):
            if b[k] != 0 and close(g, e - a[:, k] * b[k]):
                return (f"one term is missing: {name_b}[{k}] times column {k} of {name_a}; "
                        f"{name_a} @ {name_b} adds every column of {name_a}, each weighted "
                        f"by its entry of {name_b}")
            for j in range(b.size):
                if b[j] != b[k] and close(g, e + a[:, k] * (b[j] - b[k])):
                    return (f"column {k} of {name_a} was weighted by {name_b}[{j}]; in "
                            f"{name_a} @ {name_b}, column k is weighted by {name_b}[k], here "
                            f"{name_b}[{k}] (an index typed wrong?)")
    return None


def not_the_shape(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Another tuple where an input's shape was asked."""
    if e.ndim != 1 or g.shape != e.shape:
        return None
    for name, x in inputs.items():
        if x.shape == tuple(int(n) for n in e) and np.all(g == np.round(g)):
            return (f"that is not the shape of {name}: a shape lists the length of every "
                    f"axis, rows first, then columns; ask the array itself, {name}.shape")
    return None


#: Before the axis detectors: a concatenation also has "the right numbers, scrambled".
FIRST = (concatenated,)
#: After the others, which name more specific relations.
LAST = (repeated, joined, slice_for_index, whole_row_for_entry, entry_for_whole,
        same_orientation, flipped_input, evenly_spaced, counted_from_zero, reduction_added,
        sigmoid_by_hand, offset, extra_function, cut_to_fit, missing_term, not_the_shape)
#: Before the plain ratios ("a factor 4 missing"): the count says where the factor is from.
COUNTS = (divided_by_count,)
