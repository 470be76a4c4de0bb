"""Lesson 00's environment check: is this the Python and are these the packages the course pins?"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

#: The packages a learner's notebooks use, in the order the check lists them.
CHECKED = ("numpy", "mxnet", "matplotlib", "ipywidgets", "jupyterlab")
REQUIREMENTS = Path(__file__).resolve().parents[1] / "requirements.txt"


def pinned_versions(requirements: Path = REQUIREMENTS) -> dict[str, str]:
    """``name==version`` lines of a requirements file, by lower-case name."""
    if not requirements.is_file():
        return {}
    pins = {}
    for line in requirements.read_text().splitlines():
        name, sep, version = line.strip().partition("==")
        if sep and not name.startswith("#"):
            pins[name.lower()] = version
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
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    ok = (3, 9) <= sys.version_info[:2] <= (3, 11)
    lines = [f"{'✓' if ok else '✗'} Python {python}"
             + ("" if ok else " (MXNet 1.9.1 needs Python 3.9 to 3.11; the course uses 3.11)")]
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
