"""The longest modules and notebooks first.

pytest-xdist hands each worker one module (or notebook) at a time, in collection order (run
with --no-loadscope-reorder). The longest go first, so that the workers finish together
instead of one waiting for another's last long test.
"""

from __future__ import annotations

import pytest

from helpers.course import LESSONS
from tests.checkout import ROOT

LONGEST_FIRST = (
    "tests/test_pythons.py",
    "tests/test_binder.py",
    "tests/test_contributing.py",
    "tests/browser/",
    "tests/test_grading.py",
    *(f"{folder}/{lesson.notebook}" for lesson in reversed(LESSONS) if lesson.runs_long
      for folder in ("lessons", "solutions")),
    "lessons/", "solutions/",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.path.relative_to(ROOT).as_posix()
        return next((place for place, start in enumerate(LONGEST_FIRST)
                     if path.startswith(start)), len(LONGEST_FIRST))

    items.sort(key=rank)  # stable: a module's or notebook's own order is kept
