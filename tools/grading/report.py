"""What `make grade` writes: grades.csv, the class summary, and a feedback page per learner."""

from __future__ import annotations

import csv
import html
from collections import defaultdict
from pathlib import Path

from tools.grading.run import Row

SYMBOL = {"correct": "✓", "not yet": "✗", "not attempted": "…", "error": "!", "not run": "–"}


def write_grades(rows: list[Row], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["learner", "file", "lesson", "exercise", "status", "message"])
        for row in sorted(rows, key=lambda r: (r.learner, r.lesson, r.file)):
            writer.writerow([row.learner, row.file, row.lesson, row.exercise, row.status,
                             row.message])


def summary(rows: list[Row]) -> list[list[str]]:
    """Learner × lesson: exercises solved of those graded."""
    solved: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        if row.exercise:
            cell = solved[(row.learner, row.lesson)]
            cell[0] += row.status == "correct"
            cell[1] += 1
    learners = sorted({row.learner for row in rows})
    lessons = sorted({row.lesson for row in rows if row.lesson})
    table = [["learner", *(f"lesson {lesson}" for lesson in lessons)]]
    for learner in learners:
        table.append([learner, *(f"{solved[(learner, lesson)][0]}/{solved[(learner, lesson)][1]}"
                                 if (learner, lesson) in solved else "–" for lesson in lessons)])
    return table


def write_summary(table: list[list[str]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(table)


def text_table(table: list[list[str]]) -> str:
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
                     for line in table)


def write_feedback(rows: list[Row], folder: Path) -> list[Path]:
    """One HTML page per learner: every exercise with its status and the check's message."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    by_learner: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_learner[row.learner].append(row)
    for learner, own in sorted(by_learner.items()):
        parts = [f"<h1>Feedback for {html.escape(learner)}</h1>"]
        for file in sorted({row.file for row in own}):
            lines = [row for row in own if row.file == file]
            lesson = lines[0].lesson
            parts.append(f"<h2>{html.escape(file)}" + (f" (lesson {lesson})" if lesson else "")
                         + "</h2><table><tr><th></th><th>exercise</th><th>status</th>"
                           "<th>what the check says</th></tr>")
            for row in lines:
                parts.append(f"<tr><td>{SYMBOL.get(row.status, '')}</td>"
                             f"<td>{html.escape(row.exercise)}</td>"
                             f"<td>{html.escape(row.status)}</td>"
                             f"<td>{html.escape(row.message)}</td></tr>")
            parts.append("</table>")
        page = folder / f"{_safe(learner)}.html"
        page.write_text("<!doctype html><meta charset='utf-8'><title>Feedback</title>"
                        "<style>body{font-family:sans-serif}td,th{padding:4px 8px;"
                        "text-align:left;vertical-align:top}</style>" + "".join(parts),
                        encoding="utf-8")
        pages.append(page)
    return pages


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "learner"
