"""Concept questions in a lesson: each question's markdown (its title, text and lettered
options) is written from its catalogue entry into the cell just above its exercise cell, so
that the options live in one place and the notebook always shows the ones the check knows.

The cell remembers a digest of what was written; a cell edited by hand since then stops the
build (its edit would be lost), and says where the text lives.
"""

from __future__ import annotations

import hashlib

import nbformat

from helpers.checks.choice import ChoiceExercise
from helpers.exercises import find
from tools.atomic_files import Problem
from tools.lesson_cells import KEY, cell_label, exercise_name, question_name


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def edited_by_hand(nb: nbformat.NotebookNode) -> list[int]:
    """Question cells whose text is no longer what the build wrote."""
    return [index for index, cell in enumerate(nb.cells) if question_name(cell)
            and cell.metadata[KEY].get("written") not in (None, digest(cell.source))]


def place_questions(lesson: str, nb: nbformat.NotebookNode) -> None:
    """Rewrite every question cell of ``lesson`` (e.g. "lesson03") from the catalogue: old
    ones are dropped (the tools own them), fresh ones go above their exercise cells. Raises
    Problem, changing nothing, if one was edited by hand."""
    edited = edited_by_hand(nb)
    if edited:
        places = "; ".join(cell_label(nb, index) for index in edited)
        raise Problem(f"{places}: a question's text was edited in the notebook, where "
                      f"make solutions writes it; it lives in helpers/exercises/{lesson}.py "
                      "(its ChoiceExercise): make the edit there, and undo it here")
    nb.cells = [cell for cell in nb.cells if question_name(cell) is None]
    for index in reversed(range(len(nb.cells))):
        name = exercise_name(nb.cells[index])
        exercise = find(lesson, name) if name else None
        if isinstance(exercise, ChoiceExercise):
            text = exercise.markdown()
            cell = nbformat.v4.new_markdown_cell(text)
            cell.id = f"question-{name}"[:64]  # stable, so that a rebuild changes no byte
            cell.metadata[KEY] = {"question": name, "written": digest(text)}
            nb.cells.insert(index, cell)
