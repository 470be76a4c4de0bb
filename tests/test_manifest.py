"""The course manifest (helpers/course.py) is the one list of lessons: the notebooks, their
headings, their catalogues and the README's table all agree with it."""

import importlib

import pytest

from helpers.course import LESSONS
from tests.notebooks import LESSONS as NOTEBOOKS
from tests.notebooks import ROOT, read
from tools.build_solutions import exercise_cells
from tools.lesson_cells import title


def test_the_manifest_lists_exactly_the_lesson_notebooks_in_order():
    assert [lesson.notebook for lesson in LESSONS] == [path.name for path in NOTEBOOKS]


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.number)
def test_each_notebook_heading_is_the_manifests(lesson):
    assert title(read(ROOT / "lessons" / lesson.notebook)) == lesson.heading


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.number)
def test_each_catalogue_lists_the_exercises_in_the_notebooks_order(lesson):
    module = importlib.import_module(lesson.module)
    in_notebook = [name for _, name in exercise_cells(read(ROOT / "lessons" / lesson.notebook))]
    assert [exercise.name for exercise in module.EXERCISES] == in_notebook


def test_the_readme_table_and_exercise_index_are_current():
    from tools import navigation

    assert navigation.readme_planned(ROOT / "README.md") == {}, "run make solutions"



def test_pyproject_lists_what_helpers_imports():
    import ast
    import re
    import sys

    distribution = {"PIL": "pillow", "IPython": "ipython"}  # import name → what pip installs
    imported = set()
    for path in (ROOT / "helpers").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {distribution.get(name, name) for name in imported
                   if name not in sys.stdlib_module_names and name not in {"helpers",
                                                                            "__future__"}}
    listed = re.search(r"^dependencies = \[(.*?)\]", (ROOT / "pyproject.toml").read_text(),
                       re.M | re.S).group(1)
    assert set(re.findall(r'"([^"]+)"', listed)) == third_party
