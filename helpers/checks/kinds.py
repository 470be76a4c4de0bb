"""Course-wide detectors by kind of slip, on the answer's values: the right entries in
another order (reversed, sorted, two swapped, rotated), signs lost, one slice repeated, a
part of the right answer (one row, one entry missing, digits split), the right answer with
a factor of the inputs missing, a plain reduction of an input. They run after the
reference's variants, on every exercise; each names the slip in the course's words."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Close = Callable[[np.ndarray, np.ndarray], bool]

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def ordinal(index: int) -> str:
    return ORDINALS[index] if index < len(ORDINALS) else f"number {index + 1}"


def _num(value: float) -> str:
    return f"{float(value):g}"


def order(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The right entries, in another order."""
    if g.shape != e.shape or g.size < 2 or not close(np.sort(g, axis=None),
                                                     np.sort(e, axis=None)):
        return None
    if e.ndim == 2:
        transposing = any(v.shape == e.T.shape and close(e.T, v) for v in inputs.values())
        for turns in (1, 2, 3):
            if close(g, np.rot90(e, turns)) or transposing and close(g, np.rot90(e.T, turns)):
                return ("the right numbers, rotated: rotating is not transposing; the "
                        "transpose turns each row into a column (.T)")
    for axis in range(e.ndim):
        if e.shape[axis] > 1 and close(g, np.flip(e, axis=axis)):
            where = "" if e.ndim == 1 else f" along axis {axis}"
            return (f"the right numbers in reverse order{where}: the order matters, keep the "
                    "one the task gives")
    if close(g.reshape(-1), np.sort(e, axis=None)) or \
            close(g.reshape(-1), np.sort(e, axis=None)[::-1]):
        return ("the right numbers, sorted: sorting loses the order the task gives; keep "
                "the entries in their places")
    wrong = np.argwhere(~np.isclose(g, e))
    if len(wrong) == 2:
        i, j = (tuple(int(k) for k in index) for index in wrong)
        first, second = (i[0] if len(i) == 1 else i), (j[0] if len(j) == 1 else j)
        return (f"two entries are swapped: {_num(e[i])} and {_num(e[j])} (at index "
                f"{first} and {second}) change places; the order matters")
    if e.ndim >= 2:
        for axis in range(e.ndim):
            if _slices_moved(g, e, axis):
                return (f"the right slices along axis {axis}, in another order: the order "
                        "matters, keep the one the task gives")
    return "the right numbers, in another order: the order matters, keep the one the task gives"


def _slices_moved(g: np.ndarray, e: np.ndarray, axis: int) -> bool:
    """Every slice of ``g`` along ``axis`` is one of ``e``'s, some in another place: all
    pairs compared at once (slice k of g against slice j of e)."""
    n = e.shape[axis]
    rows_g = np.moveaxis(g, axis, 0).reshape(n, -1)
    rows_e = np.moveaxis(e, axis, 0).reshape(n, -1)
    same = np.isclose(rows_g[:, None, :], rows_e[None, :, :], rtol=1e-5, atol=1e-6).all(axis=2)
    return not same.diagonal().all() and bool(same.any(axis=1).all())


