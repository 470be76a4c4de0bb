"""Turn whatever a learner hands in into a NumPy array, or say why it cannot be one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from helpers.checks.contents import masked_problem, non_number, quoted_number, time_problem


@dataclass(frozen=True)
class Converted:
    """A learner's answer as an array, plus what it was before conversion."""

    array: np.ndarray | None
    kind: str  # "ndarray", "mxnet", "list", "scalar", ...
    problem: str | None = None  # a sentence for the learner when array is None
    ordinary: bool = False  # a problem that is an ordinary wrong answer (None, NaN), not junk


def describe_type(value: Any) -> str:
    """A short, learner-facing name for the type of ``value``."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return f"the string {value[:30]!r}"
    module = type(value).__module__.split(".")[0]
    name = type(value).__name__ if module == "builtins" else f"{module}.{type(value).__name__}"
    return f"of type {name}"


def is_mxnet_ndarray(value: Any) -> bool:
    """The course's one test for an MXNet NDArray: by name, so that helpers imports even
    where MXNet is missing, and without importing MXNet (2 s) to ask."""
    cls = type(value)
    return cls.__name__ == "NDArray" and cls.__module__.startswith("mxnet")


def to_array(value: Any) -> Converted:
    """Convert a learner's answer, never raising.

    Accepts NumPy arrays and scalars, MXNet NDArrays, (nested) lists and tuples of
    numbers, and Python numbers. Everything else gets a sentence that says why not.
    """
    if value is None:
        return Converted(None, "None", "the answer is None: did a function forget to "
                         "`return`, or did you assign the result of print()?", ordinary=True)
    if isinstance(value, (str, bytes)):
        advice = quoted_number(value)
        if advice:
            return Converted(None, "str", f"the answer is text ({value!r}): {advice}")
        return Converted(None, "str", f"the answer is {describe_type(value)}, not numbers")
    if isinstance(value, (dict, set, frozenset)):
        return Converted(None, type(value).__name__, f"the answer is a {type(value).__name__}, "
                         "not an array, a list of numbers or a number")
    if is_mxnet_ndarray(value):
        try:
            return _numeric(np.array(value.asnumpy()), "mxnet")
        except Exception as error:  # a broken NDArray, e.g. after a failed async op
            return Converted(None, "mxnet", f"this NDArray could not be read: {error}")
    if isinstance(value, np.ma.MaskedArray):  # before ndarray: np.array() would drop the mask
        return Converted(None, "masked", masked_problem(value))
    if isinstance(value, np.ndarray):
        problem = non_number(value, "array")
        if problem:
            return Converted(None, "ndarray", problem)
        return _numeric(np.array(value), "ndarray")
    if isinstance(value, (np.datetime64, np.timedelta64)):
        return Converted(None, "scalar", time_problem(value, "the answer is"))
    if isinstance(value, int) and not isinstance(value, bool) and not _fits_int64(value):
        return _huge_int(value)
    if isinstance(value, (bool, int, float, complex, np.generic)):
        return _numeric(np.array(value), "scalar")
    if isinstance(value, (list, tuple)):
        return _from_sequence(value)
    if callable(value):
        return Converted(None, "function", "the answer is a function, not its result: "
                         "did you forget to call it, with ()?")
    return Converted(None, "object", f"the answer is {describe_type(value)}; "
                     "hand in a NumPy array, an MXNet NDArray, a list of numbers or a number")


def _huge_int(value: int) -> Converted:
    # Beyond int64 a whole number is kept as a float, as NumPy's arithmetic would.
    try:
        return _numeric(np.array(float(value)), "scalar")
    except OverflowError:
        return Converted(None, "scalar", f"the answer is a whole number with "
                         f"{len(str(abs(value)))} digits, too large for an array of numbers "
                         "(the largest float is about 1.8e308)")


def _fits_int64(value: int) -> bool:
    info = np.iinfo(np.int64)
    return int(info.min) <= value <= int(info.max)


def _from_sequence(value: list | tuple) -> Converted:
    kind = type(value).__name__
    problem = non_number(value, kind)
    if problem:
        return Converted(None, kind, problem)
    try:
        array = np.array(value, dtype=float)
    except Exception:  # anything NumPy refuses: say what, in words
        if _is_ragged(value):
            return Converted(None, kind, f"the {kind} is ragged: its rows have different "
                             "lengths, so it is not a rectangular array")
        return Converted(None, kind, f"the {kind} holds something that is not a number")
    if _all_ints(value):
        array = np.array(value, dtype=np.int64)
    return _numeric(array, kind)


def _is_ragged(value: Any) -> bool:
    if not isinstance(value, (list, tuple)):
        return False
    lengths = {len(item) if isinstance(item, (list, tuple)) else -1 for item in value}
    return len(lengths) > 1 or any(_is_ragged(item) for item in value)


def _all_ints(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return all(_all_ints(item) for item in value)
    if isinstance(value, np.integer):
        return True
    return isinstance(value, int) and not isinstance(value, bool) and _fits_int64(value)


def _numeric(array: np.ndarray, kind: str) -> Converted:
    if array.dtype == object or array.dtype.kind in "USV":
        return Converted(None, kind, "the answer holds something that is not a number")
    if array.dtype.kind == "c":
        return Converted(None, kind, "the answer holds complex numbers; this course uses real ones")
    if array.dtype.kind == "f" and np.isnan(array).any():
        count = int(np.isnan(array).sum())
        return Converted(None, kind, f"the answer holds {count} NaN value{'s' * (count != 1)} "
                         "(not a number), often from 0/0, the log or square root of a "
                         "negative number, or an empty array's mean", ordinary=True)
    return Converted(array, kind)
