"""An instructor edits lessons, then runs `make solutions`: every edit is kept, the tools
touch only the cells they own, and a problem stops them before any file changes."""

import hashlib
import shutil

import nbformat
import pytest

import tools.build_solutions as builder
import tools.navigation as navigation
from tests.notebooks import LESSONS, ROOT, read
from tools.atomic_files import Problem
from tools.lesson_cells import cells_with_role, exercise_name, title


def snapshot(folder):
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A copy of lessons/ (those named, or all) and an empty solutions/ the tools work on."""
    def make(*prefixes):
        lessons, solutions = tmp_path / "lessons", tmp_path / "solutions"
        lessons.mkdir()
        solutions.mkdir()
        for path in LESSONS:
            if not prefixes or path.name[:2] in prefixes:
                shutil.copy(path, lessons / path.name)
        monkeypatch.setattr(navigation, "LESSONS", lessons)
        monkeypatch.setattr(builder, "LESSONS", lessons)
        monkeypatch.setattr(builder, "SOLUTIONS", solutions)
        shutil.copy(ROOT / "README.md", tmp_path / "README.md")  # the copy's own README
        return lessons
    return make


def edit(path, change):
    nb = read(path)
    change(nb)
    nbformat.write(nb, path)


def code_cell(source):
    return nbformat.v4.new_code_cell(source)


def test_navigation_touches_no_cell_an_instructor_added(course):
    lessons = course()
    note = nbformat.v4.new_markdown_cell("An instructor's note at the very end.")
    appended = code_cell("extra = 3\nextra")
    above_title = code_cell("print('a cell above the title')")
    edit(lessons / "02-data-as-tensors.ipynb", lambda nb: nb.cells.append(note))
    edit(lessons / "03-elementwise-broadcasting.ipynb", lambda nb: nb.cells.append(appended))
    edit(lessons / "05-norms.ipynb", lambda nb: nb.cells.insert(1, above_title))
    navigation.update(check=False)
    assert navigation.update(check=True) == []
    for name, added in [("02-data-as-tensors", note), ("03-elementwise-broadcasting", appended),
                        ("05-norms", above_title)]:
        nb = read(lessons / f"{name}.ipynb")
        assert [c.source for c in nb.cells].count(added.source) == 1, name
        assert sum("**Next:**" in c.source for c in nb.cells) == 1, name
    nb = read(lessons / "03-elementwise-broadcasting.ipynb")
    assert nb.cells[-1].source == "extra = 3\nextra"  # kept last, not pasted into
    next_of_04 = read(lessons / "04-products.ipynb").cells[-1].source
    assert next_of_04 == f"**Next:** [{title(read(LESSONS[5]))}](05-norms.ipynb)"
    assert "a cell above the title" not in next_of_04


def test_a_lesson_that_lost_its_link_cell_gets_one_back_and_nothing_else_moves(course):
    lessons = course()
    path = lessons / "06-forward-pass.ipynb"
    before = read(path)
    edit(path, lambda nb: nb.cells.pop())
    assert navigation.update(check=False) == [path.name]
    after = read(path)
    assert [c.source for c in after.cells] == [c.source for c in before.cells]
    assert cells_with_role(after, "next") == [len(after.cells) - 1]


def answer_two_exercises(nb):
    first = next(c for c in nb.cells if exercise_name(c) == "person_vector")
    first.source = first.source.replace("answer = ...", "answer = [27, 185, 80]")
    nb.cells.append(code_cell("ex.third_row.check(M[2])"))


def write_function(nb):
    cell = next(c for c in nb.cells if exercise_name(c) == "neuron")
    cell.source = cell.source.replace("return ...", "return w @ x")


def drop_an_exercise(nb):
    nb.cells = [c for c in nb.cells if exercise_name(c) != "rotate"]


@pytest.mark.parametrize("lesson, change, expected", [
    ("01", answer_two_exercises, ["lessons/01-containers.ipynb, cell ",
                                  "exercise person_vector has been answered",
                                  "checks third_row in a cell that is not the exercise's own"]),
    ("06", write_function, ["lessons/06-forward-pass.ipynb, cell ",
                            "exercise neuron has been answered"]),
    ("04", drop_an_exercise, ["lessons/04-products.ipynb: no cell is marked as exercise rotate"]),
], ids=["answered placeholders", "written function", "deleted exercise cell"])
def test_a_problem_in_one_lesson_stops_the_build_and_changes_nothing(course, lesson, change,
                                                                     expected):
    lessons = course()
    path = next(lessons.glob(f"{lesson}-*.ipynb"))
    edit(path, change)
    before = snapshot(lessons.parent)
    with pytest.raises(Problem) as stopped:
        builder.build(log=lambda line: None)
    for words in expected:
        assert words in str(stopped.value)
    assert snapshot(lessons.parent) == before


def test_an_unreadable_lesson_is_named_and_nothing_changes(course):
    lessons = course("00", "01")
    (lessons / "01-containers.ipynb").write_text('{"cells": [')
    before = snapshot(lessons.parent)
    with pytest.raises(Problem, match="lessons/01-containers.ipynb cannot be read"):
        builder.build(log=lambda line: None)
    assert snapshot(lessons.parent) == before


@pytest.mark.slow
def test_a_failing_cell_stops_the_build_after_running_and_nothing_changes(course):
    lessons = course("00", "07")
    edit(lessons / "07-mxnet-ndarray.ipynb",
         lambda nb: nb.cells.insert(5, code_cell("1 / 0  # an instructor's slip")))
    before = snapshot(lessons.parent)
    with pytest.raises(Problem) as stopped:
        builder.build(log=lambda line: None)
    assert str(stopped.value) == ("lessons/07-mxnet-ndarray.ipynb, cell 6 (\"1 / 0  # an "
                                  "instructor's slip\") fails: ZeroDivisionError: division "
                                  "by zero")
    assert snapshot(lessons.parent) == before  # lesson 00 ran, and was not written either


@pytest.mark.slow
def test_a_new_exercise_cell_is_adopted_and_every_edit_kept(course):
    lessons = course("00")
    path = lessons / "00-welcome.ipynb"

    def add(nb):
        nb.cells.insert(3, nbformat.v4.new_markdown_cell("An instructor's note."))
        nb.cells.insert(4, code_cell("a = 10  # an instructor's cell\na"))
        old = next(c for c in nb.cells if exercise_name(c) == "double")
        old.metadata.pop("course")  # as if the instructor wrote the cell anew
    edit(path, add)
    builder.build(log=lambda line: None)
    for folder in ("lessons", "solutions"):
        nb = read(lessons.parent / folder / path.name)
        sources = [c.source for c in nb.cells]
        assert "An instructor's note." in sources
        assert "a = 10  # an instructor's cell\na" in sources
        assert [exercise_name(c) for c in nb.cells].count("double") == 1
    ran = next(c for c in read(path).cells if c.source.startswith("a = 10"))
    assert ran.outputs[0]["data"]["text/plain"] == "10"


def test_the_readme_table_is_written_from_the_manifest_between_its_markers(tmp_path):
    readme = tmp_path / "README.md"
    text = (ROOT / "README.md").read_text()
    start = text.index(navigation.TABLE_START) + len(navigation.TABLE_START)
    stale = text[:start] + "\n| 00 | an old row |" + text[text.index(navigation.TABLE_END) - 1:]
    readme.write_text(stale)
    assert navigation.readme_planned(readme) == {readme: text}  # the rest is kept as it was
    readme.write_text(text.replace(navigation.TABLE_END, ""))
    with pytest.raises(Problem, match="lost the lines around its lesson table"):
        navigation.readme_planned(readme)


def test_a_new_lessons_title_cell_is_marked_by_its_manifest_heading(course):
    lessons = course("05", "06")
    path = lessons / "06-forward-pass.ipynb"
    edit(path, lambda nb: nb.cells[1].metadata.pop("course"))
    navigation.update(check=False)
    assert cells_with_role(read(path), "title") == [1]
    edit(path, lambda nb: (nb.cells[1].metadata.pop("course"),
                           setattr(nb.cells[1], "source", "# A heading the manifest lacks")))
    with pytest.raises(Problem, match="its first heading must read '# 06 · From tensors"):
        navigation.update(check=False)


def test_a_lesson_saved_while_the_build_runs_is_kept_and_nothing_is_written(course,
                                                                           monkeypatch):
    lessons = course("00")
    path = lessons / "00-welcome.ipynb"
    note = "Saved in JupyterLab while make solutions ran."

    def meanwhile(nb, folder, where):  # instead of running: the instructor saves an edit
        edit(path, lambda saved: saved.cells.append(nbformat.v4.new_markdown_cell(note)))
    monkeypatch.setattr(builder, "execute", meanwhile)
    monkeypatch.setattr(builder, "answers_read", lambda nb, where, expected: None)
    with pytest.raises(Problem, match="00-welcome.ipynb changed while make solutions ran"):
        builder.build(log=lambda line: None)
    assert read(path).cells[-1].source == note
    assert not list((lessons.parent / "solutions").iterdir())
