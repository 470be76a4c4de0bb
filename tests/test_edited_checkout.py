"""`make test` on a checkout whose notebooks a learner edited: the failures name those
notebooks and send the learner to a clean copy, never to `make solutions`."""

import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from tests.checkout import clean_copy_advice, edited_notebooks
from tests.notebooks import copy_suite


def git(folder, *args):
    subprocess.run(["git", "-c", "user.name=course", "-c", "user.email=course@example.org",
                    *args], cwd=folder, check=True, capture_output=True)


def committed_course(folder):
    """A repository holding the suite and one lesson with its stored outputs."""
    copy_suite(folder)
    (folder / "lessons").mkdir()
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("Compute a sum."),
        nbformat.v4.new_code_cell("answer = 1 + 2\nanswer")])
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    path = folder / "lessons" / "99-example.ipynb"
    nbformat.write(nb, path)
    git(folder, "init", "-q")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "the course")
    return path


def test_edited_notebooks_are_named_and_the_advice_is_a_clean_copy(tmp_path):
    path = committed_course(tmp_path)
    assert edited_notebooks(tmp_path) == []
    path.write_text(path.read_text().replace("1 + 2", "1 + 3"))
    assert edited_notebooks(tmp_path) == ["lessons/99-example.ipynb"]
    advice = clean_copy_advice(edited_notebooks(tmp_path))
    assert "lessons/99-example.ipynb" in advice
    assert "git stash" in advice and "second clone" in advice
    assert "make solutions" not in advice


@pytest.mark.slow
def test_a_failing_edited_notebook_names_the_edit_in_the_summary(tmp_path):
    path = committed_course(tmp_path)
    path.write_text(path.read_text().replace("1 + 2", "1 + 3"))  # a learner's answer
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-q", "lessons"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout[-3000:]
    summary = " ".join(run.stdout.split())
    assert "1 notebook(s) differ from the course as committed: lessons/99-example.ipynb" \
        in summary
    assert "`git stash`, `make test`, then `git stash pop`" in summary
    assert "make solutions" not in run.stdout
