"""Lesson 00's environment check: is this the Python and are these the packages the course pins?"""

from __future__ import annotations

import platform
import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet

#: The packages a learner's notebooks use, in the order the check lists them.
CHECKED = ("numpy", "mxnet", "matplotlib", "ipywidgets", "jupyterlab")
ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "requirements.txt"
PYPROJECT = ROOT / "pyproject.toml"
DISTRIBUTION = "linear-algebra-101-helpers"


def supported_pythons(pyproject: Path = PYPROJECT) -> SpecifierSet:
    """The Pythons the course supports: pyproject.toml's requires-python, the one place it is
    written (the Makefile's guard reads it too), or the installed package's copy of it."""
    if pyproject.is_file():
        found = re.search(r'^requires-python\s*=\s*"([^"]+)"', pyproject.read_text(), re.MULTILINE)
        if found:
            return SpecifierSet(found.group(1))
    return SpecifierSet(metadata.metadata(DISTRIBUTION)["Requires-Python"])


def minor_versions(supported: SpecifierSet) -> list[str]:
    """"3.10", "3.11": the minor releases of Python 3 that the range lets in."""
    return [f"3.{minor}" for minor in range(40) if f"3.{minor}.0" in supported]


def pinned_versions(requirements: Path = REQUIREMENTS) -> dict[str, str]:
    """The exact pins of a requirements file that apply to this Python, by lower-case name.

    A line may end with a marker (``ipython==8.39.0; python_version < "3.11"``): the course
    pins an older release for Python 3.10 where the newest one needs 3.11.
    """
    if not requirements.is_file():
        return {}
    pins = {}
    for line in requirements.read_text().splitlines():
        try:
            requirement = Requirement(line.strip())
        except InvalidRequirement:  # comments, blank lines, -r includes
            continue
        exact = [spec.version for spec in requirement.specifier if spec.operator == "=="]
        if exact and (requirement.marker is None or requirement.marker.evaluate()):
            pins[requirement.name.lower()] = exact[0]
    return pins


def installed_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def mxnet_works() -> str:
    """Import MXNet and add two NDArrays: the one thing lesson 07 cannot do without."""
    try:
        import mxnet as mx

        total = (mx.nd.array([1, 2]) + mx.nd.array([3, 4])).asnumpy().tolist()
    except Exception as error:  # report, don't crash: this cell is a learner's first cell
        return f"✗ MXNet does not work here: {type(error).__name__}: {error}"
    return f"✓ MXNet computes: [1, 2] + [3, 4] = {total}"


def environment_report() -> str:
    """Lines a learner can read: Python version, each package against its pin, MXNet at work."""
    version = platform.python_version()
    python = ".".join(version.split(".")[:2])
    supported = supported_pythons()
    ok = supported.contains(version, prereleases=True)
    lines = [f"{'✓' if ok else '✗'} Python {python}"
             + ("" if ok else f" (the course needs Python {' or '.join(minor_versions(supported))}:"
                              " MXNet 1.9.1 has no wheels for newer Pythons)")]
    pins = pinned_versions()
    for name in CHECKED:
        version, pin = installed_version(name), pins.get(name)
        if version is None:
            lines.append(f"✗ {name} is not installed "
                         "(run `make lab`, or open the course on Binder)")
        elif pin is not None and version != pin:
            lines.append(f"✗ {name} {version}, but the course pins {pin}")
        else:
            lines.append(f"✓ {name} {version}")
    lines.append(mxnet_works())
    return "\n".join(lines)
