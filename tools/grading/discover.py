"""Which notebooks a folder of submissions holds, whose each is, and which lesson it is.

Any layout works: one folder per learner (``alice/01-containers.ipynb``), or files named by
learner (``alice-01-containers.ipynb``, ``01-containers_bob.ipynb``). The lesson is read from
the notebook's exercise cells, so a renamed file is still graded as the lesson it holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from helpers.course import LESSONS, Lesson
from helpers.exercises import find
from tools.lesson_cells import exercise_name


@dataclass(frozen=True)
class Submission:
    path: Path
    learner: str


def submissions(folder: Path) -> list[Submission]:
    """Every .ipynb under ``folder`` (checkpoints aside), with its learner."""
    found = []
    for path in sorted(folder.rglob("*.ipynb")):
        relative = path.relative_to(folder)
        if ".ipynb_checkpoints" in relative.parts:
            continue
        learner = relative.parts[0] if len(relative.parts) > 1 else learner_from_name(path.stem)
        found.append(Submission(path, learner))
    return found


def learner_from_name(stem: str) -> str:
    """``alice-01-containers`` → ``alice``: the file name without a lesson's name in it."""
    for lesson in LESSONS:
        name = lesson.notebook.removesuffix(".ipynb")
        for pattern in (name, lesson.number + "-" + lesson.slug.split("-")[0]):
            if pattern in stem:
                rest = re.sub(r"^[\s_\-.]+|[\s_\-.]+$", "", stem.replace(name, "", 1))
                return rest or stem
    return stem


def exercise_names(notebook: dict) -> list[str]:
    """The exercises a notebook's cells are marked with (tools/lesson_cells.py's metadata)."""
    names = [exercise_name(cell) for cell in notebook.get("cells", [])]
    return [name for name in names if isinstance(name, str)]


def lesson_of(notebook: dict, file_name: str) -> Lesson | None:
    """The lesson whose exercises the notebook holds; by its file name if it holds none."""
    names = set(exercise_names(notebook))
    best, score = None, 0
    for lesson in LESSONS:
        matched = sum(find(lesson.catalogue, name) is not None for name in names)
        if matched > score:
            best, score = lesson, matched
    if best is not None:
        return best
    return next((lesson for lesson in LESSONS if file_name.startswith(lesson.number + "-")),
                None)


def read_notebook(path: Path) -> tuple[dict | None, str]:
    """The notebook as JSON, or None and why it cannot be read."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"the file is not a readable notebook ({type(error).__name__})"
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return None, "the file is JSON but not a notebook"
    return notebook, ""
