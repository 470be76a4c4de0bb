"""`make bench`: how long the tests and the notebooks take, and what they cost. Prints a table.

A benchmark, not a test: nothing here passes or fails; it measures and reports.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import widget_latency  # noqa: E402
from tools.bench_setup import environment_size, print_rows  # noqa: E402
from tools.kernel_environment import KERNEL_ENVIRONMENT  # noqa: E402
from tools.lab import missing_requirement  # noqa: E402

NOTEBOOKS = sorted((ROOT / "lessons").glob("[0-9][0-9]-*.ipynb")) + \
    sorted((ROOT / "solutions").glob("[0-9][0-9]-*.ipynb"))
# What every lesson imports in its first cell, give or take.
COMMON_IMPORTS = ("import numpy, matplotlib.pyplot, mxnet\n"
                  "import helpers, helpers.explainers.widgets")
CORES = len(os.sched_getaffinity(0))
WORKERS = CORES + 1  # as the Makefile's test command
# As `make test` runs pytest: a notebook's cells stay on one worker, longest scopes first.
PYTEST = [sys.executable, "-m", "pytest", "-n", str(WORKERS), "--dist", "loadscope",
          "--no-loadscope-reorder", "-q", "-p", "no:cacheprovider"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def kernel_start_and_imports(repeat: int = 5) -> list[float]:
    """Seconds from nothing to a kernel that has run the common imports, repeat times."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        manager, client = start_new_kernel(kernel_name="python3")
        client.execute_interactive(COMMON_IMPORTS, timeout=120)
        times.append(time.perf_counter() - start)
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return times


def kernel_starts_side_by_side(repeat: int = 5) -> list[float]:
    """kernel_start_and_imports in CORES processes at once: every core starting kernels."""
    with ProcessPoolExecutor(CORES) as pool:
        runs = list(pool.map(kernel_start_and_imports, [repeat] * CORES))
    return [seconds for run in runs for seconds in run]


PEAK_MEMORY = "import resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


def run_notebook(path: Path) -> tuple[float, float, float]:
    """(seconds to execute it in a fresh kernel, seconds from its first cell's start to its
    first output, as a learner's Run All waits for it, the kernel's peak memory in MiB)."""
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PEAK_MEMORY))
    moments: dict[str, float] = {}

    def started(cell, cell_index):  # nbclient's hook signature
        moments.setdefault("first cell", time.perf_counter())

    def executed(cell, cell_index, execute_reply):
        if cell.get("outputs"):
            moments.setdefault("first output", time.perf_counter())

    start = time.perf_counter()
    NotebookClient(nb, kernel_name="python3", timeout=600, on_cell_start=started,
                   on_cell_executed=executed,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    seconds = time.perf_counter() - start
    kilobytes = float(nb.cells[-1].outputs[0]["text"].strip())
    return seconds, moments["first output"] - moments["first cell"], kilobytes / 1024


def import_seconds(module: str, repeat: int = 5) -> float:
    """Median seconds to import ``module`` in a fresh Python, as a lesson's first cell does."""
    code = (f"import time; start = time.perf_counter(); import {module}; "
            "print(time.perf_counter() - start)")
    runs = [float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                                 text=True).stdout) for _ in range(repeat)]
    return statistics.median(runs)


