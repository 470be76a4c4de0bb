"""Binder, as repo2docker builds it: the plan it prints, and an environment built the same way."""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.environments import NOTEBOOK_TEST_TOOLS, outside_venv, pin_lines
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


# What repo2docker's pip step installs, and the test tools' pins (requirements-dev.txt);
# a change to any of them builds a new environment.
INSTALLED_FROM = ("requirements.txt", "binder/requirements.txt", "binder/runtime.txt",
                  "binder/apt.txt", "requirements-dev.txt")


def binder_environment() -> Path:
    """A virtual environment with binder/requirements.txt installed, as repo2docker's pip step.

    The learner's pins have no test tools: nbval and pytest, pinned in requirements-dev.txt,
    are installed on top (without dependencies: they need nothing the learner's pins lack).
    It is built once for each content of INSTALLED_FROM and kept in .venv (which `make clean`
    removes), so that later runs reuse it; postBuild and the notebooks run anew each time.
    """
    pip_install = ["install", "--disable-pip-version-check", "-q", "-r", "binder/requirements.txt"]
    digest = hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in INSTALLED_FROM))
    test_tools = ["install", "--disable-pip-version-check", "-q", "--no-deps",
                  *pin_lines(NOTEBOOK_TEST_TOOLS)]
    digest.update(" ".join(pip_install + test_tools).encode())
    env_dir = ROOT / ".venv" / f"binder-{digest.hexdigest()[:16]}"
    done = env_dir / "installed"
    if done.exists():
        return env_dir
    for old in (ROOT / ".venv").glob("binder-*"):
        shutil.rmtree(old)
    venv.create(env_dir, with_pip=True)
    # pip compiles every module as it installs: kernels then start as fast as they do on Binder
    run_checked([str(env_dir / "bin" / "pip"), *pip_install], cwd=ROOT, env=outside_venv())
    run_checked([str(env_dir / "bin" / "pip"), *test_tools], cwd=ROOT, env=outside_venv())
    run_checked([str(env_dir / "bin" / "pip"), "check"], cwd=ROOT, env=outside_venv())
    done.write_text("\n".join(INSTALLED_FROM) + "\n")
    return env_dir


def run_checked(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{command}: {done.stdout[-3000:]}{done.stderr[-3000:]}"
    return done.stdout


@pytest.mark.slow
def test_a_binder_like_environment_runs_every_notebook(tmp_path):
    """Every lesson and solution under nbval in a Binder-like environment.

    With the main nbval run, this executes every notebook twice in fresh kernels, each
    run compared with the stored outputs, text and figures: the determinism check.
    """
    repo = copy_of_repository(tmp_path / "repo")
    bin_dir = binder_environment() / "bin"
    environment = {**outside_venv(), "PATH": f"{bin_dir}:{os.environ['PATH']}",
                   "VIRTUAL_ENV": str(bin_dir.parent)}
    # As repo2docker does: pip from the repository root (binder_environment), then postBuild.
    run_checked(["bash", "binder/postBuild"], repo, environment)
    imported = run_checked([str(bin_dir / "python"), "-c",
                            "import helpers, mxnet; print(helpers.__file__)"], repo, environment)
    assert imported.strip() == str(repo / "helpers" / "__init__.py")  # this copy's helpers
    # lessons and solutions side by side, as `make test` runs its workers (Binder's
    # requirements have no pytest-xdist)
    runs = [subprocess.Popen([str(bin_dir / "python"), "-m", "pytest", "-q", "-p",
                              "no:cacheprovider", folder], cwd=repo, env=environment,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for folder in ("lessons", "solutions")]
    for run in runs:
        output, _ = run.communicate(timeout=900)
        assert run.returncode == 0, output[-3000:]
