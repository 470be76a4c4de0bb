"""Write the navigation links of every lesson: contents at the top, the next lesson at the end.

    python tools/navigation.py           # update lessons/ in place (only the two link cells)
    python tools/navigation.py --check   # exit 1 if a lesson's links are out of date

The link cells are found by their metadata (tools/lesson_cells.py), wherever they are; a
lesson that lost one gets it back, first or last. No other cell is changed. The lessons and
their titles come from the course manifest, helpers/course.py. Every lesson is checked before
any is written, and a problem stops the run with nothing changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.course import LESSONS as MANIFEST  # noqa: E402
from helpers.course import by_notebook  # noqa: E402
from tools.atomic_files import Problem, notebook_text, write_all  # noqa: E402
from tools.lesson_cells import cells_with_role, mark  # noqa: E402
from tools.readme_index import block  # noqa: E402

LESSONS = ROOT / "lessons"
NEXT = "**Next:**"
# The README's lesson table and exercise index are written between these two lines, and only
# there: the rest of the README is the authors'.
TABLE_START = ("<!-- the lesson table and exercise index: written by `make solutions` from "
               "helpers/course.py, the lessons and their exercises -->")
TABLE_END = "<!-- end of the lesson table and exercise index -->"


def lesson_paths(folder: Path | None = None) -> list[Path]:
    return sorted((folder or LESSONS).glob("[0-9][0-9]-*.ipynb"))


# The reference pages every lesson links to, beside the contents.
REFERENCES = (("Notation", "../docs/notation.md"), ("Glossary", "../docs/glossary.md"),
              ("NumPy ↔ MXNet ↔ PyTorch", "../docs/cheatsheet.md"))


def top_line(path: Path) -> str:
    pages = " · ".join(f"[{name}]({link})" for name, link in REFERENCES)
    return f"[Contents](../README.md) · Lesson {path.name[:2]} · {pages}"


def next_paragraph(following: Path | None, following_title: str | None) -> str:
    if following is None:
        return f"{NEXT} that was the last lesson. Back to the [contents](../README.md)."
    return f"{NEXT} [{following_title}]({following.name})"


def link_cell(nb: nbformat.NotebookNode, wanted: str, path: Path) -> nbformat.NotebookNode:
    """The lesson's one cell with this role; a new one, first or last, if it has none."""
    found = cells_with_role(nb, wanted)
    if len(found) > 1:
        raise Problem(f"lessons/{path.name} has {len(found)} cells marked as its "
                      f"'{wanted}' link; keep one (cells {', '.join(str(i + 1) for i in found)})")
    if found:
        return nb.cells[found[0]]
    cell = nbformat.v4.new_markdown_cell("")
    cell.id = f"course-{wanted}"
    mark(cell, role=wanted)
    nb.cells.insert(0 if wanted == "contents" else len(nb.cells), cell)
    return cell


def with_title(nb: nbformat.NotebookNode, path: Path) -> None:
    """Mark a new lesson's title cell: the first markdown cell with the manifest's heading."""
    if cells_with_role(nb, "title"):
        return
    heading = f"# {by_notebook(path.name).heading}"
    for cell in nb.cells:
        if cell.cell_type == "markdown" and heading in cell.source.splitlines():
            mark(cell, role="title")
            return
    raise Problem(f"lessons/{path.name} has no title cell: its first heading must read "
                  f"'{heading}', as helpers/course.py names the lesson")


def with_navigation(nb: nbformat.NotebookNode, path: Path, following: Path | None,
                    following_title: str | None) -> bool:
    """Set the two link cells of ``nb`` (and mark a new lesson's title); True if anything
    changed."""
    before = [(cell.source, dict(cell.metadata)) for cell in nb.cells]
    with_title(nb, path)
    link_cell(nb, "contents", path).source = top_line(path)
    link_cell(nb, "next", path).source = next_paragraph(following, following_title)
    return [(cell.source, dict(cell.metadata)) for cell in nb.cells] != before


def read(path: Path) -> nbformat.NotebookNode:
    try:
        return nbformat.read(path, as_version=4)
    except Exception as error:  # unreadable JSON: name the file, change nothing
        raise Problem(f"lessons/{path.name} cannot be read as a notebook: {error}") from None


def planned(folder: Path | None = None) -> dict[Path, nbformat.NotebookNode]:
    """Every lesson whose links would change, with its new content; raises Problem."""
    paths = lesson_paths(folder)
    strangers = [path.name for path in paths if by_notebook(path.name) is None]
    if strangers:
        raise Problem(f"lessons/{strangers[0]} is not in the course manifest: add its entry "
                      "to helpers/course.py (number, name, title, summary)")
    notebooks = {path: read(path) for path in paths}
    changed = {}
    for index, (path, nb) in enumerate(notebooks.items()):
        following = paths[index + 1] if index + 1 < len(paths) else None
        heading = by_notebook(following.name).heading if following else None
        if with_navigation(nb, path, following, heading):
            changed[path] = nb
    return changed


def readme_path() -> Path:
    """The README beside the lessons folder: a copy of the course has its own."""
    return LESSONS.parent / "README.md"


def readme_planned(readme: Path | None = None,
                   notebooks: dict[str, nbformat.NotebookNode] | None = None) -> dict[Path, str]:
    """The README with its lesson table and exercise index as the manifest, the lessons and
    their catalogues say, if that differs; raises Problem. ``notebooks`` (by file name)
    replaces the saved lessons, e.g. with what a build is about to write. A folder of
    lessons without a README beside it (a copy of some lessons) has no table to write."""
    readme = readme or readme_path()
    if not readme.exists():
        return {}
    lessons = {entry.notebook: LESSONS / entry.notebook for entry in MANIFEST}
    current = {name: read(path) for name, path in lessons.items() if path.exists()}
    current.update(notebooks or {})
    text = readme.read_text()
    before, start, rest = text.partition(TABLE_START)
    _, end, after = rest.partition(TABLE_END)
    if not (start and end):
        raise Problem(f"{readme.name} has lost the lines around its lesson table; put back "
                      f"{TABLE_START!r} before it and {TABLE_END!r} after it")
    new = f"{before}{TABLE_START}\n{block(current)}\n{TABLE_END}{after}"
    return {readme: new} if new != text else {}


def update(check: bool, folder: Path | None = None, readme: Path | None = None) -> list[str]:
    """Names of lessons (and README.md) whose links or table were (or, with check, would be)
    rewritten."""
    changed = planned(folder)
    table = readme_planned(readme)
    if not check:
        write_all({**{path: notebook_text(nb) for path, nb in changed.items()}, **table})
    return [path.name for path in [*changed, *table]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args()
    try:
        changed = update(args.check)
    except Problem as problem:
        print(f"navigation: nothing was changed. {problem}", file=sys.stderr)
        return 2
    for name in changed:
        print(f"{'out of date' if args.check else 'updated'}: lessons/{name}")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
