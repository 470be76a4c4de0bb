"""What every test run does besides its tests.

- It never changes a learner's files: lessons/ and solutions/ are fingerprinted when pytest
  starts and compared when it ends; any change fails the run.
- It schedules the longest modules and notebooks first.
- nbval's run of a notebook also compares its figures with the stored ones (determinism).
- Its kernels do their math on one thread each.
- nbval formats a kernel's messages for its debug log only when that log is written.
"""

import hashlib
import os
import pprint
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
WATCHED = ("lessons", "solutions")

# What the tests' kernels inherit: one math thread each. The suite runs a kernel per core
# and one more, and NumPy's and MXNet's thread pools would start a thread per core that
# spins while it waits, taking the CPU from the other kernels. The outputs are the same
# (nbval compares them with outputs stored by kernels that had every thread).
KERNEL_ENVIRONMENT = {"OMP_NUM_THREADS": "1"}
for _name, _value in KERNEL_ENVIRONMENT.items():
    os.environ.setdefault(_name, _value)


class PrettyWhenLogged:
    """pprint.pformat(value), computed when a log line is written, not when it is made."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __str__(self) -> str:
        return pprint.pformat(self.value)


def pytest_configure(config: pytest.Config) -> None:
    # nbval 0.11.0 pretty-prints every message a kernel sends (figures, widget states) for
    # a debug line, even with debug logging off: a quarter of the CPU time its own process
    # spends on a lesson. `--log-level=DEBUG` still shows every message in full.
    if config.pluginmanager.hasplugin("nbval"):
        import nbval.kernel

        if getattr(nbval.kernel, "pformat", None) is pprint.pformat:
            nbval.kernel.pformat = PrettyWhenLogged


def fingerprint() -> dict[str, str]:
    return {str(path.relative_to(ROOT)): hashlib.sha256(path.read_bytes()).hexdigest()
            for folder in WATCHED for path in sorted((ROOT / folder).rglob("*"))
            if path.is_file()}


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[FINGERPRINT] = fingerprint()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return  # pytest-xdist workers: the controller checks once, at the very end
    before = session.config.stash.get(FINGERPRINT, None)
    if before is None:
        return
    after = fingerprint()
    changed = sorted(name for name in before.keys() | after.keys()
                     if before.get(name) != after.get(name))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "the tests changed files a learner owns: " + ", ".join(changed)
        if reporter:
            reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


FINGERPRINT = pytest.StashKey[dict]()


# pytest-xdist hands each worker one module (or notebook) at a time, in collection order
# (run with --no-loadscope-reorder). The longest go first, so that the workers finish
# together instead of one waiting for another's last long test.
LONGEST_FIRST = (
    "tests/test_binder.py",
    "tests/browser/",
    "lessons/08-", "solutions/08-",
    "lessons/02-", "solutions/02-",
    "lessons/", "solutions/",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.path.relative_to(ROOT).as_posix()
        return next((place for place, start in enumerate(LONGEST_FIRST)
                     if path.startswith(start)), len(LONGEST_FIRST))

    items.sort(key=rank)  # stable: a module's or notebook's own order is kept


# Determinism: nbval compares a cell's text with the stored outputs but skips its images.
# Stored outputs come from a run in a fresh kernel (`make solutions`), so comparing the
# figures too makes every test run a second fresh execution checked output for output.
@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    result = yield  # nbval ran the cell and compared its text; an error there stops here
    if hasattr(item, "test_outputs") and item.options.get("check") \
            and item.cell.execution_count is not None:
        now, stored = images(item.test_outputs), images(item.cell.outputs)
        if now != stored:
            changed = [n + 1 for n in range(max(len(now), len(stored)))
                       if now[n:n + 1] != stored[n:n + 1]]
            item.raise_cell_error(
                f"Figure {changed[0]} of {len(stored)} differs from the stored one (this run "
                f"drew {len(now)}). A figure that changes from run to run is not deterministic: "
                "seed its random numbers. If the lesson changed on purpose, run "
                "`make solutions` to store the new outputs.")
    return result


def images(outputs: list) -> list[str]:
    return [output["data"][kind].strip() for output in outputs
            for kind in ("image/png", "image/jpeg") if kind in output.get("data", {})]
