"""Teach before you test: every function, method, attribute, keyword and indexing form that a
reference solution uses appeared in a code cell earlier in the course (an earlier lesson, or
this lesson above the exercise), and every named one is also named in earlier prose.

Python itself (its syntax and built-in functions) is what the course assumes a learner knows.
"""

from __future__ import annotations

import ast
import builtins
import re

import numpy as np
import pytest

from helpers.exercises import find
from tests.notebooks import LESSONS, read
from tools.lesson_cells import exercise_name

MODULES = {"np", "nd", "mx", "autograd", "gluon"}
PYTHON = set(dir(builtins))


def _dotted(node: ast.AST) -> str | None:
    """``np.linalg.norm`` for a chain of names rooted in a module the lessons import."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id in MODULES:
        return ".".join([node.id, *reversed(parts)])
    return None


def _index_forms(index: ast.AST, arrays: set[str]) -> set[str]:
    """How a subscript picks entries: slices, several axes, negative numbers, arrays, masks."""
    forms = set()
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    if isinstance(index, ast.Tuple):
        forms.add("indexing several axes at once, e.g. A[i, j]")
    for part in parts:
        if isinstance(part, ast.Slice):
            forms.add("slicing, e.g. v[1:3]")
            if part.step is not None:
                forms.add("a slice with a step, e.g. v[::2]")
        elif isinstance(part, ast.UnaryOp) and isinstance(part.op, ast.USub):
            forms.add("negative indices, e.g. v[-1]")
        elif isinstance(part, ast.Compare):
            forms.add("a boolean mask, e.g. v[v > 0]")
        elif isinstance(part, ast.Constant) and part.value is None:
            forms.add("a new axis, e.g. v[:, None]")
        elif isinstance(part, ast.Constant) and part.value is Ellipsis:
            forms.add("an ellipsis index, e.g. X[..., 0]")
        elif isinstance(part, (ast.Call, ast.List)) or \
                (isinstance(part, ast.Name) and part.id in arrays):
            forms.add("an array of indices, e.g. v[[0, 2]] or P[np.arange(n), labels]")
    return forms


def forms_used(code: str, arrays: set[str] = frozenset()) -> dict[str, str | None]:
    """What ``code`` uses, each with the word prose must name it by (None: a form, no word).
    ``arrays`` are the names holding arrays, so that ``E[labels]`` reads as array indexing."""
    found: dict[str, str | None] = {}
    tree = ast.parse(code)
    defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg:
                    found[f"the keyword {keyword.arg}="] = keyword.arg
            if isinstance(node.func, ast.Name) and node.func.id not in PYTHON | defined:
                found[f"{node.func.id}()"] = node.func.id
        if isinstance(node, ast.Attribute):
            dotted = _dotted(node)
            if dotted and dotted.count(".") == 1 and hasattr(np.ndarray, node.attr):
                found[_both(node.attr)] = node.attr  # np.mean(x) is x.mean(): one form
            elif dotted:
                found[dotted] = dotted.rsplit(".", 1)[-1]
            elif _dotted(node.value) is None:  # a method or attribute of a value
                found[_both(node.attr) if hasattr(np.ndarray, node.attr) and
                      hasattr(np, node.attr) else f".{node.attr}"] = node.attr
        if isinstance(node, ast.Subscript):
            for form in _index_forms(node.slice, arrays):
                found[form] = None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            found["the @ operator"] = "@"
    # A module's name alone (np in np.sum) is not a use: the dotted name is.
    return {name: word for name, word in found.items()
            if not any(name != other and other.startswith(name + ".") for other in found)}


def _both(name: str) -> str:
    return f"np.{name}(x) or x.{name}()"


def _arrays(exercise) -> set[str]:
    values = dict(getattr(exercise, "inputs", {}))
    for case in getattr(exercise, "cases", ()):
        values.update(case)
    return {name for name, value in values.items()
            if isinstance(value, np.ndarray) or hasattr(value, "asnumpy")}


def _course_so_far():
    """For each exercise cell, in course order: (lesson file, exercise, what the code cells
    above it used, the prose above it)."""
    used: set[str] = set()
    prose: list[str] = []
    for path in LESSONS:
        lesson = "lesson" + path.name[:2]
        for cell in read(path).cells:
            name = exercise_name(cell)
            if name is not None:
                yield path.name, find(lesson, name), set(used), "\n".join(prose)
            if cell.cell_type == "markdown":
                prose.append(cell.source)
            elif cell.cell_type == "code":
                try:
                    used |= set(forms_used(cell.source))
                except SyntaxError:  # a cell with IPython magics: nothing to learn from
                    continue


def _named_in(word: str, prose: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", prose) is not None


SO_FAR = [item for item in _course_so_far() if item[1] is not None and item[1].numeric]


@pytest.mark.parametrize(("lesson", "exercise", "used", "prose"), SO_FAR,
                         ids=[f"{item[1].full_name}" for item in SO_FAR])
def test_every_form_a_solution_uses_was_taught_before_it(lesson, exercise, used, prose):
    needed = forms_used(exercise.solution_code(), _arrays(exercise))
    untaught = [form for form in needed if form not in used]
    unexplained = [form for form, word in needed.items()
                   if form in used and word is not None and not _named_in(word, prose)]
    assert not untaught and not unexplained, (
        f"{lesson}, exercise {exercise.name}: its solution uses "
        + "; ".join([*(f"{form} (no earlier code cell uses it)" for form in untaught),
                     *(f"{form} (no earlier prose names it)" for form in unexplained)]))


@pytest.mark.parametrize(("code", "forms"), [
    ("answer = X.mean(axis=0, keepdims=True)", {_both("mean"), "the keyword axis=",
                                                "the keyword keepdims="}),
    ("answer = np.linalg.norm(a) + np.mean(a)", {"np.linalg.norm", _both("mean")}),
    ("answer = P[np.arange(n), labels]", {"np.arange", "indexing several axes at once, e.g. "
                                          "A[i, j]", "an array of indices, e.g. v[[0, 2]] or "
                                          "P[np.arange(n), labels]"}),
    ("answer = v[v > 0]", {"a boolean mask, e.g. v[v > 0]"}),
    ("answer = A[:, -1] @ B.T", {"slicing, e.g. v[1:3]", "negative indices, e.g. v[-1]",
                                 "indexing several axes at once, e.g. A[i, j]",
                                 "the @ operator", ".T"}),
    ("def f(x):\n    return len(x) * sigmoid(x)", {"sigmoid()"}),
    ("def f(x):\n    return g(x)\n\ndef g(x):\n    return x", set()),
])
def test_the_forms_of_a_solution_are_read_from_its_code(code, forms):
    assert set(forms_used(code, {"labels"})) == forms
