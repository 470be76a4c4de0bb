"""Arrays the helpers share stay as they were: read-only inside, a copy for the learner.

A learner who writes ``TALK_W1 *= 2`` in one cell expects *their* ``TALK_W1`` to change,
not the weights every later helper, widget and check starts from. So the helpers keep
read-only arrays, and a module's public name (``from helpers.talk import TALK_W1``)
hands out a fresh, writable copy through the module's ``__getattr__``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np


def read_only(array: np.ndarray) -> np.ndarray:
    """Mark ``array`` (and the arrays it is a view of) read-only; return it."""
    current: Any = array
    while isinstance(current, np.ndarray):
        current.setflags(write=False)
        current = current.base
    return array


def freeze(values: dict[str, Any]) -> dict[str, Any]:
    """The same mapping, with its NumPy arrays made read-only in place.

    Exercises keep their inputs this way; ``fresh()`` hands every call a writable copy.
    MXNet NDArrays have no read-only flag: ``fresh()`` copies those too.
    """
    for value in values.values():
        if isinstance(value, np.ndarray):
            read_only(value)
    return values


def copies_on_access(module: str, shared: dict[str, np.ndarray]
                     ) -> tuple[Callable[[str], np.ndarray], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for a module whose ``shared`` arrays are handed out
    as copies: ``module.NAME`` and ``from module import NAME`` each give a new copy."""
    for array in shared.values():
        read_only(array)

    def __getattr__(name: str) -> np.ndarray:
        if name in shared:
            return shared[name].copy()
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        import sys

        return sorted(set(vars(sys.modules[module])) | set(shared))

    return __getattr__, __dir__
