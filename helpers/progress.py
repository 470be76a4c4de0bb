"""Your progress, read from your saved lessons: which exercises you solved, tried or have not
started yet. No state file: each exercise cell's saved output says what its check answered
the last time you ran it. Only what you ran counts, and only what is saved (Ctrl+S).

    make progress                 # a table in the terminal
    helpers.progress()            # the same in a notebook, each exercise a link to its place
    helpers.progress("03")        # lesson 03: what you have done, and what is left

At the end of a lesson, what its checks said in this kernel counts first (you may not have
saved yet); an exercise not checked since the kernel started counts as saved.
"""

from __future__ import annotations

import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from helpers.course import LESSONS, Lesson, lesson

LESSON_FOLDER = Path(__file__).resolve().parents[1] / "lessons"
# What a check prints first: "✓ Correct [person_vector]: …", "✗ Not yet [...]", "… Not attempted".
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


class LessonSummary:
    """What the last cell of a lesson shows: done, tried, not started, and what comes next."""

    def __init__(self, entry: LessonProgress) -> None:
        self.entry = entry

    def lines(self) -> list[tuple[str, list[str]]]:
        entry = self.entry
        return [("done", entry.done), ("tried, not solved yet", entry.tried),
                ("not started", entry.not_started)]

    def headline(self) -> str:
        entry, number = self.entry, self.entry.lesson.number
        if entry.problem:
            return f"Lesson {number}: the saved notebook {entry.problem}"
        done = f"Lesson {number}: {len(entry.done)} of {entry.total} exercises done"
        return done + (", all of them. Well done!" if entry.total and not entry.still_open
                       else ".")

    def __repr__(self) -> str:
        return "\n".join([self.headline(), *(f"  {label}: {', '.join(names)}"
                                              for label, names in self.lines() if names)])

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(label)}: {html.escape(', '.join(names))}</li>"
                        for label, names in self.lines() if names)
        return f"<p><b>{html.escape(self.headline())}</b></p><ul>{items}</ul>"


def lesson_summary(number: str, folder: Path = LESSON_FOLDER) -> LessonSummary:
    """One lesson's exercises: as its checks said in this kernel, else as last saved."""
    import importlib

    from helpers.checks.exercise import SESSION
    from helpers.checks.feedback import Status

    entry = lesson(number)
    saved = read_lesson(entry, folder)
    # The catalogue says which exercises there are (the saved file may predate a new one).
    names = [exercise.name for exercise in importlib.import_module(entry.module).EXERCISES]
    state = {Status.CORRECT: "done", Status.INCORRECT: "tried", Status.INVALID: "tried",
             Status.NOT_ATTEMPTED: "not started"}
    summary = LessonProgress(entry)
    for name in names:
        now = SESSION.get(f"{entry.catalogue}.{name}")
        where = state.get(now) if now is not None else (
            "done" if name in saved.done else "tried" if name in saved.tried else "not started")
        {"done": summary.done, "tried": summary.tried,
         "not started": summary.not_started}[where or "tried"].append(name)
    return LessonSummary(summary)


class Assessment:
    """What the self-assessment's last cell shows: the score, and the sections to reread."""

    def __init__(self, right: int, total: int, revisit: list[tuple[str, str]]) -> None:
        self.right, self.total, self.revisit = right, total, revisit  # (lesson, section)

    def _places(self) -> list[tuple[Lesson, str]]:
        return [(lesson(number), section)
                for number, section in self.revisit]

    def lines(self) -> list[str]:
        lines = [f"{self.right} of {self.total} right."]
        if not self.revisit:
            return [*lines, "Nothing to revisit: every idea the items test is in place."]
        lines.append("Reread, then answer again:")
        lines += [f"  lesson {entry.number}, {entry.short_title}: \"{section}\" "
                  f"({entry.notebook})" for entry, section in self._places()]
        return lines

    def __repr__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        items = "".join(
            f"<li><a href='{html.escape(entry.notebook)}#{html.escape(_anchor(section))}'>"
            f"lesson {entry.number}, {html.escape(entry.short_title)}: "
            f"{html.escape(section)}</a></li>" for entry, section in self._places())
        head = "".join(f"<p>{html.escape(line)}</p>" for line in self.lines()[:2])
        return head + (f"<ul>{items}</ul>" if items else "")


def self_assessment(exercises: list, covers: dict[str, tuple[str, str]]) -> Assessment:
    """Score the self-assessment from the checks run since the kernel started; each item not
    solved yet points to the lesson and section it tests (each named once)."""
    from helpers.checks.exercise import SESSION
    from helpers.checks.feedback import Status

    right = sum(SESSION.get(exercise.full_name) is Status.CORRECT for exercise in exercises)
    places = dict.fromkeys(covers[exercise.name] for exercise in exercises
                           if SESSION.get(exercise.full_name) is not Status.CORRECT)
    return Assessment(right, len(exercises), list(places))


def progress(lesson: str | None = None, folder: Path | str | None = None
             ) -> Progress | LessonSummary:
    """Your progress from the saved lessons (by default the course's lessons/ folder); with
    a lesson's number ("03"), that lesson's summary, counting this kernel's checks first."""
    if lesson is not None:
        number = str(lesson).zfill(2)
        return lesson_summary(number, Path(folder) if folder else _saved_here(number))
    here = any((Path.cwd() / entry.notebook).exists() for entry in LESSONS)
    default = Path.cwd() if here else LESSON_FOLDER  # a notebook's kernel runs beside it
    return Progress(read_course(Path(folder) if folder else default), prefix="")


def _saved_here(number: str) -> Path:
    """Where the lesson's saved notebook is: a kernel runs in its notebook's folder, which
    may be a learner's copy (on JupyterHub, in their home); else the course's lessons/."""
    entry = lesson(number)
    return Path.cwd() if (Path.cwd() / entry.notebook).exists() else LESSON_FOLDER


if __name__ == "__main__":
    print(table(read_course(Path(sys.argv[1]) if len(sys.argv) > 1 else LESSON_FOLDER)))
