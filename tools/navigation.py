"""Write the navigation links of every lesson: contents at the top, the next lesson at the end.

    python tools/navigation.py           # update lessons/ in place (only the two link lines)
    python tools/navigation.py --check   # exit 1 if a lesson's links are out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ROOT / "lessons"
NEXT = "**Next:**"


def lesson_paths(folder: Path = LESSONS) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def title(path: Path) -> str:
    """The lesson's heading without the '# ', e.g. '02 · Data as tensors'."""
    first = nbformat.read(path, as_version=4).cells[0].source
    return next(line[2:].strip() for line in first.splitlines() if line.startswith("# "))


def top_line(path: Path) -> str:
    return f"[Contents](../README.md) · Lesson {path.name[:2]}"


def next_paragraph(following: Path | None) -> str:
    if following is None:
        return f"{NEXT} that was the last lesson. Back to the [contents](../README.md)."
    return f"{NEXT} [{title(following)}]({following.name})"


def with_navigation(nb: nbformat.NotebookNode, path: Path, following: Path | None) -> bool:
    """Set the two link lines of ``nb``; True if anything changed."""
    first, last = nb.cells[0], nb.cells[-1]
    lines = first.source.split("\n")
    new_first = "\n".join([top_line(path), *lines[1:]]) if lines[0].startswith("[Contents]") \
        else "\n".join([top_line(path), "", *lines])
    body, _, _ = last.source.partition(NEXT)
    new_last = body.rstrip() + "\n\n" + next_paragraph(following)
    changed = (new_first, new_last) != (first.source, last.source)
    first.source, last.source = new_first, new_last
    return changed


def update(check: bool) -> list[str]:
    """Names of lessons whose navigation was (or, with check, would be) rewritten."""
    paths = lesson_paths()
    changed = []
    for index, path in enumerate(paths):
        following = paths[index + 1] if index + 1 < len(paths) else None
        nb = nbformat.read(path, as_version=4)
        if with_navigation(nb, path, following):
            changed.append(path.name)
            if not check:
                nbformat.write(nb, path)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args()
    changed = update(args.check)
    for name in changed:
        print(f"{'out of date' if args.check else 'updated'}: lessons/{name}")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
