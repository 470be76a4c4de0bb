"""What git says about this checkout: which notebooks were edited, what the tree holds.

A failing notebook on an edited checkout is usually a learner's answers or an instructor's
edit, not a broken course: the suite says so, and how to test the course itself.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_FOLDERS = ("lessons", "solutions")
# Written by every run, by design: bytecode, and the browser tests' screenshots for CI.
EXPECTED_WRITES = ("__pycache__/", ".test-artifacts/", ".pytest_cache/", ".ruff_cache/")


def git(*args: str, root: Path = ROOT) -> str | None:
    """git's output, or None where there is no git or no repository (a downloaded zip)."""
    try:
        run = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                             timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return run.stdout if run.returncode == 0 else None


def tree_status(root: Path = ROOT) -> frozenset[str] | None:
    """Every file that is new, changed, deleted or ignored-but-present, as `git status` says."""
    out = git("status", "--porcelain=v1", "--untracked-files=all", "--ignored=matching",
              root=root)
    if out is None:
        return None
    return frozenset(line for line in out.splitlines()
                     if not any(part in line for part in EXPECTED_WRITES))


def edited_notebooks(root: Path = ROOT) -> list[str]:
    """Notebooks under lessons/ and solutions/ that differ from the committed course."""
    out = git("status", "--porcelain=v1", "--untracked-files=all", "--",
              *NOTEBOOK_FOLDERS, root=root)
    if not out:
        return []
    return sorted(line[3:].strip('"') for line in out.splitlines()
                  if line[3:].strip('"').endswith(".ipynb"))


def clean_copy_advice(edited: list[str]) -> str:
    """What to tell someone whose edited notebooks fail: test the course on a clean copy."""
    return (
        f"{len(edited)} notebook(s) differ from the course as committed: {', '.join(edited)}. "
        "The notebook tests compare every cell with the outputs the course stored, so a "
        "learner's answers or edits make them fail; that is not a fault of the course. To "
        "test the course itself, use a clean copy: `git stash`, `make test`, then "
        "`git stash pop` to get your work back, or run `make test` in a second clone.")
