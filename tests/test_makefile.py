"""The README's two commands: the Python guard, and no reinstall on a second run."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.lab import free_port

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
