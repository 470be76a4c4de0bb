"""Nothing a learner wrote is lost: tests change no lesson, regeneration keeps every edit."""

import shutil
import subprocess
import sys

import nbformat
import pytest

from tests.notebooks import LESSONS, ROOT, read


def test_the_suite_fails_when_a_test_changes_a_lesson(tmp_path):
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "lessons").mkdir()
    (tmp_path / "solutions").mkdir()
    lesson = tmp_path / "lessons" / "00-welcome.ipynb"
    shutil.copy(LESSONS[0], lesson)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_careless.py").write_text(
        "from pathlib import Path\n\n\ndef test_edits_a_lesson():\n"
        f"    Path({str(lesson)!r}).write_text('{{}}')\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:nbval",
                          "-p", "no:cacheprovider", "-q"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1
    assert "the tests changed files a learner owns: lessons/00-welcome.ipynb" in run.stdout
    assert "1 passed" in run.stdout  # the careless test itself passed: the guard failed the run


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
    nb.cells[0].source += "\n\nA welcome added by hand."
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
