"""Environments the tests build: which pins, which Pythons, run outside the course's .venv."""

from __future__ import annotations

import glob
import os
import re
import subprocess
from pathlib import Path

from tests.notebooks import ROOT

#: What runs the notebooks as tests (nbval under pytest), from requirements-dev.txt: the
#: Binder-like environment has the learner's pins and these on top.
NOTEBOOK_TEST_TOOLS = ("nbval", "pytest", "coverage", "iniconfig", "pluggy")


def pin_lines(names: tuple[str, ...],
              requirements: Path = ROOT / "requirements-dev.txt") -> list[str]:
    """The requirement lines of these packages, markers and all (pip applies the markers)."""
    wanted = {name.lower() for name in names}
    lines = [line.strip() for line in requirements.read_text().splitlines()
             if re.split(r"[=;<> ]", line.strip(), maxsplit=1)[0].lower() in wanted]
    assert {re.split(r"[=;<> ]", line, maxsplit=1)[0].lower() for line in lines} == wanted
    return lines


def outside_venv() -> dict[str, str]:
    """The environment variables, minus those that point Python at the course's .venv."""
    return {name: value for name, value in os.environ.items()
            if name not in ("PYTHONPATH", "VIRTUAL_ENV")}


def version_of(python: str) -> tuple[int, ...] | None:
    try:
        run = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:3])"],
                             capture_output=True, text=True, timeout=30)
    except OSError:
        return None
    return tuple(int(part) for part in run.stdout.split()) if run.returncode == 0 else None


def pyenv_root() -> Path:
    try:
        found = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=30)
        if found.returncode == 0 and found.stdout.strip():
            return Path(found.stdout.strip())
    except OSError:
        pass
    return Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))


def find_python(minor: str, newest_patch: int | None = None) -> str | None:
    """A real Python 3.<minor> on this machine: pyenv's, the system's or one in /usr/local.

    With newest_patch, only releases up to 3.<minor>.<newest_patch> count (Debian 12's
    python3.11 is 3.11.2, older than the 3.11.5 that some releases require).
    """
    candidates = [f"/usr/bin/python{minor}", f"/usr/local/bin/python{minor}"]
    candidates += sorted(glob.glob(str(pyenv_root() / "versions" / f"{minor}.*" / "bin" /
                                       f"python{minor}")), reverse=True)
    wanted = tuple(int(part) for part in minor.split("."))
    for python in candidates:
        version = version_of(python)
        if version and version[:2] == wanted and \
                (newest_patch is None or version[2] <= newest_patch):
            return python
    return None
