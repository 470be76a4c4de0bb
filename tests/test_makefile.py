"""The README's two commands: the Python guard, and no reinstall on a second run."""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fake_python(folder: Path, version: str) -> Path:
    stub = folder / "python-stub"
    stub.write_text(f"#!/bin/sh\n# a Python that is not one the course can use\n"
                    f"case \"$*\" in *--version*) echo 'Python {version}';; *) exit 1;; esac\n")
    stub.chmod(0o755)
    return stub


def course_copy(tmp_path: Path) -> Path:
    for name in ["Makefile", "requirements.txt", "requirements-dev.txt", "pyproject.toml"]:
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_an_unusable_python_stops_both_commands_before_installing(tmp_path):
    folder = course_copy(tmp_path)
    stub = fake_python(tmp_path, "3.12.4")
    for target in ["lab", "test"]:
        run = subprocess.run(["make", target, f"PYTHON={stub}"], cwd=folder,
                             capture_output=True, text=True)
        assert run.returncode != 0
        assert "This course needs Python 3.11" in run.stdout
        assert "found: Python 3.12.4" in run.stdout
        assert "https://mybinder.org/v2/gh/" in run.stdout
        assert not (folder / ".venv").exists()


def test_no_python_at_all_is_named(tmp_path):
    folder = course_copy(tmp_path)
    run = subprocess.run(["make", "test", "PYTHON=/nonexistent/python3.11"], cwd=folder,
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert "found: none" in run.stdout


def test_an_installed_venv_is_not_reinstalled():
    # `make test` built .venv before running this: the install step is now up to date.
    run = subprocess.run(["make", "--question", ".venv/.installed"], cwd=ROOT)
    assert run.returncode == 0
