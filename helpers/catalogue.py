"""Every exercise of the course, lesson by lesson as the manifest lists them, so that tests
and the solutions builder can walk them all."""

from __future__ import annotations

import importlib

from helpers.course import LESSONS
from helpers.exercise import REGISTRY, Exercise

#: Each lesson's catalogue module, in the manifest's order.
LESSON_MODULES = tuple(importlib.import_module(f"helpers.{lesson.catalogue}")
                       for lesson in LESSONS)


def all_exercises() -> list[Exercise]:
    return [exercise for module in LESSON_MODULES for exercise in module.EXERCISES]


def find(lesson: str, name: str) -> Exercise | None:
    return REGISTRY.get(f"{lesson}.{name}")
