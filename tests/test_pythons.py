"""The course on the oldest Pythons it supports, as real interpreters: a Python 3.10 (pyenv's on
these machines) and Debian 12's python3.11, which is 3.11.2 (older than the 3.11.5 some releases
need). Each gets the pinned set installed by tools/venv.sh, as `make test` installs it, and runs
the lessons under nbval, strict, with the options pyproject.toml gives the main suite.

The environments live in .venv/python3.10 and .venv/python3.11 (`make clean` removes them);
tools/venv.sh reuses one when its Python and the pins are unchanged, as it does .venv itself.
Without such a Python the test is skipped, except under CI=true, where it fails: .ci/run
installs Debian's python3.11 and python3.11-venv, and relies on pyenv's 3.10 being on the machine.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from tests.environments import find_python, outside_venv
from tests.notebooks import LESSONS, ROOT, copy_of_repository, read

PYTHONS = {
    # (minor release, newest patch release that counts, where CI gets it)
    "3.10": (None, "pyenv's 3.10 on this machine: `pyenv root`/versions/3.10.*"),
    "3.11": (2, "Debian 12's /usr/bin/python3.11 (apt install python3.11 python3.11-venv)"),
}


def python_or_skip(minor: str) -> str:
    newest_patch, where = PYTHONS[minor]
    python = find_python(minor, newest_patch)
    if python is None:
        reason = f"no Python {minor}" + (f".0-{minor}.{newest_patch}" if newest_patch else "") + \
            f" on this machine; CI uses {where}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return python


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          env=kwargs.pop("env", outside_venv()), **kwargs)


def pins_for(python: str) -> dict[str, str]:
    """requirements-dev.txt's pins (requirements.txt's included) as they apply to that Python."""
    marker_environment = json.loads(run([python, "-c", "import json, platform, sys; "
                                         "print(json.dumps({'python_version': '%d.%d' % "
                                         "sys.version_info[:2], 'python_full_version': "
                                         "platform.python_version()}))"]).stdout)
    environment = {**default_environment(), **marker_environment}
    pins = {}
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            try:
                requirement = Requirement(line)
            except InvalidRequirement:
                continue
            if requirement.marker is None or requirement.marker.evaluate(environment):
                pins[canonicalize_name(requirement.name)] = str(requirement.specifier)[2:]
    return pins


@pytest.mark.slow
@pytest.mark.parametrize("minor", PYTHONS)
def test_the_pins_install_and_the_lessons_pass(minor, tmp_path):
    python = python_or_skip(minor)
    venv = f".venv/python{minor}"
    setup = run(["sh", "tools/venv.sh", "test"],
                env={**outside_venv(), "PYTHON": python, "VENV": venv}, timeout=1800)
    assert setup.returncode == 0, setup.stdout[-4000:] + setup.stderr[-4000:]
    bin_dir = ROOT / venv / "bin"
    version = run([str(bin_dir / "python"), "--version"]).stdout.split()[1]
    assert version == run([python, "--version"]).stdout.split()[1]

    # the whole pinned set and nothing else (`pip freeze`-complete), consistent (`pip check`)
    check = run([str(bin_dir / "python"), "-m", "pip", "check"])
    assert check.returncode == 0, check.stdout
    frozen = run([str(bin_dir / "python"), "-m", "pip", "freeze", "--exclude-editable"]).stdout
    installed = {canonicalize_name(name): version for name, _, version in
                 (line.partition("==") for line in frozen.splitlines() if "==" in line)}
    assert installed == pins_for(python)

    # the lessons, strict, in the main suite's way (pyproject.toml's options, conftest.py), in
    # a copy of the course whose helpers come first on the path (the environment's editable
    # install points at this checkout's)
    repo = copy_of_repository(tmp_path / "repo")
    environment = {**outside_venv(), "PATH": f"{bin_dir}:{os.environ['PATH']}",
                   "VIRTUAL_ENV": str(bin_dir.parent), "PYTHONPATH": str(repo)}
    lessons = subprocess.run([str(bin_dir / "python"), "-m", "pytest", "-p", "no:xdist", "-q",
                              "lessons"], cwd=repo, capture_output=True, text=True,
                             env=environment, timeout=1800)
    assert lessons.returncode == 0, lessons.stdout[-6000:] + lessons.stderr[-3000:]
    summary = lessons.stdout.strip().splitlines()[-1]
    assert " passed" in summary and "skipped" not in summary, summary
    # every lesson ran: one test item for each code cell
    cells = sum(cell.cell_type == "code" for path in LESSONS for cell in read(path).cells)
    assert f"{cells} passed" in summary, summary
