"""The cells of a lesson that the course's tools own, found by their metadata, never by place.

A cell the tools write or read carries ``"course": {...}`` in its metadata:

- ``{"role": "contents"}``: the link to the contents, the lesson's first cell;
- ``{"role": "title"}``: the lesson's ``# `` heading (the next lesson's link takes its title);
- ``{"role": "next"}``: the link to the next lesson, its last cell;
- ``{"exercise": "NAME"}``: the cell where a learner answers exercise NAME;
- ``{"role": "summary"}``: the lesson's last code cell, the learner's progress in it;
- ``{"role": "demo"}``: a cell that calls a check on purpose, to show how checks answer;
- ``{"question": "NAME"}``: the markdown of concept question NAME, written from its catalogue
  entry just above the question's exercise cell.

Every other cell belongs to whoever wrote it: the tools copy it and never change it.
"""

from __future__ import annotations

import re

import nbformat

KEY = "course"
PLACEHOLDER_LINE = re.compile(r"^answer = \.\.\.(\s*#.*)?$", re.MULTILINE)
PLACEHOLDER_RETURN = re.compile(r"^\s+return \.\.\.(\s*#.*)?$", re.MULTILINE)
CHECK_CALL = re.compile(r"\b\w+\.(\w+)\.check\(")


def marks(cell: nbformat.NotebookNode) -> dict:
    value = cell.get("metadata", {}).get(KEY, {})
    return value if isinstance(value, dict) else {}


def role(cell: nbformat.NotebookNode) -> str | None:
    return marks(cell).get("role")


def exercise_name(cell: nbformat.NotebookNode) -> str | None:
    return marks(cell).get("exercise")


def question_name(cell: nbformat.NotebookNode) -> str | None:
    return marks(cell).get("question")


def mark(cell: nbformat.NotebookNode, **values: str) -> None:
    cell.metadata[KEY] = dict(values)


def cells_with_role(nb: nbformat.NotebookNode, wanted: str) -> list[int]:
    return [index for index, cell in enumerate(nb.cells) if role(cell) == wanted]


def has_placeholder(source: str) -> bool:
    return bool(PLACEHOLDER_LINE.search(source) or PLACEHOLDER_RETURN.search(source))


def checked_names(source: str) -> list[str]:
    """Exercises whose check() this code calls."""
    return CHECK_CALL.findall(source)


def title(nb: nbformat.NotebookNode) -> str | None:
    """The lesson's heading without the '# ', from its title cell; None without one."""
    for index in cells_with_role(nb, "title"):
        for line in nb.cells[index].source.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return None


def cell_label(nb: nbformat.NotebookNode, index: int) -> str:
    """How a message names a cell: its number as JupyterLab counts (from 1), and its start."""
    first = nb.cells[index].source.strip().split("\n")[0]
    return f"cell {index + 1} ({first[:50]!r})"
