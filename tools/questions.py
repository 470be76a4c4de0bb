"""Concept questions in a lesson: each question's markdown (its title, text and lettered
options) is written from its catalogue entry into the cell just above its exercise cell, so
that the options live in one place and the notebook always shows the ones the check knows."""

from __future__ import annotations

import nbformat

from helpers.checks.choice import ChoiceExercise
from helpers.exercises import find
from tools.lesson_cells import exercise_name, mark, question_name


def place_questions(lesson: str, nb: nbformat.NotebookNode) -> None:
    """Rewrite every question cell of ``lesson`` (e.g. "lesson03") from the catalogue: old
    ones are dropped (the tools own them), fresh ones go above their exercise cells."""
    nb.cells = [cell for cell in nb.cells if question_name(cell) is None]
    for index in reversed(range(len(nb.cells))):
        name = exercise_name(nb.cells[index])
        exercise = find(lesson, name) if name else None
        if isinstance(exercise, ChoiceExercise):
            cell = nbformat.v4.new_markdown_cell(exercise.markdown())
            cell.id = f"question-{name}"[:64]  # stable, so that a rebuild changes no byte
            mark(cell, question=name)
            nb.cells.insert(index, cell)
