"""`make grade` on a synthetic class: every row of grades.csv as expected, no submission
changed, and every awkward submission (corrupt, renamed, from another lesson, untouched,
cell deleted, `ex` redefined, solution() handed in, outputs edited, endless loops) given a
clear row while the run goes on."""

import csv
import hashlib
import json
import shutil
import subprocess
import sys

import nbformat
import pytest

from helpers.exercises import lesson_modules
from tests.notebooks import LESSONS, ROOT, read
from tools.grading.discover import learner_from_name
from tools.lesson_cells import exercise_name

LESSON_01 = [exercise.name for exercise in lesson_modules()[1].EXERCISES]


def test_learners_are_read_from_file_names():
    assert learner_from_name("alice-01-containers") == "alice"
    assert learner_from_name("01-containers_bob") == "bob"
    assert learner_from_name("carol") == "carol"


def exercise_cell(nb, name):
    return next(cell for cell in nb.cells if exercise_name(cell) == name)


def write(nb, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


def synthetic_class(folder):
    """Submissions as a class hands them in, and the rows each must get."""
    expected = {}
    lesson_00, lesson_01 = LESSONS[0], LESSONS[1]
    # alice: lesson 00 solved (the solutions notebook), lesson 01 untouched
    shutil.copytree(ROOT / "solutions", folder / "alice", ignore=shutil.ignore_patterns(
        "0[2-9]-*", "01-*"))
    (folder / "alice" / lesson_01.name).write_bytes(lesson_01.read_bytes())
    expected[("alice", "00", "double")] = "correct"
    for name in LESSON_01:
        expected[("alice", "01", name)] = "not attempted"
    # bob (files named by learner): half of lesson 01, one right and one wrong
    nb = read(lesson_01)
    exercise_cell(nb, "person_vector").source = (
        "answer = np.array([27, 185, 80, 94105, 0])\nex.person_vector.check(answer)")
    exercise_cell(nb, "matrix_shape").source = "answer = (5, 4)\nex.matrix_shape.check(answer)"
    write(nb, folder / "bob-01-containers.ipynb")
    for name in LESSON_01:
        expected[("bob", "01", name)] = "not attempted"
    expected[("bob", "01", "person_vector")] = "correct"
    expected[("bob", "01", "matrix_shape")] = "not yet"
    # carol: a file that is not JSON
    (folder / "carol").mkdir()
    (folder / "carol" / "01-containers.ipynb").write_text('{"cells": [')
    expected[("carol", "", "")] = "error"
    # dave: lesson 00 renamed, placeholder untouched
    write(read(lesson_00), folder / "dave" / "my homework.ipynb")
    expected[("dave", "00", "double")] = "not attempted"
    # erin: an endless loop in a cell of its own, then the exercise solved
    nb = read(lesson_00)
    index = nb.cells.index(exercise_cell(nb, "double"))
    nb.cells.insert(index, nbformat.v4.new_code_cell("while True:\n    pass"))
    exercise_cell(nb, "double").source = "answer = a * 2\nex.double.check(answer)"
    write(nb, folder / "erin" / "00-welcome.ipynb")
    expected[("erin", "00", "double")] = "correct"
    # frank: redefines ex, hands in solution(), and edits the stored output to say correct
    nb = read(lesson_00)
    cell = exercise_cell(nb, "double")
    cell.source = ("class Always:\n    def __getattr__(self, name):\n        return self\n"
                   "    def check(self, answer):\n        return '✓ Correct'\n"
                   "answer = ex.double.solution()\nex = Always()\nex.double.check(answer)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="✓ Correct [double]")]
    write(nb, folder / "frank" / "00-welcome.ipynb")
    expected[("frank", "00", "double")] = "not yet"
    # gina: deleted the exercise's cell
    nb = read(lesson_00)
    nb.cells.remove(exercise_cell(nb, "double"))
    write(nb, folder / "gina" / "00-welcome.ipynb")
    expected[("gina", "00", "double")] = "not run"
    # hank: lesson 00's notebook under lesson 01's name; its exercise loops forever
    nb = read(lesson_00)
    exercise_cell(nb, "double").source = ("while True:\n    pass\nanswer = ...\n"
                                          "ex.double.check(answer)")
    write(nb, folder / "hank" / "01-containers.ipynb")
    expected[("hank", "00", "double")] = "error"
    return expected


def fingerprint(folder):
    return {p.as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_synthetic_class_is_graded_row_by_row(tmp_path):
    submissions, out = tmp_path / "class", tmp_path / "grades"
    expected = synthetic_class(submissions)
    before = fingerprint(submissions)
    run = subprocess.run([sys.executable, "tools/grade.py", str(submissions), "--out", str(out),
                          "--cell-seconds", "5"], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert fingerprint(submissions) == before  # no submission changed
    with (out / "grades.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    got = {(r["learner"], r["lesson"], r["exercise"]): r["status"] for r in rows}
    assert got == expected
    messages = {(r["learner"], r["exercise"]): r["message"] for r in rows}
    assert messages[("carol", "")].startswith("the file is not a readable notebook")
    assert messages[("gina", "double")].startswith("the exercise's cell is not in this notebook")
    assert messages[("hank", "double")] == "the cell did not finish within 5 s (an endless loop?)"
    assert "graded 9 notebooks of 8 learners in " in run.stdout
    summary = list(csv.reader((out / "summary.csv").open(encoding="utf-8")))
    assert summary[0] == ["learner", "lesson 00", "lesson 01"]
    assert ["alice", "1/1", f"0/{len(LESSON_01)}"] in summary
    assert ["bob", "–", f"1/{len(LESSON_01)}"] in summary
    page = (out / "feedback" / "bob.html").read_text()
    assert "bob-01-containers.ipynb" in page and "person_vector" in page
    assert json.dumps(sorted(p.name for p in (out / "feedback").iterdir())) == json.dumps(
        sorted(f"{name}.html" for name in ["alice", "bob", "carol", "dave", "erin", "frank",
                                           "gina", "hank"]))


def test_grading_refuses_to_write_into_the_submissions(tmp_path):
    (tmp_path / "class").mkdir()
    run = subprocess.run([sys.executable, "tools/grade.py", str(tmp_path / "class"),
                          "--out", str(tmp_path / "class" / "grades")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "--out must be outside the submissions folder" in run.stderr
    assert not (tmp_path / "class" / "grades").exists()
