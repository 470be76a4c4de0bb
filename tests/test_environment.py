"""Lesson 00's environment check reads the supported Pythons and the pins where they are written."""

import re
import sys

from nbval.plugin import get_sanitize_patterns

from helpers import environment
from tests.notebooks import LESSONS, ROOT, read

PYPROJECT = (ROOT / "pyproject.toml").read_text()


def test_the_supported_range_is_pyprojects_requires_python():
    written = re.search(r'^requires-python = "(.+)"$', PYPROJECT, re.MULTILINE).group(1)
    assert written == ">=3.10,<3.12"
    supported = environment.supported_pythons()
    assert str(supported) == str(type(supported)(written))
    assert environment.minor_versions(supported) == ["3.10", "3.11"]
    # every patch release of both, Debian 12's 3.11.2 and Ubuntu 22.04's 3.10.12 among them
    for version in ("3.10.0", "3.10.12", "3.11.0", "3.11.2", "3.11.14"):
        assert version in supported
    for version in ("3.9.18", "3.12.0", "3.13.1"):
        assert version not in supported


def test_this_python_is_supported():
    assert f"{sys.version_info.major}.{sys.version_info.minor}.0" in environment.supported_pythons()


def test_pins_with_a_marker_apply_to_their_python_only(tmp_path):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("# a comment\n-r other.txt\nnumpy==1.23.5\n"
                            'ipython==9.18.1; python_version >= "3.11"\n'
                            'ipython==8.39.0; python_version < "3.11"\n'
                            'tomli==2.5.0; python_version < "3.11"\n')
    pins = environment.pinned_versions(requirements)
    newer = sys.version_info >= (3, 11)
    assert pins["numpy"] == "1.23.5"
    assert pins["ipython"] == ("9.18.1" if newer else "8.39.0")
    assert ("tomli" in pins) is not newer
    assert environment.pinned_versions(tmp_path / "missing.txt") == {}


def test_the_course_pins_every_checked_package_once_for_this_python():
    pins = environment.pinned_versions()
    for name in environment.CHECKED:
        assert name in pins
    assert pins["numpy"] == "1.23.5" and pins["mxnet"] == "1.9.1"


def test_the_report_marks_an_unsupported_python_and_names_the_range(monkeypatch):
    monkeypatch.setattr(environment, "mxnet_works", lambda: "✓ MXNet computes")
    assert environment.environment_report().splitlines()[0] == \
        f"✓ Python {sys.version_info.major}.{sys.version_info.minor}"
    monkeypatch.setattr(environment.platform, "python_version", lambda: "3.12.1")
    assert environment.environment_report().splitlines()[0] == (
        "✗ Python 3.12 (the course needs Python 3.10 or 3.11: "
        "MXNet 1.9.1 has no wheels for newer Pythons)")


def sanitized(text: str) -> str:
    for regex, replace in get_sanitize_patterns((ROOT / "tests/sanitize.cfg").read_text()):
        text = re.sub(regex, replace, text)
    return text


def test_lesson_00s_stored_check_holds_on_every_supported_python():
    cell = next(cell for cell in read(LESSONS[0]).cells
                if "environment_report()" in cell.get("source", ""))
    stored = "".join(output.get("text", "") for output in cell.outputs)
    assert stored.startswith("✓ Python 3.11\n")  # regenerated on Python 3.11
    for minor in environment.minor_versions(environment.supported_pythons()):
        assert sanitized(stored) == sanitized(re.sub(r"Python 3\.\d+", f"Python {minor}", stored))
    # an unsupported Python still fails the comparison
    assert sanitized(stored) != sanitized(stored.replace("✓ Python 3.11", "✗ Python 3.12 (…)"))
