"""The pins: a learner's set and a developer's set, each closed under dependencies (`pip freeze`
complete), for this Python; the slow test in test_pythons.py checks the other supported Python."""

from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from helpers.environment import pinned_versions
from tests.environments import NOTEBOOK_TEST_TOOLS
from tests.notebooks import ROOT

LEARNER = {canonicalize_name(name): version
           for name, version in pinned_versions(ROOT / "requirements.txt").items()}
DEVELOPER = {**LEARNER, **{canonicalize_name(name): version for name, version in
                           pinned_versions(ROOT / "requirements-dev.txt").items()}}


def dependencies(name: str) -> list[Requirement]:
    """What the installed distribution requires on this Python, without extras."""
    found = []
    for line in metadata.requires(name) or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            found.append(requirement)
    return found


@pytest.mark.parametrize("pins", [LEARNER, DEVELOPER], ids=["requirements.txt",
                                                           "requirements-dev.txt"])
def test_every_dependency_of_a_pin_is_pinned_to_a_version_it_accepts(pins):
    for name, version in pins.items():
        assert metadata.version(name) == version, f"{name}: .venv has another version"
        for requirement in dependencies(name):
            dependency = canonicalize_name(requirement.name)
            assert dependency in pins, f"{name} needs {requirement}, which is not pinned"
            assert requirement.specifier.contains(pins[dependency], prereleases=True), \
                f"{name} needs {requirement}; the pin is {pins[dependency]}"


def test_the_learners_pins_have_no_test_tools():
    developer_only = set(DEVELOPER) - set(LEARNER)
    for tool in (*NOTEBOOK_TEST_TOOLS, "pytest-xdist", "playwright", "jupyter-repo2docker",
                 "pre-commit", "hypothesis", "ruff"):
        assert canonicalize_name(tool) in developer_only
    assert not any(line.startswith("-r") for line in
                   (ROOT / "requirements.txt").read_text().splitlines())
    assert "-r requirements.txt" in (ROOT / "requirements-dev.txt").read_text().splitlines()
