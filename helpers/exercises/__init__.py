"""The exercise catalogues: one module per lesson (``lesson01`` …), each listing its exercises
in the notebook's order as ``EXERCISES``, and ``talk``-based data beside them. The manifest
(helpers/course.py) says which lessons there are; this finds their exercises.

A lesson's module is imported when it is first asked for, so that ``from helpers import
lesson01 as ex`` loads lesson 01's exercises only (lesson 07's would import MXNet).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from helpers.checks.exercise import Exercise
from helpers.course import LESSONS


def lesson_modules() -> list[ModuleType]:
    """Each lesson's catalogue module, in the manifest's order."""
    return [importlib.import_module(lesson.module) for lesson in LESSONS]


def all_exercises() -> list[Exercise]:
    return [exercise for module in lesson_modules() for exercise in module.EXERCISES]


def find(lesson: str, name: str) -> Exercise | None:
    """Exercise ``name`` of ``lesson`` ("lesson01"), or None if the course has no such one."""
    entry = next((entry for entry in LESSONS if entry.catalogue == lesson), None)
    if entry is None:
        return None
    module = importlib.import_module(entry.module)
    return next((exercise for exercise in module.EXERCISES if exercise.name == name), None)
