"""solutions/ is generated from lessons/ and helpers, and stays in step with them."""

import pytest

from tests.notebooks import LESSONS, SOLUTIONS, plain_outputs, read
from tools.build_solutions import exercise_cells, lesson_id, solve, stale_solutions


def test_every_lesson_has_a_solution_notebook():
    assert [p.name for p in SOLUTIONS] == [p.name for p in LESSONS]


def test_committed_solutions_are_not_stale():
    assert stale_solutions() == [], "run `make solutions` and commit the result"


def test_a_changed_lesson_makes_the_solutions_stale(tmp_path, monkeypatch):
    import tools.build_solutions as builder

    lessons, solutions = tmp_path / "lessons", tmp_path / "solutions"
    lessons.mkdir()
    solutions.mkdir()
    lesson = read(LESSONS[1])
    (solutions / LESSONS[1].name).write_text(
        __import__("nbformat").writes(solve(LESSONS[1], lesson)))
    lesson.cells[1].source += "\n# an instructor's edit"
    (lessons / LESSONS[1].name).write_text(__import__("nbformat").writes(lesson))
    monkeypatch.setattr(builder, "LESSONS", lessons)
    monkeypatch.setattr(builder, "SOLUTIONS", solutions)
    assert stale_solutions() == [LESSONS[1].name]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_exercise_cell_of_a_lesson_reads_not_attempted(path):
    nb = read(path)
    cells = exercise_cells(nb)
    assert cells, "a lesson without exercises"
    for index, name in cells:
        assert plain_outputs(nb.cells[index]).startswith(f"… Not attempted yet [{name}]")


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_exercise_of_a_solution_reads_solved(path):
    lesson = read(path.parent.parent / "lessons" / path.name)
    solved = read(path)
    names = [name for _, name in exercise_cells(lesson)]
    outputs = [plain_outputs(cell) for cell in solved.cells if cell.cell_type == "code"]
    for name in names:
        assert any(out.startswith(f"✓ Correct [{name}]") for out in outputs), name
    assert not any(out.startswith("… Not attempted") for out in outputs)
    assert "answer = ..." not in "".join(c.source for c in solved.cells if c.cell_type == "code")


def test_solution_cells_hold_the_reference_code():
    from helpers.exercises import find

    lesson_path = LESSONS[1]
    solved = read(lesson_path.parent.parent / "solutions" / lesson_path.name)
    for _, name in exercise_cells(read(lesson_path)):
        code = find(lesson_id(lesson_path), name).solution_code()
        assert any(code in cell.source for cell in solved.cells), name
