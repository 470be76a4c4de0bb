"""Progress read from a learner's saved lessons: nothing done in the course's own lessons,
everything in the solutions, and exactly what was run in a half-done copy."""

import shutil

import nbformat

from helpers.exercises import all_exercises
from helpers.progress import progress, read_course, table
from tests.notebooks import ROOT, read
from tools.lesson_cells import exercise_name

TOTAL = len(all_exercises())


def test_the_course_as_handed_out_has_nothing_done():
    course = read_course(ROOT / "lessons")
    assert sum(len(entry.not_started) for entry in course) == TOTAL
    assert not any(entry.done or entry.tried for entry in course)
    assert table(course).endswith(f"0 of {TOTAL} exercises done")


def test_the_solutions_have_everything_done():
    course = read_course(ROOT / "solutions")
    assert sum(len(entry.done) for entry in course) == TOTAL
    assert table(course).endswith(f"{TOTAL} of {TOTAL} exercises done")


def test_a_half_done_copy_counts_what_was_run(tmp_path):
    shutil.copytree(ROOT / "lessons", tmp_path / "lessons")
    lesson = tmp_path / "lessons" / "01-containers.ipynb"
    solved = {exercise_name(c): c for c in read(ROOT / "solutions" / lesson.name).cells
              if exercise_name(c)}
    nb = read(lesson)
    for cell in nb.cells:
        name = exercise_name(cell)
        if name in ("talk_vector", "matrix_shape"):  # solved and run
            cell.source, cell.outputs = solved[name].source, solved[name].outputs
        elif name == "third_row":  # run, and wrong
            cell.outputs = [nbformat.v4.new_output(
                "display_data", data={"text/plain": "✗ Not yet [third_row]: that is row 1"})]
        elif name == "people_matrix":  # answered, never run: it does not count
            cell.source, cell.outputs, cell.execution_count = solved[name].source, [], None
    nbformat.write(nb, lesson)
    entry = read_course(tmp_path / "lessons")[1]
    assert entry.done == ["talk_vector", "matrix_shape"]
    assert entry.tried == ["third_row"]
    assert "people_matrix" in entry.not_started and len(entry.not_started) == 4
    shown = progress(tmp_path / "lessons")._repr_html_()
    assert "<td>2</td><td>1</td><td>4</td>" in shown
    assert "href='01-containers.ipynb#Exercise-1.3:-a-row'>third_row</a>" in shown


def test_an_unreadable_lesson_is_named_not_a_crash(tmp_path):
    shutil.copytree(ROOT / "lessons", tmp_path / "lessons")
    (tmp_path / "lessons" / "05-norms.ipynb").write_text("{")
    text = table(read_course(tmp_path / "lessons"))
    assert "05-norms.ipynb cannot be read (JSONDecodeError)" in text
