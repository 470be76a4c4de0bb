"""Your progress, read from your saved lessons: which exercises you solved, tried or have not
started yet. No state file: each exercise cell's saved output says what its check answered
the last time you ran it. Only what you ran counts, and only what is saved (Ctrl+S).

    make progress                 # a table in the terminal
    helpers.progress()            # the same in a notebook, each exercise a link to its place
"""

from __future__ import annotations

import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from helpers.course import LESSONS, Lesson

LESSON_FOLDER = Path(__file__).resolve().parents[1] / "lessons"
# What a check prints first: "✓ Correct [talk_vector]: …", "✗ Not yet [...]", "… Not attempted".
VERDICT = re.compile(r"^(✓|✗|…) [^\[]*\[(\w+)\]", re.MULTILINE)
STATE = {"✓": "done", "✗": "tried", "…": "not started"}


@dataclass
class LessonProgress:
    lesson: Lesson
    done: list[str] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)
    not_started: list[str] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)  # exercise → its heading's anchor
    problem: str = ""  # why the notebook could not be read

    @property
    def total(self) -> int:
        return len(self.done) + len(self.tried) + len(self.not_started)

    @property
    def still_open(self) -> list[str]:
        return [*self.tried, *self.not_started]


def output_text(output: dict) -> str:
    """What a learner reads of one stored output: printed text, or a result's text/plain."""
    if output.get("output_type") == "stream":
        return "".join(output.get("text", ""))
    plain = output.get("data", {}).get("text/plain", "")
    return "".join(plain) if isinstance(plain, list) else plain


def _anchor(heading: str) -> str:
    """JupyterLab's anchor for a markdown heading: its text with spaces as hyphens."""
    return heading.lstrip("#").strip().replace(" ", "-")


def read_lesson(lesson: Lesson, folder: Path = LESSON_FOLDER) -> LessonProgress:
    progress = LessonProgress(lesson)
    try:
        notebook = json.loads((folder / lesson.notebook).read_text(encoding="utf-8"))
        cells = notebook["cells"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        progress.problem = f"cannot be read ({type(error).__name__})"
        return progress
    heading = ""
    for cell in cells:
        source = "".join(cell.get("source", ""))
        if cell.get("cell_type") == "markdown":
            headings = [line for line in source.splitlines() if line.startswith("#")]
            heading = headings[-1] if headings else heading
            continue
        marks = cell.get("metadata", {}).get("course", {})
        name = marks.get("exercise") if isinstance(marks, dict) else None
        if not isinstance(name, str):
            continue
        progress.anchors[name] = _anchor(heading) if heading else ""
        state = "not started"
        if cell.get("execution_count") is not None:
            found = [match for output in cell.get("outputs", [])
                     for match in VERDICT.finditer(output_text(output)) if match.group(2) == name]
            if found:
                state = STATE[found[-1].group(1)]
        {"done": progress.done, "tried": progress.tried,
         "not started": progress.not_started}[state].append(name)
    return progress


def read_course(folder: Path = LESSON_FOLDER) -> list[LessonProgress]:
    return [read_lesson(lesson, folder) for lesson in LESSONS]


def table(course: list[LessonProgress]) -> str:
    """The progress as plain text, a line per lesson."""
    lines = [f"{'lesson':<40} {'done':>4} {'tried':>5} {'not started':>11}  still open"]
    for entry in course:
        name = f"{entry.lesson.number} {entry.lesson.short_title}"[:40]
        if entry.problem:
            lines.append(f"{name:<40} {entry.lesson.notebook} {entry.problem}")
            continue
        lines.append(f"{name:<40} {len(entry.done):>4} {len(entry.tried):>5} "
                     f"{len(entry.not_started):>11}  {', '.join(entry.still_open) or '–'}")
    done = sum(len(entry.done) for entry in course)
    total = sum(entry.total for entry in course)
    lines.append(f"\n{done} of {total} exercises done")
    return "\n".join(lines)


class Progress:
    """What ``helpers.progress()`` shows: a table whose open exercises link to their place."""

    def __init__(self, course: list[LessonProgress], prefix: str) -> None:
        self.course, self.prefix = course, prefix

    def __repr__(self) -> str:
        return table(self.course)

    def _repr_html_(self) -> str:
        rows = []
        for entry in self.course:
            link = f"{self.prefix}{entry.lesson.notebook}"
            opens = ", ".join(
                f"<a href='{html.escape(link)}#{html.escape(entry.anchors.get(name, ''))}'>"
                f"{html.escape(name)}</a>" for name in entry.still_open) or "–"
            rows.append(f"<tr><td><a href='{html.escape(link)}'>{entry.lesson.number} "
                        f"{html.escape(entry.lesson.short_title)}</a></td>"
                        f"<td>{len(entry.done)}</td><td>{len(entry.tried)}</td>"
                        f"<td>{len(entry.not_started)}</td><td>{opens}</td></tr>")
        done = sum(len(entry.done) for entry in self.course)
        total = sum(entry.total for entry in self.course)
        return ("<table><tr><th>lesson</th><th>done</th><th>tried</th><th>not started</th>"
                "<th>still open</th></tr>" + "".join(rows) +
                f"</table><p>{done} of {total} exercises done</p>")


def progress(folder: Path | str | None = None) -> Progress:
    """Your progress from the saved lessons (by default the course's lessons/ folder)."""
    return Progress(read_course(Path(folder) if folder else LESSON_FOLDER), prefix="")


if __name__ == "__main__":
    print(table(read_course(Path(sys.argv[1]) if len(sys.argv) > 1 else LESSON_FOLDER)))
