"""Course-wide detectors: how a wrong answer relates to the expected value and to the inputs.

Each detector compares the answer with one transform (the expected value transposed, with
its axes in another order, reshaped in another order, scaled, squared, summed, rounded, …,
or an input unchanged, or the elementwise or outer product of two inputs) and, when they are
equal, names the cause in the course's words. They apply to every exercise, value or
function, without a catalogue entry; the first that matches wins, most specific first.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from helpers.checks import kinds, structure
from helpers.checks.answers import to_array
from helpers.checks.diagnose import all_close, diagnose

Close = Callable[[np.ndarray, np.ndarray], bool]

#: Ratios between an answer and the expected value, and what each usually means.
RATIOS: dict[float, str] = {
    -1.0: "the sign is flipped: every entry has the opposite sign of the expected one",
    100.0: "that is 100 times the expected value: a percentage, where the task asks for a "
           "fraction (between 0 and 1)",
    0.01: "that is the expected value divided by 100: the task asks for the number itself, "
          "not a percentage",
    2.0: "that is twice the expected value: a factor 2 too many",
    0.5: "that is half the expected value: a factor 2 missing",
    1 / 1024: "that is the expected value divided by 1024 (kilobytes?); the task counts in "
              "the unit it names",
    1 / 1000: "that is the expected value divided by 1000; the task counts in the unit it names",
    8.0: "that is 8 times the expected value: bits instead of bytes? a byte is 8 bits",
}


def explain_relation(given: np.ndarray, expected: np.ndarray, arguments: dict[str, Any],
                     rtol: float, atol: float, first: bool = False) -> str | None:
    """The cause of a wrong answer, found by a course-wide detector, or None. With ``first``,
    only the detectors that outrank the reference's variants (an input handed back)."""
    found = relations(given, expected, arguments, rtol, atol, first, limit=1)
    return found[0] if found else None


def relations(given: np.ndarray, expected: np.ndarray, arguments: dict[str, Any],
              rtol: float, atol: float, first: bool = False,
              limit: int | None = None) -> list[str]:
    """The causes the course-wide detectors find, most specific first, at most ``limit``
    (the first is usually all a check needs)."""
    def close(a: np.ndarray, b: np.ndarray) -> bool:
        if b.ndim == 0 and a.size == 1 or a.ndim == 0 and b.size == 1:
            a, b = a.reshape(()), b.reshape(())
        return a.shape == b.shape and all_close(a, b, rtol, atol)

    if given.size == expected.size and close(given.reshape(expected.shape), expected):
        return []  # the right numbers in another shape: diagnose says so
    inputs = _numeric_inputs(arguments, scalars=first)
    found: list[str] = []
    with np.errstate(all="ignore"):
        for detector in DETECTORS[:2] if first else DETECTORS[2:]:
            message = detector(given.astype(float), expected.astype(float), inputs, close)
            if message:
                found.append(message)
                if limit is not None and len(found) >= limit:
                    break
    return found


def _numeric_inputs(arguments: dict[str, Any], scalars: bool = False) -> dict[str, np.ndarray]:
    """The inputs that are arrays; with ``scalars``, the single numbers too, but not 0 and
    ±1, which an answer equals by chance far too often."""
    found = {}
    for name, value in arguments.items():
        array = to_array(value).array
        if array is not None and (array.size > 1 or scalars and array.size == 1 and
                                  array.dtype.kind in "iuf" and abs(float(array)) not in (0, 1)):
            found[name] = array.astype(float)
    return found


