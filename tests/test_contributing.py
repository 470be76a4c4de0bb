"""CONTRIBUTING.md's four recipes, followed literally in a copy of the course: each changes
as many files as it says, and `make solutions` and the tests accept the result."""

import os
import re
import subprocess
import sys

import nbformat
import pytest

from tests.notebooks import ROOT, copy_of_repository, read
from tools.lesson_cells import exercise_name

GUIDE = (ROOT / "CONTRIBUTING.md").read_text()


def recipe(name: str) -> str:
    """The code block the guide marks with ``<!-- recipe: name -->``."""
    match = re.search(rf"<!-- recipe: {name} -->\n```python\n(.*?)```", GUIDE, re.S)
    assert match, f"CONTRIBUTING.md has no block marked {name!r}"
    return match.group(1)


def run(course, *command, timeout=600):
    # PYTHONPATH: the copy's helpers, in the tools and in every kernel they start
    environment = {**os.environ, "PYTHONPATH": str(course)}
    done = subprocess.run(command, cwd=course, capture_output=True, text=True, timeout=timeout,
                          env=environment)
    assert done.returncode == 0, (done.stdout[-3000:], done.stderr[-3000:])
    return done.stdout


def git(course, *args):
    return subprocess.run(["git", "-c", "user.name=course", "-c", "user.email=c@example.org",
                           *args], cwd=course, check=True, capture_output=True,
                          text=True).stdout


def changed_files(course):
    return sorted(line[3:] for line in git(course, "status", "--porcelain",
                                           "--untracked-files=all").splitlines())


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = copy_of_repository(tmp_path_factory.mktemp("contributing") / "course")
    git(course, "init", "-q")
    git(course, "add", "-A")
    git(course, "commit", "-q", "-m", "the course")
    return course


@pytest.mark.slow
def test_the_three_recipes_hold(course):
    # 1. A mistake: one file.
    catalogue = course / "helpers" / "exercises" / "lesson00.py"
    text = catalogue.read_text()
    opening = "    mistakes=(\n"
    catalogue.write_text(text.replace(opening, opening + recipe("mistake"), 1))
    assert changed_files(course) == ["helpers/exercises/lesson00.py"]
    said = run(course, sys.executable, "-c",
               "from helpers import lesson00; print(lesson00.double.check(30).message)")
    assert said.strip() == "you multiplied by 3; the exercise asks to multiply by 2"
    run(course, sys.executable, "-m", "pytest", "-p", "no:xdist", "-q",
        "tests/test_exercise_catalogue.py", "-k", "double")
    git(course, "commit", "-qam", "a mistake")

    # 2. An exercise: two files.
    text = catalogue.read_text()
    text = text.replace("# In the notebook's order", recipe("exercise") + "\n\n"
                        "# In the notebook's order", 1)
    catalogue.write_text(text.replace("EXERCISES = [double]", "EXERCISES = [double, triple]"))
    notebook = course / "lessons" / "00-welcome.ipynb"
    nb = read(notebook)
    place = next(i for i, cell in enumerate(nb.cells) if exercise_name(cell) == "double") + 1
    nb.cells[place:place] = [nbformat.v4.new_markdown_cell("**Exercise.** Multiply `a` by 3."),
                             nbformat.v4.new_code_cell(recipe("exercise-cell").strip())]
    nbformat.write(nb, notebook)
    assert changed_files(course) == ["helpers/exercises/lesson00.py", "lessons/00-welcome.ipynb"]
    run(course, sys.executable, "tools/build_solutions.py", "--only", "00")
    solved = read(course / "solutions" / "00-welcome.ipynb")
    cell = next(cell for cell in solved.cells if exercise_name(cell) == "triple")
    assert "answer = a * 3" in cell.source
    assert "✓ Correct [triple]" in str(cell.outputs)
    git(course, "add", "-A")
    git(course, "commit", "-qm", "an exercise")

    # 2b. A concept question: two files.
    text = catalogue.read_text().replace(
        "from helpers.checks.exercise import", "from helpers.checks import ChoiceExercise, "
        "Option\nfrom helpers.checks.exercise import", 1)
    text = text.replace("# In the notebook's order", recipe("question") + "\n\n"
                        "# In the notebook's order", 1)
    catalogue.write_text(text.replace("[double, triple]", "[double, triple, how_many]"))
    nb = read(notebook)
    place = next(i for i, cell in enumerate(nb.cells) if exercise_name(cell) == "triple") + 1
    nb.cells.insert(place, nbformat.v4.new_code_cell(recipe("question-cell").strip()))
    nbformat.write(nb, notebook)
    assert changed_files(course) == ["helpers/exercises/lesson00.py", "lessons/00-welcome.ipynb"]
    run(course, sys.executable, "tools/build_solutions.py", "--only", "00")
    for folder, verdict in (("lessons", "… Not attempted yet [how_many]"),
                            ("solutions", "✓ Correct [how_many]: b) 2 times 10")):
        cells = read(course / folder / "00-welcome.ipynb").cells
        place = next(i for i, cell in enumerate(cells) if exercise_name(cell) == "how_many")
        assert cells[place - 1].source.startswith("### Question: what doubling does\n")
        assert "- **c)** 100" in cells[place - 1].source
        assert verdict in str(cells[place].outputs)
    git(course, "add", "-A")
    git(course, "commit", "-qm", "a question")

    # 3. A lesson: three files.
    lesson = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# 10 · Recap\n\nThe course in five exercises."),
        nbformat.v4.new_code_cell("from helpers import lesson10 as ex\n\na = 10"),
        nbformat.v4.new_markdown_cell("**Exercise.** Multiply `a` by 3."),
        nbformat.v4.new_code_cell(recipe("exercise-cell").strip())])
    lesson.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                     "language": "python"}
    nbformat.write(lesson, course / "lessons" / "10-recap.ipynb")
    (course / "helpers" / "exercises" / "lesson10.py").write_text(
        '"""Exercises of lesson 10: a recap."""\n\nfrom helpers.checks.exercise import Mistake, '
        'ValueExercise\n\nLESSON = "lesson10"\n\n\n' + recipe("exercise") +
        "\n\nEXERCISES = [triple]\n")
    manifest = course / "helpers" / "course.py"
    text = manifest.read_text()
    last = text.index("\n)\n", text.index("LESSONS = ("))
    manifest.write_text(text[:last + 1] + recipe("lesson") + text[last + 1:])
    assert changed_files(course) == ["helpers/course.py", "helpers/exercises/lesson10.py",
                                     "lessons/10-recap.ipynb"]
    run(course, sys.executable, "tools/build_solutions.py")
    readme = (course / "README.md").read_text()
    assert "| 10 | [Recap](lessons/10-recap.ipynb) | the course in five exercises | " in readme
    assert "| question | what doubling does | [Welcome](lessons/00-welcome.ipynb) | ★ |" in readme
    assert read(course / "lessons" / "09-self-assessment.ipynb").cells[-1].source == \
        "**Next:** [10 · Recap](10-recap.ipynb)"
    run(course, sys.executable, "-m", "pytest", "-p", "no:xdist", "-q", "tests/test_manifest.py",
        "tests/test_navigation.py", "tests/test_solutions.py")
