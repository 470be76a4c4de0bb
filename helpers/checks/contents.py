"""Find what a learner's list or array holds that is not a number, and say it in a sentence.

NumPy converts ``["5", "7"]`` to floats without complaint and ``[1, None]`` to NaN, so the
answer is looked at *before* NumPy sees it: text, bytes, None, dates and masked entries are
named as what they are.
"""

from __future__ import annotations

import datetime
import sys
from typing import Any

import numpy as np

#: NumPy's limit on the number of axes; deeper lists are refused before NumPy sees them.
MAX_DEPTH = 32

_TIMES = (datetime.date, datetime.time, datetime.timedelta, np.datetime64, np.timedelta64)


def masked_problem(array: np.ma.MaskedArray) -> str:
    """A masked array hides entries the check would compare, so it is refused."""
    hidden = int(np.ma.count_masked(array))
    if hidden:
        return (f"this is a masked array (np.ma) with {hidden} of {array.size} entries hidden; "
                "the check compares every entry, so hand in a plain NumPy array: np.array(...)")
    return ("this is a masked array (np.ma); the check compares plain arrays, so hand in a "
            "NumPy array: np.asarray(answer) keeps its numbers")


def time_problem(value: Any, where: str) -> str:
    """``where`` starts the sentence: "the answer is", "your list holds"."""
    if isinstance(value, np.ndarray):
        return f"{where} dates or times (dtype {value.dtype}), not numbers"
    return f"{where} a date or time ({value!r}), not a number"


def non_number(value: Any, kind: str) -> str | None:
    """The sentence for the first entry of ``value`` that is not a number, or None."""
    where = f"your {kind} holds"
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        problem = _leaf_problem(item, where)
        if problem:
            return problem
        if depth >= MAX_DEPTH:
            if isinstance(item, (list, tuple)):  # also stops a list that contains itself
                return (f"your {kind} is nested more than {MAX_DEPTH} levels deep, more than "
                        "an array can have: does it contain itself?")
            continue
        children = _children(item)
        stack.extend((child, depth + 1) for child in reversed(children))
    return None


def _children(item: Any) -> list[Any]:
    if isinstance(item, (list, tuple)):
        return list(item)
    if isinstance(item, np.ndarray) and item.dtype.kind in "USO":
        # Text and object arrays: look at their entries as Python values.
        listed = item.tolist()
        return listed if isinstance(listed, list) else [listed]
    return []


def _leaf_problem(item: Any, where: str) -> str | None:
    if item is None:
        return (f"{where} None where a number should be: did a function you called forget "
                "to `return`, or is a value missing?")
    if isinstance(item, str):
        return f"{where} text ({item!r} is a string): {_unquote(item)}"
    if isinstance(item, bytes):
        return f"{where} bytes ({item!r}): {_unquote(item)}"
    if isinstance(item, np.ma.MaskedArray):
        return masked_problem(item)
    if isinstance(item, _TIMES) or (isinstance(item, np.ndarray) and item.dtype.kind in "Mm"):
        return time_problem(item, where)
    if isinstance(item, int) and not isinstance(item, bool) and abs(item) > sys.float_info.max:
        return (f"{where} a whole number with {len(str(abs(item)))} digits, too large for an "
                "array of numbers (the largest float is about 1.8e308)")
    return None


def _unquote(value: str | bytes) -> str:
    return quoted_number(value) or "the answer should hold only numbers"


def quoted_number(value: str | bytes) -> str | None:
    """Advice for a number written in quotes ('5' or b'5'); None for other text."""
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if _is_number(text):
        return f"write numbers without quotes, {text.strip()} not {value!r}"
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
