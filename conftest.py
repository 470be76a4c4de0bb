"""What every test run does besides its tests.

- It never changes a learner's files, nor anything else in the tree: lessons/ and solutions/
  are fingerprinted, and `git status` is taken, when pytest starts; both are compared when it
  ends, and any change fails the run.
- It schedules the longest modules and notebooks first.
- nbval's run of a notebook also compares its figures with the stored ones, pixel by pixel
  within the tolerance another CPU's anti-aliasing needs (tests/figure_diff.py).
- solutions/ runs on another CPU's arithmetic: NumPy's SIMD paths off, and OpenBLAS and
  MXNet's oneDNN held to older instruction sets, against the same stored outputs.
- Its kernels do their math on one thread each.
- nbval formats a kernel's messages for its debug log only when that log is written.
- When notebooks fail on a checkout whose notebooks were edited, it says so, and how to test
  the course on a clean copy.
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
    from tests.checkout import tree_status

    session.config.stash[FINGERPRINT] = fingerprint()
    if not hasattr(session.config, "workerinput"):
        session.config.stash[TREE] = tree_status(ROOT)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return  # pytest-xdist workers: the controller checks once, at the very end
    before = session.config.stash.get(FINGERPRINT, None)
    if before is None:
        return
    from tests.checkout import tree_status

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


FINGERPRINT = pytest.StashKey[dict]()
TREE = pytest.StashKey[object]()


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


# Kernels for solutions/ compute as a plainer CPU would (tests/other_cpu.py), so that every
# run of the suite proves the stored outputs hold on other CPUs too. The kernel starts in
# the setup of a notebook's first cell, and inherits the environment of that moment.
OTHER_CPU_FOLDER = "solutions/"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item):
    from tests.other_cpu import KernelEnvironment, environment

    starts_kernel = hasattr(item, "cell") and getattr(item.parent, "kernel", True) is None
    path = item.path.relative_to(ROOT).as_posix()
    if starts_kernel and path.startswith(OTHER_CPU_FOLDER):
        with KernelEnvironment(environment()):
            return (yield)
    return (yield)


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    from tests.checkout import clean_copy_advice, edited_notebooks
    from tests.other_cpu import describe, environment

    ran = [report for kind in ("passed", "failed") for report in
           terminalreporter.stats.get(kind, []) if report.nodeid.startswith(OTHER_CPU_FOLDER)]
    if ran:
        terminalreporter.write_line(describe(environment()))
    failed = [report.nodeid for report in terminalreporter.stats.get("failed", [])]
    edited = edited_notebooks(ROOT) if failed else []
    if edited:
        terminalreporter.write_line(clean_copy_advice(edited), yellow=True)


# Determinism: nbval compares a cell's text with the stored outputs but skips its images.
# Stored outputs come from a run in a fresh kernel (`make solutions`), so comparing the
# figures too makes every test run a second fresh execution checked output for output.
@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    result = yield  # nbval ran the cell and compared its text; an error there stops here
    if hasattr(item, "test_outputs") and item.options.get("check") \
            and item.cell.execution_count is not None:
        problem = figures_differ(images(item.cell.outputs), images(item.test_outputs))
        if problem:
            item.raise_cell_error(problem + " " + why_figures_differ(item))
    return result


def images(outputs: list) -> list[str]:
    return [output["data"][kind].strip() for output in outputs
            for kind in ("image/png", "image/jpeg") if kind in output.get("data", {})]


def figures_differ(stored: list[str], now: list[str]) -> str | None:
    """What differs between the stored figures and this run's, or None if they match."""
    from tests.figure_diff import compare

    if len(stored) != len(now):
        return f"This cell drew {len(now)} figure(s); the stored notebook has {len(stored)}."
    for number, (before, after) in enumerate(zip(stored, now, strict=True), start=1):
        diff = compare(before, after)
        if not diff.matches:
            return f"Figure {number} of {len(stored)} differs from the stored one: {diff.summary}."
    return None


def why_figures_differ(item: pytest.Item) -> str:
    from tests.checkout import clean_copy_advice, edited_notebooks

    path = item.path.relative_to(ROOT).as_posix()
    if path in edited_notebooks(ROOT):
        return clean_copy_advice([path])
    code = "\n".join(cell.source for cell in item.parent.nb.cells if cell.cell_type == "code")
    random = " It uses random numbers: are they seeded?" if "random" in code else ""
    return ("The notebook is as the course committed it, so the drawing depends on something "
            f"outside it: the packages' versions, or the run itself.{random}")
