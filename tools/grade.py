"""Grade a class's notebooks with the course's own checks.

    python tools/grade.py SUBMISSIONS [--out grades] [--cell-seconds 30] [--notebook-seconds 300]

SUBMISSIONS is a folder of submitted notebooks in any layout (a folder per learner, or files
named by learner). Each is re-run on a copy in a fresh kernel, on all cores, and every
exercise is checked as it runs. Writes, in --out: grades.csv (learner, file, lesson,
exercise, status, message), summary.csv (learner × lesson: solved/graded) and feedback/, a
page per learner to hand back. The submissions are never modified.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.grading.discover import submissions  # noqa: E402
from tools.grading.report import (  # noqa: E402
    summary,
    text_table,
    write_feedback,
    write_grades,
    write_summary,
)
from tools.grading.run import grade  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("submissions", type=Path)
    parser.add_argument("--out", type=Path, default=Path("grades"))
    parser.add_argument("--cell-seconds", type=float, default=30)
    parser.add_argument("--notebook-seconds", type=float, default=300)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args(argv)
    folder = args.submissions.resolve()
    if not folder.is_dir():
        print(f"grade: {args.submissions} is not a folder of notebooks", file=sys.stderr)
        return 2
    out = args.out.resolve()
    if out == folder or folder in out.parents:
        print("grade: --out must be outside the submissions folder: nothing in it is written",
              file=sys.stderr)
        return 2
    found = submissions(folder)
    if not found:
        print(f"grade: no .ipynb files in {args.submissions}", file=sys.stderr)
        return 2
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        graded = pool.map(grade, found, [folder] * len(found),
                          [args.cell_seconds] * len(found), [args.notebook_seconds] * len(found))
        rows = [row for rows in graded for row in rows]
    seconds = time.monotonic() - started
    out.mkdir(parents=True, exist_ok=True)
    write_grades(rows, out / "grades.csv")
    table = summary(rows)
    write_summary(table, out / "summary.csv")
    pages = write_feedback(rows, out / "feedback")
    print(text_table(table))
    print(f"\ngraded {len(found)} notebooks of {len(pages)} learners in {seconds:.1f} s "
          f"({seconds / len(found):.1f} s a notebook, {args.jobs} at a time); wrote "
          f"{out / 'grades.csv'}, {out / 'summary.csv'} and {len(pages)} feedback pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
