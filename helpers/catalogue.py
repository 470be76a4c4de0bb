"""Every exercise of the course, so that tests and the solutions builder can walk them all."""

from __future__ import annotations

from helpers import (
    lesson00,
    lesson01,
    lesson02,
    lesson03,
    lesson04,
    lesson05,
    lesson06,
    lesson07,
    lesson08,
)
from helpers.exercise import REGISTRY, Exercise

LESSON_MODULES = (lesson00, lesson01, lesson02, lesson03, lesson04, lesson05, lesson06, lesson07,
                  lesson08)


def all_exercises() -> list[Exercise]:
    return [exercise for module in LESSON_MODULES for exercise in module.EXERCISES]


def find(lesson: str, name: str) -> Exercise | None:
    return REGISTRY.get(f"{lesson}.{name}")