def signs(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The right sizes, some signs lost."""
    if g.shape != e.shape or not close(np.abs(g), np.abs(e)) or close(g, -e):
        return None
    wrong = np.argwhere(~np.isclose(g, e))
    index = tuple(int(k) for k in wrong[0])
    shown = index[0] if len(index) == 1 else index
    return (f"the sign is wrong for {len(wrong)} of {e.size} entries: at index {shown} you "
            f"have {_num(g[index])}, expected {_num(e[index])}; check the minus signs")


def repeated_slice(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """Slices along axis 0 that copy another right one; the rest right."""
    if g.shape != e.shape or e.ndim < 2 or e.shape[0] < 2:
        return None
    wrong = [k for k in range(e.shape[0]) if not close(g[k], e[k])]
    if not wrong or len(wrong) == e.shape[0]:
        return None
    right = [k for k in range(e.shape[0]) if k not in wrong]
    sources = [next((j for j in right if close(g[k], e[j])), None) for k in wrong]
    if None in sources:
        return None
    if len(wrong) == 1:
        k, other = wrong[0], sources[0]
        return (f"the {ordinal(k)} of the {e.shape[0]} slices along axis 0 (index {k}) "
                f"is a copy of the {ordinal(other)} (index {other}); every other one is "
                "right: check which input the " + ordinal(k) + " one uses")
    copies = ", ".join(str(k) for k in wrong)
    of = f"the one at index {sources[0]}" if len(set(sources)) == 1 else "other slices"
    return (f"the slices at index {copies} along axis 0 are copies of {of}; each slice "
            "should hold its own values: check what each one uses")


def part(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """A part of the right answer: one row or column, the first rows, one entry missing or
    extra, the digits of two-digit numbers split."""
    if g.shape == e.shape or e.ndim == 0:
        return None
    if e.ndim >= 2 and g.ndim == e.ndim - 1:
        piece = "row" if e.ndim == 2 else "matrix" if e.ndim == 3 else "slice"
        for k in range(e.shape[0]):
            if close(g, e[k]):
                return (f"that is only the {ordinal(k)} {piece} (index {k}) of the expected "
                        f"{e.shape} answer; the task wants all {e.shape[0]} of them, "
                        f"one for every {piece}")
        if e.ndim == 2:
            for k in range(e.shape[1]):
                if close(g, e[:, k]):
                    return (f"that is only the {ordinal(k)} column (index {k}) of the "
                            f"expected {e.shape} answer; the task wants all {e.shape[1]} "
                            "columns")
    if e.ndim == 1 and g.ndim == 1:
        if g.size == e.size - 1:
            for k in range(e.size):
                if close(g, np.delete(e, k)):
                    return (f"one entry is missing: {g.size} numbers instead of {e.size}; "
                            f"the missing one is {_num(e[k])} (index {k})")
        if g.size == e.size + 1:
            for k in range(g.size):
                if close(np.delete(g, k), e):
                    return (f"one entry too many: {g.size} numbers instead of {e.size}; "
                            f"the extra one is {_num(g[k])} (index {k})")
        if g.size > e.size and _digits(g) is not None and _digits(g) == _digits(e):
            return (f"the digits are right but {g.size} numbers instead of {e.size}: "
                    "two-digit numbers were split into single digits (45 is one number, "
                    "not 4 and 5)")
    if g.ndim == e.ndim and g.shape[1:] == e.shape[1:] and g.shape[0] < e.shape[0]:
        n = g.shape[0]
        if close(g, e[:n]):
            return (f"that is only the first {n} of the {e.shape[0]} rows (entries) of the "
                    "answer: a slice stops before its end index, or something is missing")
        if close(g, e[-n:]):
            return (f"that is only the last {n} of the {e.shape[0]} rows (entries): the "
                    "first one is missing; Python counts from 0")
    return None


def _digits(values: np.ndarray) -> str | None:
    if not np.all(np.isfinite(values)) or not np.all(values == np.round(values)):
        return None  # inf has no digits (and int(inf) raises)
    return "".join(str(abs(int(v))) for v in values)


def missing_factor(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The right answer but for one factor taken from the inputs. It names where the factor
    comes from, so it runs before the plain ratios ("half the expected value")."""
    if g.shape != e.shape and not (g.size == e.size == 1):
        return None
    if np.all(e == 0):
        return None
    for name, value in inputs.items():
        flat = value.reshape(-1)
        if flat.size > 8 or np.any(flat == 0):
            continue
        for k, factor in enumerate(flat):
            if abs(factor) == 1:
                continue
            if close(g * factor, e):
                if not _is_shape(value):
                    return f"the factor {name}[{k}] = {_num(factor)} is missing"
                which = (", the first axis" if k == 0 else
                         ", the last axis" if k == flat.size - 1 else "")
                return (f"the factor {name}[{k}] = {_num(factor)} is missing (the length of "
                        f"axis {k}{which}): multiply the lengths of every axis; a slice such "
                        f"as {name}[1:] or {name}[:-1] leaves one out")
    return None


def factors(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """The right answer times a whole multiple, or divided by one."""
    if g.shape != e.shape and not (g.size == e.size == 1):
        return None
    if np.all(e == 0):
        return None
    for k in range(3, 11):
        if close(g, e * k):
            return f"that is {k} times the expected value (×{k}): a factor {k} too many"
        if close(g * k, e):
            return f"that is the expected value divided by {k}: a factor {k} missing"
    return None


def _is_shape(value: np.ndarray) -> bool:
    return value.ndim == 1 and bool(np.all(value == np.round(value))) and bool(np.all(value > 0))


def of_input(g: np.ndarray, e: np.ndarray, inputs: dict, close: Close) -> str | None:
    """One number that is a plain reduction of an input, not the task's."""
    if g.size != 1 or e.size != 1:
        return None
    value = g.reshape(())
    for name, x in inputs.items():
        candidates = (
            (np.max(np.abs(x)), f"the largest absolute value of {name} (the max, the L∞ "
                                "norm)"),
            (np.sum(x), f"the plain sum of {name}'s entries; the task's computation "
                        "differs (multiply? absolute values? squares?)"),
            (np.sum(x ** 2), f"the sum of the squares of {name} (squared entries, as in L2)"),
            (np.sum(np.abs(x)), f"the sum of the absolute values of {name} (the L1 norm)"),
            (float(len(x)), f"len({name}), the number of entries or axes, not the task's "
                            "quantity"),
        )
        for candidate, words in candidates:
            if abs(candidate) in (0, 1):
                continue  # 0 and 1 turn up by chance (a rounded number, a boolean)
            if close(value, np.asarray(candidate)):
                return f"that is {words}"
    return None


DETECTORS = (order, signs, repeated_slice, part, factors, of_input)
