"""Nothing a learner wrote is lost: tests change no lesson, regeneration keeps every edit."""

import shutil
import subprocess
import sys

import nbformat
import pytest

from tests.notebooks import LESSONS, copy_suite, read


def careless_suite(tmp_path, body: str) -> subprocess.CompletedProcess:
    """Run, in a git repository holding the suite and a lesson, one test with this body."""
    copy_suite(tmp_path)
    (tmp_path / "lessons").mkdir()
    (tmp_path / "solutions").mkdir()
    shutil.copy(LESSONS[0], tmp_path / "lessons" / LESSONS[0].name)
    (tmp_path / ".gitignore").write_text(".cache/\n__pycache__/\n")
    git = ["git", "-c", "user.name=course", "-c", "user.email=course@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "course"], cwd=tmp_path, check=True)
    (tmp_path / "test_careless.py").write_text(
        "from pathlib import Path\n\nROOT = Path(__file__).parent\n\n\n"
        f"def test_careless():\n    {body}\n")
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:nbval",
                           "-o", "addopts=", "-q", "test_careless.py"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def test_the_suite_fails_when_a_test_changes_a_lesson(tmp_path):
    run = careless_suite(tmp_path, f"(ROOT / 'lessons' / {LESSONS[0].name!r}).write_text('{{}}')")
    assert run.returncode == 1
    assert "the tests changed files a learner owns: lessons/00-welcome.ipynb" in run.stdout
    assert "1 passed" in run.stdout  # the careless test itself passed: the guard failed the run


@pytest.mark.parametrize("written", ["notes.txt", ".cache/matplotlib/fontlist.json"])
def test_the_suite_fails_when_a_test_writes_anywhere_in_the_tree(tmp_path, written):
    # .cache/ is ignored by git, and still counts: a test must not write into the checkout
    run = careless_suite(tmp_path, f"(ROOT / {written!r}).parent.mkdir(exist_ok=True, "
                                   f"parents=True)\n    (ROOT / {written!r}).write_text('x')")
    assert run.returncode == 1, run.stdout
    assert "the tests left the tree other than they found it (git status): " in run.stdout
    assert written.split("/")[0] in run.stdout
    assert "1 passed" in run.stdout


def test_a_test_that_writes_nothing_passes_the_guard(tmp_path):
    run = careless_suite(tmp_path, "assert (ROOT / 'lessons').is_dir()")
    assert run.returncode == 0, run.stdout


@pytest.mark.slow
def test_regenerating_keeps_every_edit_to_a_lesson(tmp_path, monkeypatch):
    import tools.build_solutions as builder
    import tools.navigation as navigation

    lessons, solutions = tmp_path / "lessons", tmp_path / "solutions"
    lessons.mkdir()
    solutions.mkdir()
    target = lessons / LESSONS[0].name
    nb = read(LESSONS[0])
    code = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith("a = 10"))
    code.source = "a = 10  # an instructor's comment\na"
    nb.cells[2].source += "\n\nAn instructor's note."
    nb.cells[1].source += "\n\nA welcome added by hand."  # the title cell
    nbformat.write(nb, target)
    monkeypatch.setattr(navigation, "LESSONS", lessons)
    monkeypatch.setattr(builder, "LESSONS", lessons)
    monkeypatch.setattr(builder, "SOLUTIONS", solutions)
    navigation.update(check=False)
    builder.build(only="00")
    for path in (target, solutions / target.name):
        text = "".join(cell.source for cell in read(path).cells)
        for edit in ("a = 10  # an instructor's comment", "An instructor's note.",
                     "A welcome added by hand."):
            assert edit in text, (path, edit)
    ran = next(c for c in read(target).cells if c.cell_type == "code"
               and c.source.startswith("a = 10"))
    assert ran.outputs[0]["data"]["text/plain"] == "10"  # and it ran


def test_no_notebook_writes_a_file():
    writes = ("open(", ".savefig(", "np.save", ".to_csv(", "write_text(", "write_bytes(",
              "nd.save(", ".export(", "save_parameters(")
    for path in LESSONS:
        for cell in read(path).cells:
            if cell.cell_type == "code":
                assert not any(call in cell.source for call in writes), (path.name, cell.source)
