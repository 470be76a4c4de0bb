"""How well the exercises' checks answer an independent corpus of learner answers.

Every answer of ``tests/corpus/learner_answers.py`` runs in a namespace like the notebook's
(np, nd, mx, autograd and copies of the exercise's inputs), and its ``answer`` goes to the
exercise's ``check``. The report counts:

- valid answers the check rejects (false positives), each with its message;
- mistakes the check accepts (false negatives);
- mistakes whose message names the cause (it contains one of the answer's ``mentions``:
  *specific*), and the rest, each with its code, the cause expected and the message given;

with the share of specific messages per lesson and overall, and the median time per check.

    make feedback     (or: .venv/bin/python -m tests.corpus.report)
    .venv/bin/python -m tests.corpus.report --held-out    (tests/corpus/held_out.py)
    .venv/bin/python -m tests.corpus.report --held-out-2  (tests/corpus/held_out_2.py)
    .venv/bin/python -m tests.corpus.report --held-out-3  (tests/corpus/held_out_3.py)
    .venv/bin/python -m tests.corpus.report --held-out-4  (tests/corpus/held_out_4.py)

It is a report: it always exits 0. ``measure()`` returns the same numbers for tests.
"""

from __future__ import annotations

import contextlib
import copy
import io
import linecache
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Result:
    """One answer of the corpus, run and checked."""

    answer: object  # tests.corpus.learner_answers.Answer
    error: str = ""  # the exception the answer's code raised, if any ("" when it ran)
    status: str = ""  # the Feedback's status value ("correct", "incorrect", ...)
    message: str = ""
    seconds: float = 0.0  # time of the check alone (the shortest of REPEATS runs)
    first_seconds: float = 0.0  # its first run, as a learner's first check of an exercise

    @property
    def lesson(self) -> str:
        return self.answer.exercise.split(".")[0]

    @property
    def accepted(self) -> bool:
        return self.status == "correct"

    @property
    def specific(self) -> bool:
        text = self.message.lower()
        return any(word.lower() in text for word in self.answer.mentions)


@dataclass
class Measurement:
    results: list[Result] = field(default_factory=list)
    exec_errors: list[Result] = field(default_factory=list)  # code that raised, or no answer
    unknown_exercises: list[str] = field(default_factory=list)
    false_positives: list[Result] = field(default_factory=list)  # valid answers rejected
    false_negatives: list[Result] = field(default_factory=list)  # mistakes accepted
    specific: list[Result] = field(default_factory=list)  # mistakes named by the message
    unspecific: list[Result] = field(default_factory=list)  # rejected, cause not named
    check_seconds: list[float] = field(default_factory=list)
    first_seconds: dict[str, float] = field(default_factory=dict)  # each exercise's 1st check

    @property
    def mistakes(self) -> list[Result]:
        return [result for result in self.results if not result.answer.valid]

    @property
    def valid(self) -> list[Result]:
        return [result for result in self.results if result.answer.valid]

    @property
    def specific_share(self) -> float:
        mistakes = self.mistakes
        return len(self.specific) / len(mistakes) if mistakes else 0.0

    @property
    def median_ms(self) -> float:
        return 1e3 * statistics.median(self.check_seconds) if self.check_seconds else 0.0

    @property
    def max_ms(self) -> float:
        return 1e3 * max(self.check_seconds) if self.check_seconds else 0.0

    def per_lesson(self) -> dict[str, dict[str, int]]:
        """For each lesson: mistakes, specific, unspecific, false negatives, valid, false
        positives."""
        table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for result in self.results:
            row = table[result.lesson]
            if result.answer.valid:
                row["valid"] += 1
                row["false_positives"] += not result.accepted
            else:
                row["mistakes"] += 1
                if result.accepted:
                    row["false_negatives"] += 1
                elif result.specific:
                    row["specific"] += 1
                else:
                    row["unspecific"] += 1
        return {lesson: dict(row) for lesson, row in sorted(table.items())}


def namespace_for(exercise) -> dict:
    """The names an answer's code sees: the libraries and fresh copies of the inputs."""
    import mxnet as mx
    import numpy as np
    from mxnet import autograd, nd

    names = {"np": np, "nd": nd, "mx": mx, "autograd": autograd}
    for name, value in getattr(exercise, "inputs", {}).items():  # function exercises: none
        if isinstance(value, nd.NDArray):
            names[name] = value.copy()
        elif isinstance(value, np.ndarray):
            names[name] = np.array(value, copy=True)  # writeable, unlike the frozen input
        else:
            names[name] = copy.deepcopy(value)
    return names


REPEATS = 3


def run_one(answer) -> tuple[Result, object | None]:
    """Run one answer's code; return its Result (error filled if it failed) and the
    exercise."""
    from helpers.exercises import find

    result = Result(answer)
    lesson, _, name = answer.exercise.partition(".")
    exercise = find(lesson, name)
    if exercise is None:
        result.error = f"no exercise {answer.exercise!r} in helpers.exercises"
        return result, None
    names = namespace_for(exercise)
    # As IPython does for a cell, the code's lines are kept where tracebacks look them up,
    # so that a check can read the learner's line that raised, as it can in a notebook.
    filename = f"<corpus {len(linecache.cache)} {answer.exercise}>"
    linecache.cache[filename] = (len(answer.code), None, answer.code.splitlines(True), filename)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(answer.code, filename, "exec"), names)
    except Exception as error:  # the corpus promises code that runs: report it
        result.error = f"{type(error).__name__}: {error}"
        return result, exercise
    if "answer" not in names:
        result.error = "the code does not set `answer`"
        return result, exercise
    # The shortest of three runs: this machine is shared, and one run can catch another
    # process's burst; a check is deterministic, so the shortest is what it costs.
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            feedback = exercise.check(names["answer"])
        times.append(time.perf_counter() - start)
    result.seconds, result.first_seconds = min(times), times[0]
    result.status = feedback.status.value
    result.message = feedback.message
    return result, exercise


