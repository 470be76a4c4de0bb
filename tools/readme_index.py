"""The README's lesson table and exercise index, computed from the manifest, the lessons and
their catalogues, so that no row, star or minute is typed by hand.

A lesson's time is an estimate a learner can plan with: its prose read at READING words a
minute, a little time for each code cell's output or figure, and each exercise's minutes by
its difficulty (stars). The README says how it is computed.
"""

from __future__ import annotations

import math
import re

import nbformat

from helpers.checks.choice import ChoiceExercise
from helpers.course import LESSONS, Lesson
from helpers.exercises import find
from tools.lesson_cells import exercise_name, question_name, role

READING = 150  # words a minute, for prose with formulas in it
PER_CELL = 0.5  # minutes to run a code cell and look at what it shows
PER_STARS = {1: 3, 2: 6, 3: 10}  # minutes for an exercise of that many stars
PER_QUESTION = 2
HOW = (f"Times are estimates: the prose at {READING} words a minute, {PER_CELL} minute per "
       f"code cell, {PER_QUESTION} minutes per question and "
       + "/".join(str(PER_STARS[stars]) for stars in sorted(PER_STARS))
       + " minutes per ★/★★/★★★ exercise.")
HEADING = re.compile(r"^#+\s*(Exercise|Question)\s*([\d.]*)\s*[:·—-]?\s*(.*)$")


def exercises_of(lesson: Lesson, nb: nbformat.NotebookNode) -> list[tuple[str, str, object]]:
    """(number, topic, exercise) for each exercise cell of a lesson, in the notebook's order:
    the number and topic from the heading of the markdown cell above it."""
    rows = []
    for index, cell in enumerate(nb.cells):
        name = exercise_name(cell)
        exercise = find(lesson.catalogue, name) if name else None
        if exercise is None:
            continue
        number, topic = "", name.replace("_", " ")
        for above in reversed(nb.cells[:index]):  # its task's heading, above its cell
            if exercise_name(above):
                break
            lines = above.source.split("\n") if above.cell_type == "markdown" else []
            match = next((m for line in lines if (m := HEADING.match(line)) and m.group(1)),
                         None)
            if match:
                number, topic = match.group(2), match.group(3).strip() or topic
                break
        if isinstance(exercise, ChoiceExercise):
            number, topic = "question", exercise.title
        rows.append((number, topic, exercise))
    return rows


def minutes(lesson: Lesson, nb: nbformat.NotebookNode) -> int:
    """The lesson's estimated time, rounded up to 5 minutes."""
    prose = [cell.source for cell in nb.cells if cell.cell_type == "markdown"
             and role(cell) not in ("contents", "next") and not question_name(cell)]
    words = sum(len(text.split()) for text in prose)
    cells = sum(1 for cell in nb.cells if cell.cell_type == "code" and not exercise_name(cell))
    work = sum(PER_QUESTION if isinstance(exercise, ChoiceExercise)
               else PER_STARS[exercise.stars] for _, _, exercise in exercises_of(lesson, nb))
    return 5 * math.ceil((words / READING + cells * PER_CELL + work) / 5)


def stars(exercise) -> str:
    return "★" * exercise.stars


def block(notebooks: dict[str, nbformat.NotebookNode]) -> str:
    """The lesson table and the exercise index; ``notebooks`` maps file names to lessons."""
    rows = ["| # | notebook | what you learn | time |", "|---|---|---|---|"]
    index = ["| # | exercise | lesson | difficulty |", "|---|---|---|---|"]
    total = 0
    for lesson in LESSONS:
        link = f"[{lesson.short_title}](lessons/{lesson.notebook})"
        nb = notebooks.get(lesson.notebook)
        if nb is None:  # listed in the manifest, not (yet) written
            rows.append(f"| {lesson.number} | {link} | {lesson.summary} | |")
            continue
        time = minutes(lesson, nb)
        total += time
        rows.append(f"| {lesson.number} | {link} | {lesson.summary} | {time} min |")
        for number, topic, exercise in exercises_of(lesson, nb):
            index.append(f"| {number} | {topic} | {link} | {stars(exercise)} |")
    count = len(index) - 2
    return "\n".join([
        *rows, "",
        f"About {total // 60} h {total % 60:02d} min in all. {HOW}", "",
        f"<details><summary>All {count} exercises and questions, with their difficulty "
        "(★ one step, ★★ two ideas combined, ★★★ several steps)</summary>", "",
        *index, "", "</details>"])
