"""Binder, as repo2docker builds it: the plan it prints, and an environment built the same way."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.notebooks import ROOT, copy_of_repository

REPO2DOCKER = Path(sys.executable).parent / "repo2docker"


@pytest.fixture(scope="module")
def dockerfile() -> str:
    # --no-build prints the Dockerfile it would build; it needs no Docker engine.
    run = subprocess.run([str(REPO2DOCKER), "--no-build", "--debug", "."], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout + run.stderr


def test_binder_plans_python_311(dockerfile):
    assert "Building conda environment for python=3.11" in dockerfile
    # the conda lock file it copies in is the one for Python 3.11 (its name escaped)
    assert "environment-2epy-2d3-2e11-2dlinux-2d64-2elock" in dockerfile


def test_binder_installs_mxnets_system_libraries(dockerfile):
    assert "apt-get install --yes --no-install-recommends libgomp1 libquadmath0" in dockerfile


def test_binder_installs_the_pins_and_then_helpers(dockerfile):
    pip = dockerfile.index('RUN ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r '
                           '"binder/requirements.txt"')
    post_build = dockerfile.index("RUN ./binder/postBuild")
    assert pip < post_build


@pytest.mark.slow
def test_a_binder_like_environment_runs_every_lesson(tmp_path):
    repo = copy_of_repository(tmp_path / "repo")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    environment = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
                   "VIRTUAL_ENV": str(env_dir)}
    environment.pop("PYTHONPATH", None)

    def run(*command: str) -> None:
        done = subprocess.run(command, cwd=repo, env=environment, capture_output=True,
                              text=True, timeout=900)
        assert done.returncode == 0, f"{command}: {done.stdout[-3000:]}{done.stderr[-3000:]}"

    # As repo2docker does: pip from the repository root, then postBuild.
    # (--no-compile only skips writing .pyc files, to save time; the packages are the same)
    run(str(bin_dir / "pip"), "install", "--disable-pip-version-check", "-q", "--no-compile",
        "-r", "binder/requirements.txt")
    run("bash", "binder/postBuild")
    run(str(bin_dir / "python"), "-c", "import helpers, mxnet; print(helpers.__file__)")
    run(str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "lessons")
