"""One submission, re-run in a fresh kernel and graded exercise by exercise.

The learner's notebook is never touched: its cells are copied into a new notebook that runs
in a temporary folder. Around each exercise cell the grader adds two cells of its own: one
before, which clears ``answer`` (and the function the exercise asks for), and one after,
which checks what the learner's cell left with the course's own check, imported afresh (a
redefined ``ex`` changes nothing). Statuses come from this run only, never from the outputs
stored in the file. A cell that fails or runs out of time does not stop the run; a notebook
that runs out of its time leaves its remaining exercises "not run".

What it cannot prevent: code in the submission runs with the grader's rights inside the
kernel, so a learner who monkeypatches the course's checker (``helpers.checks``) before an
exercise can fool that exercise's grade. Run submissions on a machine you can afford to lose.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from helpers.course import Lesson
from helpers.exercises import find
from tools.grading.discover import Submission, lesson_of, read_notebook
from tools.lesson_cells import exercise_name

MARKER = "<<course-grade>>"
STATUSES = ("correct", "not yet", "not attempted", "error", "not run")
FROM_CHECK = {"correct": "correct", "incorrect": "not yet", "invalid": "not yet",
              "not attempted": "not attempted"}

GRADER = f'''
def _course_grade_(lesson, name, function):
    import contextlib, io, json
    from IPython.utils.capture import capture_output
    from helpers.exercises import find
    answer = globals().get(function, ...) if function else globals().get("answer", ...)
    with contextlib.redirect_stdout(io.StringIO()), capture_output():
        feedback = find(lesson, name).check(answer)
    print("{MARKER}" + json.dumps({{"status": feedback.status.value,
                                    "message": feedback.message}}))
'''


@dataclass(frozen=True)
class Row:
    learner: str
    file: str
    lesson: str
    exercise: str
    status: str
    message: str


def _function_name(lesson: Lesson, name: str) -> str:
    exercise = find(lesson.catalogue, name)
    return getattr(exercise, "function_name", "") if getattr(exercise, "cases", ()) else ""


def _error(cell: nbformat.NotebookNode) -> dict | None:
    if "raises-exception" in cell.metadata.get("tags", []):
        return None
    return next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"), None)


def _graded(cell: nbformat.NotebookNode) -> dict | None:
    for output in cell.get("outputs", []):
        for line in output.get("text", "").splitlines():
            if line.startswith(MARKER):
                return json.loads(line[len(MARKER):])
    return None


def grade(submission: Submission, root: Path, cell_seconds: float = 30,
          notebook_seconds: float = 300) -> list[Row]:
    """Every exercise of the submission's lesson, with its status and message."""
    file = submission.path.relative_to(root).as_posix()
    notebook, problem = read_notebook(submission.path)
    lesson = lesson_of(notebook, submission.path.name) if notebook is not None else None
    if notebook is None or lesson is None:
        why = problem or "no exercise of this course is in it, nor a lesson's number in its name"
        return [Row(submission.learner, file, "", "", "error", why)]

    def row(name: str, status: str, message: str) -> Row:
        return Row(submission.learner, file, lesson.number, name, status, message)

    try:
        source = nbformat.reads(json.dumps(notebook), as_version=4)
    except Exception as error:  # JSON that nbformat cannot read as a notebook
        return [row("", "error", f"the notebook cannot be read ({type(error).__name__})")]
    names = [exercise.name for exercise in _module_exercises(lesson)]
    cells, places = [nbformat.v4.new_code_cell(GRADER)], {}
    for cell in source.cells:
        name = exercise_name(cell)
        if cell.cell_type == "code" and name in names:
            function = _function_name(lesson, name)
            reset = "answer = ..." + (f"\nglobals().pop({function!r}, None)" if function else "")
            cells.append(nbformat.v4.new_code_cell(reset))
            places[name] = (len(cells), len(cells) + 1)  # the learner's cell, the grader's
            cells.append(nbformat.v4.new_code_cell(cell.source, metadata=dict(cell.metadata)))
            cells.append(nbformat.v4.new_code_cell(
                f"_course_grade_({lesson.catalogue!r}, {name!r}, {function!r})"))
        elif cell.cell_type == "code":
            cells.append(nbformat.v4.new_code_cell(cell.source, metadata=dict(cell.metadata)))
    run = nbformat.v4.new_notebook(cells=cells)
    ran, stopped = _run(run, cell_seconds, notebook_seconds)

    rows = []
    for name in names:
        if name not in places:
            rows.append(row(name, "not run", "the exercise's cell is not in this notebook "
                                             "(deleted, or its cell metadata removed)"))
            continue
        learner_cell, grader_cell = places[name]
        if learner_cell not in ran:
            rows.append(row(name, "not run", stopped))
            continue
        error = _error(run.cells[learner_cell])
        if error is not None and ran[learner_cell] >= cell_seconds:
            rows.append(row(name, "error", f"the cell did not finish within {cell_seconds:g} s "
                                           "(an endless loop?)"))
            continue
        graded = _graded(run.cells[grader_cell]) if grader_cell in ran else None
        if error is not None and not (graded and graded["status"] == "correct"):
            rows.append(row(name, "error", f"the cell raised {error.get('ename')}: "
                                           f"{error.get('evalue')}"))
        elif graded is None:
            rows.append(row(name, "not run", stopped or "the check could not run"))
        else:
            rows.append(row(name, FROM_CHECK.get(graded["status"], "not yet"),
                            graded["message"]))
    return rows


def _module_exercises(lesson: Lesson) -> list:
    import importlib

    return list(importlib.import_module(lesson.module).EXERCISES)


def _run(nb: nbformat.NotebookNode, cell_seconds: float, notebook_seconds: float
         ) -> tuple[dict[int, float], str]:
    """Run every cell it can; the seconds each ran cell took, and why the rest did not run."""
    ran: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as work:
        client = NotebookClient(nb, kernel_name="python3", timeout=cell_seconds,
                                interrupt_on_timeout=True, allow_errors=True,
                                record_timing=False, resources={"metadata": {"path": work}})
        deadline = time.monotonic() + notebook_seconds
        try:
            with client.setup_kernel():
                for index, cell in enumerate(nb.cells):
                    if time.monotonic() > deadline:
                        return ran, f"the notebook ran out of its {notebook_seconds:g} s"
                    started = time.monotonic()
                    try:
                        client.execute_cell(cell, index)
                    except CellTimeoutError:  # the interrupt did not take: the kernel is stuck
                        ran[index] = cell_seconds
                        return ran, "the kernel did not answer after a cell ran out of time"
                    ran[index] = time.monotonic() - started
        except DeadKernelError:
            return ran, "the kernel died (out of memory?) before this cell"
        except RuntimeError as error:  # the kernel did not start
            return ran, f"the kernel did not start: {error}"
    return ran, ""
