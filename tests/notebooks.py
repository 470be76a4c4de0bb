"""Reading the course's notebooks in tests: cells, stored outputs, check results."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "lessons").glob("[0-9][0-9]-*.ipynb"))
SOLUTIONS = sorted((ROOT / "solutions").glob("[0-9][0-9]-*.ipynb"))
# What a pytest run of the course's notebooks needs besides the notebooks (conftest.py
# imports the rest).
SUITE_FILES = ("conftest.py", "pyproject.toml", "tests/__init__.py", "tests/sanitize.cfg",
               "tests/checkout.py", "tests/figure_diff.py", "tests/other_cpu.py",
               "tools/kernel_environment.py",
               *(path.relative_to(ROOT).as_posix()
                 for path in sorted((ROOT / "tests" / "harness").glob("*.py"))))


def copy_suite(target: Path) -> None:
    """The suite's own files in ``target``, to run pytest there as the course runs it."""
    for name in SUITE_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, target / name)


def copy_of_repository(target: Path) -> Path:
    """The course's files, without the environment, git data or test artifacts."""
    ignore = shutil.ignore_patterns(".venv", ".git", ".test-artifacts", "__pycache__",
                                    "*.egg-info")
    shutil.copytree(ROOT, target, ignore=ignore)
    return target


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def plain_outputs(cell: nbformat.NotebookNode) -> str:
    """What a learner sees as text under a code cell: printed lines and text/plain results."""
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        elif "data" in output:
            parts.append(output.data.get("text/plain", ""))
    return "\n".join(parts)


def all_plain_outputs(nb: nbformat.NotebookNode) -> str:
    return "\n".join(plain_outputs(c) for c in nb.cells if c.cell_type == "code")


def markdown(nb: nbformat.NotebookNode) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