def grading_seconds() -> float:
    """`make grade` over the course's own notebooks as a class of two learners."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "class"
        for learner, source in (("untouched", "lessons"), ("solved", "solutions")):
            shutil.copytree(ROOT / source, folder / learner)
        wall = timed([sys.executable, str(ROOT / "tools" / "grade.py"), str(folder), "--out",
                      str(Path(work) / "grades")])
    return wall * CORES / len(NOTEBOOKS)


def main() -> int:
    rows: list[tuple[str, str]] = []
    os.environ.update(KERNEL_ENVIRONMENT)  # the floor's kernels run as the tests' kernels do
    # This machine's speed drifts by a quarter within minutes: the floor is sampled next to
    # each of three runs of the notebook part, and both are medians. A kernel starts more
    # slowly while the other core starts one too, as in the suite: the floor uses starts
    # measured one per core at once; the one-at-a-time figure is shown beside it.
    alone: list[float] = []
    side_by_side: list[float] = []
    notebook_walls: list[float] = []
    for run in range(1, 4):
        print(f"measuring: kernel start + imports, then the notebook part ({run} of 3) …",
              flush=True)
        alone += kernel_start_and_imports()
        side_by_side += kernel_starts_side_by_side()
        notebook_walls.append(timed([*PYTEST, "lessons", "solutions"]))
    floor_each = statistics.median(side_by_side)
    floor = len(NOTEBOOKS) * floor_each / CORES
    floor_alone = len(NOTEBOOKS) * statistics.median(alone) / CORES
    notebooks_wall = statistics.median(notebook_walls)
    print("measuring: the whole suite …", flush=True)
    suite_wall = timed(PYTEST)
    quick_wall = timed([*PYTEST, "-m", "not slow"])
    rows += [
        (f"whole test suite (pytest -n {WORKERS})", f"{suite_wall:.1f} s"),
        ("quick loop (pytest -m 'not slow')", f"{quick_wall:.1f} s"),
        ("notebook part (nbval, lessons + solutions), median of 3", f"{notebooks_wall:.1f} s "
         f"({', '.join(f'{wall:.1f}' for wall in notebook_walls)})"),
        (f"kernel start + common imports, one at a time, median of {len(alone)}",
         f"{statistics.median(alone):.2f} s ({min(alone):.2f} to {max(alone):.2f})"),
        (f"kernel start + common imports, {CORES} at a time, median of {len(side_by_side)}",
         f"{floor_each:.2f} s ({min(side_by_side):.2f} to {max(side_by_side):.2f})"),
        (f"floor: {len(NOTEBOOKS)} notebooks × that / {CORES} cores", f"{floor:.1f} s"),
        ("notebook part ÷ floor", f"{notebooks_wall / floor:.2f}×"),
        ("  (÷ the floor from one-at-a-time starts)", f"{notebooks_wall / floor_alone:.2f}×"),
    ]
    print("measuring: each notebook in a fresh kernel …", flush=True)
    runs = {path: run_notebook(path) for path in NOTEBOOKS}
    for path, (seconds, first, _) in sorted(runs.items(), key=lambda item: -item[1][0]):
        rows.append((f"  {path.parent.name}/{path.name}",
                     f"{seconds:.1f} s (first output after {first:.2f} s)"))
    heaviest = max(runs.items(), key=lambda item: item[1][2])
    rows.append((f"peak kernel memory ({heaviest[0].parent.name}/{heaviest[0].name})",
                 f"{heaviest[1][2]:.0f} MiB"))
    rows.append(("import helpers, fresh process (median of 5)",
                 f"{import_seconds('helpers'):.2f} s"))
    rows.append(("import mxnet, fresh process (median of 5): this machine's speed",
                 f"{import_seconds('mxnet'):.2f} s"))
    files, disk = environment_size(ROOT / ".venv")
    rows.append(("installed environment (.venv, make test)",
                 f"{files:.0f} MiB of files, {disk:.0f} MiB on disk"))
    print("measuring: make grade on a class of two (lessons/ untouched, solutions/ solved) …",
          flush=True)
    per_notebook = grading_seconds()
    rows.append(("make grade, seconds a notebook (wall × cores ÷ notebooks)",
                 f"{per_notebook:.1f} s, {per_notebook / floor_each:.2f}× one kernel start "
                 "and imports"))
    reason = missing_requirement()
    if reason:
        rows.append(("widget latency in the browser", f"not measured: {reason}"))
    else:
        print("measuring: every widget's latency in Chromium, against the floor …", flush=True)
        rows.append(("widget latency, key press → caption and figure shown (in the page)", ""))
        rows += widget_latency.report(widget_latency.measure())
    print_rows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
