"""The warm-up exercise of lesson 00, which shows how every exercise of the course works."""

from __future__ import annotations

from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson00"


def _double(a):
    return a * 2


double = ValueExercise(
    LESSON, "double", _double, inputs={"a": 10},
    stars=1,
    mistakes=(
        Mistake("added", lambda a: a + 2, "you added 2; the exercise asks to multiply by 2"),
        Mistake("squared", lambda a: a**2, "you squared a; the exercise asks to multiply by 2"),
    ),
    hints=("Python multiplies with *.", "Write a * 2."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [double]
