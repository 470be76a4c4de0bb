"""Nothing a learner wrote is lost, and the tree is left as it was found.

lessons/ and solutions/ are fingerprinted, and `git status` (ignored files included) is
taken, when the run starts; both are compared when it ends, and any change fails the run.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest

from tests.checkout import ROOT, tree_status

WATCHED = ("lessons", "solutions")
FINGERPRINT = pytest.StashKey[dict]()
TREE = pytest.StashKey[object]()


def fingerprint() -> dict[str, str]:
    return {str(path.relative_to(ROOT)): hashlib.sha256(path.read_bytes()).hexdigest()
            for folder in WATCHED for path in sorted((ROOT / folder).rglob("*"))
            if path.is_file()}


def pytest_configure(config: pytest.Config) -> None:
    # hypothesis keeps its caches in .hypothesis/ under the working directory: elsewhere,
    # so that the tree stays as the run found it.
    try:
        from hypothesis.configuration import set_hypothesis_home_dir
    except ImportError:  # the learner's environment has no hypothesis; nothing to move
        return
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "linear-algebra-101-hypothesis")


def pytest_sessionstart(session: pytest.Session) -> None:
    if hasattr(session.config, "workerinput"):
        return  # pytest-xdist workers: the controller checks once, for the whole run
    session.config.stash[FINGERPRINT] = fingerprint()
    session.config.stash[TREE] = tree_status(ROOT)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(FINGERPRINT, None)
    if before is None:
        return
    after = fingerprint()
    changed = sorted(name for name in before.keys() | after.keys()
                     if before.get(name) != after.get(name))
    messages = ["the tests changed files a learner owns: " + ", ".join(changed)] \
        if changed else []
    status_before, status_after = session.config.stash.get(TREE, None), tree_status(ROOT)
    if status_before is not None and status_after is not None \
            and status_before != status_after:
        lines = sorted(status_before ^ status_after)
        messages.append("the tests left the tree other than they found it (git status): "
                        + "; ".join(line[3:] for line in lines))
    if messages:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        for message in messages:
            if reporter:
                reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
