"""The README's two commands: the Python guard, the environment they build and repair, and no
reinstall on a second run."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools.lab import free_port

ROOT = Path(__file__).resolve().parents[1]
# The Python that made this .venv: what the tests below build their environments with.
PYTHON = sys.executable


def fake_python(folder: Path, version: str) -> Path:
    stub = folder / "python-stub"
    stub.write_text(f"#!/bin/sh\n# a Python that is not one the course can use\n"
                    f"case \"$*\" in *--version*) echo 'Python {version}';; *) exit 1;; esac\n")
    stub.chmod(0o755)
    return stub


def course_copy(tmp_path: Path) -> Path:
    (tmp_path / "tools").mkdir(exist_ok=True)
    for name in ["Makefile", "requirements.txt", "requirements-dev.txt", "pyproject.toml",
                 "tools/venv.sh"]:
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("version", ["3.12.4", "3.9.18", "2.7.18"])
def test_an_unusable_python_stops_both_commands_before_installing(tmp_path, version):
    folder = course_copy(tmp_path)
    stub = fake_python(tmp_path, version)
    for target in ["lab", "test", "check-python"]:
        run = subprocess.run(["make", target, f"PYTHON={stub}"], cwd=folder,
                             capture_output=True, text=True)
        assert run.returncode != 0
        # the range as pyproject.toml's requires-python (">=3.10,<3.12") says it
        assert "This course needs Python 3.10 or 3.11" in run.stdout
        assert f"found: Python {version}" in run.stdout
        assert "apt install python3.11 python3.11-venv" in run.stdout
        assert "https://mybinder.org/v2/gh/" in run.stdout
        assert not (folder / ".venv").exists()


def test_the_guard_reads_the_range_from_pyproject(tmp_path):
    folder = course_copy(tmp_path)
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('requires-python = ">=3.10,<3.12"',
                                                       'requires-python = ">=3.9,<3.13"'))
    run = subprocess.run(["make", "check-python", f"PYTHON={fake_python(tmp_path, '3.8.1')}"],
                         cwd=folder, capture_output=True, text=True)
    assert "This course needs Python 3.9, 3.10, 3.11 or 3.12" in run.stdout
    assert "python3.12-venv" in run.stdout


def test_no_python_at_all_is_named(tmp_path):
    folder = course_copy(tmp_path)
    run = subprocess.run(["make", "test", "PYTHON=/nonexistent/python3.11"], cwd=folder,
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert "found: none" in run.stdout


def test_an_installed_venv_is_not_reinstalled():
    # `make test` built .venv before running this: a second setup checks it and installs nothing.
    assert subprocess.run(["sh", "tools/venv.sh", "--check", "test"], cwd=ROOT,
                          env={**os.environ, "PYTHON": PYTHON}).returncode == 0
    start = time.monotonic()
    run = subprocess.run(["make", "--no-print-directory", "venv-test", "venv-lab",
                          f"PYTHON={PYTHON}"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == "" and run.stderr == ""  # nothing rebuilt, nothing installed
    assert time.monotonic() - start < 10


def setup(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """tools/venv.sh in a copy of the course whose pins cannot install (pip fails at once)."""
    (folder / "requirements.txt").write_text("no-such-package-for-the-course==1.0\n")
    pip_offline = {name: value for name, value in os.environ.items()
                   if not name.startswith(("PIP_", "VIRTUAL_ENV", "PYTHONPATH"))}
    pip_offline.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PYTHON=PYTHON)
    return subprocess.run(["sh", "tools/venv.sh", *args], cwd=folder, capture_output=True,
                          text=True, env=pip_offline, timeout=300)


def venv_python_version(folder: Path) -> str:
    return subprocess.run([str(folder / ".venv/bin/python"), "--version"], capture_output=True,
                          text=True).stdout.strip()


def made_by_another_python(folder: Path) -> None:
    """A .venv whose python reports another version and installation, as a venv made by an
    older Python on this machine would."""
    (folder / ".venv/bin").mkdir(parents=True)
    other = folder / ".venv/bin/python"
    other.write_text("#!/bin/sh\necho '3.10.4 /opt/an-older-python'\n")
    other.chmod(0o755)


def half_built_without_pip(folder: Path) -> None:
    """A .venv stopped while `python -m venv` ran: the interpreter is there, pip is not."""
    subprocess.run([PYTHON, "-m", "venv", "--without-pip", str(folder / ".venv")], check=True)


def half_built_empty(folder: Path) -> None:
    """A .venv stopped before `python -m venv` copied the interpreter in."""
    (folder / ".venv/lib").mkdir(parents=True)


BROKEN = [
    (made_by_another_python, "it was made by Python 3.10.4 /opt/an-older-python; this run uses"),
    (half_built_without_pip, "it has no working pip"),
    (half_built_empty, "it has no working Python"),
]


@pytest.mark.parametrize(("make_it", "why"), BROKEN)
def test_a_venv_from_another_python_or_half_built_is_not_reused(tmp_path, make_it, why):
    folder = course_copy(tmp_path)
    make_it(folder)
    assert setup(folder, "--check", "lab").returncode == 1  # a run would change it
    assert setup(folder, "--check", "test").returncode == 1


@pytest.mark.slow
@pytest.mark.parametrize(("make_it", "why"), BROKEN)
def test_a_venv_from_another_python_or_half_built_is_rebuilt(tmp_path, make_it, why):
    folder = course_copy(tmp_path)
    make_it(folder)
    run = setup(folder, "lab")
    assert f"Rebuilding .venv: {why}" in run.stdout
    assert f"Creating .venv with Python {sys.version.split()[0]}" in run.stdout
    # rebuilt with this Python and a working pip; then the install fails (no such package)
    assert venv_python_version(folder) == f"Python {sys.version.split()[0]}"
    assert subprocess.run([str(folder / ".venv/bin/python"), "-m", "pip", "--version"],
                          capture_output=True).returncode == 0
    assert run.returncode == 1
    assert "pip could not install requirements.txt into .venv" in run.stdout
    assert "What to do next:" in run.stdout
    assert not (folder / ".venv/.installed-lab").exists()  # so the next run tries again


@pytest.mark.slow
def test_make_lab_serves_jupyterlab_at_lesson_00():
    import json
    import os
    import signal
    import time
    import urllib.request

    port, token = free_port(), "course-test-token"
    args = f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} " \
           f"--IdentityProvider.token={token}"
    server = subprocess.Popen(["make", "lab", f"LAB_ARGS={args}"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        headers = {"Authorization": f"token {token}"}
        deadline, lesson = time.monotonic() + 60, None
        while time.monotonic() < deadline and lesson is None:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/api/contents/lessons/00-welcome.ipynb?content=0",
                    headers=headers)
                lesson = json.load(urllib.request.urlopen(request, timeout=5))
            except OSError:
                time.sleep(0.5)
        assert lesson is not None, "JupyterLab did not answer within 60 s"
        assert lesson["type"] == "notebook"
        # The server's front page is lesson 00, with the whole course folder browsable.
        page = urllib.request.urlopen(urllib.request.Request(
            f"http://127.0.0.1:{port}/", headers=headers))
        assert page.url.endswith("/lab/tree/lessons/00-welcome.ipynb")
        assert b"JupyterLab" in page.read()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_a_python_without_venv_says_what_to_install(tmp_path):
    # Debian's python3.11 without the python3.11-venv package: `-m venv` fails.
    folder = course_copy(tmp_path)
    python = tmp_path / "python3.11"
    python.write_text(f"#!/bin/sh\n[ \"$1\" = -m ] && {{ echo 'ensurepip is not available' >&2;"
                      f" exit 1; }}\nexec {PYTHON} \"$@\"\n")
    python.chmod(0o755)
    run = subprocess.run(["sh", "tools/venv.sh", "lab"], cwd=folder, capture_output=True,
                         text=True, env={**os.environ, "PYTHON": str(python)})
    assert run.returncode == 1
    assert "Could not create .venv" in run.stdout
    assert "apt install python3.11-venv" in run.stdout
    assert not (folder / ".venv").exists()  # nothing half-built left behind