def measure(answers=None) -> Measurement:
    """Run and check every answer of the corpus (or ``answers``) and sort the results."""
    if answers is None:
        from tests.corpus.learner_answers import ANSWERS as answers
    measurement = Measurement()
    for answer in answers:
        result, exercise = run_one(answer)
        if exercise is None:
            measurement.unknown_exercises.append(answer.exercise)
            measurement.exec_errors.append(result)
            continue
        if result.error:
            measurement.exec_errors.append(result)
            continue
        measurement.results.append(result)
        measurement.check_seconds.append(result.seconds)
        measurement.first_seconds.setdefault(answer.exercise, result.first_seconds)
        if answer.valid:
            if not result.accepted:
                measurement.false_positives.append(result)
        elif result.accepted:
            measurement.false_negatives.append(result)
        elif result.specific:
            measurement.specific.append(result)
        else:
            measurement.unspecific.append(result)
    return measurement


def _indent(text: str, prefix: str = "      ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def report(measurement: Measurement) -> str:
    lines: list[str] = []
    mistakes, valid = measurement.mistakes, measurement.valid
    lines.append(f"corpus: {len(measurement.results)} answers checked "
                 f"({len(mistakes)} mistakes, {len(valid)} valid), "
                 f"{len(measurement.exec_errors)} could not run")
    for result in measurement.exec_errors:
        lines.append(f"  ! {result.answer.exercise}: {result.error}")
        lines.append(_indent(result.answer.code))

    lines.append("")
    lines.append(f"false positives (valid answers rejected): {len(measurement.false_positives)}"
                 f" of {len(valid)}")
    for result in measurement.false_positives:
        lines.append(f"  - {result.answer.exercise} [{result.status}]")
        lines.append(_indent(result.answer.code))
        lines.append(f"    message: {result.message}")

    lines.append("")
    lines.append(f"false negatives (mistakes accepted): {len(measurement.false_negatives)}"
                 f" of {len(mistakes)}")
    for result in measurement.false_negatives:
        lines.append(f"  - {result.answer.exercise}: {result.answer.cause}")
        lines.append(_indent(result.answer.code))

    lines.append("")
    lines.append(f"mistakes rejected without naming the cause: {len(measurement.unspecific)}")
    for result in measurement.unspecific:
        lines.append(f"  - {result.answer.exercise} [{result.status}]")
        lines.append(_indent(result.answer.code))
        lines.append(f"    expected cause: {result.answer.cause} "
                     f"(words: {', '.join(result.answer.mentions)})")
        lines.append(f"    message given : {result.message}")

    lines.append("")
    lines.append("specific messages (a mistake rejected with its cause named), per lesson:")
    for lesson, row in measurement.per_lesson().items():
        count = row.get("mistakes", 0)
        share = 100 * row.get("specific", 0) / count if count else 0.0
        lines.append(f"  {lesson}: {share:5.1f}%  ({row.get('specific', 0)} of {count} "
                     f"mistakes; {row.get('false_negatives', 0)} accepted; "
                     f"{row.get('false_positives', 0)} of {row.get('valid', 0)} valid "
                     f"rejected)")
    lines.append(f"  overall : {100 * measurement.specific_share:5.1f}%  "
                 f"({len(measurement.specific)} of {len(mistakes)} mistakes)")
    lines.append(f"false positives: {len(measurement.false_positives)}, "
                 f"false negatives: {len(measurement.false_negatives)}")
    lines.append(f"median time per check: {measurement.median_ms:.2f} ms "
                 f"({len(measurement.check_seconds)} checks, each the shortest of {REPEATS} "
                 f"runs), longest {measurement.max_ms:.2f} ms")
    if measurement.first_seconds:
        firsts = sorted(measurement.first_seconds.items(), key=lambda item: -item[1])
        slowest = ", ".join(f"{name} {1e3 * seconds:.2f}" for name, seconds in firsts[:3])
        lines.append(f"first check of each exercise: median "
                     f"{1e3 * statistics.median(s for _, s in firsts):.2f} ms, longest "
                     f"{slowest} ms")
    return "\n".join(lines)


SETS = {  # option: the module whose ANSWERS the report measures
    "": "tests.corpus.learner_answers",
    "--held-out": "tests.corpus.held_out",  # written before the detectors of issue 16
    "--held-out-2": "tests.corpus.held_out_2",  # written before the next round's detectors
    "--held-out-3": "tests.corpus.held_out_3",  # written from the lessons' task text alone
    "--held-out-4": "tests.corpus.held_out_4",  # a fourth set, from the lessons' text alone
}


def main(argv: list[str] | None = None) -> int:
    import importlib

    args = sys.argv[1:] if argv is None else argv
    option = next((arg for arg in args if arg in SETS), "")
    try:
        answers = importlib.import_module(SETS[option]).ANSWERS
        print(report(measure(answers)))
    except Exception as error:  # a report, not a gate: say what broke and exit 0
        print(f"feedback report failed: {type(error).__name__}: {error}")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
