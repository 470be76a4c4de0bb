"""The small package the lessons import, in three wings:

- ``helpers.checks``: the check engine. It turns an answer into numbers, compares it with the
  reference and explains the difference; it never raises.
- ``helpers.exercises``: the exercise catalogues, one module per lesson, each exercise with
  its reference solution, typical mistakes and hints: ``from helpers import lesson01 as ex``.
- ``helpers.explainers``: figures and widgets by topic, in one style (``explainers.style``).

Beside them: ``course`` (the manifest of lessons), ``talk`` (every number of the talk),
``environment`` (lesson 00's check), ``datasets`` (the data shipped with the course) and
``progress`` (your exercises done, tried and open, from your saved lessons).
Importing ``helpers`` loads nothing heavy and changes nothing: a lesson's set-up cell calls
``show_figures_inline()`` itself.
"""

from __future__ import annotations

import importlib
from typing import Any

from helpers.checks import (
    PLACEHOLDER,
    Exercise,
    Feedback,
    FunctionExercise,
    Mistake,
    Status,
    ValueExercise,
)

# Names loaded on first use: the drawings need matplotlib, a lesson's catalogue its exercises.
_LAZY = {
    "draw_container": "helpers.explainers.containers",
    "draw_images": "helpers.explainers.images",
    "show_figures_inline": "helpers.explainers.display",
    "progress": "helpers.progress",
}

__all__ = ["PLACEHOLDER", "Exercise", "Feedback", "FunctionExercise", "Mistake", "Status",
           "ValueExercise", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    if name.startswith("lesson") and name[6:].isdigit():
        return importlib.import_module(f"helpers.exercises.{name}")
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
