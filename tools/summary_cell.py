"""The last cell of every lesson before its next-lesson link: what the learner has done in
the lesson and what is left (helpers.progress). The build writes it, so that every lesson,
a new one too, ends the same way."""

from __future__ import annotations

import nbformat

from tools.lesson_cells import cells_with_role, mark


def summary_source(number: str) -> str:
    return ("# What you have done in this lesson, and what is left (run it again any time)\n"
            f"from helpers.progress import progress\n\nprogress(\"{number}\")")


def place_summary(number: str, nb: nbformat.NotebookNode) -> None:
    """One summary cell: kept where it is, with its current code; a lesson without one gets
    it just above its next-lesson link (or last)."""
    found = cells_with_role(nb, "summary")
    for index in reversed(found[1:]):  # the tools own it: one is enough
        del nb.cells[index]
    if found:
        nb.cells[found[0]].source = summary_source(number)
        return
    cell = nbformat.v4.new_code_cell(summary_source(number))
    cell.id = "lesson-summary"  # stable, so that a rebuild changes no byte
    mark(cell, role="summary")
    following = cells_with_role(nb, "next")
    nb.cells.insert(following[0] if following else len(nb.cells), cell)