def _zeros(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if g.size > 1 and not np.any(g) and np.any(e):  # one 0 is just a wrong number
        return ("your answer is all zeros: for a gradient, read .grad after calling "
                "y.backward() (before it, the gradient is still 0); otherwise, an array was "
                "created and never filled")
    return None


def _unchanged_input(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if g.size == e.size and close(g.reshape(e.shape), e):
        return None  # the right numbers in another shape: diagnose says so
    for name, value in inputs.items():
        if value.size == 1 and e.size > 1:
            continue  # one number where an array was asked: that says more than "unchanged"
        if close(g, value) and not close(e, value):
            return f"that is {name} itself, unchanged: the computation was never applied to it"
    return None


def _axes(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if e.ndim < 2 or g.size != e.size or close(g.reshape(e.shape), e):
        return None  # the right numbers in another shape: diagnose says so
    if e.ndim == 2 and close(g, e.T):
        return diagnose(g, e, 1e-5, 1e-6)  # its words for a transpose, row or column vector
    for order in itertools.permutations(range(e.ndim)):
        if list(order) != sorted(order) and close(g, e.transpose(order)):
            return (f"the right numbers, with the axes in another order: your shape {g.shape} "
                    f"is the expected {e.shape} with its axes taken in the order {order}; "
                    "transpose takes the old axis numbers in the order you want them" +
                    ("; here axis 0 moved: keep it first (in a batch, axis 0 holds the "
                     "samples)" if order[0] != 0 and e.ndim > 2 else ""))
    if g.ndim == 1:
        return (f"that is one flat vector of shape {g.shape}: ravel, flatten and reshape(-1) "
                f"drop the axes; the task keeps them, shape {e.shape}")
    for order in itertools.permutations(range(e.ndim)):
        if list(order) != sorted(order) and close(g, e.transpose(order).reshape(g.shape)):
            return ("right numbers, scrambled: reshape regroups the numbers in reading order, "
                    "it does not move axes; to move an axis, use transpose")
    return None


def _reading_order(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if g.size != e.size or g.size < 2 or close(g.reshape(e.shape), e):
        return None
    if close(g, e.reshape(g.shape, order="F")) or close(g.reshape(e.shape, order="F"), e):
        return ("the right numbers in column-major order (order='F'): a reshape in NumPy's "
                "default order='C' keeps the reading order, row by row")
    return None


def _bias_column(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if e.ndim == 1 and g.ndim == 2 and g.shape[0] == g.shape[1] == e.shape[0] and \
            close(np.diagonal(g), e):
        n = e.shape[0]
        return (f"got shape {g.shape} where a vector of shape ({n},) was expected, and its "
                f"diagonal is the right answer: a column of shape ({n}, 1) met a vector of "
                f"shape ({n},) and broadcasting paired every entry with every other "
                "(lesson 03's pitfall); keep both 1-D, e.g. b.reshape(-1) or b.ravel()")
    return None


def _units(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """A byte count (or any large count) converted to kilo-, mega- or gigabytes."""
    if e.size != 1 or g.size != 1 or abs(float(e.reshape(()))) < 1000:
        return None
    for unit, factor in (("KiB", 2**10), ("MiB", 2**20), ("GiB", 2**30),
                         ("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if close(g * factor, e):
            return (f"that is the amount converted to {unit} (divided by {factor:,}); the "
                    "task asks for the plain count, in bytes, without a unit conversion")
    return None


def _first_length(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The length of the first axis only (``len(M)``) where the whole shape was asked."""
    if g.size != 1 or e.ndim != 1 or e.size < 2 or not np.all(e == np.round(e)) or \
            np.any(e < 1):
        return None
    if close(g, np.prod(e)) and e.size <= 6:
        return ("that is the number of entries, the product of the lengths; the shape is the "
                "tuple of the lengths themselves, one per axis")
    if not close(g, e[:1]):
        return None
    if any(array.shape == tuple(int(n) for n in e) for array in inputs.values()) and \
            np.all(e == np.round(e)):
        return ("that is only the length of the first axis (the rows), what len() gives; "
                "the shape is a tuple with the length of every axis, .shape")
    return None


def _ratio(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    for factor, message in RATIOS.items():
        if close(g, e * factor):
            return message
    return None


def _powers(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if close(g, e**2):
        return ("that is the square of the expected value: a square too many, or the square "
                "root missing")
    if np.all(e >= 0) and close(g, np.sqrt(e)):
        return ("that is the square root of the expected value: a square root too many (the "
                "task asks for the squared quantity)")
    if close(g, 1 - e) and not close(g, e):
        return ("that is 1 − the expected value: the complement, e.g. a distance "
                "(1 − similarity) or the fraction of wrong ones instead of right ones")
    if np.all(e != 0) and close(g, 1 / e):
        return ("that is the reciprocal (1 / x) of the expected value: divided the wrong way "
                "round, the other way up")
    return None


def _reductions(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if e.size == 1 and g.size > 1:
        if close(g.sum().reshape(()), e.reshape(())):
            return (f"those are {g.size} numbers whose sum is the answer: add them up into "
                    "one number (np.sum)")
        if close(g.mean().reshape(()), e.reshape(())):
            return (f"those are {g.size} numbers whose mean is the answer: average them into "
                    "one number (np.mean)")
        if close(np.sqrt((g**2).sum()).reshape(()), e.reshape(())):
            return "that is the vector; the task asks for its length, np.linalg.norm"
        if np.all(g >= 0) and close(np.sqrt(g.sum()).reshape(()), e.reshape(())):
            return SQRT_OF_SUM
        return None
    if g.size == 1 and e.size > 1:
        value = g.reshape(())
        for name, reduced in (("sum", e.sum()), ("mean", e.mean()),
                              ("length (norm)", np.sqrt((e**2).sum()))):
            if close(value, np.asarray(reduced)):
                return (f"that is the {name} of the expected {e.shape} array, one number; the "
                        f"task keeps every entry, shape {e.shape}")
        return None
    if g.ndim < e.ndim:
        for axis in range(e.ndim):
            for name, reduced in (("summed", e.sum(axis=axis)), ("averaged", e.mean(axis=axis))):
                if close(g, reduced):
                    return (f"you {name} along axis {axis}, so that axis is gone: shape "
                            f"{g.shape} where {e.shape} was expected")
    if g.ndim > e.ndim:
        for axis in range(g.ndim):
            if close(g.sum(axis=axis), e):
                return (f"the sum is missing: adding your answer up along axis {axis} gives the "
                        f"expected {e.shape} result (np.sum(..., axis={axis}))")
            if np.all(g >= 0) and close(np.sqrt(g.sum(axis=axis)), e):
                return SQRT_OF_SUM
    return None


SQRT_OF_SUM = ("the square root is missing: those are squares, and the length is the square "
               "root of their sum")


def _products(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    for (name_a, a), (name_b, b) in itertools.permutations(inputs.items(), 2):
        for left, right, label in _pairs(name_a, a, name_b, b):
            try:
                product = left * right
            except ValueError:
                product = None
            if product is not None and close(g, product):
                return (f"{label} multiplies entry by entry (elementwise, shape "
                        f"{product.shape}); the task's product dots rows with columns and "
                        "adds: @ or np.dot")
            if product is not None and e.size == 1 and close(g, product.sum()):
                break
            if product is not None and e.size > 1 and g.size == 1 and \
                    close(g, product.sum()):
                return (f"that is one number: {label} (elementwise) added up, a dot product; "
                        f"the task keeps one result per entry, shape {e.shape}")
            if left.ndim == right.ndim == 1 and close(g, np.outer(left, right)):
                return (f"that is the outer product of {name_a} and {name_b}, every entry "
                        "times every entry; the dot product multiplies matching entries and "
                        "adds them up")
    return None


def _pairs(name_a: str, a: np.ndarray, name_b: str, b: np.ndarray) -> Iterator[tuple]:
    yield a, b, f"{name_a} * {name_b}"
    if b.ndim == 2:
        yield a, b.T, f"{name_a} * {name_b}.T"


def _scalar_part(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """One number where a vector was expected: the divisor or factor alone, or the first
    row's result only."""
    if g.size != 1 or e.ndim != 1 or e.size < 2:
        return None
    value = float(g.reshape(()))
    for name, array in inputs.items():
        if array.shape != e.shape or value == 0:
            continue
        if close(array / value, e):
            return (f"that is one number, the length (divisor) itself; the task divides the "
                    f"vector {name} by it, giving a vector of shape {e.shape}")
        if close(array * value, e):
            return (f"that is one number, the scale factor; the task multiplies the vector "
                    f"{name} by it, giving a vector of shape {e.shape}")
    if close(g, e[:1]):
        return (f"that is one number, the result for the first row (entry) only; the task "
                f"wants one per row, shape {e.shape}: compute every row at once")
    return None


def _sigmoid_applied(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if np.all(np.abs(e) < 10) and close(g, 1 / (1 + np.exp(-e))):  # beyond, σ ≈ 0 or 1
        return ("an extra step: you applied the sigmoid to the result; the task wants the "
                "values before any nonlinearity")
    return None


def _truncated(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Decimals cut off (``astype(int)``, ``dtype=int``), told apart from rounding."""
    cut = np.trunc(e)
    if not close(cut, e) and not close(cut, np.round(e)) and close(g, cut):
        return ("the decimals were cut off: converting to integers (astype(int), dtype=int) "
                "truncates; keep the floating-point values")
    return None


def _rounded(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    for decimals in range(4):
        rounded = np.round(e, decimals)
        if decimals == 0 and np.all(np.abs(e) < 1) and np.all(np.isin(rounded, (-1, 0, 1))):
            continue  # a fraction "rounded" to 0 or 1 is a coincidence, not a rounding
        if not close(rounded, e) and close(g, rounded):
            return (f"that is the expected value rounded to {decimals} decimals; hand in the "
                    "computed value, not a rounded or retyped one")
    return None


def _angles(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if np.all(np.abs(e) <= 1):
        angle = np.arccos(e)
        if close(g, angle):
            return "that is the angle itself (arccos), in radians; the task asks for its cosine"
        if close(g, np.degrees(angle)):
            return "that is the angle in degrees; the task asks for its cosine"
    if close(g, np.degrees(e)) or close(g, np.radians(e)):
        return "degrees and radians are mixed up: NumPy's trigonometry works in radians"
    return None


def _shifted(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    if g.shape != e.shape or e.ndim == 0:
        return None
    for axis in range(e.ndim):
        if e.shape[axis] < 3:
            continue  # two entries rolled by one are reversed: kinds.order says so
        for step in (1, -1):
            if close(g, np.roll(e, step, axis=axis)):
                return (f"everything is shifted by one position along axis {axis}: an index or "
                        "slice off by one? Python counts from 0")
    return None


DETECTORS = (_zeros, _unchanged_input, *structure.FIRST, _axes, _reading_order, _bias_column,
             kinds.missing_factor, *structure.COUNTS, _units, _first_length, _scalar_part,
             _ratio, _powers, _reductions, _products, _shifted, _sigmoid_applied, _truncated,
             _rounded, _angles, *kinds.DETECTORS, *structure.LAST)


def raw_answer_problem(answer: Any, inputs: dict[str, Any]) -> str | None:
    """What only the raw answer shows: the bytes of an input read as another type (.view)."""
    if not isinstance(answer, np.ndarray):
        return None
    for name, value in inputs.items():
        if isinstance(value, np.ndarray) and answer.dtype.kind in "iuf" and \
                value.dtype != answer.dtype and \
                value.nbytes == answer.nbytes and value.tobytes() == answer.tobytes():
            return (f"that reads the bytes of {name} as {answer.dtype} without converting "
                    f"them (.view): the numbers change. .astype({answer.dtype.name}) converts "
                    "each value")
    return None
